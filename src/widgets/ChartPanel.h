#pragma once

#include "MetricsStore.h"
#include "TeamSnapshot.h"
#include "TeammateRanking.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QDateTimeAxis;
class QHorizontalStackedBarSeries;
class QAreaSeries;
class QLineSeries;
class QValueAxis;

// The only place that knows Qt Charts: a stacked bar per teammate (sorted
// by load, as many as fit) and the trend of the team, or of the selected
// teammate, over the shift. Every update replaces whole series at once.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    // How far back the trend reaches. Shift is the last 8 hours, what the
    // window keeps in memory; the others are read from the history.
    enum class TrendRange
    {
        Shift,
        Today,
        Day,
        Week
    };
    // Offers the ranges past the shift (only when a history is kept).
    void setTrendRangesAvailable(bool available);
    TrendRange trendRange() const;

    void setSnapshot(const TeamSnapshot& snapshot);
    // The team's totals over time, or one teammate's when selected.
    void setTrend(const History* history, const QString& title, const QDateTime& now);
    void setHighlightedTeammate(const QString& adminId);
    void setStale(bool stale);
    void applyPalette();

    // For tests: what the bar chart shows, top to bottom.
    QStringList barNames() const;
    int hiddenTeammates() const { return m_hidden; }
    int trendPointCount() const;

signals:
    void trendRangeChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildBars();
    int barsThatFit() const;

    QChartView* m_barView;
    QChart* m_barChart;
    QHorizontalStackedBarSeries* m_bars;
    QBarSet* m_openSet;
    QBarSet* m_idleSet;
    QBarSet* m_snoozedSet;
    QBarCategoryAxis* m_nameAxis;
    QValueAxis* m_countAxis;
    QLabel* m_moreLabel;

    QChartView* m_trendView;
    QComboBox* m_range;
    QChart* m_trendChart;
    QLineSeries* m_openLine;
    QLineSeries* m_idleLine;
    QLineSeries* m_snoozedLine;
    // Drawn over the lines where nothing was polled, so a gap is never bridged.
    QAreaSeries* m_gapBand;
    QLineSeries* m_gapEdge;
    QDateTimeAxis* m_timeAxis;
    QValueAxis* m_trendAxis;

    // The most loaded teammates of the last snapshot, more than any screen
    // has room for, in order; and how many the team has.
    QList<TeammateRow> m_top;
    qsizetype m_teamSize = 0;
    TeammateRanking m_ranking;
    QString m_highlighted;
    QStringList m_shownIds; // top to bottom
    int m_hidden = 0;
};
