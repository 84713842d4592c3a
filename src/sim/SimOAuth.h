#pragma once

#include "SimReply.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QString>
#include <QStringList>

class QUrlQuery;

// Intercom's OAuth endpoints for an organisation's own app, as the simulator
// plays them: GET /oauth approves at once (no login page) and redirects to
// the registered redirect URI with a one-time code and the caller's state;
// POST /auth/eagle/token trades code, client_id and client_secret for an
// access token that the rest of the simulated API then accepts. No PKCE, no
// refresh token, as at Intercom. No HTTP here; SimServer routes to it.
class SimOAuth
{
public:
    explicit SimOAuth(quint64 seed);

    void setClient(const QString& clientId, const QString& clientSecret,
                   const QStringList& redirectUris);
    bool isConfigured() const { return !m_clientId.isEmpty(); }
    // The next authorizations end in error=access_denied, as when the user
    // clicks "Cancel" on Intercom's consent page.
    void setDenyAccess(bool deny) { m_deny = deny; }

    SimReply authorize(const QUrlQuery& query, const QString& requestId);
    SimReply exchange(const QByteArray& contentType, const QByteArray& body,
                      const QString& requestId);

    bool acceptsToken(const QString& token) const { return m_tokens.contains(token); }
    QStringList issuedTokens() const { return m_issued; }
    void revokeTokens();

private:
    struct Grant
    {
        QString clientId;
        QString redirectUri;
    };
    QString randomHex(int bytes);

    QString m_clientId;
    QString m_clientSecret;
    QStringList m_redirectUris;
    bool m_deny = false;
    QRandomGenerator m_rng;
    QHash<QString, Grant> m_codes; // unused codes
    QSet<QString> m_tokens;
    QStringList m_issued;
};
