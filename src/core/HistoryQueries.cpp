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

qint64 floorSeconds(qint64 ms)
{
    return ms >= 0 ? ms / 1000 : -((-ms + 999) / 1000);
}

} // namespace

std::vector<HistoryPoint> trendOf(const HistorySeries& series, qint64 nowMs,
                                  std::chrono::seconds interval)
{
    std::vector<HistoryPoint> points;
    auto point = series.points.cbegin();
    for (const HistorySpan& span : series.spans) {
        for (; point != series.points.cend() && point->msecs <= span.toMs; ++point)
            if (point->msecs >= span.fromMs)
                points.push_back(*point);
        const bool continues =
            &span == &series.spans.back() && History::continues(nowMs - span.toMs, interval);
        if (!continues && !points.empty()) {
            HistoryPoint gap = points.back();
            gap.msecs = span.toMs;
            gap.gap = true;
            points.push_back(gap);
        }
    }
    return points;
}

HistorySeries HistoryStore::teamTotals(const QString& workspace, const QString& teamId,
                                       qint64 fromMs, qint64 toMs) const
{
    return series(workspace, teamId, QString(), fromMs, toMs);
}

HistorySeries HistoryStore::teammate(const QString& workspace, const QString& teamId,
                                     const QString& adminId, qint64 fromMs, qint64 toMs) const
{
    return series(workspace, teamId, nonNull(adminId), fromMs, toMs);
}

QString HistoryStore::teamName(const QString& workspace, const QString& teamId) const
{
    if (m_mode == Mode::Closed)
        return {};
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT name FROM teams WHERE workspace = ? AND team = ?"));
    q.addBindValue(nonNull(workspace));
    q.addBindValue(teamId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

std::optional<HistoryStore::Cover> HistoryStore::cover(qint64 team, qint64 at) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT began, ended, interval FROM spans WHERE team = :team AND "
                             "began <= :at ORDER BY began DESC LIMIT 1"));
    q.bindValue(QStringLiteral(":team"), team);
    q.bindValue(QStringLiteral(":at"), at);
    // The last poll of a span holds until the next one was due.
    if (!q.exec() || !q.next() || q.value(1).toLongLong() + q.value(2).toLongLong() < at)
        return std::nullopt;
    Cover cover{q.value(0).toLongLong(), q.value(0).toLongLong()};
    q.prepare(QStringLiteral("SELECT MAX(t) FROM keyframes WHERE team = :team AND t BETWEEN :a "
                             "AND :b"));
    q.bindValue(QStringLiteral(":team"), team);
    q.bindValue(QStringLiteral(":a"), cover.spanStart);
    q.bindValue(QStringLiteral(":b"), at);
    if (q.exec() && q.next() && !q.value(0).isNull())
        cover.keyframe = q.value(0).toLongLong();
    return cover;
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
    // From where the value in force at `from` was written: the span's
    // start for the totals, the last keyframe for a teammate.
    const std::optional<Cover> atFrom = cover(*key, from);
    qint64 readFrom = from;
    if (atFrom)
        readFrom = adminId.isNull() ? atFrom->spanStart : atFrom->keyframe;

    if (adminId.isNull()) {
        q.prepare(QStringLiteral("SELECT t, open, idle, snoozed, 0 FROM totals WHERE team = :team "
                                 "AND t BETWEEN :a AND :b ORDER BY t"));
        q.bindValue(QStringLiteral(":team"), *key);
    } else {
        QSqlQuery id(db());
        id.prepare(QStringLiteral("SELECT id FROM series WHERE team = :team AND admin = :admin"));
        id.bindValue(QStringLiteral(":team"), *key);
        id.bindValue(QStringLiteral(":admin"), adminId);
        if (!id.exec() || !id.next())
            return out;
        q.prepare(QStringLiteral(
            "SELECT minute * 60, open, idle, snoozed, state FROM minutes WHERE minute BETWEEN "
            ":a1 AND :b1 AND team = :team1 AND series = :s1 "
            "UNION ALL SELECT t, open, idle, snoozed, state FROM points WHERE t BETWEEN :a AND :b "
            "AND team = :team AND series = :s ORDER BY 1"));
        q.bindValue(QStringLiteral(":a1"), readFrom / 60);
        q.bindValue(QStringLiteral(":b1"), to / 60);
        q.bindValue(QStringLiteral(":team1"), *key);
        q.bindValue(QStringLiteral(":s1"), id.value(0).toLongLong());
        q.bindValue(QStringLiteral(":team"), *key);
        q.bindValue(QStringLiteral(":s"), id.value(0).toLongLong());
    }
    q.bindValue(QStringLiteral(":a"), readFrom);
    q.bindValue(QStringLiteral(":b"), to);
    if (!q.exec())
        return out;
    while (q.next()) {
        const bool gone = q.value(4).toLongLong() == kRowGone;
        HistoryPoint p{std::max(q.value(0).toLongLong(), from) * 1000,
                       gone ? 0 : q.value(1).toInt(), gone ? 0 : q.value(2).toInt(),
                       gone ? 0 : q.value(3).toInt()};
        // Points before `from` collapse into the one in force at `from`; a
        // keyframe that repeats the counts is not a change, but each span
        // starts with a point of its own.
        const bool spanStart =
            std::any_of(out.spans.cbegin(), out.spans.cend(),
                        [&p](const HistorySpan& span) { return span.fromMs == p.msecs; });
        if (!out.points.empty() && out.points.back().msecs == p.msecs)
            out.points.back() = p;
        else if (out.points.empty() || spanStart || out.points.back().open != p.open ||
                 out.points.back().idle != p.idle || out.points.back().snoozed != p.snoozed)
            out.points.push_back(p);
    }
    return out;
}

std::vector<HistoryChange> HistoryStore::read(qint64 team, qint64 after, qint64 until) const
{
    // Every teammate's rows in (after, until], in time order: per-minute
    // rows for what is past the detail retention, every change after that.
    std::vector<HistoryChange> out;
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT x.t, s.admin, s.name, x.open, x.idle, x.snoozed, x.state, l.text FROM ("
        " SELECT minute * 60 AS t, series, open, idle, snoozed, state, reason FROM minutes"
        " WHERE minute > :a1 AND minute <= :b1 AND team = :team1"
        " UNION ALL SELECT t, series, open, idle, snoozed, state, reason FROM points"
        " WHERE t > :a2 AND t <= :b2 AND team = :team2) x"
        " JOIN series s ON s.id = x.series LEFT JOIN labels l ON l.id = x.reason"
        " ORDER BY x.t, s.admin"));
    // A minute's row stands for its whole minute: every minute that ends
    // after `after`, so the keyframe's own minute is in.
    q.bindValue(QStringLiteral(":a1"), (after - 59) / 60);
    q.bindValue(QStringLiteral(":b1"), until / 60);
    q.bindValue(QStringLiteral(":team1"), team);
    q.bindValue(QStringLiteral(":a2"), after);
    q.bindValue(QStringLiteral(":b2"), until);
    q.bindValue(QStringLiteral(":team2"), team);
    if (!q.exec()) {
        qCWarning(lcStore) << "history read failed:" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        const qint64 state = q.value(6).toLongLong();
        out.push_back({q.value(0).toLongLong() * 1000,
                       HistoryRow{q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                                  q.value(4).toInt(), q.value(5).toInt(), state == kRowAway,
                                  q.value(7).toString()},
                       state == kRowGone});
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
    const std::optional<Cover> c = cover(*key, at);
    if (!c)
        return std::nullopt;
    // Everyone was written at the keyframe; what came after it overrides.
    QHash<QString, HistoryChange> last;
    for (HistoryChange& change : read(*key, c->keyframe - 1, at))
        last.insert(change.row.adminId, std::move(change));
    QList<HistoryRow> rows;
    for (const HistoryChange& change : std::as_const(last))
        if (!change.left)
            rows.append(change.row);
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
    QHash<QString, HistoryChange> shown; // what each teammate's last row said
    if (const auto start = rowsAt(workspace, teamId, fromMs)) {
        for (const HistoryRow& row : *start) {
            out.push_back({fromMs, row, false});
            shown.insert(row.adminId, out.back());
        }
    }
    const auto same = [](const HistoryChange& a, const HistoryChange& b) {
        return a.left == b.left && a.row.open == b.row.open && a.row.idle == b.row.idle &&
               a.row.snoozed == b.row.snoozed && a.row.away == b.row.away &&
               a.row.awayReason == b.row.awayReason && a.row.name == b.row.name;
    };
    for (HistoryChange& change : read(*key, floorSeconds(fromMs), floorSeconds(toMs))) {
        // Keyframes repeat what did not change: only changes are listed.
        const auto it = shown.constFind(change.row.adminId);
        if (it != shown.cend() && same(*it, change))
            continue;
        shown.insert(change.row.adminId, change);
        out.push_back(std::move(change));
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
    qint64 detailCut = now.toSecsSinceEpoch() - qint64(m_limits.detailDays) * kDay;
    detailCut -= detailCut % 60; // whole minutes are summarised, never part of one
    const qint64 summaryCut =
        std::min(now.addMonths(-m_limits.summaryMonths).toSecsSinceEpoch(), detailCut);
    QSqlDatabase database = db();

    // Drops what is older than `until` (and, with `summarise`, first keeps
    // one row per minute of the detail it drops). Points are keyed by time
    // first, so each statement walks only the rows it changes.
    const auto dropBefore = [&](qint64 detailUntil, qint64 summaryUntil, bool summarise) {
        if (!database.transaction())
            return false;
        QSqlQuery q(database);
        const auto run = [&q](const QString& sql, std::initializer_list<qint64> values) {
            q.prepare(sql);
            for (const qint64 v : values)
                q.addBindValue(v);
            return q.exec();
        };
        bool ok = true;
        if (summarise) {
            ok = run(QStringLiteral(
                         "INSERT OR REPLACE INTO minutes(minute, team, series, open_max, open, "
                         "idle_max, idle, snoozed_max, snoozed, state, reason) "
                         "SELECT m, team, series, MAX(open), lo, MAX(idle), li, MAX(snoozed), ls, "
                         "lst, lr FROM ("
                         " SELECT t / 60 AS m, team, series, open, idle, snoozed,"
                         " LAST_VALUE(open) OVER w AS lo, LAST_VALUE(idle) OVER w AS li,"
                         " LAST_VALUE(snoozed) OVER w AS ls, LAST_VALUE(state) OVER w AS lst,"
                         " LAST_VALUE(reason) OVER w AS lr"
                         " FROM points WHERE t < ?"
                         " WINDOW w AS (PARTITION BY t / 60, team, series ORDER BY t"
                         " ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)"
                         ") GROUP BY m, team, series"),
                     {detailUntil}) &&
                 // The totals keep the last value of each minute; only the
                 // two days that just aged are looked at.
                 run(QStringLiteral(
                         "DELETE FROM totals WHERE t >= ? AND t < ? AND (team, t) NOT IN ("
                         "SELECT team, MAX(t) FROM totals WHERE t >= ? AND t < ? "
                         "GROUP BY team, t / 60)"),
                     {detailUntil - 2 * kDay, detailUntil, detailUntil - 2 * kDay, detailUntil});
        }
        ok = ok && run(QStringLiteral("DELETE FROM points WHERE t < ?"), {detailUntil}) &&
             run(QStringLiteral("DELETE FROM minutes WHERE minute < ?"), {summaryUntil / 60}) &&
             run(QStringLiteral("DELETE FROM totals WHERE t < ?"), {summaryUntil}) &&
             run(QStringLiteral("DELETE FROM keyframes WHERE t < ?"), {summaryUntil}) &&
             run(QStringLiteral("DELETE FROM spans WHERE ended < ?"), {summaryUntil}) &&
             // A span the cut goes through now starts where everyone was
             // written again (its first keyframe after the cut); before
             // that only changes are left, not a whole table.
             run(QStringLiteral("DELETE FROM spans WHERE began < ? AND NOT EXISTS (SELECT 1 FROM "
                                "keyframes k WHERE k.team = spans.team AND k.t BETWEEN ? AND "
                                "spans.ended)"),
                 {summaryUntil, summaryUntil}) &&
             run(QStringLiteral("UPDATE spans SET began = (SELECT MIN(k.t) FROM keyframes k WHERE "
                                "k.team = spans.team AND k.t >= ?) WHERE began < ?"),
                 {summaryUntil, summaryUntil});
        const QSqlError error = ok ? QSqlError() : q.lastError();
        q = QSqlQuery();
        if (ok && database.commit())
            return true;
        database.rollback();
        handle(error.isValid() ? error : database.lastError(), "maintain");
        return false;
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
}
