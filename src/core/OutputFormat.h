#pragma once

#include "ApiTypes.h"
#include "TeamSnapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Renders what `floorwatch --print` shows. Pure functions: no I/O.
namespace OutputFormat {

enum class Format
{
    Table,
    Json,
    Csv
};

std::optional<Format> parseFormat(const QString& name);

QByteArray snapshot(const TeamSnapshot& snapshot, Format format);
QByteArray teams(const QList<Team>& teams, Format format);

// A CSV field, quoted when needed and defused against spreadsheet formulas.
QString csvField(const QString& value);

} // namespace OutputFormat
