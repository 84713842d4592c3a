#include "Logging.h"

#include <QStringList>

Q_LOGGING_CATEGORY(lcNet, "floorwatch.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApi, "floorwatch.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPoll, "floorwatch.poll", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "floorwatch.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "floorwatch.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSim, "floorwatch.sim", QtWarningMsg)
Q_LOGGING_CATEGORY(lcConfig, "floorwatch.config", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKiosk, "floorwatch.kiosk", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "floorwatch.keychain", QtWarningMsg)

namespace Logging {

bool isSecretHeader(const QByteArray& name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie";
}

QByteArray describeHeaders(const QList<QPair<QByteArray, QByteArray>>& headers)
{
    QByteArray out;
    for (const auto& [name, value] : headers) {
        if (!out.isEmpty())
            out += "; ";
        out += name + ": " + (isSecretHeader(name) ? QByteArray("<redacted>") : value);
    }
    return out;
}

bool isSecretField(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    return lower == QLatin1String("client_secret") || lower == QLatin1String("code") ||
           lower == QLatin1String("access_token") || lower == QLatin1String("token") ||
           lower == QLatin1String("refresh_token") || lower == QLatin1String("password");
}

QString describeForm(const QUrlQuery& form)
{
    QStringList fields;
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items)
        fields << name + QLatin1Char('=') +
                      (isSecretField(name) ? QStringLiteral("<redacted>") : value);
    return fields.join(QLatin1Char('&'));
}

} // namespace Logging
