#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include "Clock.h"

#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>
#include <variant>

// Why the keychain could not do what was asked; the message is for a person
// and says what to do about it.
struct TokenStoreError
{
    Q_DECLARE_TR_FUNCTIONS(TokenStoreError)

public:
    enum class Kind
    {
        NotFound,     // nothing stored under that name (or a locked keyring hiding it)
        Unavailable,  // no keychain service, or it refused to store anything
        AccessDenied, // the user or the system said no
        Other,
    };

    Kind kind = Kind::Other;
    QString message;

    static TokenStoreError notFound();
    // `detail` is what the keychain itself said, if anything.
    static TokenStoreError unavailable(const QString& detail = {});
    static TokenStoreError accessDenied(const QString& detail = {});
    static TokenStoreError other(const QString& detail);
    // A job that got no answer in time: Unavailable, as the caller can do
    // nothing else with it than with a missing keychain.
    static TokenStoreError noAnswer();
    static QString kindName(Kind kind);
};

// A value from the store, or why there is none.
template <typename T> using StoreResult = Result<T, TokenStoreError>;

// What the user can switch between. Not secret; kept next to the tokens so
// that the list and the tokens cannot drift apart.
struct StoredWorkspace
{
    QString idCode; // the account name the token is stored under
    QString name;
    QString region;

    friend bool operator==(const StoredWorkspace&, const StoredWorkspace&) = default;
};

// Where access tokens live, one per workspace (keyed by app.id_code). Every
// operation is asynchronous: its handler runs later on the event loop, never
// before the call returns, and not at all once `context` is gone.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using ReadHandler = std::function<void(const StoreResult<QString>&)>;
    using DoneHandler = std::function<void(const std::optional<TokenStoreError>&)>;
    using ListHandler = std::function<void(const StoreResult<QList<StoredWorkspace>>&)>;

    static inline const QString kServiceName = QStringLiteral("Floorwatch");
    // Reserved account holding the JSON list of stored workspaces.
    static inline const QString kIndexAccount = QStringLiteral("floorwatch.workspaces");
    // The client secret of an organisation's own Intercom app (OAuth).
    static inline const QString kOAuthClientSecretAccount =
        QStringLiteral("floorwatch.oauth.client_secret");

    // A Secret Service can wait for a password prompt nobody sees (a new
    // keyring, a locked one on a wall display): no job waits longer.
    static constexpr std::chrono::seconds kJobTimeout{20};

    explicit TokenStore(QObject* parent = nullptr);
    ~TokenStore() override;

    // The clock of the job timeouts; a clock of its own until then.
    void setClock(Clock& clock) { m_clock = &clock; }

    void read(const QString& account, QObject* context, ReadHandler handler);
    void write(const QString& account, const QString& secret, QObject* context,
               DoneHandler handler);
    // Removing what is not there succeeds: the goal is that nothing is stored.
    void remove(const QString& account, QObject* context, DoneHandler handler);

    void workspaces(QObject* context, ListHandler handler);
    // Adds or replaces the entry with the same idCode.
    void addWorkspace(const StoredWorkspace& workspace, QObject* context, DoneHandler handler);
    void removeWorkspace(const QString& idCode, QObject* context, DoneHandler handler);

    static QByteArray encodeIndex(const QList<StoredWorkspace>& list);
    static QList<StoredWorkspace> decodeIndex(const QByteArray& json);

signals:
    void workspacesChanged();

protected:
    // Implementations answer asynchronously and drop answers once they are
    // destroyed; the base class takes care of the caller's context.
    virtual void readEntry(const QString& account, ReadHandler handler) = 0;
    virtual void writeEntry(const QString& account, const QString& secret, DoneHandler handler) = 0;
    virtual void removeEntry(const QString& account, DoneHandler handler) = 0;

private:
    using Step = std::function<void(std::function<void()> next)>;
    void enqueue(Step step);
    void runNext();
    void changeIndex(std::function<void(QList<StoredWorkspace>&)> change, QObject* context,
                     DoneHandler handler);
    static std::optional<TokenStoreError> checkAccount(const QString& account);
    // The entry operations with the handler called once: with the answer,
    // or with noAnswer() after kJobTimeout, whichever comes first.
    void readInTime(const QString& account, ReadHandler handler);
    void writeInTime(const QString& account, const QString& secret, DoneHandler handler);
    void removeInTime(const QString& account, DoneHandler handler);

    // Index changes are read-modify-write: run them one at a time.
    std::deque<Step> m_queue;
    bool m_running = false;
    std::unique_ptr<Clock> m_ownClock;
    Clock* m_clock;
};
