#include "kiosk/receiptlayouts.h"

#include "kiosk/uiformat.h"

#include <QUrl>

namespace bk {

namespace {

const TextStyle kCentre{TextAlign::Center, TextSize::Normal, false};
const TextStyle kCentreBold{TextAlign::Center, TextSize::Normal, true};
const TextStyle kTitle{TextAlign::Center, TextSize::Double, true};
const TextStyle kHuge{TextAlign::Center, TextSize::Large, true};
const TextStyle kBody{TextAlign::Left, TextSize::Normal, false};
const TextStyle kBodyBold{TextAlign::Left, TextSize::Normal, true};

ReceiptKind kindOf(Slip::Kind k)
{
    switch (k) {
    case Slip::Kind::QueueTicket:
        return ReceiptKind::CheckInTicket;
    case Slip::Kind::ChanceTicket:
        return ReceiptKind::ChanceTicket;
    case Slip::Kind::Booking:
        return ReceiptKind::BookingConfirmation;
    case Slip::Kind::SelfService:
        return ReceiptKind::SelfServicePointer;
    }
    return ReceiptKind::TestPage;
}

} // namespace

void ReceiptLayouts::header(Receipt &r, const Slip &slip)
{
    r.text(slip.siteName, kCentreBold);
    r.rule();
}

void ReceiptLayouts::footer(Receipt &r, const Slip &slip)
{
    r.feed();
    r.rule();
    const QDateTime at = slip.issuedAt.isValid() ? slip.issuedAt : QDateTime::currentDateTimeUtc();
    r.text(
        tr("Printed %1 at %2").arg(ui::dayText(ui::localDay(at), slip.language), ui::timeText(at)),
        kCentre);
    r.feed(2);
    r.cut();
}

void ReceiptLayouts::queuePage(Receipt &r, const Slip &slip)
{
    if (slip.queuePageUrl.isEmpty())
        return;
    r.feed();
    r.text(tr("Follow your place in the queue on your phone"), kCentreBold);
    // Encoded: a host such as "kø.example.dk" in its ASCII (punycode) form, which every
    // phone's camera app opens.
    r.qr(QUrl(slip.queuePageUrl).toEncoded());
}

QString ReceiptLayouts::spokenText(const Receipt &receipt)
{
    // The code is the text of the block just before the QR code on a booking receipt.
    QStringList lines;
    QString codeLine;
    for (qsizetype i = 0; i + 1 < receipt.blocks.size(); ++i) {
        if (std::holds_alternative<receipt::Qr>(receipt.blocks[i + 1]))
            if (const auto *t = std::get_if<receipt::Text>(&receipt.blocks[i]))
                codeLine = t->text;
    }
    for (const ReceiptBlock &b : receipt.blocks) {
        const auto *t = std::get_if<receipt::Text>(&b);
        if (!t || t->text.trimmed().isEmpty())
            continue;
        QString line = t->text.trimmed();
        if (line.startsWith(QStringLiteral("- ")))
            line = line.mid(2);
        if (receipt.kind == ReceiptKind::BookingConfirmation && line == codeLine) {
            QStringList symbols;
            for (const QChar c : line)
                symbols.append(QString(c));
            line = symbols.join(u' ');
        }
        lines.append(line);
    }
    return lines.join(u'\n');
}

Receipt ReceiptLayouts::layout(const Slip &slip)
{
    Receipt r;
    r.kind = kindOf(slip.kind);
    r.language = slip.language.isEmpty() ? QStringLiteral("da") : slip.language;
    header(r, slip);
    switch (slip.kind) {
    case Slip::Kind::QueueTicket:
        r.text(tr("You are checked in"), kCentreBold);
        if (!slip.ticket.isEmpty()) {
            r.text(tr("Your number"), kCentre);
            r.text(slip.ticket, kHuge);
        }
        r.text(slip.serviceName, kCentreBold);
        if (slip.start.isValid())
            r.text(tr("Your time: %1").arg(ui::timeText(slip.start)), kCentre);
        r.feed();
        r.text(tr("Please take a seat in the waiting area. When it is your turn, your number "
                  "is shown on the screen with the desk to go to."),
               kBody);
        queuePage(r, slip);
        break;
    case Slip::Kind::ChanceTicket:
        r.text(tr("Ticket without a booking"), kCentreBold);
        r.text(tr("Your number"), kCentre);
        r.text(slip.ticket, kHuge);
        r.text(slip.serviceName, kCentreBold);
        r.feed();
        if (slip.expectedAt)
            r.text(tr("We expect to call you at about %1, when a time becomes free. We cannot "
                      "promise it.")
                       .arg(ui::timeText(*slip.expectedAt)),
                   kBody);
        else
            r.text(tr("We cannot promise a time today. You will be called if a time becomes "
                      "free."),
                   kBody);
        r.text(tr("Your number is shown on the screen when it is your turn."), kBody);
        queuePage(r, slip);
        break;
    case Slip::Kind::Booking:
        r.text(tr("Your booking"), kTitle);
        r.text(slip.serviceName, kCentreBold);
        r.text(ui::dayText(ui::localDay(slip.start), slip.language), kCentre);
        r.text(tr("at %1").arg(ui::timeText(slip.start)), kTitle);
        r.feed();
        r.text(tr("Booking code"), kCentre);
        r.text(ui::groupedCode(slip.code), kTitle);
        r.qr(slip.code.toLatin1());
        // The same code as Code 128, for the 1D readers some counters still have.
        r.code128(slip.code.toLatin1());
        r.text(tr("When you come, scan this code or type it at the kiosk to check in."), kCentre);
        if (!slip.bring.isEmpty()) {
            r.feed();
            r.text(tr("Please bring:"), kBodyBold);
            for (const QString &b : slip.bring)
                r.text(QStringLiteral("- ") + b, kBody);
        }
        break;
    case Slip::Kind::SelfService:
        r.text(tr("You can do this at home"), kTitle);
        r.text(slip.serviceName, kCentreBold);
        r.feed();
        r.text(tr("Scan the code with your phone's camera, or type the address in a browser."),
               kBody);
        r.qr(slip.url.toUtf8());
        r.text(slip.url, kCentre);
        break;
    }
    footer(r, slip);
    return r;
}

} // namespace bk
