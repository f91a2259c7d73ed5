#pragma once
// The schema of the kiosk's configuration file: every key of kiosk.conf once, with its type,
// default, documentation, allowed range and where its value goes in KioskConfig. Parsing
// (config.cpp), the defaults (defaultConfig()) and the example file (exampleConfig(), rendered
// into packaging/kiosk.conf.example) all come from this one table. Adding a key: one entry at
// the end of its section's entries in schema() and a field in KioskConfig (config.h).

#include "platform/config.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace bk::configschema {

enum class Type { String, Bool, Int, Enum, Path };

// How a validated value is stored: the string for String/Path (Path already absolute), the
// bool for Bool, the number for Int, the index into `allowed` for Enum.
using Apply = void (*)(KioskConfig &, const QVariant &);

/// One configuration key. The schema (schema()) is the only list of keys: parsing, defaults and
/// the example file all come from it.
struct Key
{
    const char *section;
    const char *name;
    Type type;
    const char *defaultText;
    const char *doc;
    Apply apply;
    int min = 0;                  ///< Int: smallest allowed; String: shortest
    int max = 0;                  ///< Int: largest allowed; String: longest
    QStringList allowed = {};     ///< Enum: the allowed words, in the C++ enum's order
    const char *pattern = {};     ///< String: a full-match regular expression, if any
    const char *patternHelp = {}; ///< String: the pattern in words

    QString fullName() const { return QLatin1String(section) + u'.' + QLatin1String(name); }
};

// Identifiers end up in file names, URLs and the central's database: keep them plain.
inline constexpr auto kIdPattern = "[a-z0-9-]{1,40}";
inline constexpr auto kIdHelp = "1 to 40 lowercase letters a-z, digits or '-'";
// UI languages are ISO 639-1 codes, as in the catalogues' file names (borgerkiosk_da.ts).
inline constexpr auto kLanguagePattern = "[a-z]{2,3}";
inline constexpr auto kLanguageHelp = "a language code such as da";
inline constexpr auto kLanguageListPattern = "[a-z]{2,3}( *, *[a-z]{2,3})*";
inline constexpr auto kLanguageListHelp = "language codes separated by commas, such as da,en,ar";

/// Every key, grouped by section in the order of the example file.
const QList<Key> &schema();

/// The section names, in schema order (without brackets).
QStringList sections();

/// The key `section`.`name`, or nullptr when the schema has no such key.
const Key *findKey(const QString &section, const QString &name);

/// What a key accepts, in words, starting "expected ": the tail of every value error and,
/// without that word, the example file's "Allowed:" comment.
QString allowedText(const Key &k);

} // namespace bk::configschema
