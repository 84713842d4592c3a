#include "EffectiveConfig.h"

#include "FloorwatchVersion.h"
#include "ServerText.h"
#include "SettingsSchema.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <optional>

namespace {

using Key = Settings::Key;

// What a run reads, in the order --dump-config prints it. Window layout,
// pinned teams and the last team are the window's own state, not
// configuration: they live in the user's settings only.
constexpr std::array<Key, 24> kKeys = {
    Key::Region,
    Key::CustomBaseUrl,
    Key::ApiVersion,
    Key::Workspace,
    Key::PollIntervalSeconds,
    Key::IdleThresholdSeconds,
    Key::OpenWarning,
    Key::OpenCritical,
    Key::IdleWarning,
    Key::IdleCritical,
    Key::Theme,
    Key::Language,
    Key::OAuthClientId,
    Key::OAuthRedirectUri,
    Key::KioskEnabled,
    Key::KioskTeams,
    Key::KioskRotateSeconds,
    Key::KioskScreen,
    Key::KioskActiveHours,
    Key::KioskActiveDays,
    Key::KioskExitChord,
    Key::HistoryEnabled,
    Key::HistoryDetailDays,
    Key::HistoryMaxMegabytes,
};

struct CommandLineValue
{
    QVariant value;
    QString option; // as the user typed it, for messages
};

std::optional<CommandLineValue> fromCommandLine(Key key, const AppOptions& o)
{
    const auto given = [](const auto& optional, const char* option) {
        return optional ? std::optional(CommandLineValue{QVariant::fromValue(*optional),
                                                         QLatin1String(option)})
                        : std::nullopt;
    };
    switch (key) {
    case Key::KioskEnabled:
        return o.kiosk ? std::optional(CommandLineValue{true, QStringLiteral("--kiosk")})
                       : std::nullopt;
    case Key::KioskTeams:
        return o.teamIds.isEmpty()
                   ? std::nullopt
                   : std::optional(CommandLineValue{o.teamIds, QStringLiteral("--team")});
    case Key::KioskRotateSeconds:
        return given(o.rotateSeconds, "--rotate");
    case Key::KioskScreen:
        return given(o.screen, "--screen");
    case Key::Theme:
        return given(o.theme, "--theme");
    case Key::Region:
        return given(o.region, "--region");
    case Key::CustomBaseUrl:
        // A region on the command line beats a base URL from any file.
        if (o.apiBaseUrl)
            return given(o.apiBaseUrl, "--api-base-url");
        return o.region ? std::optional(CommandLineValue{QString(), QStringLiteral("--region")})
                        : std::nullopt;
    case Key::ApiVersion:
        return given(o.apiVersion, "--api-version");
    case Key::PollIntervalSeconds:
        return given(o.intervalSeconds, "--interval");
    case Key::IdleThresholdSeconds:
        return given(o.idleThreshold, "--idle-threshold");
    default:
        return std::nullopt;
    }
}

// A value from outside quoted in a message: short and inert.
QString quoted(const QVariant& raw)
{
    return ServerText::inert(raw.metaType().id() == QMetaType::QStringList
                                 ? raw.toStringList().join(QStringLiteral(", "))
                                 : raw.toString(),
                             60);
}

QString display(const QVariant& value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.typeId() == QMetaType::QStringList) {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? EffectiveConfig::tr("(none)") : list.join(QStringLiteral(", "));
    }
    const QString text = value.toString();
    return text.isEmpty() ? EffectiveConfig::tr("(none)") : text;
}

int rank(ConfigSource source)
{
    return int(source);
}

ApiError badConfiguration(const QString& message)
{
    return ApiError(ApiError::Kind::BadConfiguration, message);
}

} // namespace

Result<EffectiveConfig> EffectiveConfig::resolve(const AppOptions& options,
                                                 const QList<ConfigLayer>& layers)
{
    EffectiveConfig config;
    for (const Key key : kKeys) {
        Entry entry{key, Settings::defaultValue(key), ConfigSource::Default, false};
        const QString name = Settings::keyName(key);
        if (const auto cli = fromCommandLine(key, options)) {
            const auto checked = SettingsSchema::check(key, cli->value);
            if (!checked.error.isEmpty())
                return badConfiguration(
                    tr("%1 %2: %3").arg(cli->option, quoted(cli->value), checked.error));
            if (!checked.notice.isEmpty())
                config.m_notices << tr("%1: %2").arg(cli->option, checked.notice);
            entry.value = checked.value;
            entry.source = ConfigSource::CommandLine;
            config.m_entries.append(entry);
            continue;
        }
        for (const ConfigLayer& layer : layers) {
            if (!layer.raw || !layer.raw->contains(name))
                continue;
            const QVariant raw = layer.raw->value(name);
            const auto checked = SettingsSchema::check(key, raw);
            const QString file = layer.raw->fileName();
            if (!checked.error.isEmpty()) {
                if (layer.source == ConfigSource::ConfigFile)
                    return badConfiguration(
                        tr("%1: %2=%3: %4").arg(file, name, quoted(raw), checked.error));
                config.m_notices << tr("Setting %1 in %2 is invalid and is ignored: %3")
                                        .arg(name, file, checked.error);
                entry.overrodeInvalid = true;
                continue;
            }
            if (!checked.notice.isEmpty())
                config.m_notices << tr("%1: %2: %3").arg(file, name, checked.notice);
            entry.value = checked.value;
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
    if (const QString problem = general.validationError(); !problem.isEmpty()) {
        if (generalSource == ConfigSource::ConfigFile)
            return badConfiguration(problem);
        config.m_notices << problem;
        general = TeamThresholds{};
        generalSource = ConfigSource::Default;
    }
    for (const QString& team : config.kioskTeams()) {
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

QString EffectiveConfig::currentWorkspace(const QList<ConfigLayer>& layers)
{
    const QString name = Settings::keyName(Key::Workspace);
    for (const ConfigLayer& layer : layers) {
        if (!layer.raw)
            continue;
        layer.raw->sync(); // picks up what another process wrote since
        if (layer.raw->contains(name) &&
            Settings::validationError(Key::Workspace, layer.raw->value(name)).isEmpty())
            return layer.settings->get(Setting::Workspace);
    }
    return {};
}

QVariant EffectiveConfig::value(Settings::Key key) const
{
    for (const Entry& e : m_entries)
        if (e.key == key)
            return e.value;
    return Settings::defaultValue(key);
}

ConfigSource EffectiveConfig::source(Settings::Key key) const
{
    for (const Entry& e : m_entries)
        if (e.key == key)
            return e.source;
    return ConfigSource::Default;
}

std::chrono::seconds EffectiveConfig::pollInterval() const
{
    return std::chrono::seconds(value(Key::PollIntervalSeconds).toInt());
}

HistoryStore::Limits EffectiveConfig::historyLimits() const
{
    HistoryStore::Limits limits;
    limits.detailDays = value(Key::HistoryDetailDays).toInt();
    limits.maxBytes = qint64(value(Key::HistoryMaxMegabytes).toInt()) * 1024 * 1024;
    return limits;
}

bool EffectiveConfig::lightTheme() const
{
    return value(Key::Theme).toString() == QLatin1String("light");
}

ActiveHours EffectiveConfig::schedule() const
{
    // Both values passed validation on the way in.
    return ActiveHours::fromSettings(value(Key::KioskActiveHours).toString(),
                                     value(Key::KioskActiveDays).toStringList())
        .value_or(ActiveHours());
}

bool EffectiveConfig::hasCustomBaseUrl() const
{
    return !value(Key::CustomBaseUrl).toString().isEmpty() &&
           rank(source(Key::CustomBaseUrl)) <= rank(source(Key::Region));
}

bool EffectiveConfig::baseUrlFixed() const
{
    return hasCustomBaseUrl() || source(Key::Region) != ConfigSource::Default;
}

Result<QUrl> EffectiveConfig::baseUrl(const QString& workspaceRegion) const
{
    if (hasCustomBaseUrl())
        return ApiConfig::validateBaseUrl(value(Key::CustomBaseUrl).toString());
    if (!baseUrlFixed() && !workspaceRegion.isEmpty())
        if (const auto url = ApiConfig::baseUrlForRegion(workspaceRegion); url.ok())
            return url;
    return ApiConfig::baseUrlForRegion(value(Key::Region).toString());
}

Result<ApiConfig> EffectiveConfig::apiConfig(const QString& workspaceRegion) const
{
    const auto url = baseUrl(workspaceRegion);
    if (!url.ok())
        return url.error();
    ApiConfig config;
    config.baseUrl = url.value();
    config.apiVersion = apiVersion();
    return config;
}

TeamThresholds EffectiveConfig::thresholds(const QString& teamId) const
{
    const auto it = m_teamThresholds.constFind(teamId);
    return it != m_teamThresholds.cend() ? it->first : m_teamThresholds.value(QString()).first;
}

QString EffectiveConfig::sourceName(ConfigSource source)
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

QString EffectiveConfig::dump(const QString& configFile, const QString& userFile,
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
    for (const QString& team : kioskTeams()) {
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
    if (!baseUrlFixed())
        out << tr("(the region of the signed-in workspace is used when it differs)");
    if (kioskEnabled()) {
        const QString hours = value(Key::KioskActiveHours).toString();
        const QStringList days = value(Key::KioskActiveDays).toStringList();
        if (schedule().isAlwaysActive())
            out << tr("Active: always (the display is kept awake).");
        else
            out << tr("Active: %1, %2 (local time); outside these hours a dim clock and no "
                      "polling.")
                       .arg(hours.isEmpty() ? tr("all day") : hours,
                            days.isEmpty() ? tr("every day") : days.join(QStringLiteral(", ")));
        out << tr("Kiosk settings are locked; %1 exits kiosk mode.").arg(exitChord());
    }
    for (const QString& notice : m_notices)
        out << tr("Note: %1").arg(notice);
    return out.join(QLatin1Char('\n'));
}
