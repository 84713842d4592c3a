#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrlQuery>

// What the browser brings back from Intercom's consent page (through the
// loopback listener or a pasted address), checked against the state of the
// attempt that sent it there. A code is handed out only when the state
// matches.
struct OAuthCallback
{
    Q_DECLARE_TR_FUNCTIONS(OAuthCallback)

public:
    enum class Verdict
    {
        Code,    // the state matches and a code came back
        Refused, // not this attempt's answer, or incomplete: the attempt goes on
        Denied,  // this attempt's answer, and it is "no": the attempt is over
    };

    Verdict verdict = Verdict::Refused;
    QString code;
    QString message; // for a person, when there is no code

    static OAuthCallback check(const QUrlQuery& query, const QString& expectedState);

    // A fresh state for one attempt: 256 bits from the system's generator.
    static QString newState();
    // Compared in full whatever the content, so the time taken says nothing.
    static bool sameSecret(const QString& a, const QString& b);
};
