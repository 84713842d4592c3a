#include "KioskSession.h"

#include "ApiConfig.h"
#include "ConfigChange.h"
#include "DisplayAwake.h"
#include "IntercomClient.h"
#include "Logging.h"
#include "MetricsStore.h"
#include "Pipeline.h"
#include "TokenStore.h"

using namespace std::chrono;

KioskSession::KioskSession(Services services, Options options, QObject* parent)
    : QObject(parent)
    , m_s(services)
    , m_options(std::move(options))
    , m_rotation(services.clock, m_options.teams, m_options.rotate)
    , m_tokenWatch(
          services.clock, services.tokens,
          {.workspace = m_options.workspace, .environmentToken = m_options.environmentToken})
{
    connect(&m_rotation, &TeamRotation::currentTeamChanged, this,
            &KioskSession::currentTeamChanged);
    connect(&m_tokenWatch, &KioskTokenWatch::tokenFound, this, &KioskSession::applyToken);
    connect(&m_tokenWatch, &KioskTokenWatch::noToken, this, [this] {
        if (!m_s.client.hasToken())
            needAuthorisation(KioskText::AuthReason::NoToken);
    });
    connect(&m_tokenWatch, &KioskTokenWatch::checked, this, &KioskSession::keychainChecked);
}

KioskSession::~KioskSession()
{
    m_s.clock.cancel(m_scheduleTimer);
    for (const Clock::TimerId id : std::as_const(m_retryTimers))
        m_s.clock.cancel(id);
    m_poller.reset();
    m_s.displayAwake.setKeepAwake(false);
}

void KioskSession::useToken(const QString& token)
{
    // Before start(): there is no poller yet, nothing to retry.
    m_s.client.setToken(token);
    m_tokenFingerprint = KioskTokenWatch::fingerprint(token);
}

PollState KioskSession::state(const QString& teamId) const
{
    return m_poller ? m_poller->state(teamId) : PollState{};
}

void KioskSession::start()
{
    m_started = true;
    if (m_options.teams.isEmpty()) {
        updateMode();
        return;
    }
    evaluateSchedule();
}

void KioskSession::evaluateSchedule()
{
    m_s.clock.cancel(m_scheduleTimer);
    m_scheduleTimer = 0;
    const QDateTime now = m_s.clock.now();
    const bool active = m_options.schedule.isActive(now);
    if (active && !m_awake)
        wake();
    else if (!active && (m_awake || m_mode != Mode::Sleeping))
        sleep();
    if (m_options.schedule.isAlwaysActive())
        return;
    // Checked at least every minute, so that a changed wall clock (time
    // zone, daylight saving, a suspended machine) is noticed soon.
    const QDateTime change = m_options.schedule.nextChange(now);
    m_nextWake = active ? QDateTime() : m_options.schedule.nextStart(now);
    qint64 delay = duration_cast<milliseconds>(kScheduleCheck).count();
    if (change.isValid())
        delay = std::clamp<qint64>(now.msecsTo(change), 0, delay);
    m_scheduleTimer = m_s.clock.schedule(milliseconds(delay), this, [this] {
        m_scheduleTimer = 0;
        evaluateSchedule();
    });
}

void KioskSession::createPoller()
{
    m_poller = std::make_unique<Poller>(m_s.client, m_s.clock);
    m_poller->setInterval(m_options.interval);
    m_poller->setIdleThreshold(m_options.idleThreshold);
    if (m_options.jitterSeed)
        m_poller->setJitterSeed(*m_options.jitterSeed);
    connectPipeline(*m_poller, m_s.store);
    connect(m_poller.get(), &Poller::metricsReceived, this,
            [this](const QString& teamId) { onMetrics(teamId); });
    connect(m_poller.get(), &Poller::stateChanged, this, &KioskSession::onPollState);
}

void KioskSession::wake()
{
    qCInfo(lcKiosk) << "active hours begin; polling" << m_options.teams.size() << "teams";
    m_awake = true;
    m_nextWake = QDateTime();
    m_s.displayAwake.setKeepAwake(true);
    createPoller();
    if (m_authNeeded && m_options.useKeychain) {
        // Refused before the night: look for a new token before polling.
        m_tokenWatch.check();
        m_tokenWatch.watch();
    } else if (m_s.client.hasToken()) {
        m_poller->setTeams(m_options.teams);
    } else if (m_options.useKeychain) {
        m_tokenWatch.check(); // the teams are polled once a token is found
    } else {
        needAuthorisation(KioskText::AuthReason::NoToken);
    }
    updateMode();
}

void KioskSession::sleep()
{
    qCInfo(lcKiosk) << "outside active hours; polling stops";
    m_awake = false;
    // Gone with the poller: every metrics timer, the directory refresh and
    // any request in flight. Nothing is polled until active hours begin.
    m_poller.reset();
    for (const Clock::TimerId id : std::as_const(m_retryTimers))
        m_s.clock.cancel(id);
    m_retryTimers.clear();
    m_tokenWatch.stop();
    // Yesterday's numbers are not today's: the morning starts fresh.
    for (const QString& team : std::as_const(m_options.teams))
        m_s.store.forgetTeam(team);
    m_s.displayAwake.setKeepAwake(false);
    updateMode();
}

void KioskSession::updateMode()
{
    Mode mode = Mode::Active;
    if (m_options.teams.isEmpty())
        mode = Mode::NoTeams;
    else if (!m_awake)
        mode = Mode::Sleeping;
    else if (m_authNeeded)
        mode = Mode::Authorise;
    const bool changed = mode != m_mode;
    m_mode = mode;
    if (mode == Mode::Active) {
        if (changed || !m_rotation.isRunning())
            m_rotation.start();
    } else {
        m_rotation.stop();
    }
    if (changed)
        emit modeChanged(mode);
}

void KioskSession::onPollState(const QString& teamId, const PollState& state)
{
    if (state.phase == PollState::Phase::Stopped && state.lastError) {
        if (state.lastError->kind() == ApiError::Kind::Unauthorized) {
            m_tokenWatch.refused(m_tokenFingerprint);
            needAuthorisation(KioskText::AuthReason::Refused);
        } else {
            retryLater(teamId);
        }
    }
    emit teamStateChanged(teamId);
}

void KioskSession::onMetrics(const QString& teamId)
{
    if (const auto it = m_retryTimers.find(teamId); it != m_retryTimers.end()) {
        m_s.clock.cancel(it.value());
        m_retryTimers.erase(it);
    }
    if (!m_authNeeded)
        return;
    // A token that works: the wall comes back.
    qCInfo(lcKiosk) << "the access token works again";
    m_authNeeded = false;
    m_tokenWatch.accepted();
    updateMode();
}

void KioskSession::retryLater(const QString& teamId)
{
    if (m_retryTimers.contains(teamId))
        return;
    m_retryTimers.insert(teamId, m_s.clock.schedule(kStoppedTeamRetry, this, [this, teamId] {
        m_retryTimers.remove(teamId);
        if (m_poller && !m_authNeeded)
            m_poller->pollNow(teamId);
    }));
}

void KioskSession::needAuthorisation(KioskText::AuthReason reason)
{
    if (m_authNeeded) {
        if (reason == KioskText::AuthReason::Refused)
            m_authReason = reason;
        return;
    }
    qCInfo(lcKiosk) << "waiting for an access token in the keychain";
    m_authNeeded = true;
    m_authReason = reason;
    updateMode();
    if (!m_options.useKeychain || !m_awake)
        return;
    if (reason == KioskText::AuthReason::Refused)
        m_tokenWatch.check(); // someone may have signed in again already
    m_tokenWatch.watch();
}

void KioskSession::applyToken(const QString& token, const QString& region)
{
    if (!m_awake)
        return;
    const QByteArray print = KioskTokenWatch::fingerprint(token);
    const bool same = print == m_tokenFingerprint && m_s.client.hasToken();
    ConfigChange change{.token = token};
    if (const auto url = m_options.baseUrlFor ? m_options.baseUrlFor(region) : std::nullopt) {
        ApiConfig api = m_s.client.config();
        api.baseUrl = *url;
        change.api = api;
    }
    m_tokenFingerprint = print;
    if (m_poller && m_poller->teams().isEmpty()) {
        applyConfigChange(change, m_s.client, nullptr);
        m_poller->setTeams(m_options.teams);
        return;
    }
    if (same && !m_authNeeded)
        return;
    applyConfigChange(change, m_s.client, m_poller.get());
}
