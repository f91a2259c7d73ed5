import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Borgerkiosk.Kiosk

// One diagnostics page of the technician's screens: the pages as tabs (and "Lock and leave"),
// the page's rows (state in words and colour, the action that fixes a problem) and the page's
// own buttons. Everything shown comes from the AdminController.
Item {
    id: root

    required property AdminController admin
    required property bool landscape
    /// "devices", "tests", "central", "stander" or "actions".
    required property string section

    signal leave

    /// The actions page shows the re-enrolment's keypad, its work or its outcome.
    readonly property bool enrolling: section === "actions" && admin.enrolStep !== AdminController.None

    readonly property var rows: section === "devices" ? admin.deviceRows : section === "tests" ? admin.testRows : section === "central" ? admin.centralRows : section === "stander" ? admin.standerRows : admin.actionRows

    readonly property var tabs: [
        {
            name: "devices",
            text: qsTr("Devices")
        },
        {
            name: "tests",
            text: qsTr("Tests")
        },
        {
            name: "central",
            text: qsTr("Central")
        },
        {
            name: "stander",
            text: qsTr("Stander")
        },
        {
            name: "actions",
            text: qsTr("Actions")
        }
    ]

    function columnsOf(rows) {
        if (!root.landscape)
            return [rows];
        const columns = [[], []], lines = [0, 0];
        for (const r of rows) {
            const i = lines[0] <= lines[1] ? 0 : 1;
            columns[i].push(r);
            lines[i] += 2 + String(r.value).split("\n").length + (r.action !== "" ? 1 : 0);
        }
        return columns;
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            columns: root.landscape ? 6 : 3
            columnSpacing: Theme.keyGap
            rowSpacing: Theme.keyGap
            Repeater {
                model: root.tabs
                delegate: BigButton {
                    id: tab
                    required property var modelData
                    objectName: "admin_tab_" + modelData.name
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    fontSize: Theme.fontBody
                    primary: root.section === modelData.name // qmllint disable unqualified
                    text: modelData.text
                    onClicked: root.admin.show(tab.modelData.name) // qmllint disable unqualified
                }
            }
            BigButton {
                objectName: "admin_close"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                fontSize: Theme.fontBody
                text: qsTr("Lock")
                Accessible.name: qsTr("Lock and go back to the citizen screen")
                onClicked: root.leave()
            }
        }

        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: root.section === "devices" ? qsTr("Devices") : root.section === "tests" ? qsTr("Tests") : root.section === "central" ? qsTr("Central") : root.section === "stander" ? qsTr("The stander") : qsTr("Actions")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }

        // The page's own buttons: what a technician does here.
        GridLayout {
            Layout.fillWidth: true
            visible: !root.enrolling && (root.section === "tests" || root.section === "actions" || root.section === "central")
            columns: root.landscape ? 3 : 2
            columnSpacing: Theme.keyGap
            rowSpacing: Theme.keyGap
            BigButton {
                objectName: "admin_printTest"
                visible: root.section === "tests"
                Layout.fillWidth: true
                fontSize: Theme.fontBody
                text: qsTr("Print the test page")
                onClicked: root.admin.printTestPage()
            }
            BigButton {
                objectName: "admin_testLine"
                visible: root.section === "tests"
                Layout.fillWidth: true
                fontSize: Theme.fontBody
                text: qsTr("Test line on the display")
                onClicked: root.admin.showTestLine()
            }
            BigButton {
                objectName: "admin_scanTest"
                visible: root.section === "tests"
                Layout.fillWidth: true
                fontSize: Theme.fontBody
                primary: root.admin.scanTestActive
                text: root.admin.scanTestActive ? qsTr("Stop the scan test") : qsTr("Scan something now")
                onClicked: root.admin.setScanTest(!root.admin.scanTestActive)
            }
            BigButton {
                objectName: "admin_syncNow"
                visible: root.section === "actions" || root.section === "central"
                Layout.fillWidth: true
                fontSize: Theme.fontBody
                text: qsTr("Sync now")
                onClicked: {
                    root.admin.show("actions");
                    root.admin.syncNow();
                }
            }
            BigButton {
                objectName: "admin_restart"
                visible: root.section === "actions"
                Layout.fillWidth: true
                fontSize: Theme.fontBody
                text: qsTr("Restart the program")
                onClicked: root.admin.restartApp()
            }
            BigButton {
                objectName: "admin_reenrol"
                visible: root.section === "actions"
                Layout.fillWidth: true
                fontSize: Theme.fontBody
                text: qsTr("Re-enrol with a new code")
                Accessible.name: qsTr("Re-enrol with a new one-time code from the central")
                onClicked: root.admin.startEnrol()
            }
            BigButton {
                objectName: "admin_home"
                visible: root.section === "actions"
                Layout.fillWidth: true
                fontSize: Theme.fontBody
                text: qsTr("Back to the citizen screen")
                onClicked: root.leave()
            }
        }

        AdminEnrolPanel {
            visible: root.enrolling
            Layout.fillWidth: true
            Layout.fillHeight: true
            admin: root.admin
            landscape: root.landscape
        }

        // Landscape: two columns, each row into the shorter one (by lines of text), in order.
        RowLayout {
            visible: !root.enrolling
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: root.columnsOf(root.rows)
                delegate: ColumnLayout {
                    id: column
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacing / 2
                    Repeater {
                        model: column.modelData
                        delegate: AdminRow {
                            required property var modelData
                            Layout.fillWidth: true
                            entry: modelData
                        }
                    }
                }
            }
        }

        Item {
            visible: !root.enrolling
            Layout.fillHeight: true
        }
    }
}
