#pragma once

#include "Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QObject>

#include <chrono>
#include <functional>

class TokenStore;

// Where a wall display finds a token that works, without anyone at the
// screen: the keychain entry of the configured workspace (read again every
// kCheckEvery while watching: `floorwatch --sign-in` may store one at any
// time), else the token of FLOORWATCH_ACCESS_TOKEN. A token Intercom has
// refused is offered again only every kSameTokenRetry, as asking every 30 s
// would only add refusals. Tokens are compared by fingerprint, never kept
// here beyond the environment's.
class KioskTokenWatch : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::seconds kCheckEvery{30};
    static constexpr std::chrono::minutes kSameTokenRetry{10};

    struct Options
    {
        // The workspace whose token the keychain holds, read again at every
        // check: `floorwatch --sign-in` may set it while the display runs.
        std::function<QString()> workspace;
        QString environmentToken; // FLOORWATCH_ACCESS_TOKEN, when set
    };

    KioskTokenWatch(Clock& clock, TokenStore& tokens, Options options, QObject* parent = nullptr);
    ~KioskTokenWatch() override;

    static QByteArray fingerprint(const QString& token);

    // Looks once, now.
    void check();
    // Looks every kCheckEvery until stop().
    void watch();
    void stop();
    // Intercom refused the token with this fingerprint / a token works again.
    void refused(const QByteArray& fingerprint);
    void accepted();

    bool usesEnvironmentToken() const { return !m_options.environmentToken.isEmpty(); }
    QDateTime lastCheck() const { return m_lastCheck; }
    QString workspace() const { return m_workspace; }

signals:
    // A token worth trying, with its workspace's region when known.
    void tokenFound(const QString& token, const QString& region);
    // Nothing stored, and no token from the environment.
    void noToken();
    void checked();

private:
    void offer(const QString& token, const QString& region);

    Clock& m_clock;
    TokenStore& m_tokens;
    Options m_options;
    Clock::TimerId m_timer = 0;
    QDateTime m_lastCheck;
    QString m_workspace;
    QByteArray m_refused; // fingerprint of the last token Intercom refused
    QDateTime m_lastRefusedTry;
};
