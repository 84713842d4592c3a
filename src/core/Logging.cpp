#include "Logging.h"

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

} // namespace Logging
