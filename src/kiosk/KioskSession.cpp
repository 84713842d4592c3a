#include "KioskSession.h"

#include "ApiConfig.h"
#include "ConfigChange.h"
#include "DisplayAwake.h"
#include "IntercomClient.h"
#include "Logging.h"
#include "MetricsStore.h"
#include "Pipeline.h"
#include "TokenStore.h"

#include <QCryptographicHash>

using namespace std::chrono;

KioskSession::KioskSession(Services services, Options options, QObject* parent)
    : QObject(parent)
    , m_s(services)
    , m_options(std::move(options))
{}

KioskSession::~KioskSession()
{
    m_s.clock.cancel(m_rotationTimer);
    m_s.clock.cancel(m_scheduleTimer);
    m_s.clock.cancel(m_keychainTimer);
    for (const Clock::TimerId id : std::as_const(m_retryTimers))
        m_s.clock.cancel(id);
    m_poller.reset();
    m_s.displayAwake.setKeepAwake(false);
}

QByteArray KioskSession::fingerprint(const QString& token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

void KioskSession::useToken(const QString& token)
{
    // Before start(): there is no poller yet, nothing to retry.
    m_s.client.setToken(token);
    m_tokenFingerprint = token.isEmpty() ? QByteArray() : fingerprint(token);
}

QString KioskSession::currentTeam() const
{
    return m_options.teams.value(m_index);
}

double KioskSession::rotationProgress() const
{
    if (!m_rotationTimer || !m_rotationStartedAt.isValid())
        return 0.0;
    const double elapsed = double(m_rotationStartedAt.msecsTo(m_s.clock.now()));
    return std::clamp(elapsed / double(duration_cast<milliseconds>(m_options.rotate).count()), 0.0,
                      1.0);
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
        checkKeychain();
        scheduleKeychainCheck();
    } else if (m_s.client.hasToken()) {
        m_poller->setTeams(m_options.teams);
    } else if (m_options.useKeychain) {
        checkKeychain(); // the teams are polled once a token is found
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
    m_s.clock.cancel(m_keychainTimer);
    m_keychainTimer = 0;
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
        if (changed || !m_rotationTimer)
            startRotation();
    } else {
        stopRotation();
    }
    if (changed)
        emit modeChanged(mode);
}

void KioskSession::startRotation()
{
    stopRotation();
    if (!rotates())
        return;
    m_rotationStartedAt = m_s.clock.now();
    m_rotationTimer = m_s.clock.schedule(m_options.rotate, this, [this] {
        m_rotationTimer = 0;
        advance();
    });
}

void KioskSession::stopRotation()
{
    m_s.clock.cancel(m_rotationTimer);
    m_rotationTimer = 0;
    m_rotationStartedAt = QDateTime();
}

void KioskSession::advance()
{
    m_index = (m_index + 1) % int(m_options.teams.size());
    startRotation();
    emit currentTeamChanged(currentTeam());
}

void KioskSession::onPollState(const QString& teamId, const PollState& state)
{
    if (state.phase == PollState::Phase::Stopped && state.lastError) {
        if (state.lastError->kind() == ApiError::Kind::Unauthorized) {
            m_refusedFingerprint = m_tokenFingerprint;
            m_lastSameTokenTry = m_s.clock.now();
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
    m_refusedFingerprint.clear();
    m_s.clock.cancel(m_keychainTimer);
    m_keychainTimer = 0;
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
    if (reason == KioskText::AuthReason::Refused && m_options.useKeychain)
        checkKeychain(); // someone may have signed in again already
    scheduleKeychainCheck();
}

void KioskSession::scheduleKeychainCheck()
{
    if (!m_options.useKeychain || m_keychainTimer || !m_awake)
        return;
    m_keychainTimer = m_s.clock.schedule(kKeychainCheck, this, [this] {
        m_keychainTimer = 0;
        checkKeychain();
        if (m_authNeeded)
            scheduleKeychainCheck();
    });
}

void KioskSession::checkKeychain()
{
    m_lastKeychainCheck = m_s.clock.now();
    m_workspace = m_options.workspace ? m_options.workspace() : QString();
    if (m_workspace.isEmpty()) {
        noTokenInKeychain();
        emit keychainChecked();
        return;
    }
    const QString workspace = m_workspace;
    m_s.tokens.workspaces(this, [this, workspace](const StoreResult<QList<StoredWorkspace>>& list) {
        QString region;
        if (list.ok())
            for (const StoredWorkspace& w : list.value())
                if (w.idCode == workspace)
                    region = w.region;
        m_s.tokens.read(workspace, this, [this, region](const StoreResult<QString>& token) {
            if (!token.ok()) {
                qCInfo(lcKiosk).noquote() << QStringLiteral("no token in the keychain (%1)")
                                               .arg(TokenStoreError::kindName(token.error().kind));
                noTokenInKeychain();
            } else {
                applyToken(token.value(), region);
            }
            emit keychainChecked();
        });
    });
}

void KioskSession::noTokenInKeychain()
{
    // The environment's token again, at most every kSameTokenRetry after a
    // refusal: an admin may have restored it.
    if (!m_options.environmentToken.isEmpty())
        applyToken(m_options.environmentToken, QString());
    else if (!m_s.client.hasToken())
        needAuthorisation(KioskText::AuthReason::NoToken);
}

void KioskSession::applyToken(const QString& token, const QString& region)
{
    if (!m_awake)
        return;
    const QByteArray print = fingerprint(token);
    const QDateTime now = m_s.clock.now();
    if (m_authNeeded && print == m_refusedFingerprint) {
        // The same token again: Intercom may have refused it by mistake,
        // but asking every 30 s would only add refusals. Tried at the first
        // check that keeps the retry within kSameTokenRetry.
        if (m_lastSameTokenTry.isValid() &&
            m_lastSameTokenTry.secsTo(now) <
                duration_cast<seconds>(kSameTokenRetry - kKeychainCheck).count())
            return;
        m_lastSameTokenTry = now;
    }
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
