#pragma once

#include "TeamSnapshot.h"

#include <QWidget>

class QLabel;

// The team at a glance: open, idle and snoozed totals, who is active or
// away, and capacity in use when the team is load-balanced.
class SummaryHeader : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryHeader(QWidget* parent = nullptr);

    void setSnapshot(const TeamSnapshot& snapshot);
    QString valueText(const QString& tile) const; // for tests: "open", "idle", …

private:
    struct Tile
    {
        QWidget* box;
        QLabel* value;
        QLabel* caption;
    };
    Tile addTile(const QString& name, const QString& caption);

    QList<Tile> m_tiles;
    Tile m_open, m_idle, m_snoozed, m_people, m_capacity;
};
