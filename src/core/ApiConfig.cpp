#include "ApiConfig.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

namespace {
struct ConfigTr
{
    Q_DECLARE_TR_FUNCTIONS(ApiConfig)
};
} // namespace

Result<QUrl> ApiConfig::baseUrlForRegion(const QString& region)
{
    const QString r = region.trimmed().toLower();
    if (r == QLatin1String("us") || r.isEmpty())
        return QUrl(QStringLiteral("https://api.intercom.io"));
    if (r == QLatin1String("eu"))
        return QUrl(QStringLiteral("https://api.eu.intercom.io"));
    if (r == QLatin1String("au"))
        return QUrl(QStringLiteral("https://api.au.intercom.io"));
    return ApiError(ApiError::Kind::BadConfiguration,
                    ConfigTr::tr("Unknown region \"%1\": use us, eu or au.").arg(region));
}

bool ApiConfig::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

Result<QUrl> ApiConfig::validateBaseUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const auto refuse = [&](const QString& why) {
        return ApiError(ApiError::Kind::BadConfiguration,
                        ConfigTr::tr("The API base URL \"%1\" was refused: %2").arg(text, why));
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(ConfigTr::tr("it is not a valid URL."));
    if (!url.userInfo().isEmpty())
        return refuse(ConfigTr::tr("it must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return refuse(ConfigTr::tr("it must not contain a query or fragment."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return url;
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return url;
        return refuse(ConfigTr::tr("plain http is only allowed to this computer (127.0.0.1, "
                                   "::1 or localhost); use https."));
    }
    return refuse(ConfigTr::tr("the scheme must be https."));
}

namespace {
// Header values are visible ASCII: anything else could end the header
// (CR, LF) or be read differently by each proxy on the way.
bool isHeaderSafe(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}
} // namespace

QString ApiConfig::tokenProblem(const QString& token)
{
    if (token.size() > 4096)
        return ConfigTr::tr("the access token is longer than 4096 characters.");
    if (!isHeaderSafe(token))
        return ConfigTr::tr("the access token contains a space, a control character (such as a "
                            "line break) or a non-ASCII character.");
    return {};
}

QString ApiConfig::versionProblem(const QString& version)
{
    if (version.isEmpty())
        return ConfigTr::tr("The API version must not be empty: use 2.16, Preview or Unstable.");
    if (version.size() > 32)
        return ConfigTr::tr("The API version is too long.");
    if (!isHeaderSafe(version))
        return ConfigTr::tr("The API version must not contain spaces, control characters (such "
                            "as a line break) or non-ASCII characters.");
    return {};
}

Result<QString> ApiConfig::environmentToken()
{
    const QString token = qEnvironmentVariable(kTokenVariable).trimmed();
    if (const QString problem = tokenProblem(token); !problem.isEmpty())
        return ApiError(ApiError::Kind::BadConfiguration,
                        ConfigTr::tr("The environment variable %1 cannot be used: %2")
                            .arg(QLatin1String(kTokenVariable), problem));
    return token;
}

int ApiConfig::clampIdleThreshold(qint64 seconds)
{
    return int(std::clamp<qint64>(seconds, kMinIdleThreshold, kMaxIdleThreshold));
}
