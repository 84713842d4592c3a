#pragma once

#include "TeamThresholds.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

// The user's and the deployment's preferences, typed and validated, over a
// QSettings store (the user's settings, or an INI file IT deploys).
//
// Every key is named once, in the table in Settings.cpp, with its default and
// its validation. Reading a stored value that fails validation (edited by
// hand, written by another version) yields the default and logs a warning;
// a setter refuses an invalid value and stores nothing.
//
// There is deliberately no way to store an access token or client secret
// here: credentials live in the keychain only, and migrate() removes any
// key that looks like one.
template <typename T> struct SettingKey;

class Settings : public QObject
{
    Q_OBJECT

public:
    // Layout version of the store. Bump it with a new step in migrate().
    static constexpr int kCurrentVersion = 1;

    enum class Key
    {
        Version,
        Region,
        ApiVersion,
        CustomBaseUrl,
        PollIntervalSeconds,
        IdleThresholdSeconds,
        OpenWarning, // thresholds: workspace-wide, overridable per team
        OpenCritical,
        IdleWarning,
        IdleCritical,
        Theme,
        Language,
        PinnedTeams,
        LastTeam,
        OAuthClientId,
        OAuthRedirectUri,
        WindowGeometry,
        WindowState,
        KioskEnabled,
        KioskTeams,
        KioskRotateSeconds,
        KioskScreen,
        KioskActiveHours,
        KioskActiveDays,
        KioskExitChord,
        Workspace,
        HistoryEnabled,
        HistoryDetailDays,
        HistoryMaxMegabytes,
    };
    Q_ENUM(Key)

    explicit Settings(std::unique_ptr<QSettings> store, QObject* parent = nullptr);
    // An INI file, e.g. one deployed by IT and passed with --config.
    explicit Settings(const QString& iniFile, QObject* parent = nullptr);
    ~Settings() override;

    enum class Store
    {
        User, // organisation "Floorwatch", application "floorwatch"
        Demo  // --demo's own, so the demo never touches a real set-up
    };
    // The current user's settings, in the platform's usual place.
    static std::unique_ptr<QSettings> openUserStore(Store which = Store::User);

    // --- the table -------------------------------------------------------
    static QString keyName(Key key);
    static QStringList keyNames();
    static QVariant defaultValue(Key key);
    // Smallest and largest accepted value of an integer key, e.g. for a spin box.
    static std::pair<int, int> intRange(Key key);
    // Empty if value is acceptable for key, else why not, for a person.
    static QString validationError(Key key, const QVariant& value);
    static bool isValidTeamId(const QString& teamId);
    static QStringList supportedLanguages();

    // --- generic access ----------------------------------------------------
    // The stored value, normalised, or the default if absent or invalid.
    QVariant value(Key key) const;
    // Stores value if valid; returns the reason it was refused, else empty.
    QString setValue(Key key, const QVariant& value);
    bool isSet(Key key) const;
    void reset(Key key);

    // --- typed access (the keys are in namespace Setting, below) ----------
    template <typename T> T get(SettingKey<T> key) const;
    // Stores value if the table accepts it; false (and nothing stored) if not.
    template <typename T> bool set(SettingKey<T> key, const T& value);

    // --- thresholds ----------------------------------------------------------
    TeamThresholds defaultThresholds() const;
    bool setDefaultThresholds(const TeamThresholds& thresholds);
    // The team's override where one is stored, else the workspace default.
    TeamThresholds thresholds(const QString& teamId) const;
    bool hasTeamThresholds(const QString& teamId) const;
    bool setTeamThresholds(const QString& teamId, const TeamThresholds& thresholds);
    void clearTeamThresholds(const QString& teamId);

    // --- versioning ----------------------------------------------------------
    int storedVersion() const;
    // Upgrades an older layout to kCurrentVersion and removes any key that
    // could hold a credential. Safe to run on every start. Emits no
    // changed(): it runs before anything reads the settings.
    void migrate();

    QString fileName() const;
    QSettings::Status status() const;
    void sync();

signals:
    // key is the stored key name, e.g. "poll/interval_s" or
    // "teams/42/thresholds/open_warning".
    void changed(const QString& key);

private:
    // The value under storedKey, checked against key's table entry; nullopt
    // (and one warning) if absent or invalid.
    std::optional<QVariant> readStored(Key key, const QString& storedKey) const;
    void store(Key key, const QString& storedKey, const QVariant& value);
    QString teamKey(const QString& teamId, Key key) const;
    TeamThresholds readThresholds(const QString& teamId) const;

    std::unique_ptr<QSettings> m_store;
    // Keys already reported as invalid, so a poll loop does not flood the log.
    mutable QSet<QString> m_warned;
};

// A key of the settings table with the type its value has.
template <typename T> struct SettingKey
{
    Settings::Key id;
};

template <typename T> T Settings::get(SettingKey<T> key) const
{
    return value(key.id).template value<T>();
}

template <typename T> bool Settings::set(SettingKey<T> key, const T& v)
{
    return setValue(key.id, QVariant::fromValue(v)).isEmpty();
}

// The typed keys; each is described (default, checks) in SettingsSchema.
namespace Setting {
using K = Settings::Key;
inline constexpr SettingKey<QString> Region{K::Region}; // us | eu | au
inline constexpr SettingKey<QString> ApiVersion{K::ApiVersion};
inline constexpr SettingKey<QString> CustomBaseUrl{K::CustomBaseUrl}; // empty: the region
inline constexpr SettingKey<int> PollIntervalSeconds{K::PollIntervalSeconds};
inline constexpr SettingKey<int> IdleThresholdSeconds{K::IdleThresholdSeconds};
inline constexpr SettingKey<QString> Theme{K::Theme};       // system | light | dark
inline constexpr SettingKey<QString> Language{K::Language}; // empty: the system's
inline constexpr SettingKey<QStringList> PinnedTeams{K::PinnedTeams};
inline constexpr SettingKey<QString> LastTeam{K::LastTeam};
inline constexpr SettingKey<QString> Workspace{K::Workspace}; // id_code of the signed-in one
inline constexpr SettingKey<QString> OAuthClientId{K::OAuthClientId};
inline constexpr SettingKey<QString> OAuthRedirectUri{K::OAuthRedirectUri};
inline constexpr SettingKey<QByteArray> WindowGeometry{K::WindowGeometry};
inline constexpr SettingKey<QByteArray> WindowState{K::WindowState};
inline constexpr SettingKey<bool> KioskEnabled{K::KioskEnabled};
inline constexpr SettingKey<QStringList> KioskTeams{K::KioskTeams};
inline constexpr SettingKey<int> KioskRotateSeconds{K::KioskRotateSeconds};
inline constexpr SettingKey<int> KioskScreen{K::KioskScreen};
inline constexpr SettingKey<QString> KioskActiveHours{K::KioskActiveHours};   // "07:00-19:00"
inline constexpr SettingKey<QStringList> KioskActiveDays{K::KioskActiveDays}; // {"mon-fri"}
inline constexpr SettingKey<QString> KioskExitChord{K::KioskExitChord};
inline constexpr SettingKey<bool> HistoryEnabled{K::HistoryEnabled};
inline constexpr SettingKey<int> HistoryDetailDays{K::HistoryDetailDays};
inline constexpr SettingKey<int> HistoryMaxMegabytes{K::HistoryMaxMegabytes};
} // namespace Setting
