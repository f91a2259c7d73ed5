#include "platform/config.h"

#include "platform/configschema.h"

#include "domain/uilanguages.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QVariant>

#include <algorithm>

namespace bk {

namespace {

using configschema::allowedText;
using configschema::findKey;
using configschema::Key;
using configschema::schema;
using configschema::sections;
using configschema::Type;

/// Checks `raw` against the key's type; returns the value to apply or an invalid QVariant.
QVariant validate(const Key &k, const QString &raw, const QString &baseDir)
{
    switch (k.type) {
    case Type::String: {
        if (raw.size() < k.min || raw.size() > k.max)
            return {};
        if (k.pattern) {
            static QHash<QString, QRegularExpression> cache;
            const QString p = QLatin1String(k.pattern);
            if (!cache.contains(p))
                cache.insert(p, QRegularExpression(QRegularExpression::anchoredPattern(p)));
            if (!cache.value(p).match(raw).hasMatch())
                return {};
        }
        // Control characters would corrupt the screen, receipts and log lines.
        for (QChar c : raw)
            if (c.category() == QChar::Other_Control)
                return {};
        return raw;
    }
    case Type::Bool: {
        const QString v = raw.toLower();
        if (v == u"true" || v == u"yes" || v == u"on" || v == u"1")
            return true;
        if (v == u"false" || v == u"no" || v == u"off" || v == u"0")
            return false;
        return {};
    }
    case Type::Int: {
        bool ok = false;
        // Base 10 only: "010" is ten, not eight, and "0x1f" is refused.
        const int n = raw.toInt(&ok, 10);
        if (!ok || n < k.min || n > k.max)
            return {};
        return n;
    }
    case Type::Enum: {
        const qsizetype i = k.allowed.indexOf(raw.toLower());
        if (i < 0)
            return {};
        return int(i);
    }
    case Type::Path: {
        // A path whose default is empty is optional (the central's files): empty stays empty.
        if (raw.isEmpty() && *k.defaultText == '\0')
            return QString();
        if (raw.isEmpty() || raw.contains(QChar(0)))
            return {};
        return QDir::cleanPath(QDir(baseDir).absoluteFilePath(raw));
    }
    }
    return {};
}

QString location(const QString &fileName, int line)
{
    return QStringLiteral("%1:%2: ").arg(fileName).arg(line);
}

QString quoted(const QString &value)
{
    return u'"' + value + u'"';
}

} // namespace

KioskConfig defaultConfig()
{
    KioskConfig c;
    for (const Key &k : schema()) {
        // Defaults are absolute paths and valid values by construction (a unit test checks).
        k.apply(c, validate(k, QString::fromUtf8(k.defaultText), QStringLiteral("/")));
    }
    return c;
}

ConfigResult parseConfig(QByteArrayView text, const QString &fileName)
{
    ConfigResult result;
    result.config = defaultConfig();
    result.fileName = fileName;
    const QString baseDir = QFileInfo(fileName).absolutePath();
    QHash<QString, int> seenAt;  // full key name -> line it was set on
    QHash<QString, int> validAt; // the same, for values that passed validation

    QByteArrayView rest = text;
    if (rest.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark from Windows editors
        rest = rest.sliced(3);

    QString section;
    bool sectionKnown = false;
    int lineNo = 0;
    while (!rest.isEmpty() || lineNo == 0) {
        ++lineNo;
        const qsizetype nl = rest.indexOf('\n');
        QByteArrayView rawLine = nl < 0 ? rest : rest.first(nl);
        rest = nl < 0 ? QByteArrayView() : rest.sliced(nl + 1);
        if (rawLine.endsWith('\r'))
            rawLine.chop(1);

        auto toUtf16 = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = toUtf16(rawLine);
        const QString line = decoded.trimmed();
        const QString at = location(fileName, lineNo);
        if (toUtf16.hasError()) {
            result.errors.append(at + QStringLiteral("not valid UTF-8 text; save the file as "
                                                     "UTF-8"));
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;

        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']')) {
                result.errors.append(at + QStringLiteral("%1 is not a section header: expected "
                                                         "[name]")
                                              .arg(quoted(line)));
                section.clear();
                sectionKnown = false;
                continue;
            }
            section = line.mid(1, line.size() - 2).trimmed();
            sectionKnown = sections().contains(section);
            if (!sectionKnown)
                result.errors.append(at +
                                     QStringLiteral("unknown section [%1]: expected one "
                                                    "of [%2]")
                                         .arg(section, sections().join(QStringLiteral("], ["))));
            continue;
        }

        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            result.errors.append(at + QStringLiteral("%1 is not a setting: expected "
                                                     "\"key = value\", a [section] header or "
                                                     "a # comment")
                                          .arg(quoted(line)));
            continue;
        }
        const QString name = line.left(eq).trimmed();
        QString value = line.mid(eq + 1).trimmed();
        // Optional double quotes keep leading or trailing spaces visible; they are not part
        // of the value.
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);

        if (section.isEmpty()) {
            result.errors.append(
                at + QStringLiteral("%1 = %2 comes before any [section] "
                                    "header: put it under one of [%3]")
                         .arg(name, quoted(value), sections().join(QStringLiteral("], ["))));
            continue;
        }
        if (!sectionKnown)
            continue; // the unknown section was reported once, at its header
        const QString fullName = section + u'.' + name;
        const Key *key = findKey(section, name);
        if (!key) {
            QStringList names;
            for (const Key &k : schema())
                if (section == QLatin1String(k.section))
                    names.append(QLatin1String(k.name));
            result.errors.append(
                at + QStringLiteral("unknown key %1 = %2: keys in [%3] are %4")
                         .arg(fullName, quoted(value), section, names.join(QStringLiteral(", "))));
            continue;
        }
        if (seenAt.contains(fullName)) {
            result.errors.append(at + QStringLiteral("%1 = %2: duplicate key, already set on "
                                                     "line %3; keep one of them")
                                          .arg(fullName, quoted(value))
                                          .arg(seenAt.value(fullName)));
            continue;
        }
        seenAt.insert(fullName, lineNo);
        const QVariant parsed = validate(*key, value, baseDir);
        if (!parsed.isValid()) {
            result.errors.append(
                at + QStringLiteral("%1 = %2: %3").arg(fullName, quoted(value), allowedText(*key)));
            continue;
        }
        key->apply(result.config, parsed);
        validAt.insert(fullName, lineNo);
    }
    result.lines = validAt;

    // Cross-key checks, only between values that were valid on their own (a bad count is
    // already reported), named at the line of the key most likely to be wrong.
    const KioskConfig &c = result.config;
    const QString indexKey = QStringLiteral("kiosk.index");
    const QString countKey = QStringLiteral("kiosk.count");
    const bool indexOk = validAt.contains(indexKey) || !seenAt.contains(indexKey);
    const bool countOk = validAt.contains(countKey) || !seenAt.contains(countKey);
    if (indexOk && countOk && c.kiosk.index >= c.kiosk.count) {
        const int line = validAt.value(indexKey, validAt.value(countKey));
        const QString countAt = validAt.contains(countKey)
                                    ? QStringLiteral(" set on line %1").arg(validAt.value(countKey))
                                    : QStringLiteral(" by default");
        result.errors.append(location(fileName, line) +
                             QStringLiteral("kiosk.index = \"%1\": must be less than kiosk.count, "
                                            "which is %2%3 (kiosks are numbered from 0)")
                                 .arg(c.kiosk.index)
                                 .arg(c.kiosk.count)
                                 .arg(countAt));
    }
    // The languages: each needs a compiled catalogue (the build's list, qml/i18n), none twice,
    // and the start language must be one a citizen can choose again.
    const QString languagesKey = QStringLiteral("kiosk.languages");
    const QString languageKey = QStringLiteral("kiosk.language");
    const bool languagesOk = validAt.contains(languagesKey) || !seenAt.contains(languagesKey);
    const auto where = [&fileName](int line) {
        return line > 0 ? location(fileName, line) : fileName + QStringLiteral(": ");
    };
    if (languagesOk) {
        const QString at = where(validAt.value(languagesKey, 0));
        QStringList seen;
        for (const QString &code : c.kiosk.languages) {
            if (seen.contains(code))
                result.errors.append(at + QStringLiteral("kiosk.languages: \"%1\" is listed "
                                                         "twice")
                                              .arg(code));
            else if (!hasCatalogue(code))
                result.errors.append(
                    at + QStringLiteral("kiosk.languages: no catalogue for \"%1\" in this "
                                        "build; it has %2 (a new language needs "
                                        "qml/i18n/borgerkiosk_%1.ts, see the README)")
                             .arg(code, catalogueLanguages().join(QStringLiteral(", "))));
            seen.append(code);
        }
    }
    const bool languageOk = validAt.contains(languageKey) || !seenAt.contains(languageKey);
    if (languagesOk && languageOk && !c.kiosk.languages.contains(c.kiosk.language))
        result.errors.append(where(validAt.value(languageKey, validAt.value(languagesKey, 0))) +
                             QStringLiteral("kiosk.language = \"%1\": not in kiosk.languages (%2)")
                                 .arg(c.kiosk.language, c.kiosk.languages.join(u',')));
    // The printer profile: a width no printer has, more columns than the dots can draw, or
    // one ESC t number for two tables is a typo that would print garbage on every receipt.
    const auto lineOf = [&validAt](const char *key) {
        return validAt.value(QLatin1String(key), 0);
    };
    // Font A is 12 dots wide on most printers and never narrower than 10 (42 columns of
    // 12 dots on 512, 48 on 576, 32 on 384); more columns is font B, which the receipts do
    // not use, and the printer would wrap every line. Raster images (GS v 0) are whole bytes
    // wide, so the printable width is a multiple of 8 dots.
    constexpr int kMinFontADots = 10;
    if (c.printer.dots > 0 && (c.printer.dots < 160 || c.printer.dots % 8 != 0))
        result.errors.append(location(fileName, lineOf("printer.dots")) +
                             QStringLiteral("printer.dots = \"%1\": expected 0 (from "
                                            "paper_width_mm) or 160 to 1024 dots, a multiple "
                                            "of 8")
                                 .arg(c.printer.dots));
    else if (c.printer.fontAColumns() > c.printer.dotsPerLine() / kMinFontADots)
        result.errors.append(location(fileName, lineOf("printer.columns")) +
                             QStringLiteral("printer.columns = \"%1\": at most %2 on a printer "
                                            "of %3 dots (a font A character is at least %4 "
                                            "dots wide); check printer.dots")
                                 .arg(c.printer.fontAColumns())
                                 .arg(c.printer.dotsPerLine() / kMinFontADots)
                                 .arg(c.printer.dotsPerLine())
                                 .arg(kMinFontADots));
    if (c.printer.pc865Number == c.printer.wpc1252Number)
        result.errors.append(location(fileName, std::max(lineOf("printer.pc865_number"),
                                                         lineOf("printer.wpc1252_number"))) +
                             QStringLiteral("printer.wpc1252_number = \"%1\": the same number "
                                            "as printer.pc865_number; one ESC t number selects "
                                            "one table (see the printer's self-test print)")
                                 .arg(c.printer.wpc1252Number));
    return result;
}

QString ConfigResult::at(const QString &fullKey) const
{
    const int line = lines.value(fullKey, 0);
    return line > 0 ? location(fileName, line) : fileName + QStringLiteral(": ");
}

ConfigResult loadConfig(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigResult r;
        r.fileName = path;
        r.errors.append(QStringLiteral("%1: cannot read the configuration file: %2")
                            .arg(path, file.errorString()));
        return r;
    }
    // A configuration file is small; a huge one is a mistake (a wrong --config argument).
    constexpr qint64 kMaxBytes = 1 << 20;
    if (file.size() > kMaxBytes) {
        ConfigResult r;
        r.fileName = path;
        r.errors.append(QStringLiteral("%1: %2 bytes is too large for a configuration file "
                                       "(at most 1 MiB); is --config pointing at the right file?")
                            .arg(path)
                            .arg(file.size()));
        return r;
    }
    const QByteArray text = file.readAll();
    return parseConfig(text, path);
}

} // namespace bk
