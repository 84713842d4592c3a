#include "ChartPanel.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsOpacityEffect>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

// Fixed series colours, chosen to read on light and dark backgrounds and to
// match the table's warning colour for idle.
const QColor kOpen(0x3b, 0x82, 0xf6);
const QColor kIdle(0xf5, 0x9e, 0x0b);
const QColor kSnoozed(0x94, 0xa3, 0xb8);

double loadOf(const TeammateRow& row, const std::optional<int>& limit)
{
    return limit && *limit > 0 ? double(row.open) / *limit : double(row.open);
}

QChart* makeChart()
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation); // no CPU between polls
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChartView* makeView(QChart* chart, const QString& name, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(name);
    view->setMinimumHeight(160);
    return view;
}

// Changes-only history drawn as steps: a count holds until it changes.
QList<QPointF> stepsOf(const std::deque<HistoryPoint>& points, int HistoryPoint::*field,
                       qint64 until)
{
    QList<QPointF> out;
    out.reserve(qsizetype(points.size()) * 2 + 1);
    for (size_t i = 0; i < points.size(); ++i) {
        const HistoryPoint& p = points[i];
        if (i > 0)
            out.append(QPointF(double(p.msecs), double(points[i - 1].*field)));
        out.append(QPointF(double(p.msecs), double(p.*field)));
    }
    if (!points.empty() && until > points.back().msecs)
        out.append(QPointF(double(until), double(points.back().*field)));
    return out;
}

} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartPanel"));

    m_barChart = makeChart();
    m_bars = new QHorizontalStackedBarSeries;
    m_openSet = new QBarSet(tr("Open, not idle"));
    m_idleSet = new QBarSet(tr("Idle"));
    m_snoozedSet = new QBarSet(tr("Snoozed"));
    m_openSet->setColor(kOpen);
    m_idleSet->setColor(kIdle);
    m_snoozedSet->setColor(kSnoozed);
    for (QBarSet* set : {m_openSet, m_idleSet, m_snoozedSet}) {
        set->setBorderColor(Qt::transparent);
        set->setSelectedColor(set->color().darker(140));
    }
    m_bars->append({m_openSet, m_idleSet, m_snoozedSet});
    m_bars->setBarWidth(0.7);
    m_barChart->addSeries(m_bars);
    m_nameAxis = new QBarCategoryAxis;
    // Qt Charts elides category labels long before it runs out of room.
    m_nameAxis->setTruncateLabels(false);
    m_countAxis = new QValueAxis;
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    m_barChart->addAxis(m_nameAxis, Qt::AlignLeft);
    m_barChart->addAxis(m_countAxis, Qt::AlignBottom);
    m_bars->attachAxis(m_nameAxis);
    m_bars->attachAxis(m_countAxis);
    m_barChart->setTitle(tr("Load per teammate"));
    m_barView = makeView(m_barChart, QStringLiteral("barChart"), this);
    m_barView->setAccessibleName(tr("Open, idle and snoozed conversations per teammate"));

    m_moreLabel = new QLabel(this);
    m_moreLabel->setObjectName(QStringLiteral("moreTeammatesLabel"));
    m_moreLabel->setAlignment(Qt::AlignRight);
    m_moreLabel->hide();

    m_trendChart = makeChart();
    m_openLine = new QLineSeries;
    m_idleLine = new QLineSeries;
    m_snoozedLine = new QLineSeries;
    m_openLine->setName(tr("Open"));
    m_idleLine->setName(tr("Idle"));
    m_snoozedLine->setName(tr("Snoozed"));
    const QList<QPair<QLineSeries*, QColor>> lines{
        {m_openLine, kOpen}, {m_idleLine, kIdle}, {m_snoozedLine, kSnoozed}};
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_trendAxis = new QValueAxis;
    m_trendAxis->setLabelFormat(QStringLiteral("%d"));
    m_trendChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_trendChart->addAxis(m_trendAxis, Qt::AlignLeft);
    for (const auto& [series, colour] : lines) {
        QPen pen(colour);
        pen.setWidthF(2.0);
        series->setPen(pen);
        m_trendChart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_trendAxis);
    }
    m_gapEdge = new QLineSeries(this);
    m_gapBand = new QAreaSeries(m_gapEdge);
    m_gapBand->setPen(Qt::NoPen);
    m_trendChart->addSeries(m_gapBand);
    m_gapBand->attachAxis(m_timeAxis);
    m_gapBand->attachAxis(m_trendAxis);
    for (QLegendMarker* marker : m_trendChart->legend()->markers(m_gapBand))
        marker->setVisible(false);
    m_trendView = makeView(m_trendChart, QStringLiteral("trendChart"), this);
    m_trendView->setAccessibleName(tr("Trend over the shift"));
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("trendRangeCombo"));
    m_range->setAccessibleName(tr("Trend range"));
    m_range->addItem(tr("Last 8 hours"), int(TrendRange::Shift));
    m_range->addItem(tr("Today"), int(TrendRange::Today));
    m_range->addItem(tr("Last 24 hours"), int(TrendRange::Day));
    m_range->addItem(tr("Last 7 days"), int(TrendRange::Week));
    m_range->hide();
    connect(m_range, &QComboBox::currentIndexChanged, this, &ChartPanel::trendRangeChanged);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_barView, 3);
    layout->addWidget(m_moreLabel);
    layout->addWidget(m_range, 0, Qt::AlignRight);
    layout->addWidget(m_trendView, 2);
    applyPalette();
}

void ChartPanel::setTrendRangesAvailable(bool available)
{
    m_range->setVisible(available);
    if (!available)
        m_range->setCurrentIndex(0);
}

ChartPanel::TrendRange ChartPanel::trendRange() const
{
    return TrendRange(m_range->currentData().toInt());
}

void ChartPanel::setSnapshot(const TeamSnapshot& snapshot)
{
    // Ranked once per snapshot, and only as far as a screen could show:
    // resizing draws more or fewer of these without sorting again.
    constexpr qsizetype kMostBars = 256;
    const auto limit = snapshot.assignmentLimit;
    const QList<qsizetype> top = m_ranking.top(
        snapshot.rows, kMostBars, [&limit](const TeammateRow& a, const TeammateRow& b) {
            const double la = loadOf(a, limit), lb = loadOf(b, limit);
            if (la != lb)
                return la > lb ? -1 : 1;
            if (a.idle != b.idle)
                return a.idle > b.idle ? -1 : 1;
            return 0;
        });
    m_top.clear();
    m_top.reserve(top.size());
    for (const qsizetype i : top)
        m_top.append(snapshot.rows.at(i));
    m_teamSize = snapshot.rows.size();
    rebuildBars();
}

int ChartPanel::barsThatFit() const
{
    // About two lines of text per bar keeps names legible.
    const int perBar = std::max(18, fontMetrics().height() + 8);
    const int usable = std::max(0, m_barView->height() - 90);
    return std::max(3, usable / perBar);
}

void ChartPanel::rebuildBars()
{
    const QList<TeammateRow>& rows = m_top;
    const int shown = std::min<int>(int(rows.size()), barsThatFit());
    m_hidden = int(m_teamSize) - shown;

    // Horizontal bars are drawn bottom-up: feed the busiest last.
    QList<qreal> open, idle, snoozed;
    QStringList names;
    m_shownIds.clear();
    int maxTotal = 1;
    for (int i = shown - 1; i >= 0; --i) {
        const TeammateRow& row = rows[i];
        open.append(row.open - std::min(row.idle, row.open));
        idle.append(std::min(row.idle, row.open));
        snoozed.append(row.snoozed);
        names.append(row.away ? tr("%1 (away)").arg(row.name) : row.name);
        maxTotal = std::max(maxTotal, row.open + row.snoozed);
    }
    for (int i = 0; i < shown; ++i)
        m_shownIds.append(rows[i].adminId);

    m_nameAxis->setCategories(names);
    for (auto [set, values] : {std::pair{m_openSet, &open}, std::pair{m_idleSet, &idle},
                               std::pair{m_snoozedSet, &snoozed}}) {
        set->deselectAllBars();
        set->remove(0, set->count());
        set->append(*values);
    }
    m_countAxis->setRange(0, maxTotal + 1);
    m_countAxis->setTickCount(std::min(maxTotal + 2, 6));
    m_countAxis->applyNiceNumbers();
    setHighlightedTeammate(m_highlighted);

    m_moreLabel->setVisible(m_hidden > 0);
    m_moreLabel->setText(tr("+%n more teammate(s) (see the table)", nullptr, m_hidden));
}

void ChartPanel::setHighlightedTeammate(const QString& adminId)
{
    m_highlighted = adminId;
    const int index = int(m_shownIds.indexOf(adminId));
    const int barIndex = index < 0 ? -1 : int(m_shownIds.size()) - 1 - index;
    for (QBarSet* set : {m_openSet, m_idleSet, m_snoozedSet}) {
        set->deselectAllBars();
        if (barIndex >= 0)
            set->selectBar(barIndex);
    }
}

void ChartPanel::setTrend(const History* history, const QString& title, const QDateTime& now)
{
    m_trendChart->setTitle(title);
    const qint64 until = now.toMSecsSinceEpoch();
    if (!history || history->points().empty()) {
        m_openLine->clear();
        m_idleLine->clear();
        m_snoozedLine->clear();
        m_gapEdge->clear();
        m_timeAxis->setRange(now.addSecs(-600), now);
        return;
    }
    const auto& points = history->points();
    m_openLine->replace(stepsOf(points, &HistoryPoint::open, until));
    m_idleLine->replace(stepsOf(points, &HistoryPoint::idle, until));
    m_snoozedLine->replace(stepsOf(points, &HistoryPoint::snoozed, until));

    int top = 1;
    for (const HistoryPoint& p : points)
        top = std::max({top, p.open, p.snoozed});
    m_trendAxis->setRange(0, top + 1);
    // Each gap in polling, from where it starts to the next point.
    QList<QPointF> band;
    for (size_t i = 0; i < points.size(); ++i) {
        if (!points[i].gap)
            continue;
        const double from = double(points[i].msecs);
        const double to = double(i + 1 < points.size() ? points[i + 1].msecs : until);
        band << QPointF(from, 0) << QPointF(from, top + 1) << QPointF(to, top + 1)
             << QPointF(to, 0);
    }
    m_gapEdge->replace(band);
    // Qt Charts drops every count label once they overlap, which happens
    // early with the taller lines of Japanese fonts: only as many ticks as
    // there is room for, at most five.
    const qreal plotHeight = m_trendChart->plotArea().height();
    const int lineHeight = fontMetrics().height() + 4;
    m_trendAxis->setTickCount(plotHeight > 0 ? std::clamp(int(plotHeight) / lineHeight, 2, 5) : 5);
    m_trendAxis->applyNiceNumbers();
    // The line starts at the left edge and grows to the right; ticks fall on
    // round minutes (1, 2, 5, 10, 15, 30, 60 or 120 apart) so they read as times.
    const qint64 firstMs = points.front().msecs;
    const qint64 spanMs = std::max<qint64>(until - firstMs, 10 * 60 * 1000);
    const int maxTicks = std::clamp(width() / 100, 3, 9);
    qint64 stepMs = 60 * 1000;
    for (const int minutes : {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440}) {
        stepMs = qint64(minutes) * 60 * 1000;
        if (spanMs / stepMs + 1 <= maxTicks)
            break;
    }
    const qint64 startMs = firstMs - firstMs % stepMs;
    qint64 endMs = startMs + stepMs;
    while (endMs < firstMs + spanMs)
        endMs += stepMs;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(startMs).toLocalTime(),
                         QDateTime::fromMSecsSinceEpoch(endMs).toLocalTime());
    m_timeAxis->setTickCount(int((endMs - startMs) / stepMs) + 1);
    // Over more than a day a time of day alone is ambiguous.
    m_timeAxis->setFormat(spanMs > 24LL * 3600 * 1000 ? QStringLiteral("ddd HH:mm")
                                                      : QStringLiteral("HH:mm"));
}

void ChartPanel::setStale(bool stale)
{
    for (QChartView* view : {m_barView, m_trendView}) {
        if (!stale) {
            view->setGraphicsEffect(nullptr);
            continue;
        }
        auto* effect = new QGraphicsOpacityEffect(view);
        effect->setOpacity(0.45);
        view->setGraphicsEffect(effect);
    }
}

QStringList ChartPanel::barNames() const
{
    QStringList names = m_nameAxis->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

int ChartPanel::trendPointCount() const
{
    return int(m_openLine->count());
}

void ChartPanel::applyPalette()
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor grid = pal.color(QPalette::Mid);
    for (QChart* chart : {m_barChart, m_trendChart}) {
        chart->setBackgroundBrush(pal.color(QPalette::Base));
        m_gapBand->setBrush(pal.color(QPalette::Base));
        chart->setPlotAreaBackgroundVisible(false);
        chart->setTitleBrush(text);
        QFont title = font();
        title.setBold(true);
        chart->setTitleFont(title);
        chart->legend()->setLabelColor(text);
        chart->legend()->setFont(font());
        const auto axes = chart->axes();
        for (QAbstractAxis* axis : axes) {
            axis->setLabelsColor(text);
            axis->setLabelsFont(font());
            axis->setGridLineColor(grid);
            axis->setLinePenColor(grid);
        }
    }
    m_moreLabel->setForegroundRole(QPalette::PlaceholderText);
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    if (barsThatFit() != int(m_shownIds.size()) || m_hidden > 0)
        rebuildBars();
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}
