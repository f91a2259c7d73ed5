import QtQuick
import Borgerkiosk.Kiosk

// The language: one button that opens the sheet of all languages. Its word is in the language
// on show and, unless that is English, also in English (translated in FlowPage's context).
BigButton {
    required property KioskController kiosk

    objectName: "languageButton"
    fontSize: Theme.fontBody
    shrinks: true
    text: kiosk.language === "en" ? "Language" : qsTranslate("FlowPage", "Language") + " · Language"
}
