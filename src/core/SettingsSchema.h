#pragma once

#include "Settings.h"

#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// The table of every setting: its stored name, type, default and checks.
// Settings (the user's store), the configuration file and the command line
// are all checked against it, so a range or a choice is written once.
namespace SettingsSchema {

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
    bool clamps = false;      // Int only: out of range is clamped (with a notice), not refused
    QStringList choices = {}; // canonical spellings, matched case-insensitively
    Check check = nullptr;
    bool perTeam = false; // may be overridden under teams/<id>/
};

struct Checked
{
    QVariant value; // normalised, valid when error is empty
    QString error;  // why the value is refused, for a person
    QString notice; // set when the value was clamped into range
};

const Entry& entry(Key key);
QList<Key> keys();
// The interface languages a user may choose ("en", "de", ...).
QStringList languages();

// A value as QSettings returns it (INI files give back strings, a one-item
// list as a plain string), as a command line gives it or as a caller passes
// it, brought to the entry's type and checked.
Checked check(Key key, const QVariant& raw);
// raw as type, unchecked; nullopt when it cannot be that type.
std::optional<QVariant> convert(Type type, const QVariant& raw);

} // namespace SettingsSchema
