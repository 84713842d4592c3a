#include "HistoryStore.h"

#include "Clock.h"
#include "HistorySchema.h"
#include "Logging.h"
#include "SnapshotDiff.h"
#include "TeamSnapshot.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

using namespace std::chrono;

namespace {

// SQLite's primary result codes that say something about the file.
enum SqliteCode
{
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADatabase = 26,
};

int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

constexpr qint64 kKeyframeSeconds = 15 * 60;
constexpr qint64 kMemoryCapBytes = 32LL * 1024 * 1024;

} // namespace

struct HistoryStore::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : insertSpan(db)
        , extendSpan(db)
        , insertKeyframe(db)
        , insertTotals(db)
        , insertPoint(db)
    {
        insertSpan.prepare(
            QStringLiteral("INSERT OR REPLACE INTO spans(team, began, ended, threshold, interval) "
                           "VALUES (?, ?, ?, ?, ?)"));
        extendSpan.prepare(QStringLiteral(
            "UPDATE spans SET ended = ?, interval = ? WHERE team = ? AND began = ?"));
        insertKeyframe.prepare(
            QStringLiteral("INSERT OR REPLACE INTO keyframes(team, t) VALUES (?, ?)"));
        insertTotals.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO totals(team, t, open, idle, snoozed) VALUES (?, ?, ?, ?, ?)"));
        insertPoint.prepare(
            QStringLiteral("INSERT OR REPLACE INTO points(t, team, series, open, idle, snoozed, "
                           "state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    QSqlQuery insertSpan;
    QSqlQuery extendSpan;
    QSqlQuery insertKeyframe;
    QSqlQuery insertTotals;
    QSqlQuery insertPoint;
};

HistoryStore::HistoryStore(Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_connection(QStringLiteral("floorwatch-history-%1").arg(quintptr(this), 0, 16))
{}

HistoryStore::~HistoryStore()
{
    m_clock.cancel(m_maintenanceTimer);
    close();
}

QString HistoryStore::defaultPath(bool demo)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        return {};
    return dir +
           (demo ? QStringLiteral("/demo-history.sqlite") : QStringLiteral("/history.sqlite"));
}

QSqlDatabase HistoryStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void HistoryStore::close()
{
    m_sql.reset();
    m_teams.clear();
    m_labels.clear();
    if (QSqlDatabase::contains(m_connection)) {
        db().close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    m_mode = Mode::Closed;
}

void HistoryStore::setNotice(const QString& notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    emit noticeChanged(m_notice);
}

void HistoryStore::open(const QString& path)
{
    close();
    m_path = path;
    if (path.isEmpty()) {
        useMemory(tr("There is no place to keep the history on this computer; it is kept "
                     "until Floorwatch closes."));
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    openAt(path);
    if (m_mode == Mode::Closed) // busy for longer than the retries: never silently off
        useMemory(tr("The history file at %1 is in use by another program; the history is kept "
                     "until Floorwatch closes.")
                      .arg(QDir::toNativeSeparators(path)));
    if (m_mode == Mode::Disk)
        maintain();
    scheduleMaintenance();
}

void HistoryStore::openAt(const QString& path)
{
    bool opened = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        database.setDatabaseName(path);
        // Another Floorwatch of the same user (a window and a wall) may be
        // writing: wait a little rather than fail.
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        opened = database.open();
        if (!opened)
            qCWarning(lcStore) << "cannot open the history" << path << database.lastError().text();
    }
    if (!opened) {
        useMemory(tr("The history cannot be written at %1; it is kept until Floorwatch "
                     "closes.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QSqlQuery q(db());
    // WAL: a reader never waits for a writer, and a crash mid-write loses
    // only that transaction. NORMAL: no sync per poll, still consistent.
    // Switching to WAL takes the file for itself, and SQLite does not wait
    // for that: while another Floorwatch does it, try again for a second.
    // Only a file without tables takes this; it lets dropped history give
    // its pages back (PRAGMA incremental_vacuum).
    q.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
    bool wal = q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (int attempt = 0; !wal && attempt < 40; ++attempt) {
        const int code = primaryCode(q.lastError());
        if (code != Busy && code != Locked)
            break;
        QThread::msleep(25);
        wal = q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    if (!wal || !q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        const QSqlError error = q.lastError();
        q = QSqlQuery();
        handle(error, "open");
        return;
    }
    q = QSqlQuery();
    if (!migrate())
        return;
    m_sql = std::make_unique<Statements>(db());
    m_mode = Mode::Disk;
    qCInfo(lcStore) << "history at" << path;
}

bool HistoryStore::migrate()
{
    int version = 0;
    {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QSqlError error = q.lastError();
            q = QSqlQuery();
            handle(error, "schema version");
            return false;
        }
        version = q.value(0).toInt();
    }
    if (version > kSchemaVersion) {
        // A newer Floorwatch wrote it: leave its file alone.
        useMemory(tr("The history was written by a newer version of Floorwatch; this one keeps "
                     "its history until it closes."));
        return false;
    }
    if (version == kSchemaVersion)
        return true;
    QSqlDatabase database = db();
    if (const QSqlError error = HistorySchema::migrate(database, version); error.isValid()) {
        handle(error, "migrate");
        return false;
    }
    return true;
}

void HistoryStore::useMemory(const QString& why)
{
    close();
    qCWarning(lcStore).noquote() << "history in memory only:" << why;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        database.setDatabaseName(QStringLiteral(":memory:"));
        database.open();
    }
    QSqlDatabase database = db();
    HistorySchema::migrate(database, 0);
    m_sql = std::make_unique<Statements>(db());
    m_mode = Mode::Memory;
    // In memory the cap is what a display can spare, not what a disk can.
    m_limits.maxBytes = std::min(m_limits.maxBytes, kMemoryCapBytes);
    setNotice(why);
    scheduleMaintenance();
}

bool HistoryStore::handle(const QSqlError& error, const char* what)
{
    const int code = primaryCode(error);
    qCWarning(lcStore) << "history" << what << "failed:" << error.text() << "code" << code;
    if (m_mode == Mode::Memory || m_recovering)
        return true; // nothing better to move to; this write is lost
    switch (code) {
    case Corrupt:
    case NotADatabase: {
        m_recovering = true;
        close();
        const QString aside =
            m_path + QStringLiteral(".corrupt-") +
            m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        const bool moved = QFile::rename(m_path, aside);
        QFile::remove(m_path + QStringLiteral("-wal"));
        QFile::remove(m_path + QStringLiteral("-shm"));
        if (moved)
            openAt(m_path);
        if (m_mode == Mode::Disk) {
            setNotice(tr("The history file was damaged. It was set aside as %1 and a new one "
                         "started.")
                          .arg(QDir::toNativeSeparators(aside)));
        } else if (m_mode != Mode::Memory) {
            useMemory(tr("The history file at %1 is damaged and cannot be replaced; the "
                         "history is kept until Floorwatch closes.")
                          .arg(QDir::toNativeSeparators(m_path)));
        }
        m_recovering = false;
        return false;
    }
    case ReadOnly:
    case IoError:
    case Full:
    case CantOpen:
        useMemory(code == Full ? tr("The disk is full: the history is kept until Floorwatch "
                                    "closes.")
                               : tr("The history cannot be written at %1; it is kept until "
                                    "Floorwatch closes.")
                                     .arg(QDir::toNativeSeparators(m_path)));
        return false;
    case Busy:
    case Locked:
    default:
        return true; // this write is lost; the next poll tries again
    }
}

void HistoryStore::setLimits(const Limits& limits)
{
    m_limits = limits;
    m_limits.detailDays = std::clamp(m_limits.detailDays, 1, 366);
    m_limits.summaryMonths = std::clamp(m_limits.summaryMonths, 1, 120);
    m_limits.maxBytes = std::max<qint64>(m_limits.maxBytes, 1024 * 1024);
}

std::optional<qint64> HistoryStore::teamKey(const QString& workspace, const QString& teamId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM teams WHERE workspace = ? AND team = ?"));
    q.addBindValue(nonNull(workspace));
    q.addBindValue(teamId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

HistoryStore::TeamCache* HistoryStore::team(const QString& workspace, const QString& teamId,
                                            const QString& teamName)
{
    const QString cacheKey = workspace + QLatin1Char('\n') + teamId;
    QSqlQuery q(db());
    if (auto it = m_teams.find(cacheKey); it != m_teams.end()) {
        // The first polls may come before the directory, without the name.
        if (!teamName.isEmpty() && teamName != it->name) {
            q.prepare(QStringLiteral("UPDATE teams SET name = ? WHERE id = ?"));
            q.addBindValue(teamName);
            q.addBindValue(it->key);
            if (!q.exec()) {
                handle(q.lastError(), "team");
                return nullptr;
            }
            it->name = teamName;
        }
        return &it.value();
    }
    // A name already known is kept when this poll has none.
    q.prepare(QStringLiteral("INSERT INTO teams(workspace, team, name) VALUES (?, ?, ?) "
                             "ON CONFLICT(workspace, team) DO UPDATE SET "
                             "name = COALESCE(NULLIF(excluded.name, ''), teams.name)"));
    q.addBindValue(nonNull(workspace));
    q.addBindValue(teamId);
    q.addBindValue(teamName);
    if (!q.exec()) {
        handle(q.lastError(), "team");
        return nullptr;
    }
    TeamCache cache;
    cache.key = teamKey(workspace, teamId).value_or(-1);
    cache.name = teamName;
    if (cache.key < 0) {
        qCWarning(lcStore) << "history: team" << teamId << "not found after writing it";
        return nullptr;
    }
    // Carry on the last span if this is a quick restart.
    q.prepare(QStringLiteral(
        "SELECT began, ended, threshold FROM spans WHERE team = ? ORDER BY began DESC LIMIT 1"));
    q.addBindValue(cache.key);
    if (q.exec() && q.next()) {
        cache.spanStart = q.value(0).toLongLong();
        cache.spanEnd = q.value(1).toLongLong();
        cache.threshold = q.value(2).toInt();
    }
    // lastKeyframe stays unknown: the first poll this process writes is a
    // keyframe, so whatever happened while it was not writing (someone left,
    // a poll lost to a busy file) is written in full.
    q.prepare(QStringLiteral("SELECT id, admin, name FROM series WHERE team = ?"));
    q.addBindValue(cache.key);
    if (q.exec()) {
        while (q.next()) {
            cache.series.insert(q.value(1).toString(), q.value(0).toLongLong());
            cache.names.insert(q.value(0).toLongLong(), q.value(2).toString());
        }
    }
    return &m_teams.insert(cacheKey, std::move(cache)).value();
}

qint64 HistoryStore::seriesId(TeamCache& team, const QString& adminId, const QString& name)
{
    if (const auto it = team.series.constFind(adminId); it != team.series.cend()) {
        if (team.names.value(it.value()) != name) {
            QSqlQuery q(db());
            q.prepare(QStringLiteral("UPDATE series SET name = ? WHERE id = ?"));
            q.addBindValue(name);
            q.addBindValue(it.value());
            if (q.exec())
                team.names.insert(it.value(), name);
        }
        return it.value();
    }
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO series(team, admin, name) VALUES (?, ?, ?)"));
    q.addBindValue(team.key);
    q.addBindValue(adminId);
    q.addBindValue(name);
    if (!q.exec()) {
        handle(q.lastError(), "series");
        return -1;
    }
    const qint64 id = q.lastInsertId().toLongLong();
    team.series.insert(adminId, id);
    team.names.insert(id, name);
    return id;
}

qint64 HistoryStore::labelId(const QString& text)
{
    if (const auto it = m_labels.constFind(text); it != m_labels.cend())
        return it.value();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO labels(text) VALUES (?)"));
    q.addBindValue(text);
    q.exec();
    q.prepare(QStringLiteral("SELECT id FROM labels WHERE text = ?"));
    q.addBindValue(text);
    if (!q.exec() || !q.next())
        return -1;
    const qint64 id = q.value(0).toLongLong();
    m_labels.insert(text, id);
    return id;
}

void HistoryStore::record(const QString& workspace, const TeamSnapshot& snapshot,
                          const SnapshotDiff& diff, seconds interval)
{
    if (m_mode == Mode::Closed || !snapshot.fetchedAt.isValid())
        return;
    const qint64 t = snapshot.fetchedAt.toSecsSinceEpoch();
    // No QSqlDatabase is held here: a failure may close the connection.
    if (!db().transaction()) {
        handle(db().lastError(), "begin");
        return;
    }
    TeamCache* cache = team(workspace, snapshot.teamId, snapshot.teamName);
    bool written = cache && writeRecord(*cache, snapshot, diff, t, interval);
    if (written && !db().commit()) {
        const QSqlError error = db().lastError();
        db().rollback();
        handle(error, "commit");
        written = false;
    }
    if (!written) {
        if (db().isOpen())
            db().rollback();
        // What this process remembers of the file may now be wrong.
        m_teams.clear();
    }
}

bool HistoryStore::writeRecord(TeamCache& cache, const TeamSnapshot& snapshot,
                               const SnapshotDiff& diff, qint64 t, seconds interval)
{
    const bool continues = cache.spanStart >= 0 && t >= cache.spanEnd &&
                           History::continues((t - cache.spanEnd) * 1000, interval) &&
                           cache.threshold == snapshot.idleThreshold;
    if (continues) {
        QSqlQuery& q = m_sql->extendSpan;
        q.addBindValue(t);
        q.addBindValue(qint64(interval.count()));
        q.addBindValue(cache.key);
        q.addBindValue(cache.spanStart);
        if (!q.exec())
            return handle(q.lastError(), "span") && false;
    } else {
        QSqlQuery& q = m_sql->insertSpan;
        q.addBindValue(cache.key);
        q.addBindValue(t);
        q.addBindValue(t);
        q.addBindValue(snapshot.idleThreshold);
        q.addBindValue(qint64(interval.count()));
        if (!q.exec())
            return handle(q.lastError(), "span") && false;
        cache.spanStart = t;
        cache.threshold = snapshot.idleThreshold;
        cache.haveTotals = false;
    }
    cache.spanEnd = t;
    const auto exec = [this](QSqlQuery& q, std::initializer_list<QVariant> values) {
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() || (handle(q.lastError(), "write") && false);
    };

    const Totals& totals = snapshot.totals;
    if (!cache.haveTotals || cache.open != totals.open || cache.idle != totals.idle ||
        cache.snoozed != totals.snoozed) {
        if (!exec(m_sql->insertTotals, {cache.key, t, totals.open, totals.idle, totals.snoozed}))
            return false;
        cache.haveTotals = true;
        cache.open = totals.open;
        cache.idle = totals.idle;
        cache.snoozed = totals.snoozed;
    }

    // A new span, and every 15 minutes, writes everyone; in between only
    // changes. The past table is read from the last keyframe on.
    const bool keyframe = !continues || t - cache.lastKeyframe >= kKeyframeSeconds;
    if (keyframe) {
        if (!exec(m_sql->insertKeyframe, {cache.key, t}))
            return false;
        cache.lastKeyframe = t;
    }
    QSet<QString> changed;
    if (!keyframe) {
        for (const QList<QString>* ids : {&diff.added, &diff.countsChanged, &diff.otherChanged})
            for (const QString& id : *ids)
                changed.insert(id);
    }
    const QVariant noReason{QMetaType(QMetaType::LongLong)};
    for (const TeammateRow& row : snapshot.rows) {
        if (!keyframe && !changed.contains(row.adminId))
            continue;
        const qint64 id = seriesId(cache, row.adminId, row.name);
        const QVariant reason = row.awayReason ? QVariant(labelId(*row.awayReason)) : noReason;
        if (id < 0 || !exec(m_sql->insertPoint, {t, cache.key, id, row.open, row.idle, row.snoozed,
                                                 row.away ? kRowAway : kRowActive, reason}))
            return false;
    }
    if (continues) {
        for (const QString& adminId : diff.removed) {
            const qint64 id = cache.series.value(adminId, -1);
            if (id >= 0 &&
                !exec(m_sql->insertPoint, {t, cache.key, id, 0, 0, 0, kRowGone, noReason}))
                return false;
        }
    }
    return true;
}

void HistoryStore::scheduleMaintenance()
{
    m_clock.cancel(m_maintenanceTimer);
    m_maintenanceTimer = m_clock.schedule(hours(1), this, [this] {
        m_maintenanceTimer = 0;
        maintain();
        scheduleMaintenance();
    });
}

bool HistoryStore::clear()
{
    if (m_mode == Mode::Closed)
        return false;
    // The teams, teammates and labels stay: another Floorwatch writing the
    // same file keeps their ids, and they hold nothing of the past.
    if (!db().transaction()) {
        handle(db().lastError(), "clear");
        return false;
    }
    {
        QSqlQuery q(db());
        for (const char* table : {"points", "minutes", "totals", "keyframes", "spans"}) {
            if (!q.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table)))) {
                const QSqlError error = q.lastError();
                q = QSqlQuery();
                db().rollback();
                handle(error, "clear");
                return false;
            }
        }
    }
    m_teams.clear();
    if (!db().commit()) {
        const QSqlError error = db().lastError();
        db().rollback();
        handle(error, "clear");
        return false;
    }
    QSqlQuery q(db());
    q.exec(QStringLiteral("PRAGMA incremental_vacuum"));
    q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}
