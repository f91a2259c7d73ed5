#pragma once
// The app's scan parser as a wedge reader's WedgeOptions::accepts, as app/main.cpp wires it:
// the tests of the keyboard-wedge reader check its keymap-mismatch rescue against it.

#include <QByteArray>

namespace bk::testing {

/// True when the app's scan parser (bk::parseScan) reads `raw` as a booking code or payload.
bool appAcceptsScan(const QByteArray &raw);

} // namespace bk::testing
