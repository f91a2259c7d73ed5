#include "kiosk/kioskcontroller.h"

#include "domain/clock.h"
#include "kiosk/slip.h"
#include "kiosk/translations.h"

#include <QFont>
#include <QFontMetricsF>
#include <QVariantMap>

namespace bk {

KioskController::KioskController(Options options, const Clock &clock, Translations &translations,
                                 SlipPrinter &printer, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock), m_translations(translations),
      m_printer(printer), m_nowServing(m_options.nowServingRows, this)
{
    connect(&m_translations, &Translations::languageChanged, this,
            &KioskController::languageChanged);
    connect(&m_printer, &SlipPrinter::readyChanged, this, &KioskController::printerReadyChanged);
    connect(this, &KioskController::languageChanged, this, &KioskController::spokenTextChanged);
    connect(this, &KioskController::clockTextChanged, this, &KioskController::spokenTextChanged);
    connect(this, &KioskController::printerReadyChanged, this, &KioskController::spokenTextChanged);
    connect(&m_nowServing, &CalloutModel::calloutsChanged, this,
            &KioskController::spokenTextChanged);
    // The clock on screen shows minutes; a 1 s tick keeps it within a second of the truth
    // without having to align the timer to the minute.
    m_clockTimer.setInterval(1000);
    connect(&m_clockTimer, &QTimer::timeout, this, &KioskController::updateClock);
    m_clockTimer.start();
    updateClock();
    resetLanguage();
}

QString KioskController::language() const
{
    return m_translations.current();
}

QVariantList KioskController::languages() const
{
    QVariantList out;
    for (const QString &code : m_translations.offered())
        out.append(QVariantMap{{QStringLiteral("code"), code},
                               {QStringLiteral("name"), Translations::nativeName(code)},
                               {QStringLiteral("rightToLeft"), Translations::isRightToLeft(code)}});
    return out;
}

bool KioskController::rightToLeft() const
{
    return m_translations.rightToLeft();
}

bool KioskController::printerReady() const
{
    return m_printer.ready();
}

double KioskController::capHeightRatio(const QString &family)
{
    constexpr double kPixelSize = 100;
    QFont font(family);
    font.setPixelSize(int(kPixelSize));
    return QFontMetricsF(font).capHeight() / kPixelSize;
}

void KioskController::setLanguage(const QString &code)
{
    m_translations.setLanguage(code);
}

void KioskController::resetLanguage()
{
    m_translations.setLanguage(m_options.defaultLanguage);
}

void KioskController::updateClock()
{
    const QString text =
        m_clock.now().toTimeZone(siteTimeZone()).time().toString(QStringLiteral("HH:mm"));
    if (text != m_clockText) {
        m_clockText = text;
        emit clockTextChanged();
    }
}

} // namespace bk
