#pragma once

#include "CommandLine.h"
#include "KioskSchedule.h"
#include "Result.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariant>

class QSettings;

// Where a value of the effective configuration came from, highest first.
enum class ConfigSource
{
    CommandLine,
    ConfigFile,
    UserSettings,
    Default
};

// One settings store taking part in the effective configuration. `raw` is
// the QSettings behind `settings`: it tells a value that is absent from one
// that is present but invalid (which Settings answers with the default).
struct ConfigLayer
{
    ConfigSource source = ConfigSource::UserSettings;
    Settings* settings = nullptr;
    QSettings* raw = nullptr;
};

// What a wall display runs with: command line > config file (--config) >
// the user's settings > the defaults, key by key, remembering where each
// value came from so that --dump-config can say it. Holds no credential:
// there is no key for one.
class KioskConfig
{
    Q_DECLARE_TR_FUNCTIONS(KioskConfig)

public:
    struct Entry
    {
        Settings::Key key;
        QVariant value;
        ConfigSource source = ConfigSource::Default;
        bool overrodeInvalid = false; // a store had an invalid value for it
    };

    // `layers` highest precedence first (the config file, then the user's).
    static KioskConfig resolve(const AppOptions& options, const QList<ConfigLayer>& layers);
    // The workspace as the stores say now: `floorwatch --sign-in` may have
    // set it since start-up (in the user's settings).
    static QString currentWorkspace(const QList<ConfigLayer>& layers);

    const QList<Entry>& entries() const { return m_entries; }
    QVariant value(Settings::Key key) const;
    ConfigSource source(Settings::Key key) const;

    bool kioskEnabled() const { return value(Settings::Key::KioskEnabled).toBool(); }
    QStringList teams() const { return value(Settings::Key::KioskTeams).toStringList(); }
    int rotateSeconds() const { return value(Settings::Key::KioskRotateSeconds).toInt(); }
    int screen() const { return value(Settings::Key::KioskScreen).toInt(); }
    QString exitChord() const { return value(Settings::Key::KioskExitChord).toString(); }
    int pollIntervalSeconds() const { return value(Settings::Key::PollIntervalSeconds).toInt(); }
    int idleThresholdSeconds() const { return value(Settings::Key::IdleThresholdSeconds).toInt(); }
    QString apiVersion() const { return value(Settings::Key::ApiVersion).toString(); }
    QString workspace() const { return value(Settings::Key::Workspace).toString(); }
    // The kiosk is dark unless light is asked for: "system" means dark here.
    bool lightTheme() const;
    KioskSchedule schedule() const;
    // The custom base URL when it outranks the region, else the region's.
    Result<QUrl> baseUrl() const;
    bool hasCustomBaseUrl() const;
    TeamThresholds thresholds(const QString& teamId) const;

    // The table printed by --dump-config: every value and where it came
    // from, the files involved, and where the token is (never the token).
    QString dump(const QString& configFile, const QString& userFile,
                 const QString& tokenSource) const;
    static QString sourceName(ConfigSource source);

private:
    QList<Entry> m_entries;
    QHash<QString, std::pair<TeamThresholds, ConfigSource>> m_teamThresholds;
};
