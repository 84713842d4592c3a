#pragma once

#include "TokenStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStringList>
#include <QTest>

// Shared by the keychain tests, which run under with-keyring.sh.
namespace KeychainTest {

// The mode with-keyring.sh set up, or empty when run without it, in which
// case the test must not touch whatever keychain this session has.
inline QString wrapperMode()
{
    return qEnvironmentVariable("FLOORWATCH_KEYRING_MODE");
}

// Every file under the throw-away HOME, relative to it.
inline QStringList filesUnderHome()
{
    QStringList files;
    const QDir home = QDir::home();
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << home.relativeFilePath(it.next());
    files.sort();
    return files;
}

inline bool anyFileContains(const QByteArray& needle)
{
    const QDir home = QDir::home();
    for (const QString& relative : filesUnderHome()) {
        QFile file(home.filePath(relative));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

inline StoreResult<QString> read(TokenStore& store, const QString& account)
{
    std::optional<StoreResult<QString>> out;
    store.read(account, nullptr, [&](const StoreResult<QString>& r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        qFatal("the keychain did not answer a read");
    return *out;
}

inline std::optional<TokenStoreError> write(TokenStore& store, const QString& account,
                                            const QString& secret)
{
    std::optional<std::optional<TokenStoreError>> out;
    store.write(account, secret, nullptr,
                [&](const std::optional<TokenStoreError>& e) { out = e; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        qFatal("the keychain did not answer a write");
    return *out;
}

inline std::optional<TokenStoreError> remove(TokenStore& store, const QString& account)
{
    std::optional<std::optional<TokenStoreError>> out;
    store.remove(account, nullptr, [&](const std::optional<TokenStoreError>& e) { out = e; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        qFatal("the keychain did not answer a delete");
    return *out;
}

inline std::optional<TokenStoreError> addWorkspace(TokenStore& store, const StoredWorkspace& w)
{
    std::optional<std::optional<TokenStoreError>> out;
    store.addWorkspace(w, nullptr, [&](const std::optional<TokenStoreError>& e) { out = e; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        qFatal("the keychain did not answer an index change");
    return *out;
}

inline StoreResult<QList<StoredWorkspace>> workspaces(TokenStore& store)
{
    std::optional<StoreResult<QList<StoredWorkspace>>> out;
    store.workspaces(nullptr, [&](const StoreResult<QList<StoredWorkspace>>& r) { out = r; });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 30000))
        qFatal("the keychain did not answer a listing");
    return *out;
}

} // namespace KeychainTest
