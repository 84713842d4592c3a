#include "SignInFlow.h"

#include "Logging.h"

struct SignInFlow::Pending
{
    quint64 attempt = 0;
    QString token;
    VerifyHandler handler;
    QList<QUrl> urls; // still to try
    QPointer<IntercomClient> client;
    QPointer<ApiCall> call;
    std::optional<ApiError> refused; // the last 401, reported if no host accepts
};

SignInFlow::SignInFlow(QNetworkAccessManager* network, Clock& clock, TokenStore& store,
                       QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_store(store)
{
    for (const QString& region : {QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("au")})
        m_probeUrls.append(ApiConfig::baseUrlForRegion(region).value());
}

SignInFlow::~SignInFlow()
{
    cancel();
}

QString SignInFlow::normalizeToken(const QString& pasted)
{
    QString token = pasted.trimmed();
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive))
        token = token.mid(7).trimmed();
    return token;
}

QUrl SignInFlow::effectiveBaseUrl(const Me& me, const QUrl& customBaseUrl, const QUrl& answeredAt)
{
    if (customBaseUrl.isValid() && !customBaseUrl.isEmpty())
        return customBaseUrl;
    if (const auto regional = ApiConfig::baseUrlForRegion(me.app.region))
        return regional.value();
    // A region this version does not know: stay where the token worked.
    if (answeredAt.isValid() && !answeredAt.isEmpty())
        return answeredAt;
    return ApiConfig::baseUrlForRegion(QStringLiteral("us")).value();
}

QString SignInFlow::describeError(const ApiError& error)
{
    if (error.kind() == ApiError::Kind::Unauthorized) {
        return tr("Intercom refused this access token: it is not valid, has been revoked, or "
                  "belongs to a workspace in another region. Copy it again from the Developer "
                  "Hub (your app \u2192 Authentication). Nothing was saved.");
    }
    if (error.kind() == ApiError::Kind::BadConfiguration)
        return error.userMessage();
    return tr("%1 Nothing was saved.").arg(error.userMessage());
}

void SignInFlow::verify(const QString& token, QObject* context, VerifyHandler handler)
{
    cancel();
    auto pending = std::make_unique<Pending>();
    pending->attempt = ++m_attempts;
    pending->token = normalizeToken(token);
    const QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    pending->handler = [guard, guarded,
                        handler = std::move(handler)](const Result<SignInResult>& r) {
        if ((!guarded || guard) && handler)
            handler(r);
    };
    if (m_customBaseUrl.isValid() && !m_customBaseUrl.isEmpty())
        pending->urls = {m_customBaseUrl};
    else
        pending->urls = m_probeUrls;
    const quint64 attempt = pending->attempt;
    m_pending = std::move(pending);

    if (m_pending->token.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, attempt] {
                finish(attempt, ApiError(ApiError::Kind::BadConfiguration,
                                         tr("Paste the access token first.")));
            },
            Qt::QueuedConnection);
        return;
    }
    tryNext(attempt);
}

void SignInFlow::tryNext(quint64 attempt)
{
    Pending& p = *m_pending;
    if (p.urls.isEmpty()) {
        finish(attempt, p.refused.value_or(ApiError(ApiError::Kind::BadConfiguration,
                                                    tr("No Intercom API address is set."))));
        return;
    }
    const QUrl url = p.urls.takeFirst();
    if (p.client)
        p.client->deleteLater();
    auto* client = new IntercomClient(m_network, m_clock, this);
    p.client = client;
    ApiConfig config;
    config.baseUrl = url;
    config.apiVersion = m_apiVersion;
    client->setConfig(config);
    client->setToken(p.token);
    p.call = client->me(this, [this, attempt, url](const Result<Me>& me) {
        if (!m_pending || m_pending->attempt != attempt)
            return;
        if (me) {
            SignInResult result;
            result.me = me.value();
            result.customBaseUrl = m_customBaseUrl.isValid() && !m_customBaseUrl.isEmpty();
            result.baseUrl = effectiveBaseUrl(result.me, m_customBaseUrl, url);
            qCInfo(lcApp) << "access token accepted for workspace" << result.me.app.idCode
                          << "region" << result.me.app.region;
            finish(attempt, result);
            return;
        }
        if (me.error().kind() == ApiError::Kind::Unauthorized && !m_pending->urls.isEmpty()) {
            m_pending->refused = me.error();
            tryNext(attempt);
            return;
        }
        qCInfo(lcApp) << "access token check failed:" << ApiError::kindName(me.error().kind());
        finish(attempt, me.error());
    });
    // The request already carries the token; the client need not keep it.
    client->setToken(QString());
}

void SignInFlow::finish(quint64 attempt, const Result<SignInResult>& result)
{
    if (!m_pending || m_pending->attempt != attempt)
        return;
    std::unique_ptr<Pending> done = std::move(m_pending);
    if (done->client)
        done->client->deleteLater();
    done->token.clear();
    if (done->handler)
        done->handler(result);
}

void SignInFlow::cancel()
{
    if (!m_pending)
        return;
    std::unique_ptr<Pending> dropped = std::move(m_pending);
    if (dropped->call)
        dropped->call->abort();
    if (dropped->client)
        dropped->client->deleteLater();
}

void SignInFlow::save(const SignInResult& result, const QString& token, QObject* context,
                      DoneHandler handler)
{
    const StoredWorkspace workspace{result.me.app.idCode, result.me.app.name, result.me.app.region};
    DoneHandler done = guarded(context, std::move(handler));
    m_store.write(workspace.idCode, normalizeToken(token), this,
                  [this, workspace, done](const std::optional<TokenStoreError>& error) {
                      if (error) {
                          qCWarning(lcApp) << "could not store the access token:"
                                           << TokenStoreError::kindName(error->kind);
                          done(error);
                          return;
                      }
                      list(workspace, done);
                  });
}

void SignInFlow::list(const StoredWorkspace& workspace, DoneHandler done)
{
    m_store.addWorkspace(
        workspace, this, [this, workspace, done](const std::optional<TokenStoreError>& error) {
            if (!error) {
                qCInfo(lcApp) << "signed in to workspace" << workspace.idCode;
                done(std::nullopt);
                return;
            }
            // A token nobody can find in the list is a token nobody can sign out.
            const auto reportError = [done, error](const std::optional<TokenStoreError>&) {
                done(error);
            };
            m_store.remove(workspace.idCode, this, reportError);
        });
}

void SignInFlow::signOut(const QString& idCode, QObject* context, DoneHandler handler)
{
    DoneHandler done = guarded(context, std::move(handler));
    m_store.remove(idCode, this, [this, idCode, done](const std::optional<TokenStoreError>& error) {
        if (error) {
            // Keep it listed, so that signing out can be tried again.
            done(error);
            return;
        }
        qCInfo(lcApp) << "signed out of workspace" << idCode;
        m_store.removeWorkspace(idCode, this, done);
    });
}

SignInFlow::DoneHandler SignInFlow::guarded(QObject* context, DoneHandler handler)
{
    const bool hasContext = context != nullptr;
    return [guard = QPointer<QObject>(context), hasContext,
            handler = std::move(handler)](const std::optional<TokenStoreError>& error) {
        if ((!hasContext || guard) && handler)
            handler(error);
    };
}
