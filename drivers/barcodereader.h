#pragma once
// The barcode reader as the app sees it: raw scans out, nothing in. Parsing (AIM prefixes,
// URLs, check characters) is the app's job, in the domain's scan payload parser.

#include "drivers/devicestatus.h"

#include <QByteArray>
#include <QObject>

namespace bk {

/// A barcode reader: real (serial, keyboard wedge), simulated or null.
class BarcodeReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BarcodeReader() override = default;

    /// Current state and, unless Connected, why.
    virtual DeviceStatus status() const = 0;

signals:
    /// One scan, as the reader sent it (terminator included if it sent one). May contain
    /// personal data: never log it.
    void scanned(const QByteArray &raw);
    /// status() changed.
    void statusChanged();
};

/// No reader configured: Disabled, never scans.
class NullBarcodeReader : public BarcodeReader
{
    Q_OBJECT

public:
    using BarcodeReader::BarcodeReader;

    DeviceStatus status() const override;
};

} // namespace bk
