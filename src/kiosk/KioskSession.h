#pragma once

#include "ActiveHours.h"
#include "Clock.h"
#include "KioskText.h"
#include "KioskTokenWatch.h"
#include "Poller.h"
#include "TeamRotation.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class DisplayAwake;
class IntercomClient;
class MetricsStore;
class TokenStore;

// What a wall display does, without drawing it: keeps the schedule (no
// polling and the display allowed to sleep outside active hours) and the
// poller's lifetime, and heals itself. Transient trouble is the Poller's to
// retry; a refused token puts up the re-authorisation page until
// KioskTokenWatch finds one that works; a team stopped on 403 / 404 is
// tried again every few minutes. TeamRotation picks the team on screen.
// All time comes from the Clock.
class KioskSession : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        Active,
        Sleeping,
        Authorise,
        NoTeams
    };
    Q_ENUM(Mode)

    static constexpr std::chrono::seconds kKeychainCheck = KioskTokenWatch::kCheckEvery;
    static constexpr std::chrono::minutes kSameTokenRetry = KioskTokenWatch::kSameTokenRetry;
    static constexpr std::chrono::minutes kStoppedTeamRetry{5};
    static constexpr std::chrono::minutes kScheduleCheck{1};

    struct Services
    {
        Clock& clock;
        IntercomClient& client;
        MetricsStore& store;
        TokenStore& tokens;
        DisplayAwake& displayAwake;
    };
    struct Options
    {
        QStringList teams;
        std::chrono::seconds rotate{20};
        std::chrono::seconds interval{15};
        int idleThreshold = 1800;
        ActiveHours schedule;
        // The workspace whose token the keychain holds, read again at every
        // check: `floorwatch --sign-in` may set it while the display runs.
        std::function<QString()> workspace;
        // The API address for a token of the workspace in `region` (empty
        // when unknown); nullopt keeps the address as it is (the demo).
        // EffectiveConfig::baseUrl() is the rule.
        std::function<std::optional<QUrl>(const QString& region)> baseUrlFor;
        // FLOORWATCH_ACCESS_TOKEN, when set: used first, and tried again
        // after a refusal (every kSameTokenRetry) while the keychain has
        // nothing better.
        QString environmentToken;
        bool useKeychain = true; // the demo brings its own token
        std::optional<quint32> jitterSeed;
    };

    KioskSession(Services services, Options options, QObject* parent = nullptr);
    ~KioskSession() override;

    // The demo's token to start with; without one the keychain is asked.
    void useToken(const QString& token);
    bool usesEnvironmentToken() const { return m_tokenWatch.usesEnvironmentToken(); }
    void start();

    Mode mode() const { return m_mode; }
    KioskText::AuthReason authReason() const { return m_authReason; }
    const QStringList& teams() const { return m_options.teams; }
    int currentIndex() const { return m_rotation.currentIndex(); }
    QString currentTeam() const { return m_rotation.currentTeam(); }
    bool rotates() const { return m_rotation.rotates(); }
    std::chrono::seconds rotatePeriod() const { return m_options.rotate; }
    std::chrono::seconds interval() const { return m_options.interval; }
    // How much of the current team's turn has passed, 0 … 1.
    double rotationProgress() const { return m_rotation.progress(); }
    PollState state(const QString& teamId) const;
    Poller* poller() const { return m_poller.get(); }
    QDateTime nextWake() const { return m_nextWake; }
    QDateTime lastKeychainCheck() const { return m_tokenWatch.lastCheck(); }
    QString workspace() const { return m_tokenWatch.workspace(); }
    const ActiveHours& schedule() const { return m_options.schedule; }

signals:
    void modeChanged(KioskSession::Mode mode);
    void currentTeamChanged(const QString& teamId);
    void teamStateChanged(const QString& teamId);
    void keychainChecked();

private:
    void evaluateSchedule();
    void wake();
    void sleep();
    void createPoller();
    void updateMode();
    void onPollState(const QString& teamId, const PollState& state);
    void onMetrics(const QString& teamId);
    void needAuthorisation(KioskText::AuthReason reason);
    void applyToken(const QString& token, const QString& region);
    void retryLater(const QString& teamId);

    Services m_s;
    Options m_options;
    TeamRotation m_rotation;
    KioskTokenWatch m_tokenWatch;
    std::unique_ptr<Poller> m_poller;
    Mode m_mode = Mode::Active;
    bool m_started = false;
    bool m_awake = false;
    bool m_authNeeded = false;
    KioskText::AuthReason m_authReason = KioskText::AuthReason::NoToken;
    QDateTime m_nextWake;
    QByteArray m_tokenFingerprint; // of the token in use, never the token
    Clock::TimerId m_scheduleTimer = 0;
    QHash<QString, Clock::TimerId> m_retryTimers;
};
