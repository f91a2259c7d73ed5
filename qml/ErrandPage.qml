import QtQuick
import QtQuick.Layouts

// "What have you come for?": one large button per errand.
FlowPage {
    id: root

    /// [{id, name}]
    required property var errands

    signal chosen(string serviceId)

    title: qsTr("What have you come for?")

    GridLayout {
        anchors.fill: parent
        columns: Math.max(1, Math.floor((root.kiosk.landscape ? 3 : 2) * Theme.columnScale))
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing

        Repeater {
            model: root.errands
            delegate: ChoiceButton {
                id: errand
                required property var modelData
                objectName: "errand_" + modelData.id
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                // Their natural height while the list fits above the bottom row; lower (down to
                // their words plus a margin) when a site has many errands or text is large.
                Layout.fillHeight: true
                Layout.preferredHeight: root.kiosk.landscape ? Theme.touchMin * 1.5 : Theme.choiceHeight * 0.8 // qmllint disable unqualified
                Layout.maximumHeight: Layout.preferredHeight
                Layout.minimumHeight: Math.max(Theme.touchMin, errand.contentItem.implicitHeight + Theme.spacing)
                primary: false
                titleSize: Theme.fontLarge
                text: modelData.name
                onClicked: root.chosen(errand.modelData.id) // qmllint disable unqualified
            }
        }
        Item {
            Layout.fillHeight: true
            Layout.columnSpan: parent.columns
        }
    }
}
