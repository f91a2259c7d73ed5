#include "drivers/cupsbackendsignals.h"

namespace bk {

bool cupsMessageMeansUnreachable(QStringView message)
{
    // CUPS 2.4 backend strings (see the header): each says the data is not reaching the
    // printer. "The printer is in use." is socket's and ipp's word for a refused connection: a
    // kiosk's own printer that refuses us for the grace period is, for the citizen, unreachable.
    static const char16_t *const kUnreachable[] = {
        u"Waiting for printer to become available.", // usb: device not found, retried every 5 s
        u"Connecting to printer.",                   // socket, ipp: before the connect succeeds
        u"The printer is in use.",                   // socket, ipp: ECONNREFUSED, retried
        u"The printer is unreachable at this time.", // socket, ipp: EHOSTUNREACH
        u"The printer may not exist or is unavailable at this time.", // socket, ipp: EHOSTDOWN
        u"The printer is not responding.",  // socket, ipp: connect timed out
        u"The printer is not connected.",   // socket, ipp: SNMP says offline
        u"Unable to locate printer.",       // socket, ipp: host name not found
        u"Unable to send data to printer.", // usb: write failed
        u"Unable to contact printer, queuing on next printer in class.",
    };
    const QStringView trimmed = message.trimmed();
    for (const char16_t *text : kUnreachable)
        if (trimmed.compare(QStringView(text), Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

PaperReport paperReportForDeviceUri(const QString &deviceUri)
{
    const QStringView scheme = QStringView(deviceUri).left(deviceUri.indexOf(u':'));
    for (const char16_t *ipp : {u"ipp", u"ipps", u"http", u"https"})
        if (scheme.compare(QStringView(ipp), Qt::CaseInsensitive) == 0)
            return PaperReport::Printer;
    if (scheme.compare(u"bkescpos", Qt::CaseInsensitive) == 0)
        return PaperReport::Backend;
    return PaperReport::None;
}

} // namespace bk
