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
    // QtKeychain 0.13 cannot say whether a keychain exists, so its errors are
    // read in the light of what was asked.
    static TokenStoreError mapError(int keychainError, const QString& errorString,
                                    Operation operation);

protected:
    void readEntry(const QString& account, ReadHandler handler) override;
    void writeEntry(const QString& account, const QString& secret, DoneHandler handler) override;
    void removeEntry(const QString& account, DoneHandler handler) override;

private:
    void prepare(QKeychain::Job* job, const QString& account);
    void finishWith(QKeychain::Job* job, Operation operation, DoneHandler handler);

    QString m_service;
};
