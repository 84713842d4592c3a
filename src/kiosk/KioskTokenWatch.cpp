#include "KioskTokenWatch.h"

#include "Logging.h"
#include "StoredToken.h"

#include <QCryptographicHash>

using namespace std::chrono;

KioskTokenWatch::KioskTokenWatch(Clock& clock, TokenStore& tokens, Options options, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tokens(tokens)
    , m_options(std::move(options))
{}

KioskTokenWatch::~KioskTokenWatch()
{
    stop();
}

QByteArray KioskTokenWatch::fingerprint(const QString& token)
{
    return token.isEmpty() ? QByteArray()
                           : QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256);
}

void KioskTokenWatch::watch()
{
    if (m_timer)
        return;
    m_timer = m_clock.schedule(kCheckEvery, this, [this] {
        m_timer = 0;
        check();
        watch();
    });
}

void KioskTokenWatch::stop()
{
    m_clock.cancel(m_timer);
    m_timer = 0;
}

void KioskTokenWatch::refused(const QByteArray& fingerprint)
{
    m_refused = fingerprint;
    m_lastRefusedTry = m_clock.now();
}

void KioskTokenWatch::accepted()
{
    m_refused.clear();
    stop();
}

void KioskTokenWatch::check()
{
    m_lastCheck = m_clock.now();
    m_workspace = m_options.workspace ? m_options.workspace() : QString();
    const auto fallBack = [this] {
        // The environment's token again: an admin may have restored it.
        if (usesEnvironmentToken())
            offer(m_options.environmentToken, QString());
        else
            emit noToken();
        emit checked();
    };
    if (m_workspace.isEmpty()) {
        fallBack();
        return;
    }
    readStoredToken(m_tokens, m_workspace, this,
                    [this, fallBack](const StoreResult<StoredToken>& stored) {
                        if (!stored.ok()) {
                            qCInfo(lcKiosk).noquote()
                                << QStringLiteral("no token in the keychain (%1)")
                                       .arg(TokenStoreError::kindName(stored.error().kind));
                            fallBack();
                            return;
                        }
                        offer(stored.value().token, stored.value().region);
                        emit checked();
                    });
}

void KioskTokenWatch::offer(const QString& token, const QString& region)
{
    if (!m_refused.isEmpty() && fingerprint(token) == m_refused) {
        // Tried at the first check that keeps the retry within kSameTokenRetry.
        const QDateTime now = m_clock.now();
        if (m_lastRefusedTry.isValid() &&
            m_lastRefusedTry.secsTo(now) <
                duration_cast<seconds>(kSameTokenRetry - kCheckEvery).count())
            return;
        m_lastRefusedTry = now;
    }
    emit tokenFound(token, region);
}
