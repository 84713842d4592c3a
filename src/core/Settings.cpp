#include "Settings.h"

#include "ApiConfig.h"
#include "Logging.h"

#include <QMetaType>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>
#include <limits>

namespace {

using Key = Settings::Key;

enum class Type
{
    Bool,
    Int,
    String,
    StringList,
    Bytes
};

// Extra checks beyond type, range and choices: empty when the value
// (already converted to the entry's type) is acceptable.
using Check = QString (*)(const QVariant& value);

struct Entry
{
    Key id;
    QLatin1String name;
    Type type;
    QVariant defaultValue;
    int min = 0;              // Int only
    int max = 0;              // Int only
    QStringList choices = {}; // canonical spellings, matched case-insensitively
    Check check = nullptr;
    bool perTeam = false; // may be overridden under teams/<id>/
};

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
    const QString text = value.toString();
    if (text.isEmpty())
        return Settings::tr("The API version must not be empty: use 2.16, Preview or Unstable.");
    if (text.size() > 32)
        return Settings::tr("The API version is too long.");
    return whitespaceProblem(text);
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
    if (text.isEmpty() || Settings::parseActiveHours(text))
        return {};
    return Settings::tr(
        "Active hours look like 07:00-19:00 (24-hour clock, start and end differ).");
}

QString checkActiveDays(const QVariant& value)
{
    if (Settings::parseActiveDays(value.toStringList()))
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
const std::array<Entry, 26>& table()
{
    static const std::array<Entry, 26> entries = {{
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
         .max = ApiConfig::kMaxIdleThreshold},
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
    }};
    return entries;
}

const Entry& entry(Key key)
{
    const Entry& e = table().at(std::size_t(key));
    Q_ASSERT(e.id == key);
    return e;
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
        bool ok = false;
        qlonglong number = 0;
        if (isIntegerType(typeId))
            number = raw.toLongLong(&ok);
        else if (typeId == QMetaType::QString)
            number = raw.toString().trimmed().toLongLong(&ok);
        if (!ok || number < std::numeric_limits<int>::min() ||
            number > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(number);
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

struct Checked
{
    QVariant value; // normalised, valid when error is empty
    QString error;
};

Checked checkValue(const Entry& e, const QVariant& raw)
{
    const auto converted = convert(e.type, raw);
    if (!converted) {
        switch (e.type) {
        case Type::Bool:
            return {{}, Settings::tr("Use true or false.")};
        case Type::Int:
            return {{}, Settings::tr("Use a whole number from %1 to %2.").arg(e.min).arg(e.max)};
        case Type::String:
            return {{}, Settings::tr("Use a single text value.")};
        case Type::StringList:
            return {{}, Settings::tr("Use a list of text values.")};
        case Type::Bytes:
            return {{}, Settings::tr("Use binary data.")};
        }
    }
    QVariant value = *converted;
    if (e.type == Type::Int) {
        const int number = value.toInt();
        if (number < e.min || number > e.max)
            return {{}, Settings::tr("Use a whole number from %1 to %2.").arg(e.min).arg(e.max)};
    }
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
            return {{}, Settings::tr("Use one of: %1.").arg(shown.join(QStringLiteral(", ")))};
        }
        value = *match; // canonical spelling, e.g. "EU" -> "eu"
    }
    if (e.check) {
        const QString error = e.check(value);
        if (!error.isEmpty())
            return {{}, error};
    }
    return {value, {}};
}

// Names of settings from before version 1; only migrate() reads them.
const QLatin1String kLegacyIntervalMs("poll/interval_ms");

// A key containing any of these could hold a credential: settings files are
// plain text, synced and backed up, so such keys are removed unread.
bool looksLikeCredential(const QString& key)
{
    static const std::array<QLatin1String, 8> words = {
        QLatin1String("token"),   QLatin1String("secret"),     QLatin1String("password"),
        QLatin1String("passwd"),  QLatin1String("credential"), QLatin1String("apikey"),
        QLatin1String("api_key"), QLatin1String("bearer")};
    const QString lower = key.toLower();
    return std::any_of(words.cbegin(), words.cend(),
                       [&](QLatin1String w) { return lower.contains(w); });
}

} // namespace

QString TeamThresholds::validationError() const
{
    const auto inRange = [](int v) { return v >= kMin && v <= kMax; };
    if (!inRange(openWarning) || !inRange(openCritical) || !inRange(idleWarning) ||
        !inRange(idleCritical))
        return Settings::tr("Thresholds must be whole numbers from %1 to %2.").arg(kMin).arg(kMax);
    if (openCritical < openWarning)
        return Settings::tr("The critical level for open conversations (%1) is below the "
                            "warning level (%2).")
            .arg(openCritical)
            .arg(openWarning);
    if (idleCritical < idleWarning)
        return Settings::tr("The critical level for idle conversations (%1) is below the "
                            "warning level (%2).")
            .arg(idleCritical)
            .arg(idleWarning);
    return {};
}

Settings::Settings(std::unique_ptr<QSettings> store, QObject* parent)
    : QObject(parent)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
}

Settings::Settings(const QString& iniFile, QObject* parent)
    : Settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat), parent)
{}

Settings::~Settings() = default;

std::unique_ptr<QSettings> Settings::openUserStore()
{
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("Floorwatch"),
                                       QStringLiteral("floorwatch"));
}

QString Settings::keyName(Key key)
{
    return entry(key).name;
}

QStringList Settings::keyNames()
{
    QStringList names;
    for (const Entry& e : table())
        names.append(e.name);
    return names;
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

std::pair<int, int> Settings::intRange(Key key)
{
    const Entry& e = entry(key);
    Q_ASSERT(e.type == Type::Int);
    return {e.min, e.max};
}

QString Settings::validationError(Key key, const QVariant& value)
{
    return checkValue(entry(key), value).error;
}

bool Settings::isValidTeamId(const QString& teamId)
{
    // Team ids become part of setting keys, so nothing that could change the
    // key's path ('/', '\\') or its INI syntax gets through.
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(teamId).hasMatch();
}

QStringList Settings::supportedLanguages()
{
    return languageCodes().mid(1);
}

std::optional<QVariant> Settings::readStored(Key key, const QString& storedKey) const
{
    if (!m_store->contains(storedKey))
        return std::nullopt;
    const Checked checked = checkValue(entry(key), m_store->value(storedKey));
    if (checked.error.isEmpty())
        return checked.value;
    if (!m_warned.contains(storedKey)) {
        m_warned.insert(storedKey);
        // The reason never repeats a password: checkBaseUrl refuses URLs
        // with credentials before any message quotes the URL.
        qCWarning(lcApp).noquote()
            << QStringLiteral("Setting %1 in %2 is invalid and is ignored: %3")
                   .arg(storedKey, m_store->fileName(), checked.error);
    }
    return std::nullopt;
}

QVariant Settings::value(Key key) const
{
    return readStored(key, keyName(key)).value_or(defaultValue(key));
}

bool Settings::isSet(Key key) const
{
    return m_store->contains(keyName(key));
}

void Settings::reset(Key key)
{
    const QString name = keyName(key);
    if (!m_store->contains(name))
        return;
    m_store->remove(name);
    m_warned.remove(name);
    emit changed(name);
}

QString Settings::setValue(Key key, const QVariant& value)
{
    if (key == Key::Version)
        return tr("The settings version is managed by Floorwatch.");
    const Checked checked = checkValue(entry(key), value);
    if (!checked.error.isEmpty())
        return checked.error;
    store(key, keyName(key), checked.value);
    return {};
}

void Settings::store(Key key, const QString& storedKey, const QVariant& value)
{
    std::optional<QVariant> before;
    if (m_store->contains(storedKey))
        before = convert(entry(key).type, m_store->value(storedKey));
    m_store->setValue(storedKey, value);
    m_warned.remove(storedKey);
    if (!before || *before != value)
        emit changed(storedKey);
}

QString Settings::teamKey(const QString& teamId, Key key) const
{
    Q_ASSERT(entry(key).perTeam && isValidTeamId(teamId));
    return QStringLiteral("teams/%1/%2").arg(teamId, keyName(key));
}

// --- typed accessors -------------------------------------------------------

QString Settings::region() const
{
    return value(Key::Region).toString();
}
bool Settings::setRegion(const QString& region)
{
    return setValue(Key::Region, region).isEmpty();
}

QString Settings::apiVersion() const
{
    return value(Key::ApiVersion).toString();
}
bool Settings::setApiVersion(const QString& version)
{
    return setValue(Key::ApiVersion, version).isEmpty();
}

QString Settings::customBaseUrl() const
{
    return value(Key::CustomBaseUrl).toString();
}
bool Settings::setCustomBaseUrl(const QString& url)
{
    return setValue(Key::CustomBaseUrl, url.trimmed()).isEmpty();
}

int Settings::pollIntervalSeconds() const
{
    return value(Key::PollIntervalSeconds).toInt();
}
bool Settings::setPollIntervalSeconds(int seconds)
{
    return setValue(Key::PollIntervalSeconds, seconds).isEmpty();
}

int Settings::idleThresholdSeconds() const
{
    return value(Key::IdleThresholdSeconds).toInt();
}
bool Settings::setIdleThresholdSeconds(int seconds)
{
    return setValue(Key::IdleThresholdSeconds, seconds).isEmpty();
}

namespace {
// The four threshold keys share this prefix in the table; a warning about
// the set as a whole is remembered under it.
const QString kThresholdGroup = QStringLiteral("thresholds");
constexpr std::array<Key, 4> kThresholdKeys = {Key::OpenWarning, Key::OpenCritical,
                                               Key::IdleWarning, Key::IdleCritical};

std::array<int, 4> toArray(const TeamThresholds& t)
{
    return {t.openWarning, t.openCritical, t.idleWarning, t.idleCritical};
}

TeamThresholds fromArray(const std::array<int, 4>& v)
{
    return {.openWarning = v[0], .openCritical = v[1], .idleWarning = v[2], .idleCritical = v[3]};
}
} // namespace

TeamThresholds Settings::readThresholds(const QString& teamId) const
{
    std::array<int, 4> values{};
    for (std::size_t i = 0; i < kThresholdKeys.size(); ++i)
        values[i] = value(kThresholdKeys[i]).toInt();
    TeamThresholds workspace = fromArray(values);
    if (!workspace.isValid()) {
        if (!m_warned.contains(kThresholdGroup)) {
            m_warned.insert(kThresholdGroup);
            qCWarning(lcApp).noquote()
                << QStringLiteral("The default thresholds in %1 are inconsistent (%2); using the "
                                  "built-in ones.")
                       .arg(m_store->fileName(), workspace.validationError());
        }
        workspace = TeamThresholds{};
        values = toArray(workspace);
    }
    if (teamId.isEmpty() || !isValidTeamId(teamId))
        return workspace;
    for (std::size_t i = 0; i < kThresholdKeys.size(); ++i) {
        if (const auto stored = readStored(kThresholdKeys[i], teamKey(teamId, kThresholdKeys[i])))
            values[i] = stored->toInt();
    }
    const TeamThresholds team = fromArray(values);
    if (!team.isValid()) {
        const QString group = QStringLiteral("teams/%1/%2").arg(teamId, kThresholdGroup);
        if (!m_warned.contains(group)) {
            m_warned.insert(group);
            qCWarning(lcApp).noquote()
                << QStringLiteral("The thresholds of team %1 in %2 are inconsistent (%3); using "
                                  "the defaults.")
                       .arg(teamId, m_store->fileName(), team.validationError());
        }
        return workspace;
    }
    return team;
}

TeamThresholds Settings::defaultThresholds() const
{
    return readThresholds(QString());
}

bool Settings::setDefaultThresholds(const TeamThresholds& thresholds)
{
    if (!thresholds.isValid())
        return false;
    const auto values = toArray(thresholds);
    for (std::size_t i = 0; i < kThresholdKeys.size(); ++i)
        store(kThresholdKeys[i], keyName(kThresholdKeys[i]), values[i]);
    m_warned.remove(kThresholdGroup);
    return true;
}

TeamThresholds Settings::thresholds(const QString& teamId) const
{
    return readThresholds(teamId);
}

bool Settings::hasTeamThresholds(const QString& teamId) const
{
    if (!isValidTeamId(teamId))
        return false;
    return std::any_of(kThresholdKeys.cbegin(), kThresholdKeys.cend(),
                       [&](Key key) { return m_store->contains(teamKey(teamId, key)); });
}

bool Settings::setTeamThresholds(const QString& teamId, const TeamThresholds& thresholds)
{
    if (!isValidTeamId(teamId) || !thresholds.isValid())
        return false;
    const auto values = toArray(thresholds);
    for (std::size_t i = 0; i < kThresholdKeys.size(); ++i)
        store(kThresholdKeys[i], teamKey(teamId, kThresholdKeys[i]), values[i]);
    m_warned.remove(QStringLiteral("teams/%1/%2").arg(teamId, kThresholdGroup));
    return true;
}

void Settings::clearTeamThresholds(const QString& teamId)
{
    if (!isValidTeamId(teamId))
        return;
    for (const Key key : kThresholdKeys) {
        const QString name = teamKey(teamId, key);
        if (m_store->contains(name)) {
            m_store->remove(name);
            m_warned.remove(name);
            emit changed(name);
        }
    }
}

QString Settings::theme() const
{
    return value(Key::Theme).toString();
}
bool Settings::setTheme(const QString& theme)
{
    return setValue(Key::Theme, theme).isEmpty();
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}
bool Settings::setLanguage(const QString& language)
{
    return setValue(Key::Language, language).isEmpty();
}

QStringList Settings::pinnedTeams() const
{
    return value(Key::PinnedTeams).toStringList();
}
bool Settings::setPinnedTeams(const QStringList& teamIds)
{
    return setValue(Key::PinnedTeams, teamIds).isEmpty();
}

QString Settings::workspace() const
{
    return value(Key::Workspace).toString();
}
bool Settings::setWorkspace(const QString& idCode)
{
    return setValue(Key::Workspace, idCode).isEmpty();
}

QString Settings::lastTeam() const
{
    return value(Key::LastTeam).toString();
}
bool Settings::setLastTeam(const QString& teamId)
{
    return setValue(Key::LastTeam, teamId).isEmpty();
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}
bool Settings::setWindowGeometry(const QByteArray& geometry)
{
    return setValue(Key::WindowGeometry, geometry).isEmpty();
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}
bool Settings::setWindowState(const QByteArray& state)
{
    return setValue(Key::WindowState, state).isEmpty();
}

QString Settings::oauthClientId() const
{
    return value(Key::OAuthClientId).toString();
}
bool Settings::setOAuthClientId(const QString& clientId)
{
    return setValue(Key::OAuthClientId, clientId).isEmpty();
}

QString Settings::oauthRedirectUri() const
{
    return value(Key::OAuthRedirectUri).toString();
}
bool Settings::setOAuthRedirectUri(const QString& uri)
{
    return setValue(Key::OAuthRedirectUri, uri).isEmpty();
}

bool Settings::kioskEnabled() const
{
    return value(Key::KioskEnabled).toBool();
}
bool Settings::setKioskEnabled(bool enabled)
{
    return setValue(Key::KioskEnabled, enabled).isEmpty();
}

QStringList Settings::kioskTeams() const
{
    return value(Key::KioskTeams).toStringList();
}
bool Settings::setKioskTeams(const QStringList& teamIds)
{
    return setValue(Key::KioskTeams, teamIds).isEmpty();
}

int Settings::kioskRotateSeconds() const
{
    return value(Key::KioskRotateSeconds).toInt();
}
bool Settings::setKioskRotateSeconds(int seconds)
{
    return setValue(Key::KioskRotateSeconds, seconds).isEmpty();
}

int Settings::kioskScreen() const
{
    return value(Key::KioskScreen).toInt();
}
bool Settings::setKioskScreen(int screen)
{
    return setValue(Key::KioskScreen, screen).isEmpty();
}

QString Settings::kioskActiveHours() const
{
    return value(Key::KioskActiveHours).toString();
}
bool Settings::setKioskActiveHours(const QString& hours)
{
    return setValue(Key::KioskActiveHours, hours).isEmpty();
}

QStringList Settings::kioskActiveDays() const
{
    return value(Key::KioskActiveDays).toStringList();
}
bool Settings::setKioskActiveDays(const QStringList& days)
{
    return setValue(Key::KioskActiveDays, days).isEmpty();
}

QString Settings::kioskExitChord() const
{
    return value(Key::KioskExitChord).toString();
}
bool Settings::setKioskExitChord(const QString& chord)
{
    return setValue(Key::KioskExitChord, chord).isEmpty();
}

std::optional<std::pair<QTime, QTime>> Settings::parseActiveHours(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QTime start(match.captured(1).toInt(), match.captured(2).toInt());
    const QTime end(match.captured(3).toInt(), match.captured(4).toInt());
    if (!start.isValid() || !end.isValid() || start == end)
        return std::nullopt;
    return std::pair{start, end};
}

std::optional<QSet<int>> Settings::parseActiveDays(const QStringList& items)
{
    static const QStringList names = {
        QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
        QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    const auto day = [](const QString& name) -> int {
        return int(names.indexOf(name.trimmed().toLower())) + 1; // 0: unknown
    };
    QSet<int> days;
    for (const QString& item : items) {
        const QStringList ends = item.split(QLatin1Char('-'));
        if (ends.size() == 1) {
            const int d = day(ends.at(0));
            if (d == 0)
                return std::nullopt;
            days.insert(d);
        } else if (ends.size() == 2) {
            const int first = day(ends.at(0));
            const int last = day(ends.at(1));
            if (first == 0 || last == 0)
                return std::nullopt;
            // A range may wrap over the weekend: "fri-mon".
            for (int d = first;; d = d % 7 + 1) {
                days.insert(d);
                if (d == last)
                    break;
            }
        } else {
            return std::nullopt;
        }
    }
    return days;
}

// --- versioning --------------------------------------------------------------

int Settings::storedVersion() const
{
    return value(Key::Version).toInt();
}

void Settings::migrate()
{
    // Always, whatever the version: a deployed file can be edited at any time.
    for (const QString& key : m_store->allKeys()) {
        if (looksLikeCredential(key)) {
            m_store->remove(key);
            qCWarning(lcApp).noquote()
                << QStringLiteral("Removed setting %1 from %2: credentials are kept in the "
                                  "system keychain, never in settings.")
                       .arg(key, m_store->fileName());
        }
    }

    const int from = storedVersion();
    if (from > kCurrentVersion) {
        qCWarning(lcApp).noquote()
            << QStringLiteral("Settings in %1 have version %2, newer than this Floorwatch (%3); "
                              "they are read as they are.")
                   .arg(m_store->fileName())
                   .arg(from)
                   .arg(kCurrentVersion);
        m_store->sync();
        return;
    }

    if (from < 1) {
        // Version 0 kept the poll interval in milliseconds.
        if (m_store->contains(kLegacyIntervalMs)) {
            const QString newKey = keyName(Key::PollIntervalSeconds);
            const auto ms = convert(Type::Int, m_store->value(kLegacyIntervalMs));
            if (m_store->contains(newKey)) {
                qCInfo(lcApp) << "Dropping" << kLegacyIntervalMs << "in favour of" << newKey;
            } else if (!ms) {
                qCWarning(lcApp) << "Dropping" << kLegacyIntervalMs
                                 << "- not a number; the default interval applies.";
            } else {
                const Entry& e = entry(Key::PollIntervalSeconds);
                const int seconds =
                    int(std::clamp<qint64>((qint64(ms->toInt()) + 500) / 1000, e.min, e.max));
                m_store->setValue(newKey, seconds);
                qCInfo(lcApp) << "Migrated" << kLegacyIntervalMs << "to" << newKey << seconds;
            }
            m_store->remove(kLegacyIntervalMs);
        }
    }

    if (from != kCurrentVersion || !isSet(Key::Version))
        m_store->setValue(keyName(Key::Version), kCurrentVersion);
    m_store->sync();
    if (m_store->status() != QSettings::NoError)
        qCWarning(lcApp).noquote()
            << QStringLiteral("Could not write the settings to %1.").arg(m_store->fileName());
}

QString Settings::fileName() const
{
    return m_store->fileName();
}

QSettings::Status Settings::status() const
{
    return m_store->status();
}

void Settings::sync()
{
    m_store->sync();
}
