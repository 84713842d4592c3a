#pragma once

#include "KioskText.h"

#include <QStringList>

// Which teams take turns on the wall, which one is on, and how far its
// turn has gone: the discreet progress line at the bottom.
struct KioskRotation
{
    QStringList names;
    int index = -1;
    double progress = 0.0; // 0 … 1

    bool visible() const { return names.size() > 1; }
    friend bool operator==(const KioskRotation&, const KioskRotation&) = default;
};

// What surrounds every team page: the team's name, "as of 09:42:10", how
// fresh that is, and the rotation.
struct KioskFrame
{
    QString title;
    QString asOf;
    KioskStatus status;
    KioskRotation rotation;

    bool sameHeader(const KioskFrame& o) const
    {
        return title == o.title && asOf == o.asOf && status.text == o.status.text &&
               status.tone == o.status.tone && status.dimmed == o.status.dimmed;
    }
};
