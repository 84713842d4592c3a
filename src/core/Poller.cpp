#include "Poller.h"

#include "IntercomClient.h"
#include "Logging.h"

#include <algorithm>
#include <utility>

using namespace std::chrono;

namespace {
constexpr milliseconds kRateLimitMargin{500};
}

static_assert(IntercomClient::kLongestRateLimitPause == Poller::kBackoffCap,
              "a rate-limit pause is never longer than the longest backoff");

Poller::Poller(IntercomClient& client, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
    , m_backoff(kDefaultInterval, kBackoffCap, QRandomGenerator::global()->generate())
{}

Poller::~Poller()
{
    for (TeamState& team : m_teams) {
        m_clock.cancel(team.timer);
        if (team.call)
            team.call->abort();
    }
    m_clock.cancel(m_directoryTimer);
}

void Poller::setJitterSeed(quint32 seed)
{
    m_backoff = Backoff(m_interval, kBackoffCap, seed);
}

void Poller::setInterval(seconds interval)
{
    m_interval = std::max(interval, kMinInterval);
    m_backoff.setBase(m_interval);
    for (const QString& id : m_teams.keys()) {
        const TeamState& team = m_teams[id];
        if (team.state.phase != PollState::Phase::Waiting || !team.lastStart.isValid())
            continue;
        const qint64 since = team.lastStart.msecsTo(m_clock.now());
        schedule(id, milliseconds(std::max<qint64>(0, intervalMs().count() - since)),
                 PollState::Phase::Waiting);
    }
}

void Poller::setIdleThreshold(int seconds)
{
    if (seconds == m_idleThreshold)
        return;
    m_idleThreshold = seconds;
    // The user is looking at numbers for the old threshold: replace them
    // now, one team after the other.
    const QList<QString> ids = m_teams.keys();
    for (const QString& id : ids) {
        TeamState& team = m_teams[id];
        if (team.call)
            team.call->abort();
        team.call = nullptr;
    }
    for (const QString& id : ids)
        schedule(id, 0ms, PollState::Phase::Waiting);
}

void Poller::retryStopped()
{
    for (const QString& id : m_teams.keys())
        if (m_teams.value(id).state.phase == PollState::Phase::Stopped)
            schedule(id, 0ms, PollState::Phase::Waiting);
}

void Poller::setTeams(const QList<QString>& teamIds)
{
    for (const QString& id : m_teams.keys()) {
        if (teamIds.contains(id))
            continue;
        TeamState team = m_teams.take(id);
        m_clock.cancel(team.timer);
        if (team.call)
            team.call->abort();
    }
    QList<QString> added;
    for (const QString& id : teamIds) {
        if (m_teams.contains(id))
            continue;
        m_teams.insert(id, TeamState{});
        added << id;
    }
    // The first team at once, then the names, then the other teams, each
    // in the next free slot.
    bool directoryPlaced = false;
    const auto placeDirectory = [this, &directoryPlaced] {
        if (std::exchange(directoryPlaced, true) || m_haveDirectory || m_directoryFetch ||
            m_directoryFirst || m_teams.isEmpty())
            return;
        m_directoryFirst = true;
        refreshDirectoryWhenFree();
    };
    for (const QString& id : std::as_const(added)) {
        schedule(id, 0ms, PollState::Phase::Waiting);
        placeDirectory();
    }
    placeDirectory();
}

void Poller::pollNow(const QString& teamId)
{
    const auto it = m_teams.find(teamId);
    if (it == m_teams.end())
        return;
    if (it->call)
        it->call->abort();
    it->call = nullptr;
    poll(teamId);
}

PollState Poller::state(const QString& teamId) const
{
    return m_teams.value(teamId).state;
}

void Poller::schedule(const QString& teamId, milliseconds delay, PollState::Phase phase)
{
    TeamState& team = m_teams[teamId];
    m_clock.cancel(team.timer);
    team.timer = 0;
    const QDateTime now = m_clock.now();
    const QDateTime at = freeSlot(now.addMSecs(std::max<qint64>(0, delay.count())), teamId);
    const qint64 wait = now.msecsTo(at);
    if (wait <= 0) {
        poll(teamId);
        return;
    }
    team.timer = m_clock.schedule(milliseconds(wait), this, [this, teamId] {
        if (auto it = m_teams.find(teamId); it != m_teams.end()) {
            it->timer = 0;
            poll(teamId);
        }
    });
    team.state.phase = phase;
    team.state.nextPollAt = at;
    setState(teamId, team);
}

QDateTime Poller::freeSlot(QDateTime at, const QString& teamId) const
{
    // Whatever would bring several teams due together (teams added
    // together, the end of a rate-limit pause, a new idle threshold, a
    // retry of stopped teams, the server's return after an outage, waits
    // that drift together) meets here, so no two requests race each other
    // to a connection of their own.
    QList<qint64> taken;
    taken.reserve(m_teams.size() + 2);
    for (auto it = m_teams.cbegin(); it != m_teams.cend(); ++it) {
        if (it.key() == teamId)
            continue;
        const TeamState& other = it.value();
        if (other.timer && other.state.nextPollAt.isValid())
            taken << other.state.nextPollAt.toMSecsSinceEpoch();
        if (other.call && other.lastStart.isValid())
            taken << other.lastStart.toMSecsSinceEpoch();
    }
    if (!teamId.isEmpty()) {
        if (m_directoryTimer && m_directoryDueAt.isValid())
            taken << m_directoryDueAt.toMSecsSinceEpoch();
        if (m_directoryFetch && m_directoryRequestedAt.isValid())
            taken << m_directoryRequestedAt.toMSecsSinceEpoch();
    }
    std::sort(taken.begin(), taken.end());
    // One pass: `slot` only moves later, so a time it has left behind
    // stays behind.
    const qint64 stagger = kStagger.count();
    qint64 slot = at.toMSecsSinceEpoch();
    for (const qint64 t : std::as_const(taken)) {
        if (t >= slot + stagger)
            break;
        if (t > slot - stagger)
            slot = t + stagger;
    }
    return Utc::fromMSecsSinceEpoch(slot);
}

bool Poller::anyTeamInFlight() const
{
    return std::any_of(m_teams.cbegin(), m_teams.cend(),
                       [](const TeamState& team) { return bool(team.call); });
}

void Poller::poll(const QString& teamId)
{
    TeamState& team = m_teams[teamId];
    if (team.call)
        return; // at most one request per team, ever
    m_clock.cancel(team.timer);
    team.timer = 0;

    const QDateTime now = m_clock.now();
    if (m_pausedUntil.isValid() && now < m_pausedUntil) {
        schedule(teamId, milliseconds(now.msecsTo(m_pausedUntil)), PollState::Phase::RateLimited);
        return;
    }
    team.lastStart = now;
    team.state.phase = PollState::Phase::Polling;
    team.state.nextPollAt = QDateTime();
    const int threshold = m_idleThreshold;
    qCDebug(lcPoll) << "polling team" << teamId << "idle_threshold" << threshold;
    team.call = m_client.teamMetrics(
        teamId, threshold, this,
        [this, teamId, threshold](const auto& result) { onMetrics(teamId, result, threshold); });
    setState(teamId, team);
}

void Poller::onMetrics(const QString& teamId, const Result<QList<TeamMetric>>& result,
                       int threshold)
{
    const auto it = m_teams.find(teamId);
    if (it == m_teams.end())
        return;
    TeamState& team = it.value();
    team.call = nullptr;
    // The connection is free: the names need not wait for their slot.
    if (m_directoryFirst && !anyTeamInFlight())
        refreshDirectory();
    if (!result.ok()) {
        onFailure(teamId, result.error());
        return;
    }
    const QDateTime now = m_clock.now();
    const bool recovered = team.state.consecutiveFailures > 0;
    team.state.consecutiveFailures = 0;
    team.state.lastError.reset();
    team.state.lastSuccessAt = now;
    const qint64 elapsed = team.lastStart.msecsTo(now);
    schedule(teamId, milliseconds(std::max<qint64>(0, intervalMs().count() - elapsed)),
             PollState::Phase::Waiting);
    emit metricsReceived(teamId, result.value(), now, threshold);
    if (recovered)
        pollTeamsInBackoffSoon(teamId);

    if (!m_haveDirectory)
        return;
    for (const TeamMetric& m : result.value()) {
        if (!m_knownAdmins.contains(m.adminId)) {
            // Someone joined: fetch names now rather than in ten minutes.
            if (!m_directoryRequestedAt.isValid() ||
                m_directoryRequestedAt.secsTo(now) >= kDirectoryRetry.count())
                refreshDirectoryWhenFree();
            break;
        }
    }
}

void Poller::pollTeamsInBackoffSoon(const QString& recoveredTeam)
{
    // The server is back: teams still waiting out a backoff would otherwise
    // stay stale for up to the backoff cap. They follow each other in free
    // slots on the one connection, each still one request at a time.
    const QDateTime now = m_clock.now();
    int next = 0;
    for (const QString& id : m_teams.keys()) {
        const TeamState& team = m_teams[id];
        if (id == recoveredTeam || team.call || team.state.phase != PollState::Phase::BackingOff)
            continue;
        if (team.state.nextPollAt.isValid() && team.state.nextPollAt <= freeSlot(now, id))
            continue;
        ++next;
        schedule(id, 0ms, PollState::Phase::BackingOff);
    }
    if (next > 0)
        qCInfo(lcPoll) << "team" << recoveredTeam << "recovered; polling" << next
                       << "teams in backoff now";
}

void Poller::onFailure(const QString& teamId, const ApiError& error)
{
    TeamState& team = m_teams[teamId];
    team.state.lastError = error;
    ++team.state.consecutiveFailures;
    const QDateTime now = m_clock.now();
    qCInfo(lcPoll).noquote() << "team" << teamId
                             << "poll failed:" << ApiError::kindName(error.kind()) << "failures"
                             << team.state.consecutiveFailures;

    if (error.kind() == ApiError::Kind::RateLimited) {
        // The client already bounds the reset; an error from elsewhere
        // (or none at all) must not pause longer than a backoff either.
        QDateTime resume = error.retryAt().isValid() ? error.retryAt() : now.addSecs(10);
        resume = std::min(resume, now.addSecs(duration_cast<seconds>(kBackoffCap).count()))
                     .addMSecs(kRateLimitMargin.count());
        if (!m_pausedUntil.isValid() || resume > m_pausedUntil)
            m_pausedUntil = resume;
        schedule(teamId, milliseconds(std::max<qint64>(0, now.msecsTo(m_pausedUntil))),
                 PollState::Phase::RateLimited);
        return;
    }
    if (error.isTransient()) {
        schedule(teamId, m_backoff.delay(team.state.consecutiveFailures),
                 PollState::Phase::BackingOff);
        return;
    }
    m_clock.cancel(team.timer);
    team.timer = 0;
    team.state.phase = PollState::Phase::Stopped;
    team.state.nextPollAt = QDateTime();
    setState(teamId, team);
}

void Poller::setState(const QString& teamId, TeamState& team)
{
    emit stateChanged(teamId, team.state);
}

void Poller::refreshDirectory()
{
    if (m_directoryFetch)
        return;
    m_clock.cancel(m_directoryTimer);
    m_directoryTimer = 0;
    m_directoryDueAt = QDateTime();
    m_directoryFirst = false;
    m_directoryRequestedAt = m_clock.now();
    m_directoryFetch = DirectoryFetch{false, m_directory};
    // One call after the other: this is slow-changing data, and a chain keeps
    // it on one connection and out of the way of the metrics.
    m_client.admins(this, [this](const Result<QList<Admin>>& admins) {
        if (admins.ok()) {
            m_directoryFetch->next.admins.clear();
            for (const Admin& a : admins.value())
                m_directoryFetch->next.admins.insert(a.id, a);
        } else {
            m_directoryFetch->failed = true;
        }
        m_client.awayReasons(this, [this](const Result<QList<AwayReason>>& reasons) {
            if (reasons.ok()) {
                m_directoryFetch->next.awayReasons.clear();
                for (const AwayReason& reason : reasons.value())
                    m_directoryFetch->next.awayReasons.insert(reason.id, reason);
            } else {
                m_directoryFetch->failed = true;
            }
            m_client.teams(this, [this](const Result<QList<Team>>& teams) {
                if (teams.ok()) {
                    m_directoryFetch->next.teams.clear();
                    for (const Team& t : teams.value())
                        m_directoryFetch->next.teams.insert(t.id, t);
                } else {
                    m_directoryFetch->failed = true;
                }
                finishDirectory();
            });
        });
    });
}

void Poller::finishDirectory()
{
    DirectoryFetch fetch = std::move(*m_directoryFetch);
    m_directoryFetch.reset();
    // What failed keeps its last good value (the fetch started from it).
    m_directory = std::move(fetch.next);
    m_directory.fetchedAt = m_clock.now();
    m_knownAdmins.clear();
    for (auto it = m_directory.admins.cbegin(); it != m_directory.admins.cend(); ++it)
        m_knownAdmins.insert(it.key());
    if (fetch.failed)
        qCInfo(lcPoll) << "directory refresh incomplete; retrying in" << kDirectoryRetry.count()
                       << "s";
    if (!fetch.failed || !m_directory.admins.isEmpty())
        m_haveDirectory = true;
    scheduleDirectory(fetch.failed ? milliseconds(kDirectoryRetry)
                                   : milliseconds(kDirectoryInterval));
    emit directoryReceived(m_directory);
}

void Poller::scheduleDirectory(milliseconds delay)
{
    m_clock.cancel(m_directoryTimer);
    m_directoryDueAt = m_clock.now().addMSecs(delay.count());
    m_directoryTimer = m_clock.schedule(delay, this, [this] {
        m_directoryTimer = 0;
        m_directoryDueAt = QDateTime();
        refreshDirectoryWhenFree();
    });
}

void Poller::refreshDirectoryWhenFree()
{
    // Teams avoid a refresh that is due; this is for the polls scheduled
    // before it was (ten minutes ahead, nobody's next poll is known).
    if (m_directoryFetch)
        return; // its end schedules the next
    const QDateTime now = m_clock.now();
    const QDateTime at = freeSlot(now, QString());
    if (at <= now)
        refreshDirectory();
    else
        scheduleDirectory(milliseconds(now.msecsTo(at)));
}
