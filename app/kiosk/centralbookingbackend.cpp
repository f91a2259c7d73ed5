#include "kiosk/centralbookingbackend.h"

#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMetaObject>

Q_LOGGING_CATEGORY(lcCentralBooking, "bk.booking.central")

namespace bk {

namespace {

BookingAnswer toAnswer(const sync::OnlineBookingResult &r)
{
    BookingAnswer a;
    switch (r.kind) {
    case sync::OnlineBookingResult::Kind::Booked:
        a.kind = BookingAnswer::Kind::Booked;
        a.code = r.code;
        a.logKey = QStringLiteral("booked");
        break;
    case sync::OnlineBookingResult::Kind::SlotTaken:
        a.kind = BookingAnswer::Kind::SlotTaken;
        a.alternatives = r.alternatives;
        a.logKey = QStringLiteral("slot-taken");
        break;
    case sync::OnlineBookingResult::Kind::Refused:
        a.kind = BookingAnswer::Kind::Unavailable;
        a.logKey = QStringLiteral("central-refused-") +
                   (r.errorKey.isEmpty() ? QStringLiteral("unknown") : r.errorKey);
        break;
    case sync::OnlineBookingResult::Kind::Unreachable:
        // No offline booking: without a slot leased to this kiosk it could double-book.
        a.kind = BookingAnswer::Kind::Unavailable;
        a.logKey = QStringLiteral("offline");
        break;
    }
    return a;
}

} // namespace

CentralBookingBackend::CentralBookingBackend(sync::SyncEngine &engine, BookingBackend &times)
    : m_engine(engine), m_times(times)
{}

QList<Service> CentralBookingBackend::services()
{
    return m_times.services();
}

QList<DayAvailability> CentralBookingBackend::days(const ServiceId &service, QDate first, int count)
{
    return m_times.days(service, first, count);
}

bool CentralBookingBackend::canBookNow() const
{
    return !m_engine.state().unreachable();
}

QList<SlotAvailability> CentralBookingBackend::freeSlots(const ServiceId &service, QDate day)
{
    return m_times.freeSlots(service, day);
}

void CentralBookingBackend::book(const BookingRequest &request,
                                 std::function<void(BookingAnswer)> done)
{
    sync::OnlineBooking b;
    b.service = request.service;
    b.start = request.start;
    b.phone = request.phone;
    // The engine answers on its own thread; the application object outlives every flow, and
    // m_alive (read there, on the GUI thread) tells whether this backend still exists.
    m_engine.book(b, [alive = m_alive, done = std::move(done)](sync::OnlineBookingResult r) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [alive, done, r] {
                if (!*alive)
                    return;
                const BookingAnswer a = toAnswer(r);
                qCInfo(lcCentralBooking).noquote() << "booking at the central:" << a.logKey;
                done(a);
            },
            Qt::QueuedConnection);
    });
}

} // namespace bk
