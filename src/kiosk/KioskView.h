#pragma once

#include "Clock.h"
#include "KioskFrame.h"
#include "TeamThresholds.h"

#include <QKeySequence>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>

class CursorHider;
class KioskClockPage;
class KioskMessagePage;
class KioskSession;
class KioskStyle;
class KioskTeamPage;
class MetricsStore;
class QStackedLayout;

// The wall display: one frameless, full-screen window with no menus and no
// dialogs, showing what the KioskSession says: a team, a team that cannot
// be shown, the re-authorisation page, or the dim clock of the night. The
// whole picture moves by a few pixels every few minutes; the cursor hides;
// the configured key chord asks to leave kiosk mode.
class KioskView : public QWidget
{
    Q_OBJECT

public:
    enum class Page
    {
        Team,
        Waiting,
        TeamProblem,
        Authorise,
        Sleeping,
        NoTeams
    };
    Q_ENUM(Page)

    struct Services
    {
        Clock& clock;
        KioskSession& session;
        const MetricsStore& store;
    };
    struct Options
    {
        bool light = false;
        QString exitChord = QStringLiteral("Ctrl+Alt+Shift+Q");
        QString configFile; // named on the pages that ask for a change
        std::function<TeamThresholds(const QString&)> thresholds;
        QTimeZone zone = QTimeZone::systemTimeZone();
        qint64 historyWindowMs = 8 * 3600 * 1000;
        QString host; // who to sign in as, on the re-authorisation page
        QString user;
    };

    KioskView(Services services, Options options, QWidget* parent = nullptr);
    ~KioskView() override;

    Page page() const { return m_page; }
    QPoint contentOffset() const;
    double unit() const;
    KioskTeamPage* teamPage() const { return m_teamPage; }
    KioskMessagePage* messagePage() const { return m_messagePage; }
    KioskClockPage* clockPage() const { return m_clockPage; }
    CursorHider* cursorHider() const { return m_cursor.get(); }
    QKeySequence exitChord() const { return m_chord; }
    // The header of the team on screen (also on its problem page).
    KioskFrame currentFrame() const;

    // Re-reads the session, the store and the clock.
    void refresh();

signals:
    void exitRequested();
    void firstDataShown();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void shift();
    void placeContent();
    void rebuildStyle();
    void setPage(Page page);
    QString teamName(const QString& teamId) const;
    KioskFrame frameFor(const QString& teamId) const;
    QString asOfText(const QDateTime& fetchedAt) const;

    Services m_s;
    Options m_options;
    std::unique_ptr<KioskStyle> m_style;
    QWidget* m_content;
    QStackedLayout* m_stack;
    KioskTeamPage* m_teamPage;
    KioskMessagePage* m_messagePage;
    KioskClockPage* m_clockPage;
    std::unique_ptr<CursorHider> m_cursor;
    QKeySequence m_chord;
    Page m_page = Page::Waiting;
    quint64 m_shiftStep = 0;
    Clock::TimerId m_tickTimer = 0;
    Clock::TimerId m_shiftTimer = 0;
    bool m_firstDataShown = false;
    // "as of 09:42:10" changes only when a poll lands; converting to the
    // display's zone and formatting it on every tick was not free.
    mutable QDateTime m_asOfAt;
    mutable QString m_asOfText;
};
