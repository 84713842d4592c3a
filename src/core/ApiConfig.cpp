#include "ApiConfig.h"

#include <QCoreApplication>
#include <QHostAddress>

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

int ApiConfig::clampIdleThreshold(qint64 seconds)
{
    return int(std::clamp<qint64>(seconds, kMinIdleThreshold, kMaxIdleThreshold));
}
