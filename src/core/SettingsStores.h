#pragma once

#include "CommandLine.h"
#include "ConfigSource.h"
#include "Result.h"

#include <QList>

#include <memory>

class QSettings;
class Settings;

// The settings a run reads, by precedence: the INI file given with
// --config (IT's, read only) and the user's own (or the demo's, so the demo
// never touches a real set-up).
class SettingsStores
{
public:
    static constexpr qint64 kMaxConfigFileBytes = 1024 * 1024;

    // A missing, unreadable, oversized or malformed --config file is an error.
    static Result<std::unique_ptr<SettingsStores>> open(const AppOptions& options);
    ~SettingsStores();

    QList<ConfigLayer> layers() const;
    Settings& user() const { return *m_user; }
    QString configFile() const { return m_configFile; }
    QString userFile() const;

private:
    SettingsStores() = default;

    QString m_configFile;
    std::unique_ptr<Settings> m_config;
    QSettings* m_configRaw = nullptr;
    std::unique_ptr<Settings> m_user;
    QSettings* m_userRaw = nullptr;
};
