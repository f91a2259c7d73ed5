#pragma once
// What every screen of the kiosk shares: site, language, clock, "now serving" and device health.

#include "kiosk/calloutmodel.h"
#include "kiosk/session.h"
#include "kiosk/speech.h"

#include "domain/types.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace bk {

class Clock;
class Translations;
class SlipPrinter;

class KioskController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built by the composition root (graph/kioskgraph.h)")
    Q_PROPERTY(QString siteName READ siteName CONSTANT)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    Q_PROPERTY(bool rightToLeft READ rightToLeft NOTIFY languageChanged)
    Q_PROPERTY(QString clockText READ clockText NOTIFY clockTextChanged)
    Q_PROPERTY(bk::CalloutModel *nowServing READ nowServing CONSTANT)
    Q_PROPERTY(bool printerReady READ printerReady NOTIFY printerReadyChanged)
    Q_PROPERTY(bool demo READ demo CONSTANT)
    Q_PROPERTY(bool landscape READ landscape CONSTANT)
    Q_PROPERTY(bool fullscreen READ fullscreen CONSTANT)
    /// Screen pixels per mm on the panel (ui.panel_width_mm); Theme turns mm into pixels.
    Q_PROPERTY(double pixelsPerMm READ pixelsPerMm CONSTANT)
    Q_PROPERTY(QString spokenText READ spokenText NOTIFY spokenTextChanged)
    Q_PROPERTY(bk::Speech *speech READ speech CONSTANT)
    Q_PROPERTY(bk::Session *session READ session CONSTANT)

public:
    struct Options
    {
        QString siteName;
        QString defaultLanguage = QStringLiteral("da");
        bool demo = false;
        bool landscape = false; ///< 1920x1080 instead of the reference 1080x1920
        bool fullscreen = true; ///< off for the demo window, --self-test and --screenshot
        int nowServingRows = 5; ///< how many call-outs home and the ticket display show
        double pixelsPerMm = 1920.0 / 476; ///< the 21.5" reference panel (476 mm wide)
        /// Whether home shows "booking a new time is not possible here right now" (the
        /// central cannot be reached); empty = never.
        std::function<bool()> centralOffline = {};
    };

    KioskController(Options options, const Clock &clock, Translations &translations,
                    SlipPrinter &printer, QObject *parent = nullptr);

    QString siteName() const { return m_options.siteName; }
    /// The current UI language's code ("da", "ar"): the receipts and the speech use it.
    QString language() const;
    /// The languages offered (kiosk.languages), in order: [{code, name, rightToLeft}], the
    /// name written in the language itself.
    QVariantList languages() const;
    /// True while the UI language is written right to left: Main.qml mirrors the layouts.
    bool rightToLeft() const;
    QString clockText() const { return m_clockText; }
    /// The latest call-outs, newest first: home's "now serving" panel shows them and the
    /// composition root connects the ticket display to CalloutModel::calloutsChanged.
    CalloutModel *nowServing() { return &m_nowServing; }
    bool printerReady() const;
    bool demo() const { return m_options.demo; }
    bool landscape() const { return m_options.landscape; }
    bool fullscreen() const { return m_options.fullscreen; }
    double pixelsPerMm() const { return m_options.pixelsPerMm; }

    /// Cap height / pixel size of the font `family` resolves to here (QFontMetricsF::capHeight
    /// of a 100 px font): about 0.73 for DejaVu Sans. Theme computes pixel sizes from it.
    Q_INVOKABLE static double capHeightRatio(const QString &family);
    /// What "Listen" reads on home: site, time, the welcome, the three choices and the notes
    /// on show, from HomePage.qml's own strings (kiosk/spokentext.cpp).
    QString spokenText() const;
    /// The kiosk's voice, for the Listen button and the keypads on every page; set once by the
    /// composition root.
    Speech *speech() const { return m_speech; }
    void setSpeech(Speech *speech) { m_speech = speech; }
    /// The citizen's session, for the Listen button's long press (the non-visual mode) on
    /// every page; set once by the composition root.
    Session *session() const { return m_session; }
    void setSession(Session *session) { m_session = session; }

    /// Switches the UI (and the next receipt) to `code` at once.
    Q_INVOKABLE void setLanguage(const QString &code);
    /// Back to the site's language; called when a citizen leaves or times out.
    Q_INVOKABLE void resetLanguage();

    /// A ticket was called at a counter: into nowServing() (startCentralLink calls this).
    void addCallout(const Callout &callout) { m_nowServing.add(callout); }

signals:
    void languageChanged();
    void clockTextChanged();
    void printerReadyChanged();
    /// The home text changed (language, clock, printer, the link to the central).
    void spokenTextChanged();

private:
    void updateClock();

    Options m_options;
    const Clock &m_clock;
    Translations &m_translations;
    SlipPrinter &m_printer;
    CalloutModel m_nowServing;
    QString m_clockText;
    QTimer m_clockTimer;
    Speech *m_speech = nullptr;
    Session *m_session = nullptr;
};

} // namespace bk
