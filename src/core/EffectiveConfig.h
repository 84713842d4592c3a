#pragma once

#include "ActiveHours.h"
#include "ApiConfig.h"
#include "CommandLine.h"
#include "ConfigSource.h"
#include "HistoryStore.h"
#include "Result.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <chrono>

// What a run of Floorwatch works with, in every mode (window, wall display,
// --print, --sign-in, --dump-config): command line > config file
// (--config) > the user's settings > defaults, key by key, remembering where
// each value came from. Every value is checked against the one settings
// table (SettingsSchema); nothing here has ranges of its own.
//
// A value that fails its check is an error when it was asked for
// explicitly (the command line, a --config file: the person who wrote it is
// there to fix it), and a notice plus the next layer's value when it sits in
// the user's own settings (written by another version, edited by hand).
// Holds no credential: there is no key for one.
class EffectiveConfig
{
    Q_DECLARE_TR_FUNCTIONS(EffectiveConfig)

public:
    struct Entry
    {
        Settings::Key key;
        QVariant value;
        ConfigSource source = ConfigSource::Default;
        bool overrodeInvalid = false; // a store had an invalid value for it
    };

    // `layers` highest precedence first (the config file, then the user's).
    static Result<EffectiveConfig> resolve(const AppOptions& options,
                                           const QList<ConfigLayer>& layers);
    // The workspace as the stores say now: `floorwatch --sign-in` may have
    // set it since start-up (in the user's settings).
    static QString currentWorkspace(const QList<ConfigLayer>& layers);

    // One sentence each, for standard error: values clamped into range,
    // invalid values in the user's settings that were ignored.
    const QStringList& notices() const { return m_notices; }

    const QList<Entry>& entries() const { return m_entries; }
    QVariant value(Settings::Key key) const;
    ConfigSource source(Settings::Key key) const;

    bool kioskEnabled() const { return value(Settings::Key::KioskEnabled).toBool(); }
    QStringList kioskTeams() const { return value(Settings::Key::KioskTeams).toStringList(); }
    int rotateSeconds() const { return value(Settings::Key::KioskRotateSeconds).toInt(); }
    int screen() const { return value(Settings::Key::KioskScreen).toInt(); }
    QString exitChord() const { return value(Settings::Key::KioskExitChord).toString(); }
    std::chrono::seconds pollInterval() const;
    int idleThresholdSeconds() const { return value(Settings::Key::IdleThresholdSeconds).toInt(); }
    QString apiVersion() const { return value(Settings::Key::ApiVersion).toString(); }
    QString workspace() const { return value(Settings::Key::Workspace).toString(); }
    QString theme() const { return value(Settings::Key::Theme).toString(); }
    // The kiosk is dark unless light is asked for: "system" means dark here.
    bool lightTheme() const;
    ActiveHours schedule() const;
    bool historyEnabled() const { return value(Settings::Key::HistoryEnabled).toBool(); }
    HistoryStore::Limits historyLimits() const;

    // The one rule for the API address: a custom base URL when it outranks
    // the region; else a region that was set somewhere; else the region of
    // the workspace the token belongs to (`workspaceRegion`, from the
    // keychain or GET /me), as a token only works in its region; else US.
    Result<QUrl> baseUrl(const QString& workspaceRegion = {}) const;
    // Whether baseUrl() ignores the workspace's region (a custom URL, or a
    // region given explicitly).
    bool baseUrlFixed() const;
    bool hasCustomBaseUrl() const;
    // Base URL and version, for IntercomClient.
    Result<ApiConfig> apiConfig(const QString& workspaceRegion = {}) const;
    TeamThresholds thresholds(const QString& teamId) const;

    // The table printed by --dump-config: every value and where it came
    // from, the files involved, and where the token is (never the token).
    QString dump(const QString& configFile, const QString& userFile,
                 const QString& tokenSource) const;
    static QString sourceName(ConfigSource source);

private:
    QList<Entry> m_entries;
    QStringList m_notices;
    QHash<QString, std::pair<TeamThresholds, ConfigSource>> m_teamThresholds;
};
