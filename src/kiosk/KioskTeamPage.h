#pragma once

#include "KioskFrame.h"
#include "KioskTeamPainters.h"
#include "TeamThresholds.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class Clock;
class KioskStyle;
class MetricsStore;

// One team on the wall: the header, the big numbers, the most loaded
// teammates and the trend of the shift, drawn with QPainter at sizes that
// follow the layout unit. When the numbers are not current they are dimmed,
// never removed.
class KioskTeamPage : public QWidget
{
    Q_OBJECT

public:
    KioskTeamPage(const MetricsStore& store, const Clock& clock, QWidget* parent = nullptr);

    void setKioskStyle(const KioskStyle* style);
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    void setHistoryWindow(qint64 ms) { m_windowMs = ms; }
    void setTeam(const QString& teamId, const TeamThresholds& thresholds);
    QString teamId() const { return m_teamId; }
    // Repaints only what changed: the header, the footer, or everything.
    void setFrame(const KioskFrame& frame);
    const KioskFrame& frame() const { return m_frame; }
    void dataChanged()
    {
        m_rankedFor = -1;
        update();
    }

    // What the last paint showed, for tests.
    QStringList shownTeammates() const;
    int hiddenTeammates() const { return m_hidden; }
    // The level a shown teammate is marked with; nullopt when not shown.
    std::optional<Severity::Level> shownLevel(const QString& adminId) const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const MetricsStore& m_store;
    const Clock& m_clock;
    const KioskStyle* m_style = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_windowMs = 8 * 3600 * 1000;
    QString m_teamId;
    TeamThresholds m_thresholds;
    KioskFrame m_frame;
    // The most loaded teammates, ranked once per snapshot, not per paint.
    QList<TeammateRow> m_ranked;
    qsizetype m_rankedFor = -1; // how many were asked for; -1: stale
    TeammateRanking m_ranking;
    QList<KioskBars::Shown> m_shown;
    int m_hidden = 0;
};
