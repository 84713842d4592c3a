#include "TokenStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

#include "Logging.h"

#include <algorithm>
#include <memory>
#include <utility>

namespace {

// Names the keychain a person on this system would install or unlock.
QString keychainNames()
{
#if defined(Q_OS_MACOS)
    return TokenStoreError::tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return TokenStoreError::tr("the Windows Credential Manager");
#else
    return TokenStoreError::tr("a Secret Service keyring such as GNOME Keyring or KWallet");
#endif
}

QString withDetail(QString message, const QString& detail)
{
    if (!detail.trimmed().isEmpty())
        message +=
            QLatin1Char(' ') + TokenStoreError::tr("(The keychain said: %1)").arg(detail.trimmed());
    return message;
}

// A handler that is dropped once its context is gone; no context, no guard.
template <typename Arg>
std::function<void(const Arg&)> guard(QObject* context, std::function<void(const Arg&)> handler)
{
    if (!context)
        return handler;
    return [context = QPointer<QObject>(context), handler = std::move(handler)](const Arg& arg) {
        if (context && handler)
            handler(arg);
    };
}

} // namespace

TokenStoreError TokenStoreError::notFound()
{
    return {Kind::NotFound,
            tr("No access token is stored for this workspace. If you signed in before, the "
               "keyring may be locked, which looks the same: unlock it and try again, or sign "
               "in again.")};
}

TokenStoreError TokenStoreError::unavailable(const QString& detail)
{
    return {Kind::Unavailable,
            withDetail(tr("No keychain is available: Floorwatch stores the access token only in "
                          "the system keychain (%1). Install or unlock one and try again, or use "
                          "the token for this run only; it is never written to disk.")
                           .arg(keychainNames()),
                       detail)};
}

TokenStoreError TokenStoreError::accessDenied(const QString& detail)
{
    return {Kind::AccessDenied,
            withDetail(tr("Floorwatch was not allowed to use the keychain (%1). Unlock it or "
                          "allow access when asked, then try again, or use the token for this "
                          "run only.")
                           .arg(keychainNames()),
                       detail)};
}

TokenStoreError TokenStoreError::noAnswer()
{
    return {Kind::Unavailable,
            tr("The keychain did not answer (is it waiting for a password prompt?). Answer or "
               "close the prompt on this computer's screen, then try again.")};
}

TokenStoreError TokenStoreError::other(const QString& detail)
{
    return {Kind::Other, withDetail(tr("The keychain reported an error."), detail)};
}

QString TokenStoreError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotFound:
        return QStringLiteral("not_found");
    case Kind::Unavailable:
        return QStringLiteral("unavailable");
    case Kind::AccessDenied:
        return QStringLiteral("access_denied");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

TokenStore::TokenStore(QObject* parent)
    : QObject(parent)
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(m_ownClock.get())
{}

namespace {

template <typename Arg>
std::function<void(const Arg&)> answeredInTime(Clock& clock, QObject* owner,
                                               std::function<void(const Arg&)> handler)
{
    struct State
    {
        bool answered = false;
        Clock::TimerId timer = 0;
        std::function<void(const Arg&)> handler;
    };
    auto state = std::make_shared<State>();
    state->handler = std::move(handler);
    state->timer = clock.schedule(TokenStore::kJobTimeout, owner, [state] {
        if (std::exchange(state->answered, true))
            return;
        qCWarning(lcApp) << "the keychain did not answer within" << TokenStore::kJobTimeout.count()
                         << "s";
        state->handler(Arg(TokenStoreError::noAnswer()));
    });
    return [state, &clock, owner = QPointer<QObject>(owner)](const Arg& answer) {
        if (std::exchange(state->answered, true))
            return; // too late: the caller was already told
        if (owner)
            clock.cancel(state->timer);
        state->handler(answer);
    };
}

} // namespace

void TokenStore::readInTime(const QString& account, ReadHandler handler)
{
    readEntry(account, answeredInTime(*m_clock, this, std::move(handler)));
}

void TokenStore::writeInTime(const QString& account, const QString& secret, DoneHandler handler)
{
    writeEntry(account, secret, answeredInTime(*m_clock, this, std::move(handler)));
}

void TokenStore::removeInTime(const QString& account, DoneHandler handler)
{
    removeEntry(account, answeredInTime(*m_clock, this, std::move(handler)));
}

TokenStore::~TokenStore() = default;

std::optional<TokenStoreError> TokenStore::checkAccount(const QString& account)
{
    if (account.trimmed().isEmpty() || account == kIndexAccount)
        return TokenStoreError::other(tr("\"%1\" cannot name a workspace.").arg(account));
    return std::nullopt;
}

void TokenStore::read(const QString& account, QObject* context, ReadHandler handler)
{
    auto done = guard<StoreResult<QString>>(context, std::move(handler));
    if (const auto refused = checkAccount(account)) {
        QMetaObject::invokeMethod(
            this, [done, e = *refused] { done(e); }, Qt::QueuedConnection);
        return;
    }
    readInTime(account, std::move(done));
}

void TokenStore::write(const QString& account, const QString& secret, QObject* context,
                       DoneHandler handler)
{
    auto done = guard<std::optional<TokenStoreError>>(context, std::move(handler));
    auto refused = checkAccount(account);
    if (!refused && secret.isEmpty())
        refused = TokenStoreError::other(tr("There is no access token to store."));
    if (refused) {
        QMetaObject::invokeMethod(
            this, [done, e = *refused] { done(e); }, Qt::QueuedConnection);
        return;
    }
    writeInTime(account, secret, std::move(done));
}

void TokenStore::remove(const QString& account, QObject* context, DoneHandler handler)
{
    auto done = guard<std::optional<TokenStoreError>>(context, std::move(handler));
    if (const auto refused = checkAccount(account)) {
        QMetaObject::invokeMethod(
            this, [done, e = *refused] { done(e); }, Qt::QueuedConnection);
        return;
    }
    removeInTime(account, [done](const std::optional<TokenStoreError>& error) {
        if (error && error->kind == TokenStoreError::Kind::NotFound)
            done(std::nullopt);
        else
            done(error);
    });
}

void TokenStore::workspaces(QObject* context, ListHandler handler)
{
    auto done = guard<StoreResult<QList<StoredWorkspace>>>(context, std::move(handler));
    enqueue([this, done](std::function<void()> next) {
        readInTime(kIndexAccount, [done, next](const StoreResult<QString>& stored) {
            if (stored)
                done(decodeIndex(stored.value().toUtf8()));
            else if (stored.error().kind == TokenStoreError::Kind::NotFound)
                done(QList<StoredWorkspace>());
            else
                done(stored.error());
            next();
        });
    });
}

void TokenStore::addWorkspace(const StoredWorkspace& workspace, QObject* context,
                              DoneHandler handler)
{
    if (const auto refused = checkAccount(workspace.idCode)) {
        auto done = guard<std::optional<TokenStoreError>>(context, std::move(handler));
        QMetaObject::invokeMethod(
            this, [done, e = *refused] { done(e); }, Qt::QueuedConnection);
        return;
    }
    changeIndex(
        [workspace](QList<StoredWorkspace>& list) {
            for (StoredWorkspace& w : list) {
                if (w.idCode == workspace.idCode) {
                    w = workspace;
                    return;
                }
            }
            list.append(workspace);
        },
        context, std::move(handler));
}

void TokenStore::removeWorkspace(const QString& idCode, QObject* context, DoneHandler handler)
{
    changeIndex(
        [idCode](QList<StoredWorkspace>& list) {
            list.removeIf([&](const StoredWorkspace& w) { return w.idCode == idCode; });
        },
        context, std::move(handler));
}

void TokenStore::changeIndex(std::function<void(QList<StoredWorkspace>&)> change, QObject* context,
                             DoneHandler handler)
{
    auto done = guard<std::optional<TokenStoreError>>(context, std::move(handler));
    enqueue([this, change = std::move(change), done](std::function<void()> next) {
        readInTime(kIndexAccount, [this, change, done, next](const StoreResult<QString>& stored) {
            if (!stored && stored.error().kind != TokenStoreError::Kind::NotFound) {
                done(stored.error());
                next();
                return;
            }
            const QList<StoredWorkspace> before =
                stored ? decodeIndex(stored.value().toUtf8()) : QList<StoredWorkspace>();
            QList<StoredWorkspace> after = before;
            change(after);
            if (after == before && stored) {
                done(std::nullopt);
                next();
                return;
            }
            const auto written = [this, done, next](const std::optional<TokenStoreError>& error) {
                done(error);
                if (!error)
                    emit workspacesChanged();
                next();
            };
            if (after.isEmpty()) {
                removeInTime(kIndexAccount, [written](const std::optional<TokenStoreError>& e) {
                    const bool gone = !e || e->kind == TokenStoreError::Kind::NotFound;
                    written(gone ? std::nullopt : e);
                });
            } else {
                writeInTime(kIndexAccount, QString::fromUtf8(encodeIndex(after)), written);
            }
        });
    });
}

void TokenStore::enqueue(Step step)
{
    m_queue.push_back(std::move(step));
    if (!m_running)
        runNext();
}

void TokenStore::runNext()
{
    if (m_queue.empty()) {
        m_running = false;
        return;
    }
    m_running = true;
    Step step = std::move(m_queue.front());
    m_queue.pop_front();
    // Entry handlers always run later on the event loop, so this never recurses.
    step([this] { runNext(); });
}

QByteArray TokenStore::encodeIndex(const QList<StoredWorkspace>& list)
{
    QJsonArray array;
    for (const StoredWorkspace& w : list) {
        array.append(QJsonObject{{QStringLiteral("id_code"), w.idCode},
                                 {QStringLiteral("name"), w.name},
                                 {QStringLiteral("region"), w.region}});
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<StoredWorkspace> TokenStore::decodeIndex(const QByteArray& json)
{
    // A damaged index must not lock anyone out: keep what can be read.
    QList<StoredWorkspace> list;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        StoredWorkspace w{o.value(QLatin1String("id_code")).toString(),
                          o.value(QLatin1String("name")).toString(),
                          o.value(QLatin1String("region")).toString()};
        if (w.idCode.isEmpty() || w.idCode == kIndexAccount)
            continue;
        const bool duplicate =
            std::any_of(list.cbegin(), list.cend(),
                        [&](const StoredWorkspace& s) { return s.idCode == w.idCode; });
        if (!duplicate)
            list.append(w);
    }
    return list;
}
