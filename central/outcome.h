#pragma once
// Errors as values for the central: a value, or a Refusal that already says which HTTP status
// and error key the caller gets (the store knows that a full slot is a 409).

#include "platform/sqlresult.h"

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace bk::central {

/// Why a request was refused: HTTP status, stable kebab-case key, a detail naming the field or
/// value, and extra members for the error body (the alternatives of a taken slot).
struct Refusal
{
    int status = 500;
    QString error;
    QString detail;
    QJsonObject extra;

    /// The JSON error body {error, detail, ...extra}.
    QJsonObject body() const
    {
        QJsonObject o = extra;
        o.insert(QStringLiteral("error"), error);
        o.insert(QStringLiteral("detail"), detail);
        return o;
    }
};

/// A value or a Refusal. `if (!r) return r.refusal();` then `*r`.
template <typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Outcome(Refusal r) : m_v(std::in_place_index<1>, std::move(r)) {}
    explicit operator bool() const { return m_v.index() == 0; }
    T &operator*() { return std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }
    T *operator->() { return &std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const Refusal &refusal() const { return std::get<1>(m_v); }

private:
    std::variant<T, Refusal> m_v;
};

/// For calls that return nothing but may be refused.
struct Done
{};

/// A refusal with `status`, the machine-readable `error` and the sentence `detail`.
inline Refusal refused(int status, const char *error, const QString &detail)
{
    return Refusal{status, QString::fromLatin1(error), detail, {}};
}

inline Refusal badRequest(const QString &error, const QString &detail)
{
    return Refusal{400, error, detail, {}};
}

inline Refusal serverError(const QString &detail)
{
    return Refusal{500, QStringLiteral("server-error"), detail, {}};
}

/// A store failure as an answer: 500 with the store's message (the file and SQLite's error).
inline Refusal serverError(const StoreError &e)
{
    return serverError(e.message);
}

/// The one mapping of a failed store lookup to an HTTP answer: `notFound` (a 404, a 401, ...)
/// only when the row is not there; any other store error (the database failed) is a 500, so a
/// broken database never looks like an unknown token, site or booking.
inline Refusal refusalFor(const StoreError &e, Refusal notFound)
{
    return e.kind == StoreErrorKind::NotFound ? std::move(notFound) : serverError(e);
}

} // namespace bk::central
