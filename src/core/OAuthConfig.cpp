#include "OAuthConfig.h"

#include "ApiConfig.h"

QUrl OAuthConfig::tokenUrlFor(const QUrl& apiBaseUrl)
{
    QUrl url = apiBaseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/auth/eagle/token"));
    return url;
}

bool OAuthConfig::isLoopbackRedirect(const QUrl& redirectUri)
{
    return redirectUri.scheme() == QLatin1String("http") &&
           ApiConfig::isLoopbackHost(redirectUri.host());
}
