#pragma once

#include <QString>

struct TeamThresholds;
struct TeammateRow;

// How a count stands against a team's thresholds. The supervisor's table and
// the wall display both ask here, so the same numbers read the same on both.
namespace Severity {

enum Level
{
    Normal = 0,
    Warning = 1,
    Critical = 2
};

// At or above a threshold reaches its level. A threshold of zero or less
// switches that level off: it would otherwise flag everyone, including
// teammates with nothing open.
Level of(int count, int warning, int critical);
Level open(const TeammateRow& row, const TeamThresholds& thresholds);
Level idle(const TeammateRow& row, const TeamThresholds& thresholds);
// The higher of the open and idle levels: how the teammate as a whole reads.
Level row(const TeammateRow& row, const TeamThresholds& thresholds);

// Colour is never the only signal: ▲ for warning, ■ for critical, nothing
// for normal. Both are in the Geometric Shapes block, which DejaVu Sans
// covers, so they also read on a monochrome wall display.
QString glyph(Level level);

} // namespace Severity
