#include "KioskConfig.h"

#include "ApiConfig.h"
#include "FloorwatchVersion.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <optional>

namespace {

using Key = Settings::Key;

// What the kiosk reads, in the order --dump-config prints it.
constexpr std::array<Key, 18> kKeys = {
    Key::KioskEnabled,        Key::KioskTeams,
    Key::KioskRotateSeconds,  Key::KioskScreen,
    Key::KioskActiveHours,    Key::KioskActiveDays,
    Key::KioskExitChord,      Key::Theme,
    Key::Workspace,           Key::Region,
    Key::CustomBaseUrl,       Key::ApiVersion,
    Key::PollIntervalSeconds, Key::IdleThresholdSeconds,
    Key::OpenWarning,         Key::OpenCritical,
    Key::IdleWarning,         Key::IdleCritical,
};

std::optional<QVariant> fromCommandLine(Key key, const AppOptions& o)
{
    switch (key) {
    case Key::KioskEnabled:
        return o.kiosk ? std::optional<QVariant>(true) : std::nullopt;
    case Key::KioskTeams:
        return o.teamIds.isEmpty() ? std::nullopt : std::optional<QVariant>(o.teamIds);
    case Key::KioskRotateSeconds:
        return o.rotateSeconds ? std::optional<QVariant>(*o.rotateSeconds) : std::nullopt;
    case Key::KioskScreen:
        return o.screen ? std::optional<QVariant>(*o.screen) : std::nullopt;
    case Key::Theme:
        return o.theme.isEmpty() ? std::nullopt : std::optional<QVariant>(o.theme);
    case Key::Region:
        return o.region.isEmpty() ? std::nullopt : std::optional<QVariant>(o.region.toLower());
    case Key::CustomBaseUrl:
        // A region on the command line beats a base URL from any file.
        if (!o.apiBaseUrl.isEmpty())
            return QVariant(o.apiBaseUrl);
        return o.region.isEmpty() ? std::nullopt : std::optional<QVariant>(QString());
    case Key::ApiVersion:
        return o.apiVersionGiven ? std::optional<QVariant>(o.apiVersion) : std::nullopt;
    case Key::PollIntervalSeconds:
        return o.intervalSeconds ? std::optional<QVariant>(*o.intervalSeconds) : std::nullopt;
    case Key::IdleThresholdSeconds:
        return o.idleThreshold ? std::optional<QVariant>(*o.idleThreshold) : std::nullopt;
    default:
        return std::nullopt;
    }
}

QString display(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::QStringList) {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? KioskConfig::tr("(none)") : list.join(QStringLiteral(", "));
    }
    const QString text = value.toString();
    return text.isEmpty() ? KioskConfig::tr("(none)") : text;
}

int rank(ConfigSource source)
{
    return int(source);
}

} // namespace

KioskConfig KioskConfig::resolve(const AppOptions& options, const QList<ConfigLayer>& layers)
{
    KioskConfig config;
    for (const Key key : kKeys) {
        Entry entry{key, Settings::defaultValue(key), ConfigSource::Default, false};
        if (const auto cli = fromCommandLine(key, options)) {
            entry.value = *cli;
            entry.source = ConfigSource::CommandLine;
            config.m_entries.append(entry);
            continue;
        }
        const QString name = Settings::keyName(key);
        for (const ConfigLayer& layer : layers) {
            if (!layer.raw || !layer.raw->contains(name))
                continue;
            if (!Settings::validationError(key, layer.raw->value(name)).isEmpty()) {
                entry.overrodeInvalid = true; // Settings has logged why
                continue;
            }
            entry.value = layer.settings->value(key);
            entry.source = layer.source;
            break;
        }
        config.m_entries.append(entry);
    }

    // Thresholds: a team's own set from the highest store that has one,
    // else the workspace-wide levels as resolved above.
    TeamThresholds general{
        config.value(Key::OpenWarning).toInt(), config.value(Key::OpenCritical).toInt(),
        config.value(Key::IdleWarning).toInt(), config.value(Key::IdleCritical).toInt()};
    ConfigSource generalSource = ConfigSource::Default;
    for (const Key k : {Key::OpenWarning, Key::OpenCritical, Key::IdleWarning, Key::IdleCritical})
        generalSource = ConfigSource(std::min(rank(generalSource), rank(config.source(k))));
    if (!general.isValid()) {
        general = TeamThresholds{};
        generalSource = ConfigSource::Default;
    }
    for (const QString& team : config.teams()) {
        auto chosen = std::pair{general, generalSource};
        for (const ConfigLayer& layer : layers) {
            if (layer.settings && layer.settings->hasTeamThresholds(team)) {
                chosen = {layer.settings->thresholds(team), layer.source};
                break;
            }
        }
        config.m_teamThresholds.insert(team, chosen);
    }
    config.m_teamThresholds.insert(QString(), {general, generalSource});
    return config;
}

QString KioskConfig::currentWorkspace(const QList<ConfigLayer>& layers)
{
    const QString name = Settings::keyName(Key::Workspace);
    for (const ConfigLayer& layer : layers) {
        if (!layer.raw)
            continue;
        layer.raw->sync(); // picks up what another process wrote since
        if (layer.raw->contains(name) &&
            Settings::validationError(Key::Workspace, layer.raw->value(name)).isEmpty())
            return layer.settings->workspace();
    }
    return {};
}

QVariant KioskConfig::value(Settings::Key key) const
{
    for (const Entry& e : m_entries)
        if (e.key == key)
            return e.value;
    return Settings::defaultValue(key);
}

ConfigSource KioskConfig::source(Settings::Key key) const
{
    for (const Entry& e : m_entries)
        if (e.key == key)
            return e.source;
    return ConfigSource::Default;
}

bool KioskConfig::lightTheme() const
{
    return value(Key::Theme).toString() == QLatin1String("light");
}

KioskSchedule KioskConfig::schedule() const
{
    // Both values passed validation on the way in.
    return KioskSchedule::fromSettings(value(Key::KioskActiveHours).toString(),
                                       value(Key::KioskActiveDays).toStringList())
        .value_or(KioskSchedule());
}

bool KioskConfig::hasCustomBaseUrl() const
{
    return !value(Key::CustomBaseUrl).toString().isEmpty() &&
           rank(source(Key::CustomBaseUrl)) <= rank(source(Key::Region));
}

Result<QUrl> KioskConfig::baseUrl() const
{
    if (hasCustomBaseUrl())
        return ApiConfig::validateBaseUrl(value(Key::CustomBaseUrl).toString());
    return ApiConfig::baseUrlForRegion(value(Key::Region).toString());
}

TeamThresholds KioskConfig::thresholds(const QString& teamId) const
{
    const auto it = m_teamThresholds.constFind(teamId);
    return it != m_teamThresholds.cend() ? it->first : m_teamThresholds.value(QString()).first;
}

QString KioskConfig::sourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::CommandLine:
        return tr("command line");
    case ConfigSource::ConfigFile:
        return tr("config file");
    case ConfigSource::UserSettings:
        return tr("user settings");
    case ConfigSource::Default:
        return tr("default");
    }
    return {};
}

QString KioskConfig::dump(const QString& configFile, const QString& userFile,
                          const QString& tokenSource) const
{
    QStringList out;
    out << tr("Floorwatch %1: effective configuration").arg(QStringLiteral(FLOORWATCH_VERSION));
    out << tr("Precedence: command line > config file > user settings > defaults.");
    out << tr("Config file:    %1")
               .arg(configFile.isEmpty() ? tr("(none; use --config FILE)") : configFile);
    out << tr("User settings:  %1").arg(userFile);
    out << tr("Access token:   %1").arg(tokenSource);
    out << QString();

    const auto row = [](const QString& key, const QString& value, const QString& from) {
        QString v = value;
        if (v.size() > 40)
            v = v.left(37) + QStringLiteral("...");
        return key.leftJustified(30) + QLatin1Char(' ') + v.leftJustified(40) + QLatin1Char(' ') +
               from;
    };
    out << row(tr("setting"), tr("value"), tr("from"));
    for (const Entry& e : m_entries) {
        QString from = sourceName(e.source);
        if (e.overrodeInvalid)
            from += QLatin1Char(' ') + tr("(an invalid value was ignored)");
        out << row(Settings::keyName(e.key), display(e.value), from);
    }
    for (const QString& team : teams()) {
        const auto& [t, source] = m_teamThresholds.value(team);
        out << row(QStringLiteral("teams/%1/thresholds").arg(team),
                   tr("open %1/%2, idle %3/%4")
                       .arg(t.openWarning)
                       .arg(t.openCritical)
                       .arg(t.idleWarning)
                       .arg(t.idleCritical),
                   sourceName(source));
    }
    const auto url = baseUrl();
    out << QString();
    out << tr("Intercom API: %1")
               .arg(url.ok() ? url.value().toString() : url.error().userMessage());
    const QString hours = value(Key::KioskActiveHours).toString();
    const QStringList days = value(Key::KioskActiveDays).toStringList();
    if (schedule().isAlwaysActive())
        out << tr("Active: always (the display is kept awake).");
    else
        out << tr("Active: %1, %2 (local time); outside these hours a dim clock and no polling.")
                   .arg(hours.isEmpty() ? tr("all day") : hours,
                        days.isEmpty() ? tr("every day") : days.join(QStringLiteral(", ")));
    out << tr("Kiosk settings are locked; %1 exits kiosk mode.").arg(exitChord());
    return out.join(QLatin1Char('\n'));
}
