#include "DashboardView.h"

#include "ChartPanel.h"
#include "Clock.h"
#include "Freshness.h"
#include "HistoryStore.h"
#include "MetricsStore.h"
#include "SummaryHeader.h"
#include "TeammateSortFilterProxy.h"
#include "TeammateTableStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {
constexpr std::chrono::seconds kSinceChangeRefresh{10};
} // namespace

DashboardView::DashboardView(const MetricsStore& store, Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
    , m_model(new TeammateTableModel(store, clock, this))
    , m_proxy(new TeammateSortFilterProxy(this))
    , m_style(new TeammateTableStyle(this))
    , m_header(new SummaryHeader(this))
    , m_teamTitle(new QLabel(this))
    , m_freshness(new QLabel(this))
    , m_banner(new StatusBanner(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_totalsRow(new QLabel(this))
    , m_charts(new ChartPanel(this))
    , m_pages(new QStackedWidget(this))
    , m_emptyMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_proxy->setSourceModel(m_model);
    m_style->setSourceModel(m_proxy);

    m_teamTitle->setObjectName(QStringLiteral("teamTitle"));
    QFont titleFont = m_teamTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_teamTitle->setFont(titleFont);
    m_freshness->setObjectName(QStringLiteral("freshnessLabel"));
    m_freshness->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter teammates by name or status"));
    m_filter->setAccessibleName(tr("Filter teammates"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TeammateSortFilterProxy::setFilterText);

    m_table->setObjectName(QStringLiteral("teammateTable"));
    m_table->setAccessibleName(tr("Teammates"));
    m_table->setModel(m_style);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TeammateTableModel::OpenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Names are what a supervisor scans for, so they keep their full width;
    // the status (with the away reason, also in its tooltip) takes what is
    // left. Long column titles (German, French) then squeeze the status,
    // not the names.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TeammateTableModel::StatusColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    // Fit columns to the rows on screen only: measuring every row of a
    // 2,000-teammate team on each poll would cost more than drawing it.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DashboardView::onSelectionChanged);

    m_totalsRow->setObjectName(QStringLiteral("totalsRow"));
    m_totalsRow->setAutoFillBackground(true);
    m_totalsRow->setBackgroundRole(QPalette::AlternateBase);
    m_totalsRow->setContentsMargins(8, 4, 8, 4);
    QFont bold = m_totalsRow->font();
    bold.setBold(true);
    m_totalsRow->setFont(bold);

    auto* top = new QHBoxLayout;
    top->addWidget(m_teamTitle, 1);
    top->addWidget(m_freshness);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(4);
    tableLayout->addWidget(m_filter);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_totalsRow);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter->addWidget(tableBox);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 440});
    splitter->setChildrenCollapsible(false);

    // Before the first numbers arrive there is a sentence, not empty axes.
    auto* dataPage = new QWidget(this);
    auto* dataLayout = new QVBoxLayout(dataPage);
    dataLayout->setContentsMargins(0, 0, 0, 0);
    dataLayout->setSpacing(8);
    dataLayout->addWidget(m_header);
    dataLayout->addWidget(splitter, 1);
    m_emptyMessage->setObjectName(QStringLiteral("emptyMessage"));
    m_emptyMessage->setAlignment(Qt::AlignCenter);
    m_emptyMessage->setWordWrap(true);
    m_emptyMessage->setForegroundRole(QPalette::PlaceholderText);
    QFont emptyFont = m_emptyMessage->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.4);
    m_emptyMessage->setFont(emptyFont);
    m_pages->addWidget(m_emptyMessage);
    m_pages->addWidget(dataPage);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);

    connect(&store, &MetricsStore::snapshotUpdated, this,
            [this](const QString& teamId) { onSnapshot(teamId); });
    connect(m_banner, &StatusBanner::actionRequested, this, &DashboardView::bannerAction);
    refreshTime();
}

DashboardView::~DashboardView()
{
    m_clock.cancel(m_wake);
}

void DashboardView::setTeam(const QString& teamId)
{
    m_model->setTeam(teamId);
    m_state = PollState{};
    m_banner->showState(m_state, m_clock.now());
    onSnapshot(teamId);
}

QString DashboardView::teamId() const
{
    return m_model->teamId();
}

void DashboardView::setPollState(const PollState& state)
{
    m_state = state;
    if (state.phase != PollState::Phase::Polling)
        m_banner->showState(state, m_clock.now());
    refreshTime();
}

void DashboardView::setInterval(std::chrono::seconds interval)
{
    m_interval = interval;
    refreshTime();
}

void DashboardView::setThresholds(const TeamThresholds& thresholds)
{
    m_model->setThresholds(thresholds);
}

void DashboardView::setFrozen(bool frozen)
{
    m_frozen = frozen;
    refreshTime();
}

void DashboardView::onSnapshot(const QString& teamId)
{
    if (teamId != m_model->teamId())
        return;
    const TeamSnapshot* snapshot = m_store.latest(teamId);
    m_pages->setCurrentIndex(snapshot ? 1 : 0);
    if (!snapshot) {
        m_teamTitle->setText(teamId.isEmpty() ? tr("Floorwatch") : tr("Team %1").arg(teamId));
        m_emptyMessage->setText(teamId.isEmpty()
                                    ? tr("Choose a team to see how loaded each teammate is.")
                                    : tr("Waiting for the first numbers from Intercom…"));
        return;
    }
    m_teamTitle->setText(snapshot->teamName.isEmpty() ? tr("Team %1").arg(teamId)
                                                      : snapshot->teamName);
    m_header->setSnapshot(*snapshot);
    m_charts->setSnapshot(*snapshot);
    updateTrend();
    updateTotalsRow(*snapshot);
    refreshTime();
}

void DashboardView::updateTotalsRow(const TeamSnapshot& snapshot)
{
    const Totals& t = snapshot.totals;
    m_totalsRow->setText(tr("Total  ·  %1 open  ·  %2 idle  ·  %3 snoozed  ·  %4 active, %5 away")
                             .arg(t.open)
                             .arg(t.idle)
                             .arg(t.snoozed)
                             .arg(snapshot.activeCount)
                             .arg(snapshot.awayCount));
    m_totalsRow->setAccessibleName(m_totalsRow->text());
}

void DashboardView::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString adminId =
        rows.isEmpty() ? QString() : rows.first().data(TeammateTableModel::AdminIdRole).toString();
    m_charts->setHighlightedTeammate(adminId);
    updateTrend();
}

void DashboardView::setHistory(const HistoryStore* history, std::function<QString()> workspace)
{
    m_history = history;
    m_workspace = std::move(workspace);
    m_charts->setTrendRangesAvailable(history != nullptr);
    connect(m_charts, &ChartPanel::trendRangeChanged, this, &DashboardView::updateTrend,
            Qt::UniqueConnection);
}

QDateTime DashboardView::trendStart(const QDateTime& now) const
{
    switch (m_charts->trendRange()) {
    case ChartPanel::TrendRange::Shift:
        return now.addMSecs(-m_store.historyWindowMs());
    case ChartPanel::TrendRange::Today:
        return QDateTime(now.toLocalTime().date(), QTime(0, 0));
    case ChartPanel::TrendRange::Day:
        return now.addSecs(-24 * 3600);
    case ChartPanel::TrendRange::Week:
        break;
    }
    return now.addDays(-7);
}

void DashboardView::updateTrend()
{
    const QString teamId = m_model->teamId();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const TeamSnapshot* snapshot = m_store.latest(teamId);
    const QDateTime now = m_frozen && snapshot ? snapshot->fetchedAt : m_clock.now();
    const QString adminId =
        rows.isEmpty() ? QString() : rows.first().data(TeammateTableModel::AdminIdRole).toString();
    const QString name =
        rows.isEmpty()
            ? QString()
            : rows.first().siblingAtColumn(TeammateTableModel::NameColumn).data().toString();
    const ChartPanel::TrendRange range = m_charts->trendRange();
    if (!m_history || range == ChartPanel::TrendRange::Shift) {
        if (!adminId.isEmpty())
            m_charts->setTrend(m_store.teammateHistory(teamId, adminId), tr("Trend: %1").arg(name),
                               now);
        else
            m_charts->setTrend(m_store.teamHistory(teamId), tr("Team trend over the shift"), now);
        return;
    }
    const QDateTime from = trendStart(now);
    QString span;
    switch (range) {
    case ChartPanel::TrendRange::Today:
        span = tr("today");
        break;
    case ChartPanel::TrendRange::Day:
        span = tr("last 24 hours");
        break;
    case ChartPanel::TrendRange::Shift:
    case ChartPanel::TrendRange::Week:
        span = tr("last 7 days");
        break;
    }
    // Read again when team, teammate or range change, and once a minute:
    // a week of one teammate is too much to read on every poll.
    const QString key =
        teamId + QLatin1Char('\n') + adminId + QLatin1Char('\n') + QString::number(int(range));
    if (key != m_trendCache.key || !m_trendCache.readAt.isValid() ||
        m_trendCache.readAt.secsTo(now) >= 60 || m_trendCache.readAt > now) {
        const qint64 fromMs = from.toMSecsSinceEpoch(), nowMs = now.toMSecsSinceEpoch();
        const HistorySeries series =
            adminId.isEmpty() ? m_history->teamTotals(m_workspace(), teamId, fromMs, nowMs)
                              : m_history->teammate(m_workspace(), teamId, adminId, fromMs, nowMs);
        m_trendCache = {key, now, History::of(trendOf(series, nowMs, m_interval))};
    }
    m_charts->setTrend(&m_trendCache.history,
                       adminId.isEmpty() ? tr("Team trend, %1").arg(span)
                                         : tr("Trend: %1, %2").arg(name, span),
                       now);
}

void DashboardView::refreshTime()
{
    const TeamSnapshot* snapshot = m_store.latest(m_model->teamId());
    if (!snapshot) {
        m_clock.cancel(std::exchange(m_wake, 0)); // a snapshot's arrival refreshes
        m_freshness->setText(tr("No data yet"));
        setStale(false);
        return;
    }
    const QDateTime& fetchedAt = snapshot->fetchedAt;
    const QDateTime now = m_clock.now();
    const qint64 age = Freshness::ageSeconds(fetchedAt, now);
    const bool stale = !m_frozen && Freshness::isStale(fetchedAt, now, m_interval);
    // "as of 09:42:10 · 10 s ago": the wall's "as of", with the age beside it.
    const qint64 shown = Freshness::shownAge(age);
    const QString asOf = Freshness::asOf(fetchedAt, QTimeZone::systemTimeZone());
    const QString ago =
        shown == 0 ? tr("just now") : tr("%1 ago").arg(TeammateTableModel::compactDuration(shown));
    const QString text = asOf + QStringLiteral(" \u00B7 ") + ago;
    m_freshness->setText(stale ? tr("⚠ Stale — %1").arg(text) : text);
    m_freshness->setAccessibleName(m_freshness->text());
    setStale(stale);

    QDateTime next = fetchedAt.addSecs(Freshness::nextShownAge(age));
    if (!stale && !m_frozen) // stale from the first whole second past twice the interval
        next = std::min(next, fetchedAt.addSecs(2 * m_interval.count() + 1));
    // "Since change" reads in seconds under a minute: never more than 10 s
    // behind.
    wakeAt(std::min(next, now.addSecs(kSinceChangeRefresh.count())));
}

void DashboardView::wakeAt(const QDateTime& at)
{
    // Only ever earlier: refreshes on every poll must not keep putting off
    // the one for "Since change".
    if (m_wake && m_wakeAt <= at)
        return;
    m_clock.cancel(m_wake);
    m_wakeAt = at;
    const qint64 wait = std::max<qint64>(1, m_clock.now().msecsTo(at));
    m_wake = m_clock.schedule(std::chrono::milliseconds(wait), this, [this] {
        m_wake = 0;
        refreshTime();
        m_model->refreshRelativeTimes();
    });
}

void DashboardView::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    m_style->setStale(stale);
    m_charts->setStale(stale);
    m_header->setEnabled(!stale); // disabled text is the palette's dimmed text
    m_freshness->setForegroundRole(stale ? QPalette::BrightText : QPalette::WindowText);
}

QString DashboardView::freshnessText() const
{
    return m_freshness->text();
}
