#include "SettingsSchema.h"

#include "ActiveHours.h"
#include "ApiConfig.h"

#include <QMetaType>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <array>
#include <limits>

namespace SettingsSchema {

namespace {

constexpr int kMaxTeams = 200;
constexpr qsizetype kMaxText = 512;
constexpr qsizetype kMaxBytes = 64 * 1024;

QString whitespaceProblem(const QString& text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return Settings::tr("It must not contain spaces.");
    }
    return {};
}

QString checkApiVersion(const QVariant& value)
{
    return ApiConfig::versionProblem(value.toString());
}

QString checkBaseUrl(const QVariant& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {}; // the region decides
    if (text != text.trimmed())
        return Settings::tr("The API base URL must not start or end with spaces.");
    // Refused here without quoting the URL, so a password never reaches a log.
    if (!QUrl(text).userInfo().isEmpty())
        return Settings::tr("The API base URL must not contain a user name or password.");
    const auto result = ApiConfig::validateBaseUrl(text);
    return result.ok() ? QString() : result.error().detail();
}

QString checkOptionalIdentifier(const QVariant& value)
{
    const QString text = value.toString();
    if (text.size() > kMaxText)
        return Settings::tr("The value is too long.");
    return whitespaceProblem(text);
}

QString checkRedirectUri(const QVariant& value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || text != text.trimmed())
        return Settings::tr("The redirect URL is not a valid URL.");
    if (!url.userInfo().isEmpty() || url.hasFragment())
        return Settings::tr("The redirect URL must not contain a user name, password or fragment.");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && ApiConfig::isLoopbackHost(url.host()))
        return {};
    return Settings::tr("The redirect URL must use https (plain http only to this computer).");
}

QString checkTeamId(const QVariant& value)
{
    const QString text = value.toString();
    if (text.isEmpty() || Settings::isValidTeamId(text))
        return {};
    return Settings::tr("\"%1\" is not a team id.").arg(text.left(64));
}

QString checkTeamList(const QVariant& value)
{
    const QStringList ids = value.toStringList();
    if (ids.size() > kMaxTeams)
        return Settings::tr("At most %1 teams can be listed.").arg(kMaxTeams);
    QSet<QString> seen;
    for (const QString& id : ids) {
        if (!Settings::isValidTeamId(id))
            return Settings::tr("\"%1\" is not a team id.").arg(id.left(64));
        if (seen.contains(id))
            return Settings::tr("Team %1 is listed twice.").arg(id);
        seen.insert(id);
    }
    return {};
}

QString checkBytes(const QVariant& value)
{
    if (value.toByteArray().size() > kMaxBytes)
        return Settings::tr("The value is too large.");
    return {};
}

QString checkActiveHours(const QVariant& value)
{
    const QString text = value.toString();
    if (text.isEmpty() || ActiveHours::parseHours(text))
        return {};
    return Settings::tr(
        "Active hours look like 07:00-19:00 (24-hour clock, start and end differ).");
}

QString checkActiveDays(const QVariant& value)
{
    if (ActiveHours::parseDays(value.toStringList()))
        return {};
    return Settings::tr("Active days are day names or ranges such as mon-fri or sat, sun.");
}

QString checkExitChord(const QVariant& value)
{
    static const QStringList modifiers = {QStringLiteral("ctrl"), QStringLiteral("alt"),
                                          QStringLiteral("shift"), QStringLiteral("meta")};
    static const QRegularExpression keyName(QStringLiteral("^[A-Za-z0-9]+$"));
    const QStringList parts = value.toString().split(QLatin1Char('+'));
    // A single key (or a modifier alone) is too easy to press by accident on
    // a wall display that people walk past.
    const auto refuse = [] {
        return Settings::tr("The exit shortcut needs at least one of Ctrl, Alt, Shift or Meta "
                            "and a key, e.g. Ctrl+Alt+Shift+Q.");
    };
    if (parts.size() < 2)
        return refuse();
    QSet<QString> used;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QString m = parts.at(i).toLower();
        if (!modifiers.contains(m) || used.contains(m))
            return refuse();
        used.insert(m);
    }
    const QString key = parts.last();
    if (!keyName.match(key).hasMatch() || modifiers.contains(key.toLower()))
        return refuse();
    return {};
}

const QStringList& languageCodes()
{
    static const QStringList codes = {QString(),
                                      QStringLiteral("en"),
                                      QStringLiteral("de"),
                                      QStringLiteral("fr"),
                                      QStringLiteral("es"),
                                      QStringLiteral("ja"),
                                      QStringLiteral("pt_BR")};
    return codes;
}

// The one place where setting keys are named. Order follows Settings::Key.
const std::array<Entry, 29>& entries()
{
    static const std::array<Entry, 29> table = {{
        {.id = Key::Version,
         .name = QLatin1String("meta/version"),
         .type = Type::Int,
         .defaultValue = 0,
         .min = 0,
         .max = 1000000},
        {.id = Key::Region,
         .name = QLatin1String("api/region"),
         .type = Type::String,
         .defaultValue = QStringLiteral("us"),
         .choices = {QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("au")}},
        {.id = Key::ApiVersion,
         .name = QLatin1String("api/version"),
         .type = Type::String,
         .defaultValue = ApiConfig::kDefaultVersion,
         .check = checkApiVersion},
        {.id = Key::CustomBaseUrl,
         .name = QLatin1String("api/base_url"),
         .type = Type::String,
         .defaultValue = QString(),
         .check = checkBaseUrl},
        {.id = Key::PollIntervalSeconds,
         .name = QLatin1String("poll/interval_s"),
         .type = Type::Int,
         .defaultValue = 15,
         .min = 5,
         .max = 3600},
        {.id = Key::IdleThresholdSeconds,
         .name = QLatin1String("poll/idle_threshold_s"),
         .type = Type::Int,
         .defaultValue = ApiConfig::kDefaultIdleThreshold,
         .min = ApiConfig::kMinIdleThreshold,
         .max = ApiConfig::kMaxIdleThreshold,
         .clamps = true}, // as Intercom does
        {.id = Key::OpenWarning,
         .name = QLatin1String("thresholds/open_warning"),
         .type = Type::Int,
         .defaultValue = TeamThresholds{}.openWarning,
         .min = TeamThresholds::kMin,
         .max = TeamThresholds::kMax,
         .perTeam = true},
        {.id = Key::OpenCritical,
         .name = QLatin1String("thresholds/open_critical"),
         .type = Type::Int,
         .defaultValue = TeamThresholds{}.openCritical,
         .min = TeamThresholds::kMin,
         .max = TeamThresholds::kMax,
         .perTeam = true},
        {.id = Key::IdleWarning,
         .name = QLatin1String("thresholds/idle_warning"),
         .type = Type::Int,
         .defaultValue = TeamThresholds{}.idleWarning,
         .min = TeamThresholds::kMin,
         .max = TeamThresholds::kMax,
         .perTeam = true},
        {.id = Key::IdleCritical,
         .name = QLatin1String("thresholds/idle_critical"),
         .type = Type::Int,
         .defaultValue = TeamThresholds{}.idleCritical,
         .min = TeamThresholds::kMin,
         .max = TeamThresholds::kMax,
         .perTeam = true},
        {.id = Key::Theme,
         .name = QLatin1String("ui/theme"),
         .type = Type::String,
         .defaultValue = QStringLiteral("system"),
         .choices = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}},
        {.id = Key::Language,
         .name = QLatin1String("ui/language"),
         .type = Type::String,
         .defaultValue = QString(),
         .choices = languageCodes()},
        {.id = Key::PinnedTeams,
         .name = QLatin1String("teams/pinned"),
         .type = Type::StringList,
         .defaultValue = QStringList(),
         .check = checkTeamList},
        {.id = Key::LastTeam,
         .name = QLatin1String("teams/last"),
         .type = Type::String,
         .defaultValue = QString(),
         .check = checkTeamId},
        {.id = Key::OAuthClientId,
         .name = QLatin1String("oauth/client_id"),
         .type = Type::String,
         .defaultValue = QString(),
         .check = checkOptionalIdentifier},
        {.id = Key::OAuthRedirectUri,
         .name = QLatin1String("oauth/redirect_uri"),
         .type = Type::String,
         .defaultValue = QString(),
         .check = checkRedirectUri},
        {.id = Key::WindowGeometry,
         .name = QLatin1String("window/geometry"),
         .type = Type::Bytes,
         .defaultValue = QByteArray(),
         .check = checkBytes},
        {.id = Key::WindowState,
         .name = QLatin1String("window/state"),
         .type = Type::Bytes,
         .defaultValue = QByteArray(),
         .check = checkBytes},
        {.id = Key::KioskEnabled,
         .name = QLatin1String("kiosk/enabled"),
         .type = Type::Bool,
         .defaultValue = false},
        {.id = Key::KioskTeams,
         .name = QLatin1String("kiosk/teams"),
         .type = Type::StringList,
         .defaultValue = QStringList(),
         .check = checkTeamList},
        {.id = Key::KioskRotateSeconds,
         .name = QLatin1String("kiosk/rotate_seconds"),
         .type = Type::Int,
         .defaultValue = 20,
         .min = 5,
         .max = 3600},
        {.id = Key::KioskScreen,
         .name = QLatin1String("kiosk/screen"),
         .type = Type::Int,
         .defaultValue = 0,
         .min = 0,
         .max = 64},
        {.id = Key::KioskActiveHours,
         .name = QLatin1String("kiosk/active_hours"),
         .type = Type::String,
         .defaultValue = QString(),
         .check = checkActiveHours},
        {.id = Key::KioskActiveDays,
         .name = QLatin1String("kiosk/active_days"),
         .type = Type::StringList,
         .defaultValue = QStringList(),
         .check = checkActiveDays},
        {.id = Key::KioskExitChord,
         .name = QLatin1String("kiosk/exit_chord"),
         .type = Type::String,
         .defaultValue = QStringLiteral("Ctrl+Alt+Shift+Q"),
         .check = checkExitChord},
        // The workspace signed in to (its public id_code); the token itself
        // is in the keychain under this name.
        {.id = Key::Workspace,
         .name = QLatin1String("auth/workspace"),
         .type = Type::String,
         .defaultValue = QString(),
         .check = checkOptionalIdentifier},
        // What the history keeps: every change for detail_days, one row
        // per minute for 13 months, never more than max_mb on disk.
        {.id = Key::HistoryEnabled,
         .name = QLatin1String("history/enabled"),
         .type = Type::Bool,
         .defaultValue = true},
        {.id = Key::HistoryDetailDays,
         .name = QLatin1String("history/detail_days"),
         .type = Type::Int,
         .defaultValue = 14,
         .min = 1,
         .max = 366},
        {.id = Key::HistoryMaxMegabytes,
         .name = QLatin1String("history/max_mb"),
         .type = Type::Int,
         .defaultValue = 500,
         .min = 10,
         .max = 100000},
    }};
    return table;
}

bool isIntegerType(int typeId)
{
    switch (typeId) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return true;
    default:
        return false;
    }
}

// A whole number as QSettings, a command line or a caller gives it.
std::optional<qlonglong> wholeNumber(const QVariant& raw)
{
    bool ok = false;
    qlonglong number = 0;
    if (isIntegerType(raw.metaType().id()))
        number = raw.toLongLong(&ok);
    else if (raw.metaType().id() == QMetaType::QString)
        number = raw.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

// Control characters never belong in a setting: in a header value they
// would start a new header, on a terminal they are commands.
bool hasControlCharacter(const QVariant& value)
{
    const QStringList texts = value.metaType().id() == QMetaType::QStringList
                                  ? value.toStringList()
                                  : QStringList{value.toString()};
    for (const QString& text : texts)
        for (const QChar c : text)
            if (c.category() == QChar::Other_Control)
                return true;
    return false;
}

} // namespace

const Entry& entry(Key key)
{
    const Entry& e = entries().at(std::size_t(key));
    Q_ASSERT(e.id == key);
    return e;
}

// Brings a value as QSettings returns it (INI files give back strings, a
// one-item list as a plain string) or as a caller passes it to the entry's
// type. nullopt when it cannot be that type.
std::optional<QVariant> convert(Type type, const QVariant& raw)
{
    const int typeId = raw.metaType().id();
    switch (type) {
    case Type::Bool: {
        if (typeId == QMetaType::Bool)
            return raw.toBool();
        if (typeId != QMetaType::QString)
            return std::nullopt;
        const QString text = raw.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0"))
            return false;
        return std::nullopt;
    }
    case Type::Int: {
        const auto number = wholeNumber(raw);
        if (!number || *number < std::numeric_limits<int>::min() ||
            *number > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(*number);
    }
    case Type::String:
        if (typeId == QMetaType::QString)
            return raw.toString();
        return std::nullopt;
    case Type::StringList:
        if (!raw.isValid()) // QSettings writes an empty list as @Invalid()
            return QStringList();
        if (typeId == QMetaType::QStringList)
            return raw.toStringList();
        if (typeId == QMetaType::QString) {
            const QString text = raw.toString();
            return text.isEmpty() ? QStringList() : QStringList{text};
        }
        if (typeId == QMetaType::QVariantList) {
            QStringList items;
            for (const QVariant& item : raw.toList()) {
                if (item.metaType().id() != QMetaType::QString)
                    return std::nullopt;
                items.append(item.toString());
            }
            return items;
        }
        return std::nullopt;
    case Type::Bytes:
        if (typeId == QMetaType::QByteArray)
            return raw.toByteArray();
        return std::nullopt;
    }
    return std::nullopt;
}

Checked check(Key key, const QVariant& raw)
{
    const auto refuse = [](const QString& why) { return Checked{{}, why, {}}; };
    const Entry& e = entry(key);
    QString notice;
    std::optional<QVariant> converted;
    if (const auto number = wholeNumber(raw); e.type == Type::Int && e.clamps && number) {
        const qlonglong clamped = std::clamp<qlonglong>(*number, e.min, e.max);
        if (clamped != *number)
            notice = Settings::tr("%1 is outside %2 to %3; %4 is used.")
                         .arg(*number)
                         .arg(e.min)
                         .arg(e.max)
                         .arg(clamped);
        converted = int(clamped);
    } else {
        converted = convert(e.type, raw);
    }
    if (!converted) {
        switch (e.type) {
        case Type::Bool:
            return refuse(Settings::tr("Use true or false."));
        case Type::Int:
            return refuse(Settings::tr("Use a whole number from %1 to %2.").arg(e.min).arg(e.max));
        case Type::String:
            return refuse(Settings::tr("Use a single text value."));
        case Type::StringList:
            return refuse(Settings::tr("Use a list of text values."));
        case Type::Bytes:
            return refuse(Settings::tr("Use binary data."));
        }
    }
    QVariant value = *converted;
    if (e.type == Type::Int) {
        const int number = value.toInt();
        if (number < e.min || number > e.max)
            return refuse(Settings::tr("Use a whole number from %1 to %2.").arg(e.min).arg(e.max));
    }
    if ((e.type == Type::String || e.type == Type::StringList) && hasControlCharacter(value))
        return refuse(Settings::tr("It must not contain control characters (such as a line "
                                   "break)."));
    if (!e.choices.isEmpty()) {
        const QString text = value.toString();
        const auto match =
            std::find_if(e.choices.cbegin(), e.choices.cend(), [&](const QString& c) {
                return c.compare(text, Qt::CaseInsensitive) == 0;
            });
        if (match == e.choices.cend()) {
            QStringList shown;
            for (const QString& c : e.choices)
                shown.append(c.isEmpty() ? Settings::tr("(empty)") : c);
            return refuse(Settings::tr("Use one of: %1.").arg(shown.join(QStringLiteral(", "))));
        }
        value = *match; // canonical spelling, e.g. "EU" -> "eu"
    }
    if (e.check) {
        const QString error = e.check(value);
        if (!error.isEmpty())
            return refuse(error);
    }
    return {value, {}, notice};
}

QStringList languages()
{
    return languageCodes().mid(1);
}

QList<Key> keys()
{
    QList<Key> all;
    for (const Entry& e : entries())
        all.append(e.id);
    return all;
}

} // namespace SettingsSchema
