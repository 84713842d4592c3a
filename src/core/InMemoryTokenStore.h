#pragma once

#include "TokenStore.h"

#include <QHash>

// Tokens held in this process only: for unit tests, and for the user's
// explicit "use this token for this run only" when no keychain is there.
// Nothing is ever written to disk. The failure knobs let tests play a
// missing or locked keychain.
class InMemoryTokenStore final : public TokenStore
{
    Q_OBJECT

public:
    explicit InMemoryTokenStore(QObject* parent = nullptr);
    ~InMemoryTokenStore() override;

    // Every following read / write / remove fails with that error, until
    // cleared with std::nullopt.
    void setReadError(std::optional<TokenStoreError> error) { m_readError = std::move(error); }
    void setWriteError(std::optional<TokenStoreError> error) { m_writeError = std::move(error); }
    void setRemoveError(std::optional<TokenStoreError> error) { m_removeError = std::move(error); }
    // Like a system without a keychain: writes fail as Unavailable, reads
    // find nothing.
    void setUnavailable(bool unavailable);

    // Like a keychain waiting on a password prompt: nothing is answered
    // until hanging is switched off, then everything held is.
    void setHanging(bool hanging);
    // Answers held back while hanging.
    int pendingCount() const { return int(m_held.size()); }

    bool contains(const QString& account) const { return m_entries.contains(account); }
    // Accounts with a secret, the workspace index included.
    int entryCount() const { return int(m_entries.size()); }
    int writeCount() const { return m_writes; }

protected:
    void readEntry(const QString& account, ReadHandler handler) override;
    void writeEntry(const QString& account, const QString& secret, DoneHandler handler) override;
    void removeEntry(const QString& account, DoneHandler handler) override;

private:
    void later(std::function<void()> fn);

    QHash<QString, QString> m_entries;
    std::optional<TokenStoreError> m_readError;
    std::optional<TokenStoreError> m_writeError;
    std::optional<TokenStoreError> m_removeError;
    int m_writes = 0;
    bool m_hanging = false;
    QList<std::function<void()>> m_held;
};
