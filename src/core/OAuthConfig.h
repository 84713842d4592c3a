#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

// "Sign in with Intercom" for an organisation that registered its own
// Intercom app: where the consent page and the token exchange are, and what
// the app is registered with.
struct OAuthConfig
{
    QString clientId;
    // As registered with the app at Intercom: an https address whose final
    // page the user copies back, or http://127.0.0.1:PORT/path, where
    // Floorwatch listens and completes by itself. Port 0 picks a free port
    // (see OAuthSignIn::redirectUri()), useful only with a test server.
    QUrl redirectUri;
    QUrl authorizationUrl = QUrl(QStringLiteral("https://app.intercom.com/oauth"));
    QUrl tokenUrl = QUrl(QStringLiteral("https://api.intercom.io/auth/eagle/token"));
    std::chrono::milliseconds deadline{30000}; // for the token exchange

    // The token exchange's address on the API host `apiBaseUrl`.
    static QUrl tokenUrlFor(const QUrl& apiBaseUrl);
    // http to a loopback address: Floorwatch receives the redirect itself.
    static bool isLoopbackRedirect(const QUrl& redirectUri);
};
