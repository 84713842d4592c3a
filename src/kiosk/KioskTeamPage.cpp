#include "KioskTeamPage.h"

#include "Clock.h"
#include "KioskChrome.h"
#include "KioskStyle.h"
#include "KioskTeamPainters.h"
#include "MetricsStore.h"

#include <QPaintEvent>
#include <QPainter>

namespace {
// What is left of numbers that are not current: visible, clearly not live.
constexpr double kDimmedOpacity = 0.38;
} // namespace

KioskTeamPage::KioskTeamPage(const MetricsStore& store, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("kioskTeamPage"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void KioskTeamPage::setKioskStyle(const KioskStyle* style)
{
    m_style = style;
    update();
}

QStringList KioskTeamPage::shownTeammates() const
{
    QStringList names;
    for (const KioskBars::Shown& shown : m_shown)
        names << shown.name;
    return names;
}

std::optional<Severity::Level> KioskTeamPage::shownLevel(const QString& adminId) const
{
    for (const KioskBars::Shown& shown : m_shown) {
        if (shown.adminId == adminId)
            return shown.level;
    }
    return std::nullopt;
}

void KioskTeamPage::setTeam(const QString& teamId, const TeamThresholds& thresholds)
{
    m_teamId = teamId;
    m_thresholds = thresholds;
    m_rankedFor = -1;
    update();
}

void KioskTeamPage::setFrame(const KioskFrame& frame)
{
    if (!m_style) {
        m_frame = frame;
        return;
    }
    const QRectF inner = KioskChrome::inner(*m_style, rect());
    const bool dimmingChanged = frame.status.dimmed != m_frame.status.dimmed;
    if (dimmingChanged || frame.title != m_frame.title ||
        frame.rotation.visible() != m_frame.rotation.visible()) {
        m_frame = frame;
        update();
        return;
    }
    if (!frame.sameHeader(m_frame))
        update(KioskChrome::headerRect(*m_style, inner).toAlignedRect());
    if (!(frame.rotation == m_frame.rotation))
        update(KioskChrome::footerRect(*m_style, inner).toAlignedRect().adjusted(-2, -2, 2, 2));
    m_frame = frame;
}

void KioskTeamPage::paintEvent(QPaintEvent* event)
{
    QPainter p(this);
    if (!m_style) {
        p.fillRect(rect(), Qt::black);
        return;
    }
    const KioskStyle& s = *m_style;
    p.fillRect(event->rect(), s.colours().background);
    p.setRenderHint(QPainter::TextAntialiasing);

    // The rotation line and the countdown change every second; the rest
    // only when a poll lands. Parts outside the update are not drawn.
    const QRectF inner = KioskChrome::inner(s, rect());
    const QRectF dirty = event->rect();
    QRectF content = inner;
    if (dirty.intersects(KioskChrome::headerRect(s, inner)))
        content = KioskChrome::paintHeader(p, s, inner, m_frame);
    else
        content = inner.adjusted(0, KioskChrome::headerHeight(s) + s.u(2.2), 0, 0);
    if (m_frame.rotation.visible()) {
        const QRectF footer = KioskChrome::footerRect(s, content);
        if (dirty.intersects(footer.adjusted(-2, -2, 2, 2)))
            KioskChrome::paintFooter(p, s, content, m_frame.rotation);
        content.setBottom(footer.top() - s.u(1.2));
    }

    const TeamSnapshot* snapshot = m_store.latest(m_teamId);
    if (!snapshot || !dirty.intersects(content))
        return;
    if (m_frame.status.dimmed)
        p.setOpacity(kDimmedOpacity);

    const double tilesH = KioskTiles::height(s);
    KioskTiles::paint(p, s, QRectF(content.left(), content.top(), content.width(), tilesH),
                      *snapshot, m_thresholds);
    const QRectF body = content.adjusted(0, tilesH + s.u(3.2), 0, 0);
    QRectF bars, trend;
    if (body.width() >= body.height() * 1.1) {
        const double gap = s.u(5);
        const double barsW = (body.width() - gap) * 0.62;
        bars = QRectF(body.left(), body.top(), barsW, body.height());
        trend = QRectF(bars.right() + gap, body.top(), body.width() - barsW - gap, body.height());
    } else {
        // A portrait screen: the list above the trend.
        const double gap = s.u(3);
        const double barsH = (body.height() - gap) * 0.62;
        bars = QRectF(body.left(), body.top(), body.width(), barsH);
        trend = QRectF(body.left(), bars.bottom() + gap, body.width(), body.height() - barsH - gap);
    }
    const int fit = KioskBars::rowsThatFit(s, bars.height());
    if (m_rankedFor < fit) {
        m_ranked = KioskBars::mostLoaded(snapshot->rows, fit, m_ranking);
        m_rankedFor = fit;
    }
    m_shown = KioskBars::paint(p, s, bars, *snapshot, m_ranked, m_thresholds);
    m_hidden = int(snapshot->rows.size()) - int(m_shown.size());
    KioskTrend::paint(p, s, trend, m_store.teamHistory(m_teamId), m_clock.now(), m_windowMs,
                      m_zone);
}
