#pragma once

#include "TokenStore.h"

namespace QKeychain {
class Job;
}

// Tokens in the operating system's keychain through QtKeychain: the macOS
// Keychain, the Windows Credential Manager, a Secret Service (GNOME Keyring,
// KWallet) on Linux. Never falls back to a plain-text file: when there is
// no keychain every write fails as Unavailable and the user is asked.
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(const QString& service = kServiceName, QObject* parent = nullptr);
    ~KeychainTokenStore() override;

    QString service() const { return m_service; }

    enum class Operation
    {
        Read,
        Write,
        Remove
    };
    // Whether QtKeychain has a backend at all (QKeychain::isAvailable(),
    // QtKeychain 0.14 and later; nullopt where it cannot tell). On Linux that
    // is "libsecret or KWallet is there", not "a Secret Service is running":
    // true does not promise that a write succeeds, false means none can.
    static std::optional<bool> backendAvailable();

    // QtKeychain 0.13 cannot say whether a keychain exists, so its errors are
    // read in the light of what was asked.
    static TokenStoreError mapError(int keychainError, const QString& errorString,
                                    Operation operation);

protected:
    void readEntry(const QString& account, ReadHandler handler) override;
    void writeEntry(const QString& account, const QString& secret, DoneHandler handler) override;
    void removeEntry(const QString& account, DoneHandler handler) override;

private:
    // With no backend at all, answers Unavailable (after the call returns,
    // like a job would) and returns true.
    bool refusedWithoutBackend(const std::function<void(const TokenStoreError&)>& answer);
    void prepare(QKeychain::Job* job, const QString& account);
    void finishWith(QKeychain::Job* job, Operation operation, DoneHandler handler);

    QString m_service;
};
