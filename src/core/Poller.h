#pragma once

#include "ApiError.h"
#include "ApiTypes.h"
#include "Backoff.h"
#include "Clock.h"
#include "PollState.h"
#include "Result.h"
#include "TeamSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <chrono>
#include <optional>

class ApiCall;
class IntercomClient;

// Polls the metrics of each selected team on an interval, never more than
// one request per team at a time, and refreshes the slow-changing directory
// (teammates, away reasons, teams) every few minutes. No two requests start
// within kStagger of each other unless the first is answered (the user's
// Retry excepted), so that they follow each other on one kept-alive
// connection instead of each opening its own.
class Poller : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kDefaultInterval{15};
    // Only a floor against a busy loop: what a user may choose is checked
    // in the settings table.
    static constexpr std::chrono::seconds kMinInterval{1};
    static constexpr std::chrono::minutes kBackoffCap{5};
    static constexpr std::chrono::minutes kDirectoryInterval{10};
    static constexpr std::chrono::seconds kDirectoryRetry{60};
    static constexpr std::chrono::milliseconds kStagger{250};

    Poller(IntercomClient& client, Clock& clock, QObject* parent = nullptr);
    ~Poller() override;

    void setInterval(std::chrono::seconds interval); // at least kMinInterval
    std::chrono::seconds interval() const { return m_interval; }
    // Checked by the caller against the settings table; re-polls every
    // team, one after the other.
    void setIdleThreshold(int seconds);
    int idleThreshold() const { return m_idleThreshold; }
    void setJitterSeed(quint32 seed);

    // Starts polling teams not polled yet and stops those no longer listed.
    void setTeams(const QList<QString>& teamIds);
    QList<QString> teams() const { return m_teams.keys(); }
    // Polls now (also after a stop), whatever else is due: what the user's
    // "Retry" does.
    void pollNow(const QString& teamId);
    // Teams stopped on an error (401, 403, 404, a rejected version) are
    // polled again, e.g. after the token or the configuration changed.
    void retryStopped();
    void refreshDirectory();

    PollState state(const QString& teamId) const;

signals:
    void metricsReceived(const QString& teamId, const QList<TeamMetric>& metrics,
                         const QDateTime& fetchedAt, int idleThreshold);
    void directoryReceived(const Directory& directory);
    void stateChanged(const QString& teamId, const PollState& state);

private:
    struct TeamState
    {
        PollState state;
        QPointer<ApiCall> call;
        Clock::TimerId timer = 0;
        QDateTime lastStart;
    };
    // Polls the team after `delay`, or later if another request is due or
    // started around then (see freeSlot); at once if that is now.
    void schedule(const QString& teamId, std::chrono::milliseconds delay, PollState::Phase phase);
    // The first moment from `at` on that is at least kStagger away from
    // every other team's due poll and the directory's due refresh, and
    // kStagger after any request still in flight. An empty `teamId` asks
    // for the directory.
    QDateTime freeSlot(QDateTime at, const QString& teamId) const;
    bool anyTeamInFlight() const;
    void poll(const QString& teamId);
    void onMetrics(const QString& teamId, const Result<QList<TeamMetric>>& result, int threshold);
    void onFailure(const QString& teamId, const ApiError& error);
    void pollTeamsInBackoffSoon(const QString& recoveredTeam);
    void setState(const QString& teamId, TeamState& team);
    void scheduleDirectory(std::chrono::milliseconds delay);
    void refreshDirectoryWhenFree();
    void finishDirectory();
    std::chrono::milliseconds intervalMs() const { return m_interval; }

    IntercomClient& m_client;
    Clock& m_clock;
    Backoff m_backoff;
    std::chrono::seconds m_interval = kDefaultInterval;
    int m_idleThreshold = 1800;
    QHash<QString, TeamState> m_teams;
    QDateTime m_pausedUntil; // rate limit is per app: it pauses every team

    // Directory refresh: three calls whose results are combined.
    struct DirectoryFetch
    {
        bool failed = false;
        Directory next;
    };
    std::optional<DirectoryFetch> m_directoryFetch;
    Clock::TimerId m_directoryTimer = 0;
    QDateTime m_directoryDueAt;
    // The first fetch: it starts in its free slot, or sooner once a team's
    // answer leaves no request in flight.
    bool m_directoryFirst = false;
    QDateTime m_directoryRequestedAt;
    Directory m_directory;
    QSet<QString> m_knownAdmins;
    bool m_haveDirectory = false;
};
