#include "SignInCommand.h"

#include "Settings.h"

SignInCommand::SignInCommand(Services services, QObject* parent)
    : QObject(parent)
    , m_s(services)
    , m_flow(&services.network, services.clock, services.tokens)
{}

void SignInCommand::setCustomBaseUrl(const QUrl& url)
{
    m_flow.setCustomBaseUrl(url);
}

void SignInCommand::setRegionUrl(const QUrl& url)
{
    m_flow.setRegionProbeUrls({url});
}

void SignInCommand::setApiVersion(const QString& version)
{
    m_flow.setApiVersion(version);
}

void SignInCommand::run(const QString& pasted, Done done)
{
    const QString token = SignInFlow::normalizeToken(pasted);
    if (token.isEmpty()) {
        done({ExitCode::Usage, tr("No access token was given on standard input. Paste the access "
                                  "token of your Intercom app (Developer Hub \u2192 your app "
                                  "\u2192 Authentication) and press Enter.")});
        return;
    }
    m_flow.verify(token, this, [this, token, done](const Result<SignInResult>& checked) {
        if (!checked.ok()) {
            done({exitCodeFor(checked.error().kind()), SignInFlow::describeError(checked.error())});
            return;
        }
        const SignInResult result = checked.value();
        m_flow.save(
            result, token, this, [this, result, done](const std::optional<TokenStoreError>& error) {
                if (error) {
                    done({ExitCode::Usage,
                          tr("Intercom accepted the token, but the system keychain could "
                             "not keep it: %1 Nothing was saved.")
                              .arg(error->message)});
                    return;
                }
                m_s.settings.set(Setting::Workspace, result.me.app.idCode);
                m_s.settings.sync();
                done({ExitCode::Ok,
                      tr("Signed in to %1 (workspace %2, region %3). The access token is "
                         "in the system keychain; a wall display on this computer picks "
                         "it up within a minute.")
                          .arg(result.me.app.name, result.me.app.idCode, result.me.app.region)});
            });
    });
}
