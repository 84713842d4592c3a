// HistoryStore's reads and its upkeep (retention and the size cap).
#include "HistoryStore.h"

#include "Clock.h"
#include "Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr qint64 kDay = 24 * 3600;
constexpr qint64 kRowGone = 2;

qint64 floorSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

} // namespace

HistorySeries HistoryStore::teamTotals(const QString& workspace, const QString& teamId,
                                       qint64 fromMs, qint64 toMs) const
{
    return series(workspace, teamId, totalsSeries(), fromMs, toMs);
}

HistorySeries HistoryStore::teammate(const QString& workspace, const QString& teamId,
                                     const QString& adminId, qint64 fromMs, qint64 toMs) const
{
    return series(workspace, teamId, adminId, fromMs, toMs);
}

HistorySeries HistoryStore::series(const QString& workspace, const QString& teamId,
                                   const QString& adminId, qint64 fromMs, qint64 toMs) const
{
    HistorySeries out;
    const std::optional<qint64> key =
        m_mode == Mode::Closed ? std::nullopt : teamKey(workspace, teamId);
    if (!key || toMs < fromMs)
        return out;
    const qint64 from = floorSeconds(fromMs);
    const qint64 to = floorSeconds(toMs);

    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT began, ended, threshold FROM spans WHERE team = :team AND "
                             "ended >= :from AND began <= :to ORDER BY began"));
    q.bindValue(QStringLiteral(":team"), *key);
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    if (!q.exec()) {
        qCWarning(lcStore) << "history read failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.spans.push_back({std::max(q.value(0).toLongLong(), from) * 1000,
                             std::min(q.value(1).toLongLong(), to) * 1000, q.value(2).toInt()});
    if (out.spans.empty())
        return out;
    // From the start of the first span, so the line begins with the state
    // in force at `from`.
    q.prepare(QStringLiteral("SELECT began FROM spans WHERE team = :team AND began <= :a "
                             "AND ended >= :b ORDER BY began DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":team"), *key);
    q.bindValue(QStringLiteral(":a"), from);
    q.bindValue(QStringLiteral(":b"), from);
    const qint64 readFrom = q.exec() && q.next() ? q.value(0).toLongLong() : from;

    q.prepare(QStringLiteral("SELECT id FROM series WHERE team = :team AND admin = :admin"));
    q.bindValue(QStringLiteral(":team"), *key);
    q.bindValue(QStringLiteral(":admin"), adminId);
    if (!q.exec() || !q.next())
        return out;
    const qint64 id = q.value(0).toLongLong();

    q.prepare(QStringLiteral(
        "SELECT minute * 60, open, idle, snoozed, state FROM minutes WHERE series = :s1 AND "
        "minute BETWEEN :a1 AND :b1 "
        "UNION ALL SELECT t, open, idle, snoozed, state FROM points WHERE series = :s2 AND "
        "t BETWEEN :a2 AND :b2 ORDER BY 1"));
    q.bindValue(QStringLiteral(":s1"), id);
    q.bindValue(QStringLiteral(":a1"), readFrom / 60);
    q.bindValue(QStringLiteral(":b1"), to / 60);
    q.bindValue(QStringLiteral(":s2"), id);
    q.bindValue(QStringLiteral(":a2"), readFrom);
    q.bindValue(QStringLiteral(":b2"), to);
    if (!q.exec())
        return out;
    while (q.next()) {
        const bool gone = q.value(4).toLongLong() == kRowGone;
        HistoryPoint p{std::max(q.value(0).toLongLong(), from) * 1000,
                       gone ? 0 : q.value(1).toInt(), gone ? 0 : q.value(2).toInt(),
                       gone ? 0 : q.value(3).toInt()};
        // Points before `from` collapse into the one in force at `from`.
        if (!out.points.empty() && out.points.back().msecs == p.msecs)
            out.points.back() = p;
        else
            out.points.push_back(p);
    }
    return out;
}

std::optional<QList<HistoryRow>> HistoryStore::rowsAt(const QString& workspace,
                                                      const QString& teamId, qint64 atMs) const
{
    const std::optional<qint64> key =
        m_mode == Mode::Closed ? std::nullopt : teamKey(workspace, teamId);
    if (!key)
        return std::nullopt;
    const qint64 at = floorSeconds(atMs);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT began, ended FROM spans WHERE team = :team AND began <= :at "
                             "ORDER BY began DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":team"), *key);
    q.bindValue(QStringLiteral(":at"), at);
    if (!q.exec() || !q.next() || q.value(1).toLongLong() < at)
        return std::nullopt;
    const qint64 start = q.value(0).toLongLong();

    // Each teammate's last row in the span up to `at`: per-minute rows for
    // what is past the detail retention, every change after that.
    struct Found
    {
        qint64 t;
        HistoryRow row;
        bool gone;
    };
    QHash<QString, Found> found;
    const QString sql = QStringLiteral(
        "SELECT s.admin, s.name, x.%1, x.open, x.idle, x.snoozed, x.state, l.text "
        "FROM series s JOIN %2 x ON x.series = s.id LEFT JOIN labels l ON l.id = x.reason "
        "WHERE s.team = :team AND s.admin <> '' AND x.%1 = "
        "(SELECT MAX(%1) FROM %2 WHERE series = s.id AND %1 BETWEEN :a AND :b)");
    const struct
    {
        const char* table;
        const char* time;
        qint64 unit;
    } sources[] = {{"minutes", "minute", 60}, {"points", "t", 1}};
    for (const auto& source : sources) {
        q.prepare(sql.arg(QLatin1String(source.time), QLatin1String(source.table)));
        q.bindValue(QStringLiteral(":team"), *key);
        q.bindValue(QStringLiteral(":a"), start / source.unit);
        q.bindValue(QStringLiteral(":b"), at / source.unit);
        if (!q.exec())
            return std::nullopt;
        while (q.next()) {
            const qint64 t = q.value(2).toLongLong() * source.unit;
            const QString admin = q.value(0).toString();
            if (const auto it = found.constFind(admin); it != found.cend() && it->t > t)
                continue;
            HistoryRow row{admin,
                           q.value(1).toString(),
                           q.value(3).toInt(),
                           q.value(4).toInt(),
                           q.value(5).toInt(),
                           q.value(6).toLongLong() == 1,
                           q.value(7).toString()};
            found.insert(admin, {t, row, q.value(6).toLongLong() == kRowGone});
        }
    }
    QList<HistoryRow> rows;
    for (const Found& f : std::as_const(found))
        if (!f.gone)
            rows.append(f.row);
    std::sort(rows.begin(), rows.end(),
              [](const HistoryRow& a, const HistoryRow& b) { return a.adminId < b.adminId; });
    return rows;
}

std::vector<HistoryChange> HistoryStore::changes(const QString& workspace, const QString& teamId,
                                                 qint64 fromMs, qint64 toMs) const
{
    std::vector<HistoryChange> out;
    const std::optional<qint64> key =
        m_mode == Mode::Closed ? std::nullopt : teamKey(workspace, teamId);
    if (!key || toMs < fromMs)
        return out;
    if (const auto start = rowsAt(workspace, teamId, fromMs))
        for (const HistoryRow& row : *start)
            out.push_back({fromMs, row, false});
    const qint64 from = floorSeconds(fromMs);
    const qint64 to = floorSeconds(toMs);
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT x.t, s.admin, s.name, x.open, x.idle, x.snoozed, x.state, l.text FROM ("
        " SELECT series, minute * 60 AS t, open, idle, snoozed, state, reason FROM minutes"
        " WHERE minute > :a1 AND minute <= :b1"
        " UNION ALL SELECT series, t, open, idle, snoozed, state, reason FROM points"
        " WHERE t > :a2 AND t <= :b2) x"
        " JOIN series s ON s.id = x.series LEFT JOIN labels l ON l.id = x.reason"
        " WHERE s.team = :team AND s.admin <> '' ORDER BY x.t, s.admin"));
    q.bindValue(QStringLiteral(":a1"), from / 60);
    q.bindValue(QStringLiteral(":b1"), to / 60);
    q.bindValue(QStringLiteral(":a2"), from);
    q.bindValue(QStringLiteral(":b2"), to);
    q.bindValue(QStringLiteral(":team"), *key);
    if (!q.exec()) {
        qCWarning(lcStore) << "history read failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        const qint64 state = q.value(6).toLongLong();
        out.push_back(
            {q.value(0).toLongLong() * 1000,
             HistoryRow{q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toInt(), q.value(5).toInt(), state == 1, q.value(7).toString()},
             state == kRowGone});
    }
    return out;
}

qint64 HistoryStore::usedBytes() const
{
    if (m_mode == Mode::Closed)
        return 0;
    QSqlQuery q(db());
    const auto pragma = [&q](const char* name) {
        return q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name))) && q.next()
                   ? q.value(0).toLongLong()
                   : 0;
    };
    const qint64 pages = pragma("page_count") - pragma("freelist_count");
    return pages * pragma("page_size");
}

void HistoryStore::maintain()
{
    if (m_mode == Mode::Closed)
        return;
    const QDateTime now = m_clock.now();
    const qint64 detailCut = now.toSecsSinceEpoch() - qint64(m_limits.detailDays) * kDay;
    const qint64 summaryCut =
        std::min(now.addMonths(-m_limits.summaryMonths).toSecsSinceEpoch(), detailCut);

    QSqlDatabase database = db();
    QSqlQuery ids(database);
    QList<qint64> series;
    if (!ids.exec(QStringLiteral("SELECT id FROM series"))) {
        handle(ids.lastError(), "maintain");
        return;
    }
    while (ids.next())
        series.append(ids.value(0).toLongLong());

    // Detail past its retention becomes one row per minute: the highest
    // and the last value of each count. One series at a time, so every
    // statement walks its primary key instead of the whole table.
    QSqlQuery summarise(database);
    summarise.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO minutes(series, minute, open_max, open, idle_max, idle, "
        "snoozed_max, snoozed, state, reason) "
        "SELECT series, m, MAX(open), lo, MAX(idle), li, MAX(snoozed), ls, lst, lr FROM ("
        " SELECT series, t / 60 AS m, open, idle, snoozed,"
        " LAST_VALUE(open) OVER w AS lo, LAST_VALUE(idle) OVER w AS li,"
        " LAST_VALUE(snoozed) OVER w AS ls, LAST_VALUE(state) OVER w AS lst,"
        " LAST_VALUE(reason) OVER w AS lr"
        " FROM points WHERE series = :s AND t < :cut"
        " WINDOW w AS (PARTITION BY t / 60 ORDER BY t"
        " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"
        ") GROUP BY m"));
    QSqlQuery dropDetail(database);
    dropDetail.prepare(QStringLiteral("DELETE FROM points WHERE series = :s AND t < :cut"));
    QSqlQuery dropSummary(database);
    dropSummary.prepare(QStringLiteral("DELETE FROM minutes WHERE series = :s AND minute < :cut"));

    const auto dropBefore = [&](qint64 detailUntil, qint64 summaryUntil, bool keepSummary) {
        if (!database.transaction())
            return false;
        for (const qint64 id : std::as_const(series)) {
            if (keepSummary) {
                summarise.bindValue(QStringLiteral(":s"), id);
                summarise.bindValue(QStringLiteral(":cut"), detailUntil);
                if (!summarise.exec())
                    break;
            }
            dropDetail.bindValue(QStringLiteral(":s"), id);
            dropDetail.bindValue(QStringLiteral(":cut"), detailUntil);
            dropSummary.bindValue(QStringLiteral(":s"), id);
            dropSummary.bindValue(QStringLiteral(":cut"), summaryUntil / 60);
            if (!dropDetail.exec() || !dropSummary.exec())
                break;
        }
        QSqlQuery spans(database);
        spans.prepare(QStringLiteral("DELETE FROM spans WHERE ended < :cut"));
        spans.bindValue(QStringLiteral(":cut"), summaryUntil);
        const bool ok = spans.exec() && database.commit();
        if (!ok) {
            handle(database.lastError(), "maintain");
            database.rollback();
        }
        return ok;
    };
    if (!dropBefore(detailCut, summaryCut, true))
        return;

    // Over the cap: the oldest day goes, then the next, until it fits.
    if (usedBytes() <= m_limits.maxBytes)
        return;
    QSqlQuery oldest(database);
    if (!oldest.exec(QStringLiteral("SELECT MIN(began) FROM spans")) || !oldest.next() ||
        oldest.value(0).isNull())
        return;
    const qint64 first = oldest.value(0).toLongLong();
    oldest = QSqlQuery();
    const qint64 last = now.toSecsSinceEpoch();
    for (qint64 until = first + kDay; until <= last + kDay && usedBytes() > m_limits.maxBytes;
         until += kDay) {
        qCInfo(lcStore) << "history over" << m_limits.maxBytes << "bytes; dropping before" << until;
        if (!dropBefore(until, until, false))
            return;
        QSqlQuery(database).exec(QStringLiteral("PRAGMA incremental_vacuum"));
    }
    QSqlQuery(database).exec(QStringLiteral("PRAGMA incremental_vacuum"));
}
