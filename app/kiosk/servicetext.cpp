#include "kiosk/servicetext.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace bk::ui {

namespace {

// Every English holiday name app/domain/calendar.cpp gives (public and customary days), marked
// for lupdate; tst_translations fails while one lacks a translation in a catalogue, and
// tst_servicetext while a calendar name is missing here.
struct HolidayText
{
    Q_DECLARE_TR_FUNCTIONS(HolidayText)
};
constexpr const char *kHolidayNames[] = {
    QT_TRANSLATE_NOOP("HolidayText", "New Year's Day"),
    QT_TRANSLATE_NOOP("HolidayText", "Maundy Thursday"),
    QT_TRANSLATE_NOOP("HolidayText", "Good Friday"),
    QT_TRANSLATE_NOOP("HolidayText", "Easter Sunday"),
    QT_TRANSLATE_NOOP("HolidayText", "Easter Monday"),
    QT_TRANSLATE_NOOP("HolidayText", "General Prayer Day"),
    QT_TRANSLATE_NOOP("HolidayText", "Ascension Day"),
    QT_TRANSLATE_NOOP("HolidayText", "Whit Sunday"),
    QT_TRANSLATE_NOOP("HolidayText", "Whit Monday"),
    QT_TRANSLATE_NOOP("HolidayText", "Christmas Day"),
    QT_TRANSLATE_NOOP("HolidayText", "Boxing Day"),
    QT_TRANSLATE_NOOP("HolidayText", "Constitution Day"),
    QT_TRANSLATE_NOOP("HolidayText", "Christmas Eve"),
    QT_TRANSLATE_NOOP("HolidayText", "New Year's Eve"),
};

const char *holidaySource(const QString &nameEn)
{
    const auto it = std::find_if(std::begin(kHolidayNames), std::end(kHolidayNames),
                                 [&](const char *n) { return nameEn == QLatin1String(n); });
    return it == std::end(kHolidayNames) ? nullptr : *it;
}

/// Service::names always holds Danish, the site's language of record.
QString fallbackLanguage()
{
    return QStringLiteral("da");
}

} // namespace

QString serviceName(const Service &service, const QString &language)
{
    if (service.id.isEmpty())
        return {};
    const QString name = service.names.value(language);
    return name.isEmpty() ? service.names.value(fallbackLanguage()) : name;
}

QStringList bringList(const Service &service, const QString &language)
{
    return service.bring.contains(language) ? service.bring.value(language)
                                            : service.bring.value(fallbackLanguage());
}

QVariantMap errandEntry(const Service &service, const QString &language)
{
    return {{QStringLiteral("id"), service.id},
            {QStringLiteral("name"), serviceName(service, language)}};
}

QString closedReason(const DayAvailability &day, const QString &language)
{
    if (language.isEmpty() || language == u"da")
        return day.reasonDa;
    if (day.holiday)
        if (const char *source = holidaySource(day.reasonEn))
            return HolidayText::tr(source);
    return language == u"en" || day.reasonDa.isEmpty() ? day.reasonEn : day.reasonDa;
}

bool hasHolidayText(const QString &nameEn)
{
    return holidaySource(nameEn) != nullptr;
}

} // namespace bk::ui
