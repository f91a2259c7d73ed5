#pragma once
// Errors as values for every SQLite store (the kiosk cache and the central): GCC 12's C++20
// has no std::expected, so a small one. A lookup answers NotFound when the row is not there
// and Database when SQLite failed, so callers can tell "no such booking" from "cannot read".

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace bk {

/// What kind of failure a store call met, so callers can react without parsing text.
enum class StoreErrorKind {
    Database,  ///< SQLite failed (I/O, corruption, busy past the timeout, ...)
    Schema,    ///< the file's schema is unknown (newer than this program) or a migration failed
    NotFound,  ///< the looked-up row (booking, service, operation, token, ...) is not there
    Duplicate, ///< a unique key (booking code, operation id, number block) is already taken
    Exhausted, ///< no ticket number is left for this kiosk today
    Invalid,   ///< the caller passed something the store refuses (empty code, bad block)
};

/// A failure with a message for the technician (names the file, key or code concerned).
struct StoreError
{
    StoreErrorKind kind = StoreErrorKind::Database;
    QString message;
};

/// A NotFound error; `what` says what was looked up without the personal value itself.
inline StoreError notFound(const QString &what)
{
    return StoreError{StoreErrorKind::NotFound, what};
}

/// A value or a StoreError. `if (!r) log(r.error());` then `*r` / `r->`.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(StoreError error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    T &value() { return std::get<0>(m_v); }
    const T &value() const { return std::get<0>(m_v); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    /// The message; empty when the call succeeded.
    QString error() const { return hasValue() ? QString() : std::get<1>(m_v).message; }
    /// The kind of failure; only meaningful when the call failed.
    StoreErrorKind errorKind() const
    {
        return hasValue() ? StoreErrorKind::Database : std::get<1>(m_v).kind;
    }
    const StoreError &storeError() const { return std::get<1>(m_v); }
    /// True only when the call failed because the row is not there (not on a database error).
    bool isNotFound() const { return !hasValue() && errorKind() == StoreErrorKind::NotFound; }

private:
    std::variant<T, StoreError> m_v;
};

/// Success or a StoreError, for calls that return nothing.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(StoreError error) : m_error(std::move(error)) {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    /// The message; empty when the call succeeded.
    QString error() const { return m_error ? m_error->message : QString(); }
    /// The kind of failure; only meaningful when the call failed.
    StoreErrorKind errorKind() const { return m_error ? m_error->kind : StoreErrorKind::Database; }
    const StoreError &storeError() const { return *m_error; }

private:
    std::optional<StoreError> m_error;
};

using Status = Result<void>;

} // namespace bk
