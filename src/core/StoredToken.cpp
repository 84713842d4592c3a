#include "StoredToken.h"

void readStoredToken(TokenStore& tokens, const QString& workspace, QObject* context,
                     std::function<void(const StoreResult<StoredToken>&)> done)
{
    tokens.workspaces(context, [&tokens, workspace, context, done = std::move(done)](
                                   const StoreResult<QList<StoredWorkspace>>& list) {
        QString region;
        if (list.ok())
            for (const StoredWorkspace& w : list.value())
                if (w.idCode == workspace)
                    region = w.region;
        tokens.read(workspace, context, [region, done](const StoreResult<QString>& token) {
            if (token.ok())
                done(StoredToken{token.value(), region});
            else
                done(token.error());
        });
    });
}
