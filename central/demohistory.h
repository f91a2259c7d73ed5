#pragma once
// The demo central's past (issue 14 item 5): weeks of generated, anonymous activity at a demo
// site, so that the manager's statistics page shows what a manager would recognise. Pure: the
// same site, days and seed give the same events.

#include "central/centralstore.h"

#include <QDate>
#include <QList>

namespace bk::central {

/// Generated events of `site` (the demo site; errands it does not know get a small default
/// demand) for every local day from `firstDay` to `lastDay` (inclusive) on
/// which it is open (its weekly hours, holidays closed): bookings (web 85 %, stander 15 %,
/// made days to weeks before the visit) and chance tickets per errand; check-ins on time or
/// late within the errand's window; cancellations (~5 %), no-shows (~4 %), bookings settled by
/// phone or moved to self-service (~2.5 %); calls after a wait and service of a plausible
/// length, a few citizens absent when called; the standers' self-service pointer (shown,
/// address printed, booked anyway) and about one no-show in four refused as too late at the
/// stander instead. Demand follows the date: more in the first
/// opening hour and on Mondays, a lunch dip 11:30-13:00, the Thursday late opening, passports
/// (and moves and weddings) higher from May to August. Each visit has a visit key from the
/// seeded generator; no name, phone, CPR or booking code anywhere. Events oldest first.
QList<RecordedEvent> demoHistory(const SiteDefinition &site, const QDate &firstDay,
                                 const QDate &lastDay, quint32 seed);

} // namespace bk::central
