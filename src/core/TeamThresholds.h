#pragma once

#include <QString>

// Alert thresholds of one team: a teammate at or above a level is shown as
// warning / critical. Critical is never below warning.
struct TeamThresholds
{
    static constexpr int kMin = 1;
    static constexpr int kMax = 9999;

    int openWarning = 8;
    int openCritical = 12;
    int idleWarning = 1;
    int idleCritical = 3;

    // Empty when the four values are in range and each critical level is at
    // least its warning level; otherwise one sentence for a person.
    QString validationError() const;
    bool isValid() const { return validationError().isEmpty(); }

    friend bool operator==(const TeamThresholds&, const TeamThresholds&) = default;
};
