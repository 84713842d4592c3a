#pragma once

#include "History.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>
#include <vector>

class Clock;
class QSqlDatabase;
class QSqlError;
class QSqlQuery;
struct SnapshotDiff;
struct TeamSnapshot;

// A stretch of time in which a team was polled without a break. Between two
// spans Floorwatch was not polling (closed, asleep, offline): a gap, never
// interpolated.
struct HistorySpan
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    int idleThreshold = 0;
};

struct HistorySeries
{
    std::vector<HistoryPoint> points; // in time order; a point holds until the next
    std::vector<HistorySpan> spans;   // in time order
};

// One teammate as they were at a past moment.
struct HistoryRow
{
    QString adminId;
    QString name;
    int open = 0;
    int idle = 0;
    int snoozed = 0;
    bool away = false;
    QString awayReason;
};

// A teammate's row from a moment on; `left` when they left the team then.
struct HistoryChange
{
    qint64 msecs = 0;
    HistoryRow row;
    bool left = false;
};

// A series as a trend: its points with a gap where each span ends, except
// the last one when `nowMs` continues it (History::continues: polling goes
// on there).
std::vector<HistoryPoint> trendOf(const HistorySeries& series, qint64 nowMs,
                                  std::chrono::seconds interval);

// What every poll showed, kept on the user's machine in SQLite: each
// teammate's counts and away state when they change, each team's totals,
// and the spans in which the team was polled. Full detail for a while, then
// one row per minute, then nothing; the file stays under a size cap.
//
// Writes are one transaction per poll. Nothing here ever stops the
// dashboard: a damaged file is set aside and a new one started, and a place
// that cannot be written (read-only, full, locked for good) turns the store
// into a memory-only one; either way notice() says so once.
class HistoryStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 1;

    struct Limits
    {
        int detailDays = 14;    // every change
        int summaryMonths = 13; // one row per minute per teammate
        qint64 maxBytes = 500LL * 1024 * 1024;
    };
    enum class Mode
    {
        Closed,
        Disk,
        Memory
    };

    explicit HistoryStore(Clock& clock, QObject* parent = nullptr);
    ~HistoryStore() override;

    // Where a user's history lives; the demo keeps its own.
    static QString defaultPath(bool demo);
    // Opens (or creates) the database at `path`; an empty path keeps history
    // in memory only.
    void open(const QString& path);
    // Stops keeping history (the file stays); record() does nothing then.
    void close();
    Mode mode() const { return m_mode; }
    QString path() const { return m_path; }
    // What the user should be told about the history, once; empty if all is well.
    QString notice() const { return m_notice; }

    void setLimits(const Limits& limits);
    const Limits& limits() const { return m_limits; }

    // Records one poll (or a directory change) of a team: the spans grow,
    // and what changed is written.
    void record(const QString& workspace, const TeamSnapshot& snapshot, const SnapshotDiff& diff,
                std::chrono::seconds interval);

    HistorySeries teamTotals(const QString& workspace, const QString& teamId, qint64 fromMs,
                             qint64 toMs) const;
    HistorySeries teammate(const QString& workspace, const QString& teamId, const QString& adminId,
                           qint64 fromMs, qint64 toMs) const;
    // The team's name as last polled; empty when the team was never kept.
    QString teamName(const QString& workspace, const QString& teamId) const;
    // Each teammate as they were at `atMs`; nothing when no span covers it.
    std::optional<QList<HistoryRow>> rowsAt(const QString& workspace, const QString& teamId,
                                            qint64 atMs) const;

    // Everyone's state at `fromMs` (if polled then), then every change up to
    // `toMs`, in time order.
    std::vector<HistoryChange> changes(const QString& workspace, const QString& teamId,
                                       qint64 fromMs, qint64 toMs) const;

    // Moves detail past its retention into per-minute rows, drops what is
    // older than the summary retention, then the oldest rows while the file
    // is over the cap. Runs at open and every hour.
    void maintain();
    // Forgets everything.
    bool clear();
    // Bytes the data takes in the file (free pages not counted).
    qint64 usedBytes() const;

signals:
    void noticeChanged(const QString& notice);

private:
    struct TeamCache
    {
        qint64 key = -1;
        QString name;          // of the team, as last written
        qint64 spanStart = -1; // seconds
        qint64 spanEnd = -1;
        qint64 lastKeyframe = -1;
        int threshold = 0;
        bool haveTotals = false;
        int open = 0, idle = 0, snoozed = 0;
        QHash<QString, qint64> series; // admin id ("" for the totals) -> series id
        QHash<qint64, QString> names;  // series id -> name written
    };
    struct Statements;
    // points.state and minutes.state.
    static constexpr qint64 kRowActive = 0;
    static constexpr qint64 kRowAway = 1;
    static constexpr qint64 kRowGone = 2; // the teammate left the team
    // A null QString binds as NULL: keys are bound as "" instead.
    static QString nonNull(const QString& text)
    {
        return text.isNull() ? QStringLiteral("") : text;
    }

    void openAt(const QString& path); // Disk on success, else Memory or Closed
    bool migrate();
    void useMemory(const QString& why);
    void setNotice(const QString& notice);
    // Decides what a failed statement means for the store; false when it
    // moved to a new file or to memory, so the caller gives up on this write.
    bool handle(const QSqlError& error, const char* what);
    QSqlDatabase db() const;
    TeamCache* team(const QString& workspace, const QString& teamId, const QString& teamName);
    qint64 seriesId(TeamCache& team, const QString& adminId, const QString& name);
    qint64 labelId(const QString& text);
    bool writeRecord(TeamCache& team, const TeamSnapshot& snapshot, const SnapshotDiff& diff,
                     qint64 t, std::chrono::seconds interval);
    std::optional<qint64> teamKey(const QString& workspace, const QString& teamId) const;
    // The span that covers `at` (seconds; its last poll holds for one
    // interval), and its last keyframe up to `at`.
    struct Cover
    {
        qint64 spanStart;
        qint64 keyframe;
    };
    std::optional<Cover> cover(qint64 team, qint64 at) const; // nullopt: not polled then
    std::vector<HistoryChange> read(qint64 team, qint64 after, qint64 until) const;
    HistorySeries series(const QString& workspace, const QString& teamId, const QString& adminId,
                         qint64 fromMs, qint64 toMs) const;
    void scheduleMaintenance();

    Clock& m_clock;
    Limits m_limits;
    Mode m_mode = Mode::Closed;
    QString m_path;
    QString m_connection;
    QString m_notice;
    bool m_recovering = false;
    std::unique_ptr<Statements> m_sql;
    QHash<QString, TeamCache> m_teams; // workspace + '\n' + team id
    QHash<QString, qint64> m_labels;
    quint64 m_maintenanceTimer = 0;
};
