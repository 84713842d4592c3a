#include "Settings.h"

#include "Logging.h"
#include "SettingsSchema.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace {

using Key = Settings::Key;
using SettingsSchema::entry;
using SettingsSchema::Entry;
using SettingsSchema::Type;
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

std::unique_ptr<QSettings> Settings::openUserStore(Store which)
{
    // The demo keeps its own settings, so it never touches a real set-up.
    if (which == Store::Demo)
        return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                           QStringLiteral("Floorwatch"),
                                           QStringLiteral("floorwatch-demo"));
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
    for (const Key key : SettingsSchema::keys())
        names.append(entry(key).name);
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
    return SettingsSchema::check(key, value).error;
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
    return SettingsSchema::languages();
}

std::optional<QVariant> Settings::readStored(Key key, const QString& storedKey) const
{
    if (!m_store->contains(storedKey))
        return std::nullopt;
    const auto checked = SettingsSchema::check(key, m_store->value(storedKey));
    if (checked.error.isEmpty())
        return checked.value;
    if (!m_warned.contains(storedKey)) {
        m_warned.insert(storedKey);
        // The reason never repeats a password: checkBaseUrl refuses URLs
        // with credentials before any message quotes the URL.
        qCWarning(lcConfig).noquote()
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
    const auto checked = SettingsSchema::check(key, value);
    if (!checked.error.isEmpty())
        return checked.error;
    store(key, keyName(key), checked.value);
    return {};
}

void Settings::store(Key key, const QString& storedKey, const QVariant& value)
{
    std::optional<QVariant> before;
    if (m_store->contains(storedKey))
        before = SettingsSchema::convert(entry(key).type, m_store->value(storedKey));
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
            qCWarning(lcConfig).noquote()
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
            qCWarning(lcConfig).noquote()
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
            qCWarning(lcConfig).noquote()
                << QStringLiteral("Removed setting %1 from %2: credentials are kept in the "
                                  "system keychain, never in settings.")
                       .arg(key, m_store->fileName());
        }
    }

    const int from = storedVersion();
    if (from > kCurrentVersion) {
        qCWarning(lcConfig).noquote()
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
            const auto ms = SettingsSchema::convert(Type::Int, m_store->value(kLegacyIntervalMs));
            if (m_store->contains(newKey)) {
                qCInfo(lcConfig) << "Dropping" << kLegacyIntervalMs << "in favour of" << newKey;
            } else if (!ms) {
                qCWarning(lcConfig) << "Dropping" << kLegacyIntervalMs
                                    << "- not a number; the default interval applies.";
            } else {
                const Entry& e = entry(Key::PollIntervalSeconds);
                const int seconds =
                    int(std::clamp<qint64>((qint64(ms->toInt()) + 500) / 1000, e.min, e.max));
                m_store->setValue(newKey, seconds);
                qCInfo(lcConfig) << "Migrated" << kLegacyIntervalMs << "to" << newKey << seconds;
            }
            m_store->remove(kLegacyIntervalMs);
        }
    }

    if (from != kCurrentVersion || !isSet(Key::Version))
        m_store->setValue(keyName(Key::Version), kCurrentVersion);
    m_store->sync();
    if (m_store->status() != QSettings::NoError)
        qCWarning(lcConfig).noquote()
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
