#include "KeychainTokenStore.h"

#include "Logging.h"

#include <qt6keychain/keychain.h>

KeychainTokenStore::KeychainTokenStore(const QString& service, QObject* parent)
    : TokenStore(parent)
    , m_service(service)
{}

KeychainTokenStore::~KeychainTokenStore() = default;

TokenStoreError KeychainTokenStore::mapError(int keychainError, const QString& errorString,
                                             Operation operation)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::EntryNotFound:
        // A locked keyring answers like an empty one; the message says so.
        return TokenStoreError::notFound();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return TokenStoreError::accessDenied(errorString);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return TokenStoreError::unavailable(errorString);
    case QKeychain::CouldNotDeleteEntry:
        return TokenStoreError::other(errorString);
    case QKeychain::OtherError:
    case QKeychain::NoError:
        break;
    }
    // With libsecret a missing Secret Service is only "OtherError"; when a
    // write fails nothing was stored, which is what "unavailable" means.
    if (operation == Operation::Write || operation == Operation::Read)
        return TokenStoreError::unavailable(errorString);
    return TokenStoreError::other(errorString);
}

std::optional<bool> KeychainTokenStore::backendAvailable()
{
#ifdef FLOORWATCH_QTKEYCHAIN_IS_AVAILABLE
    return QKeychain::isAvailable();
#else
    return std::nullopt;
#endif
}

bool KeychainTokenStore::refusedWithoutBackend(
    const std::function<void(const TokenStoreError&)>& answer)
{
    if (backendAvailable().value_or(true))
        return false;
    qCInfo(lcApp) << "keychain: QtKeychain has no backend on this system";
    QMetaObject::invokeMethod(
        this,
        [answer] {
            answer(TokenStoreError::unavailable(
                QStringLiteral("QtKeychain found no keychain backend on this system")));
        },
        Qt::QueuedConnection);
    return true;
}

void KeychainTokenStore::prepare(QKeychain::Job* job, const QString& account)
{
    job->setAutoDelete(true);
    // Spelled out although it is the default: the token must never end up
    // in a settings file.
    job->setInsecureFallback(false);
    job->setKey(account);
}

void KeychainTokenStore::readEntry(const QString& account, ReadHandler handler)
{
    if (refusedWithoutBackend([handler](const TokenStoreError& error) { handler(error); }))
        return;
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    prepare(job, account);
    connect(job, &QKeychain::Job::finished, this,
            [handler = std::move(handler)](QKeychain::Job* finished) {
                auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                if (read->error() != QKeychain::NoError) {
                    const TokenStoreError error =
                        mapError(read->error(), read->errorString(), Operation::Read);
                    qCInfo(lcKeychain) << "keychain read of" << read->key()
                                       << "failed:" << TokenStoreError::kindName(error.kind)
                                       << read->errorString();
                    handler(error);
                    return;
                }
                handler(read->textData());
            });
    job->start();
}

void KeychainTokenStore::writeEntry(const QString& account, const QString& secret,
                                    DoneHandler handler)
{
    if (refusedWithoutBackend([handler](const TokenStoreError& error) { handler(error); }))
        return;
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    prepare(job, account);
    job->setTextData(secret);
    finishWith(job, Operation::Write, std::move(handler));
}

void KeychainTokenStore::removeEntry(const QString& account, DoneHandler handler)
{
    if (refusedWithoutBackend([handler](const TokenStoreError& error) { handler(error); }))
        return;
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    prepare(job, account);
    finishWith(job, Operation::Remove, std::move(handler));
}

void KeychainTokenStore::finishWith(QKeychain::Job* job, Operation operation, DoneHandler handler)
{
    connect(job, &QKeychain::Job::finished, this,
            [operation, handler = std::move(handler)](QKeychain::Job* finished) {
                if (finished->error() == QKeychain::NoError) {
                    handler(std::nullopt);
                    return;
                }
                const TokenStoreError error =
                    mapError(finished->error(), finished->errorString(), operation);
                qCWarning(lcKeychain)
                    << "keychain" << (operation == Operation::Write ? "write" : "delete") << "of"
                    << finished->key() << "failed:" << TokenStoreError::kindName(error.kind)
                    << finished->errorString();
                handler(error);
            });
    job->start();
}
