#pragma once

class QSettings;
class Settings;

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
