#include "KioskView.h"

#include "CursorHider.h"
#include "Freshness.h"
#include "KioskClockPage.h"
#include "KioskMessagePage.h"
#include "KioskScale.h"
#include "KioskSession.h"
#include "KioskStyle.h"
#include "KioskTeamPage.h"
#include "MetricsStore.h"
#include "PixelShift.h"
#include "Severity.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QScreen>
#include <QStackedLayout>

using namespace std::chrono;

namespace {
constexpr milliseconds kTick{1000};
} // namespace

KioskView::KioskView(Services services, Options options, QWidget* parent)
    : QWidget(parent)
    , m_s(services)
    , m_options(std::move(options))
    , m_content(new QWidget(this))
    , m_stack(new QStackedLayout(m_content))
    , m_teamPage(new KioskTeamPage(services.store, services.clock, m_content))
    , m_messagePage(new KioskMessagePage(m_content))
    , m_clockPage(new KioskClockPage(m_content))
{
    setObjectName(QStringLiteral("kioskView"));
    setWindowTitle(tr("Floorwatch wall display"));
    setWindowFlag(Qt::FramelessWindowHint);
    setFocusPolicy(Qt::StrongFocus);
    setContextMenuPolicy(Qt::NoContextMenu);
    m_content->setObjectName(QStringLiteral("kioskContent"));
    m_content->setMouseTracking(true);
    m_stack->setContentsMargins(0, 0, 0, 0);
    for (QWidget* page : {static_cast<QWidget*>(m_teamPage), static_cast<QWidget*>(m_messagePage),
                          static_cast<QWidget*>(m_clockPage)}) {
        page->setFocusPolicy(Qt::NoFocus);
        m_stack->addWidget(page);
    }
    m_teamPage->setTimeZone(m_options.zone);
    m_teamPage->setHistoryWindow(m_options.historyWindowMs);
    m_clockPage->setTimeZone(m_options.zone);
    if (!m_options.thresholds)
        m_options.thresholds = [](const QString&) { return TeamThresholds{}; };

    m_chord = QKeySequence::fromString(m_options.exitChord, QKeySequence::PortableText);
    if (m_chord.isEmpty())
        m_chord = QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_Q);

    rebuildStyle();
    QPalette pal = palette();
    pal.setColor(QPalette::Window, m_style->colours().background);
    setPalette(pal);
    setAutoFillBackground(true);

    m_cursor = std::make_unique<CursorHider>(*this, m_s.clock);

    connect(&m_s.session, &KioskSession::modeChanged, this, [this] { refresh(); });
    connect(&m_s.session, &KioskSession::currentTeamChanged, this, [this] { refresh(); });
    connect(&m_s.session, &KioskSession::keychainChecked, this, [this] { refresh(); });
    connect(&m_s.session, &KioskSession::teamStateChanged, this, [this](const QString& teamId) {
        if (teamId == m_s.session.currentTeam())
            refresh();
    });
    connect(&m_s.store, &MetricsStore::snapshotUpdated, this, [this](const QString& teamId) {
        if (teamId != m_s.session.currentTeam())
            return;
        refresh();
        m_teamPage->dataChanged();
    });

    // Once a second: countdowns, the rotation line, the clock. Pages only
    // repaint what actually changed, so a calm screen costs next to nothing.
    refresh();
    m_tickTimer = m_s.clock.scheduleRepeating(kTick, this, [this] { refresh(); });
    m_shiftTimer = m_s.clock.scheduleRepeating(PixelShift::kPeriod, this, [this] { shift(); });
}

KioskView::~KioskView()
{
    m_s.clock.cancel(m_tickTimer);
    m_s.clock.cancel(m_shiftTimer);
}

QPoint KioskView::contentOffset() const
{
    return m_content->pos();
}

double KioskView::unit() const
{
    return m_style->unit();
}

void KioskView::shift()
{
    ++m_shiftStep;
    placeContent();
}

void KioskView::placeContent()
{
    m_content->setGeometry(rect().translated(PixelShift::offsetAt(m_shiftStep)));
}

void KioskView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    rebuildStyle();
    placeContent();
}

void KioskView::contextMenuEvent(QContextMenuEvent* event)
{
    event->accept(); // no menus on a wall
}

void KioskView::rebuildStyle()
{
    const QScreen* s = screen();
    const double unit =
        s ? KioskScale::unit(size(), s->physicalSize(), s->size()) : KioskScale::unit(size());
    m_style = std::make_unique<KioskStyle>(
        m_options.light ? KioskColours::light() : KioskColours::dark(), unit, font());
    m_teamPage->setKioskStyle(m_style.get());
    m_messagePage->setKioskStyle(m_style.get());
    m_clockPage->setKioskStyle(m_style.get());
}

void KioskView::keyPressEvent(QKeyEvent* event)
{
    const QKeyCombination pressed(event->modifiers() & ~Qt::KeypadModifier, Qt::Key(event->key()));
    if (!m_chord.isEmpty() && pressed == m_chord[0]) {
        emit exitRequested();
        return;
    }
    event->accept(); // nothing else does anything here
}

QString KioskView::teamName(const QString& teamId) const
{
    if (const TeamSnapshot* s = m_s.store.latest(teamId); s && !s->teamName.isEmpty())
        return s->teamName;
    const auto& teams = m_s.store.directory().teams;
    if (const auto it = teams.constFind(teamId); it != teams.cend() && !it->name.isEmpty())
        return it->name;
    return tr("Team %1").arg(teamId);
}

KioskFrame KioskView::frameFor(const QString& teamId) const
{
    const QDateTime now = m_s.clock.now();
    const TeamSnapshot* snapshot = m_s.store.latest(teamId);
    const QDateTime fetchedAt = snapshot ? snapshot->fetchedAt : QDateTime();
    KioskFrame frame;
    frame.title = teamName(teamId);
    frame.asOf = asOfText(fetchedAt);
    frame.status = KioskText::status(m_s.session.state(teamId), fetchedAt, now,
                                     m_s.session.interval(), m_options.zone);
    if (m_s.session.rotates()) {
        for (const QString& id : m_s.session.teams())
            frame.rotation.names << teamName(id);
        frame.rotation.index = m_s.session.currentIndex();
        frame.rotation.progress = m_s.session.rotationProgress();
    }
    return frame;
}

QString KioskView::asOfText(const QDateTime& fetchedAt) const
{
    if (m_asOfText.isNull() || fetchedAt != m_asOfAt) {
        m_asOfAt = fetchedAt;
        m_asOfText = Freshness::asOf(fetchedAt, m_options.zone);
    }
    return m_asOfText;
}

KioskFrame KioskView::currentFrame() const
{
    return frameFor(m_s.session.currentTeam());
}

void KioskView::refresh()
{
    const QDateTime now = m_s.clock.now();
    switch (m_s.session.mode()) {
    case KioskSession::Mode::NoTeams:
        m_messagePage->setFrame(std::nullopt);
        m_messagePage->setMessage(KioskText::noTeams(m_options.configFile));
        setPage(Page::NoTeams);
        return;
    case KioskSession::Mode::Sleeping:
        m_clockPage->setTime(now,
                             KioskText::resumesAt(m_s.session.nextWake(), now, m_options.zone));
        setPage(Page::Sleeping);
        return;
    case KioskSession::Mode::Authorise: {
        KioskText::AuthContext context;
        context.reason = m_s.session.authReason();
        context.configFile = m_options.configFile;
        context.workspace = m_s.session.workspace();
        context.host = m_options.host;
        context.user = m_options.user;
        context.lastCheck = m_s.session.lastKeychainCheck();
        context.checkEvery = KioskSession::kKeychainCheck;
        context.environmentToken = m_s.session.usesEnvironmentToken();
        context.environmentRetry = KioskSession::kSameTokenRetry;
        m_messagePage->setFrame(std::nullopt);
        m_messagePage->setMessage(KioskText::reauthorise(context, m_options.zone));
        setPage(Page::Authorise);
        return;
    }
    case KioskSession::Mode::Active:
        break;
    }

    const QString team = m_s.session.currentTeam();
    const PollState state = m_s.session.state(team);
    KioskFrame frame = frameFor(team);
    if (state.phase == PollState::Phase::Stopped && state.lastError &&
        state.lastError->kind() != ApiError::Kind::Unauthorized) {
        frame.status = {tr("%1 not shown").arg(Severity::glyph(Severity::Critical)),
                        KioskTone::Critical, true};
        m_messagePage->setFrame(frame);
        m_messagePage->setMessage(
            KioskText::teamProblem(team, frame.title, *state.lastError, m_options.configFile,
                                   duration_cast<minutes>(KioskSession::kStoppedTeamRetry)));
        setPage(Page::TeamProblem);
        return;
    }
    if (!m_s.store.latest(team)) {
        m_messagePage->setFrame(frame);
        m_messagePage->setMessage(KioskText::waiting(frame.title));
        setPage(Page::Waiting);
        return;
    }
    if (m_teamPage->teamId() != team)
        m_teamPage->setTeam(team, m_options.thresholds(team));
    m_teamPage->setFrame(frame);
    setPage(Page::Team);
    if (!m_firstDataShown) {
        m_firstDataShown = true;
        emit firstDataShown();
    }
}

void KioskView::setPage(Page page)
{
    if ((page == Page::Sleeping) != (m_page == Page::Sleeping)) {
        // What the pixel shift uncovers at the edges matches the page.
        QPalette pal = palette();
        pal.setColor(QPalette::Window,
                     page == Page::Sleeping ? QColor(Qt::black) : m_style->colours().background);
        setPalette(pal);
    }
    m_page = page;
    QWidget* widget = m_teamPage;
    if (page == Page::Sleeping)
        widget = m_clockPage;
    else if (page != Page::Team)
        widget = m_messagePage;
    if (m_stack->currentWidget() != widget)
        m_stack->setCurrentWidget(widget);
}
