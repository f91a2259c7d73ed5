#include "kiosk/servicetext.h"

namespace bk::ui {

namespace {

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

} // namespace bk::ui
