#include "LookBackView.h"

#include "Clock.h"
#include "DashboardView.h"
#include "HistoryStore.h"
#include "UtcDateTime.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr qint64 kStepMs = 60 * 1000;          // one minute per arrow key
constexpr qint64 kPageMs = 15 * 60 * 1000;     // a quarter of an hour per Page key
constexpr qint64 kLongestMs = 8 * 3600 * 1000; // the shift the live trend holds

QString timeOfDay(qint64 ms)
{
    return Utc::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm"));
}

} // namespace

LookBackView::LookBackView(Services services, DashboardView* liveView, QWidget* parent)
    : QWidget(parent)
    , m_s(std::move(services))
    , m_liveView(liveView)
    , m_pastView(new DashboardView(m_past, m_s.clock, this))
    , m_pages(new QStackedWidget(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_state(new QLabel(this))
    , m_liveButton(new QPushButton(tr("&Back to live"), this))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), this))
    , m_bar(new QWidget(this))
{
    setObjectName(QStringLiteral("lookBackView"));
    m_pastView->setObjectName(QStringLiteral("pastDashboardView"));
    m_pastView->setFrozen(true); // a moment, not a poll that is late
    // Moments are shown in any order: a teammate's line would run back and
    // forth, so the past keeps the team's trend only.
    m_past.setTeammateHistoryBudget(0);
    m_pages->addWidget(m_liveView);
    m_pages->addWidget(m_pastView);

    m_slider->setObjectName(QStringLiteral("timeline"));
    m_slider->setAccessibleName(tr("Look back over the shift"));
    m_slider->setToolTip(tr("Drag to see the team as it was; the right end is now."));
    m_slider->setSingleStep(1);
    m_slider->setPageStep(int(kPageMs / kStepMs));
    m_state->setObjectName(QStringLiteral("lookBackState"));
    m_state->setMinimumWidth(m_state->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 28);
    m_liveButton->setObjectName(QStringLiteral("backToLiveButton"));
    m_escape->setContext(Qt::WindowShortcut);

    m_bar->setObjectName(QStringLiteral("lookBackBar"));
    m_bar->setAutoFillBackground(true);
    auto* bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(12, 4, 12, 4);
    bar->addWidget(m_state);
    bar->addWidget(m_slider, 1);
    bar->addWidget(m_liveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_bar);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (value >= m_slider->maximum())
            backToLive();
        else
            showMoment(rangeStartMs() + qint64(value) * kStepMs);
    });
    connect(m_liveButton, &QPushButton::clicked, this, &LookBackView::backToLive);
    connect(m_escape, &QShortcut::activated, this, &LookBackView::backToLive);
    // The live team moves on: the timeline's right end is always now.
    connect(&m_s.live, &MetricsStore::snapshotUpdated, this, [this](const QString& teamId) {
        if (teamId == m_teamId)
            updateRange();
    });
    backToLive();
}

void LookBackView::setTeam(const QString& teamId)
{
    m_teamId = teamId;
    backToLive();
}

bool LookBackView::isLive() const
{
    return m_pages->currentWidget() == m_liveView;
}

qint64 LookBackView::rangeStartMs() const
{
    const qint64 now = m_s.clock.now().toMSecsSinceEpoch();
    qint64 start = now;
    if (const History* history = m_s.live.teamHistory(m_teamId);
        history && !history->points().empty())
        start = history->points().front().msecs;
    start = std::max(start, now - kLongestMs);
    return start - start % kStepMs;
}

void LookBackView::updateRange()
{
    const QSignalBlocker blocker(m_slider);
    const qint64 start = rangeStartMs();
    const qint64 now = m_s.clock.now().toMSecsSinceEpoch();
    const int steps = int(std::max<qint64>(1, (now - start + kStepMs - 1) / kStepMs));
    m_slider->setRange(0, steps);
    m_slider->setEnabled(steps > 1);
    if (isLive())
        m_slider->setValue(steps);
    else
        m_slider->setValue(int(std::clamp<qint64>((m_shownMs - start) / kStepMs, 0, steps - 1)));
}

void LookBackView::showState(const QString& text, bool past)
{
    m_state->setText(text);
    m_state->setAccessibleName(text);
    m_liveButton->setVisible(past);
    m_escape->setEnabled(past);
    // A past moment is marked with the selection colours, so that nobody
    // takes it for now.
    m_bar->setBackgroundRole(past ? QPalette::Highlight : QPalette::Window);
    m_state->setForegroundRole(past ? QPalette::HighlightedText : QPalette::WindowText);
}

QString LookBackView::stateText() const
{
    return m_state->text();
}

void LookBackView::backToLive()
{
    const bool was = isLive();
    m_pages->setCurrentWidget(m_liveView);
    showState(tr("Live"), false);
    updateRange();
    if (!was) {
        m_liveView->setFocus();
        emit liveChanged(true);
    }
}

void LookBackView::showMoment(qint64 atMs)
{
    m_shownMs = atMs;
    const auto rows = m_s.history.rowsAt(m_s.workspace(), m_teamId, atMs);
    if (!rows) {
        // Not polled then: say so, and keep whatever is on screen.
        showState(tr("History · %1 — nothing was polled then").arg(timeOfDay(atMs)), !isLive());
        return;
    }
    // The moment as a poll: names and away states as a directory, counts
    // as metrics, the team's trend up to then.
    Directory directory;
    directory.teams = m_s.live.directory().teams;
    QList<TeamMetric> metrics;
    metrics.reserve(rows->size());
    for (const HistoryRow& row : *rows) {
        Admin admin;
        admin.id = row.adminId;
        admin.name = row.name;
        admin.away = row.away;
        if (!row.awayReason.isEmpty()) {
            admin.awayReasonId = row.awayReason;
            AwayReason reason;
            reason.id = reason.label = row.awayReason;
            directory.awayReasons.insert(reason.id, reason);
        }
        directory.admins.insert(admin.id, admin);
        metrics.append({row.adminId, row.open, row.idle, row.snoozed});
    }
    std::vector<HistoryPoint> trend;
    if (const History* history = m_s.live.teamHistory(m_teamId))
        for (const HistoryPoint& p : history->points())
            if (p.msecs <= atMs)
                trend.push_back(p);
    const TeamSnapshot* live = m_s.live.latest(m_teamId);
    m_past.setDirectory(std::move(directory));
    m_past.seedTeamHistory(m_teamId, trend);
    m_past.ingest(m_teamId, metrics, Utc::fromMSecsSinceEpoch(atMs),
                  live ? live->idleThreshold : 0);
    if (m_pastView->teamId() != m_teamId)
        m_pastView->setTeam(m_teamId);
    const bool was = isLive();
    m_pages->setCurrentWidget(m_pastView);
    showState(tr("History · %1").arg(timeOfDay(atMs)), true);
    if (was)
        emit liveChanged(false);
}
