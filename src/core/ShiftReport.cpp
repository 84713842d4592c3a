#include "ShiftReport.h"

#include "Severity.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <limits>
#include <map>

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

// Raises `peak` to `value` at `atMs`; the first call sets it whatever the value.
void raise(ShiftReport::Peak& peak, bool& seen, int value, qint64 atMs)
{
    if (!seen || value > peak.value)
        peak = {value, atMs};
    seen = true;
}

struct HourSums
{
    qint64 measuredMs = 0; // time with a known total
    double openMs = 0;     // open × ms
    double idleMs = 0;
};

// What a teammate's stretches add up to while being read.
struct TeammateSums
{
    ShiftReport::Teammate figures;
    std::map<QString, qint64> reasons;
    bool seenOpen = false;
    bool seenIdle = false;
};

class Reader
{
public:
    explicit Reader(ShiftReport& report)
        : m_report(report)
    {}

    void totals(const HistorySeries& series);
    void teammates(const HistoryStore& store, const QString& workspace);

private:
    void addTotals(qint64 fromMs, qint64 toMs, const HistoryPoint& p);
    void addTeammate(TeammateSums& sums, const HistoryRow& row, qint64 fromMs, qint64 toMs) const;
    qsizetype hourOf(qint64 ms) const
    {
        return qsizetype(std::clamp<qint64>((ms - m_report.fromMs) / kHourMs, 0,
                                            qint64(m_report.hours.size()) - 1));
    }

    ShiftReport& m_report;
    std::vector<HourSums> m_hourSums;
};

void Reader::totals(const HistorySeries& series)
{
    ShiftReport& r = m_report;
    for (qint64 h = r.fromMs; h < r.toMs; h += kHourMs) {
        ShiftReport::Hour hour;
        hour.fromMs = h;
        hour.toMs = std::min(h + kHourMs, r.toMs);
        r.hours.push_back(hour);
    }
    m_hourSums.resize(r.hours.size());

    // A span of a single poll at midnight belongs to the next day.
    for (const HistorySpan& span : series.spans)
        if (span.fromMs < r.toMs && span.toMs >= r.fromMs)
            r.spans.push_back(span);
    for (const HistorySpan& span : r.spans) {
        r.polledMs += span.toMs - span.fromMs;
        for (ShiftReport::Hour& hour : r.hours)
            hour.polledMs += std::max<qint64>(0, std::min(span.toMs, hour.toMs) -
                                                     std::max(span.fromMs, hour.fromMs));
    }
    for (const HistoryPoint& p : series.points)
        if (p.msecs >= r.fromMs && p.msecs < r.toMs)
            r.trend.push_back(p);

    // Each point holds until the next one or the end of its span.
    ShiftReport::Peak peakOpen, peakIdle;
    bool seenOpen = false, seenIdle = false;
    size_t s = 0;
    for (size_t i = 0; i < r.trend.size(); ++i) {
        const HistoryPoint& p = r.trend[i];
        while (s < r.spans.size() && r.spans[s].toMs < p.msecs)
            ++s;
        if (s == r.spans.size() || r.spans[s].fromMs > p.msecs)
            continue; // not in a span: nothing is known of it
        raise(peakOpen, seenOpen, p.open, p.msecs);
        raise(peakIdle, seenIdle, p.idle, p.msecs);
        const qint64 next =
            i + 1 < r.trend.size() ? r.trend[i + 1].msecs : std::numeric_limits<qint64>::max();
        addTotals(p.msecs, std::min(next, r.spans[s].toMs), p);
    }
    if (seenOpen)
        r.peakOpen = peakOpen;
    if (seenIdle)
        r.peakIdle = peakIdle;
    for (size_t h = 0; h < r.hours.size(); ++h) {
        const HourSums& sums = m_hourSums[h];
        if (sums.measuredMs > 0) {
            r.hours[h].meanOpen = sums.openMs / double(sums.measuredMs);
            r.hours[h].meanIdle = sums.idleMs / double(sums.measuredMs);
        }
    }
}

void Reader::addTotals(qint64 fromMs, qint64 toMs, const HistoryPoint& p)
{
    // The highest value of an hour counts even when it held for no time
    // (a span of one poll).
    ShiftReport::Hour& first = m_report.hours[size_t(hourOf(fromMs))];
    first.maxOpen = std::max(first.maxOpen.value_or(p.open), p.open);
    first.maxIdle = std::max(first.maxIdle.value_or(p.idle), p.idle);
    for (size_t h = size_t(hourOf(fromMs)); h < m_report.hours.size(); ++h) {
        ShiftReport::Hour& hour = m_report.hours[h];
        if (hour.fromMs >= toMs)
            break;
        const qint64 d = std::min(toMs, hour.toMs) - std::max(fromMs, hour.fromMs);
        if (d <= 0)
            continue;
        hour.maxOpen = std::max(hour.maxOpen.value_or(p.open), p.open);
        hour.maxIdle = std::max(hour.maxIdle.value_or(p.idle), p.idle);
        m_hourSums[h].measuredMs += d;
        m_hourSums[h].openMs += double(p.open) * double(d);
        m_hourSums[h].idleMs += double(p.idle) * double(d);
    }
}

void Reader::addTeammate(TeammateSums& sums, const HistoryRow& row, qint64 fromMs,
                         qint64 toMs) const
{
    const qint64 d = toMs - fromMs;
    if (d <= 0)
        return;
    const TeamThresholds& th = m_report.thresholds;
    ShiftReport::Teammate& t = sums.figures;
    t.presentMs += d;
    switch (Severity::of(row.open, th.openWarning, th.openCritical)) {
    case Severity::Warning:
        t.openWarningMs += d;
        break;
    case Severity::Critical:
        t.openCriticalMs += d;
        break;
    case Severity::Normal:
        break;
    }
    switch (Severity::of(row.idle, th.idleWarning, th.idleCritical)) {
    case Severity::Warning:
        t.idleWarningMs += d;
        break;
    case Severity::Critical:
        t.idleCriticalMs += d;
        break;
    case Severity::Normal:
        break;
    }
    if (row.away) {
        t.awayMs += d;
        sums.reasons[row.awayReason] += d;
    }
}

void Reader::teammates(const HistoryStore& store, const QString& workspace)
{
    ShiftReport& r = m_report;
    QHash<QString, TeammateSums> all;
    std::vector<QString> order; // first seen first, for a stable result
    struct Stretch
    {
        HistoryRow row;
        qint64 since;
    };
    QHash<QString, Stretch> onTeam;
    // Span by span: each starts with everyone on the team then, so someone
    // who left while nothing was polled does not carry on into the next.
    for (const HistorySpan& span : r.spans) {
        onTeam.clear();
        const qint64 end = std::min(span.toMs, r.toMs);
        for (const HistoryChange& c : store.changes(workspace, r.teamId, span.fromMs, end)) {
            if (c.msecs >= r.toMs)
                continue;
            auto found = all.find(c.row.adminId);
            if (found == all.end()) {
                found = all.insert(c.row.adminId, TeammateSums{});
                found->figures.adminId = c.row.adminId;
                order.push_back(c.row.adminId);
            }
            TeammateSums& sums = *found;
            if (const auto it = onTeam.constFind(c.row.adminId); it != onTeam.cend()) {
                addTeammate(sums, it->row, it->since, c.msecs);
                onTeam.erase(it);
            }
            if (c.left) {
                sums.figures.leftAtMs = c.msecs;
                continue;
            }
            sums.figures.leftAtMs.reset();
            if (!c.row.name.isEmpty() || sums.figures.name.isEmpty())
                sums.figures.name = c.row.name;
            raise(sums.figures.peakOpen, sums.seenOpen, c.row.open, c.msecs);
            raise(sums.figures.peakIdle, sums.seenIdle, c.row.idle, c.msecs);
            onTeam.insert(c.row.adminId, {c.row, c.msecs});
        }
        for (auto it = onTeam.cbegin(); it != onTeam.cend(); ++it)
            addTeammate(all[it.key()], it->row, it->since, end);
    }

    for (const QString& id : order) {
        TeammateSums& sums = all[id];
        ShiftReport::Teammate& t = sums.figures;
        t.left = !onTeam.contains(id);
        if (!t.left)
            t.leftAtMs.reset();
        for (const auto& [reason, ms] : sums.reasons)
            t.awayReasons.push_back({reason, ms});
        std::stable_sort(t.awayReasons.begin(), t.awayReasons.end(),
                         [](const ShiftReport::AwayReason& a, const ShiftReport::AwayReason& b) {
                             return a.ms > b.ms;
                         });
        r.teammates.push_back(std::move(t));
    }
    std::sort(r.teammates.begin(), r.teammates.end(),
              [](const ShiftReport::Teammate& a, const ShiftReport::Teammate& b) {
                  if (a.criticalMs() != b.criticalMs())
                      return a.criticalMs() > b.criticalMs();
                  if (a.warningMs() != b.warningMs())
                      return a.warningMs() > b.warningMs();
                  if (const int byName = a.name.compare(b.name, Qt::CaseInsensitive); byName != 0)
                      return byName < 0;
                  return a.adminId < b.adminId;
              });
}

} // namespace

int ShiftReport::idleThresholdSeconds() const
{
    if (spans.empty())
        return 0;
    const int first = spans.front().idleThreshold;
    const bool same = std::all_of(spans.cbegin(), spans.cend(), [first](const HistorySpan& s) {
        return s.idleThreshold == first;
    });
    return same ? first : 0;
}

ShiftReport ShiftReport::compute(const HistoryStore& store, const QString& workspace,
                                 const QString& teamId, QDate date,
                                 const TeamThresholds& thresholds, const QTimeZone& zone)
{
    ShiftReport r;
    r.teamId = teamId;
    r.date = date;
    r.zone = zone.isValid() ? zone : QTimeZone(0);
    r.thresholds = thresholds;
    if (!date.isValid())
        return r;
    r.fromMs = date.startOfDay(r.zone).toMSecsSinceEpoch();
    r.toMs = date.addDays(1).startOfDay(r.zone).toMSecsSinceEpoch();
    r.teamName = store.teamName(workspace, teamId);

    Reader reader(r);
    reader.totals(store.teamTotals(workspace, teamId, r.fromMs, r.toMs));
    reader.teammates(store, workspace);
    return r;
}
