// The headset jack (drivers/headsetjack.h) reads real `struct input_event` records (linux/input.h)
// as the kernel's evdev node sends them, here written into a FIFO: a plug in and out, records
// split across writes, other events ignored, the writer going away and coming back, a path that
// appears later.

#include "drivers/headsetjack.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace bk;

namespace {

constexpr int kRetryMs = 50;

QByteArray record(quint16 type, quint16 code, qint32 value)
{
    input_event ev;
    std::memset(&ev, 0, sizeof(ev));
    ev.time.tv_sec = 1764547200;
    ev.type = type;
    ev.code = code;
    ev.value = value;
    return QByteArray(reinterpret_cast<const char *>(&ev), sizeof(ev));
}

/// One switch report as the kernel sends it: the switch, then EV_SYN/SYN_REPORT.
QByteArray plug(bool in)
{
    return record(EV_SW, SW_HEADPHONE_INSERT, in ? 1 : 0) + record(EV_SYN, SYN_REPORT, 0);
}

/// The FIFO's writing end (the reader must be open, else this would block).
class Writer
{
public:
    explicit Writer(const QString &path)
        : m_fd(::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK))
    {}
    ~Writer() { close(); }
    bool isOpen() const { return m_fd >= 0; }
    bool write(const QByteArray &bytes)
    {
        return ::write(m_fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

} // namespace

class TestHeadsetJack : public QObject
{
    Q_OBJECT

private slots:
    void plugInAndOut()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event-headset"));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        HeadsetJack jack(path, kRetryMs);
        QSignalSpy spy(&jack, &HeadsetJack::insertedChanged);
        QTRY_VERIFY(jack.isOpen());
        Writer w(path);
        QVERIFY(w.isOpen());

        QVERIFY(w.write(plug(true)));
        QTRY_COMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toBool(), true);
        QVERIFY(jack.inserted());

        // Other events (a key, a different switch) change nothing; a record split across two
        // writes is read whole.
        QVERIFY(w.write(record(EV_KEY, KEY_VOLUMEUP, 1) + record(EV_SW, SW_LID, 0) +
                        record(EV_SYN, SYN_REPORT, 0)));
        const QByteArray out = plug(false);
        QVERIFY(w.write(out.left(10)));
        QTest::qWait(2 * kRetryMs);
        QCOMPARE(spy.count(), 1);
        QVERIFY(w.write(out.mid(10)));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toBool(), false);

        // The same state again is no change.
        QVERIFY(w.write(plug(false)));
        QTest::qWait(2 * kRetryMs);
        QCOMPARE(spy.count(), 2);
    }

    void reopensWhenTheDeviceComesBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("event-later"));
        HeadsetJack jack(path, kRetryMs);
        QSignalSpy spy(&jack, &HeadsetJack::insertedChanged);
        QTest::qWait(3 * kRetryMs);
        QVERIFY(!jack.isOpen()); // not there yet

        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QTRY_VERIFY(jack.isOpen());
        {
            Writer w(path);
            QVERIFY(w.isOpen());
            QVERIFY(w.write(plug(true)));
            QTRY_COMPARE(spy.count(), 1);
        } // the device goes away (the writer closes: end of file)
        QTRY_VERIFY(!jack.isOpen());
        QTRY_VERIFY(jack.isOpen()); // opened again after the retry interval
        Writer again(path);
        QVERIFY(again.isOpen());
        QVERIFY(again.write(plug(false)));
        QTRY_COMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestHeadsetJack)
#include "tst_headsetjack.moc"
