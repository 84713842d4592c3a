#include "Clock.h"
#include "HistoryStore.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRows = 200;

// Polls of `team` on disk, and whether each is whole (every teammate and
// the totals written in one transaction).
struct Stored
{
    int polls = 0;
    bool whole = true;
};

Stored stored(const QString& path, const QString& team)
{
    Stored out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        if (!db.open())
            return out;
        QSqlQuery q(db);
        q.prepare(u"SELECT p.t, COUNT(*) FROM points p JOIN series s ON s.id = p.series "
                  "JOIN teams t ON t.id = s.team WHERE t.team = ? GROUP BY p.t"_s);
        q.addBindValue(team);
        if (q.exec()) {
            while (q.next()) {
                ++out.polls;
                out.whole = out.whole && q.value(1).toInt() == kRows;
            }
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return out;
}

std::unique_ptr<QProcess> writer(const QString& path, const QString& team, int polls)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(QStringLiteral(HISTORY_WRITER_BIN),
             {path, team, QString::number(polls), QString::number(kRows)});
    return p;
}

int lastCommitted(QProcess& p, QByteArray& out)
{
    out += p.readAllStandardOutput();
    const qsizetype end = out.lastIndexOf("committed ");
    return end < 0 ? 0 : out.mid(end + 10).trimmed().split('\n').first().toInt();
}

} // namespace

class TestHistoryCrash : public QObject
{
    Q_OBJECT

private slots:
    // kill -9 while polls are being written: the file opens clean, with
    // every poll that was reported written, whole, and at most the one in
    // flight beyond them.
    void aKilledWriterLosesAtMostThePollInFlight()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        auto p = writer(path, u"t1"_s, 0);
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(lastCommitted(*p, out) >= 50, 30000);
        p->kill(); // SIGKILL: no destructor, no checkpoint
        QVERIFY(p->waitForFinished());
        const int reported = lastCommitted(*p, out);

        ManualClock clock;
        HistoryStore store(clock);
        store.open(path);
        QCOMPARE(store.mode(), HistoryStore::Mode::Disk);
        QVERIFY2(store.notice().isEmpty(), qPrintable(store.notice()));
        const Stored s = stored(path, u"t1"_s);
        QVERIFY(s.whole);
        QVERIFY2(s.polls == reported || s.polls == reported + 1,
                 qPrintable(u"reported %1, stored %2"_s.arg(reported).arg(s.polls)));
    }

    // A window and a wall of the same user write the same file at once:
    // neither fails, nothing is lost.
    void twoProcessesWriteOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"history.sqlite"_s);
        constexpr int kPolls = 150;
        auto a = writer(path, u"t1"_s, kPolls);
        auto b = writer(path, u"t2"_s, kPolls);
        for (QProcess* p : {a.get(), b.get()}) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        for (const QString& team : {u"t1"_s, u"t2"_s}) {
            const Stored s = stored(path, team);
            QCOMPARE(s.polls, kPolls);
            QVERIFY(s.whole);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryCrash)
#include "tst_historycrash.moc"
