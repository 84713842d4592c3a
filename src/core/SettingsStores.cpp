#include "SettingsStores.h"

#include "Settings.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

Result<std::unique_ptr<SettingsStores>> SettingsStores::open(const AppOptions& options)
{
    std::unique_ptr<SettingsStores> stores(new SettingsStores);
    if (!options.configFile.isEmpty()) {
        const QFileInfo info(options.configFile);
        if (!info.isFile() || !info.isReadable())
            return ApiError(ApiError::Kind::BadConfiguration,
                            QCoreApplication::translate("SettingsStores",
                                                        "The configuration file %1 does not exist "
                                                        "or cannot be read.")
                                .arg(options.configFile));
        // A deployed file is a few hundred bytes: anything much larger is a
        // mistake (a log, a binary) and is not read into memory.
        if (info.size() > kMaxConfigFileBytes)
            return ApiError(ApiError::Kind::BadConfiguration,
                            QCoreApplication::translate("SettingsStores",
                                                        "The configuration file %1 is larger "
                                                        "than 1 MiB; it is not read.")
                                .arg(options.configFile));
        stores->m_configFile = info.absoluteFilePath();
        auto raw = std::make_unique<QSettings>(stores->m_configFile, QSettings::IniFormat);
        if (raw->status() == QSettings::FormatError)
            return ApiError(ApiError::Kind::BadConfiguration,
                            QCoreApplication::translate("SettingsStores",
                                                        "The configuration file %1 is not a valid "
                                                        "INI file.")
                                .arg(stores->m_configFile));
        stores->m_configRaw = raw.get();
        // Never migrated: IT's file is read, not rewritten.
        stores->m_config = std::make_unique<Settings>(std::move(raw));
    }
    auto user =
        Settings::openUserStore(options.demo ? Settings::Store::Demo : Settings::Store::User);
    stores->m_userRaw = user.get();
    stores->m_user = std::make_unique<Settings>(std::move(user));
    stores->m_user->migrate();
    return stores;
}

SettingsStores::~SettingsStores() = default;

QList<ConfigLayer> SettingsStores::layers() const
{
    QList<ConfigLayer> layers;
    if (m_config)
        layers.append({ConfigSource::ConfigFile, m_config.get(), m_configRaw});
    layers.append({ConfigSource::UserSettings, m_user.get(), m_userRaw});
    return layers;
}

QString SettingsStores::userFile() const
{
    return m_user->fileName();
}
