#pragma once

#include "TokenStore.h"

#include <QString>

#include <functional>

class QObject;

// A workspace's access token as the keychain keeps it, with the region
// recorded when it was stored (a token only works in its region).
struct StoredToken
{
    QString token;
    QString region; // empty when the index does not say
};

// Reads `workspace`'s token and region: how the window and the wall display
// find the token `floorwatch --sign-in` or the sign-in dialog stored.
void readStoredToken(TokenStore& tokens, const QString& workspace, QObject* context,
                     std::function<void(const StoreResult<StoredToken>&)> done);
