#pragma once
// The UI languages this build can show: one per compiled catalogue qml/i18n/borgerkiosk_<code>.ts
// (the build passes their codes in), each with its name written in itself and its direction.
// Pure data, no I/O: the configuration checks kiosk.languages against it, the kiosk's language
// bar and the screenshot audit iterate it.

#include <QString>
#include <QStringList>

namespace bk {

/// The language codes (ISO 639-1, lowercase, e.g. "da", "ar") with a catalogue in this build:
/// "da" first, then "en", then the others in alphabetical order.
QStringList catalogueLanguages();

/// True when this build has a catalogue for `code`.
bool hasCatalogue(const QString &code);

/// The language's name written in itself, as a speaker would look for it ("Dansk", "العربية",
/// "Українська"): a fixed form for the shipped languages, else the CLDR name Qt knows
/// (QLocale::nativeLanguageName) with its first letter in upper case; `code` if neither.
QString nativeLanguageName(const QString &code);

/// True for languages written right to left (Arabic): their screens mirror (CLDR, through
/// QLocale::textDirection).
bool isRightToLeft(const QString &code);

} // namespace bk
