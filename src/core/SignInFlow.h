#pragma once

#include "ApiConfig.h"
#include "ApiTypes.h"
#include "IntercomClient.h"
#include "Result.h"
#include "TokenStore.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class Clock;
class QNetworkAccessManager;

// A token that GET /me accepted, and where to use it.
struct SignInResult
{
    Me me;
    QUrl baseUrl; // the custom base URL, or the one for me.app.region
    bool customBaseUrl = false;
};

// Signing in with an access token: check it with GET /me before anything is
// stored, then keep it in the TokenStore under the workspace's id_code and
// list the workspace so the user can switch back to it later. The token is
// never logged and is held only while a check is running.
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    using VerifyHandler = std::function<void(const Result<SignInResult>&)>;
    using DoneHandler = TokenStore::DoneHandler;

    SignInFlow(QNetworkAccessManager* network, Clock& clock, TokenStore& store,
               QObject* parent = nullptr);
    ~SignInFlow() override;

    // Empty: ask Intercom's regional hosts in turn and use the one for the
    // workspace's region. Set: always use it (a proxy, the simulator).
    void setCustomBaseUrl(const QUrl& url) { m_customBaseUrl = url; }
    QUrl customBaseUrl() const { return m_customBaseUrl; }
    void setApiVersion(const QString& version) { m_apiVersion = version; }
    // Where a token is tried, in order, when no custom base URL is set.
    // Defaults to the US, EU and AU hosts: a token only works in its region.
    void setRegionProbeUrls(QList<QUrl> urls) { m_probeUrls = std::move(urls); }
    QList<QUrl> regionProbeUrls() const { return m_probeUrls; }

    TokenStore& store() const { return m_store; }

    // Checks the token with GET /me. A new check cancels the one running.
    void verify(const QString& token, QObject* context, VerifyHandler handler);
    void cancel();
    bool isVerifying() const { return bool(m_pending); }

    // Stores the token under result.me.app.idCode and lists the workspace.
    // Nothing is left behind if either step fails.
    void save(const SignInResult& result, const QString& token, QObject* context,
              DoneHandler handler);
    // Removes the stored token and the workspace from the list.
    void signOut(const QString& idCode, QObject* context, DoneHandler handler);

    // Trims what people paste around a token (spaces, a "Bearer " prefix).
    static QString normalizeToken(const QString& pasted);
    // Where to talk to the workspace after signing in.
    static QUrl effectiveBaseUrl(const Me& me, const QUrl& customBaseUrl,
                                 const QUrl& answeredAt = {});
    // One sentence for the sign-in screen: what went wrong, what to do.
    static QString describeError(const ApiError& error);

private:
    struct Pending;
    void tryNext(quint64 attempt);
    void finish(quint64 attempt, const Result<SignInResult>& result);
    void list(const StoredWorkspace& workspace, DoneHandler done);
    static DoneHandler guarded(QObject* context, DoneHandler handler);

    QNetworkAccessManager* m_network;
    Clock& m_clock;
    TokenStore& m_store;
    QUrl m_customBaseUrl;
    QString m_apiVersion = ApiConfig::kDefaultVersion;
    QList<QUrl> m_probeUrls;
    std::unique_ptr<Pending> m_pending;
    quint64 m_attempts = 0;
};
