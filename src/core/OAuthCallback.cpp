#include "OAuthCallback.h"

#include "Logging.h"

#include <QRandomGenerator>

namespace {

OAuthCallback noCode(OAuthCallback::Verdict verdict, QString message)
{
    return {verdict, QString(), std::move(message)};
}

} // namespace

OAuthCallback OAuthCallback::check(const QUrlQuery& query, const QString& expectedState)
{
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty())
        return noCode(Verdict::Refused,
                      tr("The address has no \"state\", so Floorwatch cannot tell that it "
                         "belongs to this sign-in. Copy the whole address from the browser's "
                         "address bar."));
    if (expectedState.isEmpty() || !sameSecret(state, expectedState)) {
        qCWarning(lcApp) << "OAuth redirect refused: state does not match";
        return noCode(Verdict::Refused,
                      tr("This address does not belong to the sign-in Floorwatch started (its "
                         "state does not match), so it was refused. If you started signing in "
                         "more than once, use the address from the last attempt."));
    }
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (!error.isEmpty())
        return noCode(Verdict::Denied,
                      tr("Intercom did not give Floorwatch access (%1). Start again and allow "
                         "access, or ask an Intercom admin to install the app.")
                          .arg(error));
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty())
        return noCode(Verdict::Refused,
                      tr("The address has no authorization code. Copy the whole address from "
                         "the browser's address bar after you allowed access."));
    return {Verdict::Code, code, QString()};
}

QString OAuthCallback::newState()
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray raw(reinterpret_cast<const char*>(words), sizeof(words));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool OAuthCallback::sameSecret(const QString& a, const QString& b)
{
    const QByteArray x = a.toUtf8();
    const QByteArray y = b.toUtf8();
    if (x.size() != y.size())
        return false;
    int diff = 0;
    for (qsizetype i = 0; i < x.size(); ++i)
        diff |= x.at(i) ^ y.at(i);
    return diff == 0;
}
