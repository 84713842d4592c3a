#pragma once

#include "Clock.h"
#include "History.h"
#include "Poller.h"
#include "StatusBanner.h"
#include "TeammateTableModel.h"

#include <QWidget>

#include <chrono>
#include <functional>

class TeammateSortFilterProxy;
class TeammateTableStyle;
class ChartPanel;
class HistoryStore;
class MetricsStore;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class SummaryHeader;

// One team on screen: the big numbers, freshness, what is wrong, the
// teammate table with its totals, and the charts. Data only ever gets
// replaced by newer data: errors and staleness are marked, never blanked.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(const MetricsStore& store, Clock& clock, QWidget* parent = nullptr);
    ~DashboardView() override;

    void setTeam(const QString& teamId);
    QString teamId() const;
    void setPollState(const PollState& state);
    void setInterval(std::chrono::seconds interval);
    void setThresholds(const TeamThresholds& thresholds);
    // A view of a past moment: never stale, its trend ends at the moment.
    void setFrozen(bool frozen);
    // Trends further back than the shift come from `history`, for the
    // workspace `workspace` names.
    void setHistory(const HistoryStore* history, std::function<QString()> workspace);

    // Re-reads the clock for the freshness text and staleness, and wakes
    // again when either will read differently.
    void refreshTime();

    bool isStale() const { return m_stale; }
    QString freshnessText() const;
    TeammateTableModel* model() const { return m_model; }
    const MetricsStore& store() const { return m_store; }
    // Where the trend's range (ChartPanel::trendRange) begins, seen from `now`.
    QDateTime trendStart(const QDateTime& now) const;
    QTableView* table() const { return m_table; }
    StatusBanner* banner() const { return m_banner; }
    ChartPanel* charts() const { return m_charts; }
    SummaryHeader* header() const { return m_header; }

signals:
    void bannerAction(StatusBanner::Action action);

private:
    void onSnapshot(const QString& teamId);
    void onSelectionChanged();
    void updateTrend();
    void updateTotalsRow(const TeamSnapshot& snapshot);
    void setStale(bool stale);
    void wakeAt(const QDateTime& at);

    const MetricsStore& m_store;
    Clock& m_clock;
    TeammateTableModel* m_model;
    TeammateSortFilterProxy* m_proxy;
    TeammateTableStyle* m_style;
    SummaryHeader* m_header;
    QLabel* m_teamTitle;
    QLabel* m_freshness;
    StatusBanner* m_banner;
    QLineEdit* m_filter;
    QTableView* m_table;
    QLabel* m_totalsRow;
    ChartPanel* m_charts;
    QStackedWidget* m_pages;
    QLabel* m_emptyMessage;
    std::chrono::seconds m_interval{15};
    PollState m_state;
    bool m_stale = false;
    bool m_frozen = false;
    const HistoryStore* m_history = nullptr;
    std::function<QString()> m_workspace;
    // The last trend read from the history, read again when what it shows
    // changes or after a minute.
    struct TrendCache
    {
        QString key;
        QDateTime readAt;
        History history;
    };
    TrendCache m_trendCache;
    Clock::TimerId m_wake = 0;
    QDateTime m_wakeAt;
};
