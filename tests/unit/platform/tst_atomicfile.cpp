// writeFileAtomically: the bytes, the mode, the replacement of an old file, nothing left
// behind, and a failure that names the file.

#include "platform/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace bk;

namespace {

int modeOf(const QString &path)
{
    struct stat st
    {};
    return stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT
private slots:
    void writesWithTheModeWhateverTheUmask()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token"));
        const mode_t old = umask(0); // a umask that would leave a new file world-readable
        const QString e = writeFileAtomically(path, "secret\n", 0600);
        umask(old);
        QVERIFY2(e.isEmpty(), qPrintable(e));
        QCOMPARE(contents(path), QByteArray("secret\n"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("token")});
    }

    void replacesAnOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents that are longer");
        old.close();
        QVERIFY(
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        QCOMPARE(writeFileAtomically(path, "new", 0600), QString());
        QCOMPARE(contents(path), QByteArray("new"));
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("token")});
    }

    void failureNamesTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/token"));
        const QString e = writeFileAtomically(path, "x", 0600);
        QVERIFY(e.contains(path));
        QVERIFY2(e.contains(QStringLiteral("No such file or directory")), qPrintable(e));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
