#include "StatusBanner.h"

#include "Freshness.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

StatusBanner::StatusBanner(QWidget* parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_detailsButton(new QToolButton(this))
    , m_details(new QLabel(this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("statusBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_message->setObjectName(QStringLiteral("bannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_actionButton->setObjectName(QStringLiteral("bannerAction"));
    m_detailsButton->setObjectName(QStringLiteral("bannerDetailsToggle"));
    m_detailsButton->setText(tr("Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setAccessibleName(tr("Show error details"));
    m_details->setObjectName(QStringLiteral("bannerDetails"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setWordWrap(true);
    m_details->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_message, 1);
    row->addWidget(m_detailsButton);
    row->addWidget(m_actionButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addLayout(row);
    layout->addWidget(m_details);

    connect(m_detailsButton, &QToolButton::toggled, m_details, &QWidget::setVisible);
    connect(m_actionButton, &QPushButton::clicked, this,
            [this] { emit actionRequested(m_action); });
    // Only ticks while a countdown is on screen.
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &StatusBanner::refresh);
    hide();
}

void StatusBanner::showState(const PollState& state, const QDateTime& now)
{
    m_state = state;
    m_offsetMs = QDateTime::currentDateTimeUtc().msecsTo(now);
    if (!state.lastError) {
        m_countdown->stop();
        hide();
        return;
    }
    const ApiError& e = *state.lastError;
    switch (e.kind()) {
    case ApiError::Kind::Unauthorized:
        m_action = Action::SignIn;
        m_actionButton->setText(tr("Sign in…"));
        break;
    case ApiError::Kind::NotFound:
        m_action = Action::PickTeam;
        m_actionButton->setText(tr("Pick a team…"));
        break;
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::BadConfiguration:
        m_action = Action::OpenSettings;
        m_actionButton->setText(tr("Settings…"));
        break;
    case ApiError::Kind::RateLimited:
        m_action = Action::None;
        break;
    default:
        m_action = Action::Retry;
        m_actionButton->setText(e.isTransient() ? tr("Retry now") : tr("Retry"));
        break;
    }
    m_actionButton->setVisible(m_action != Action::None);
    m_actionButton->setAccessibleName(m_actionButton->text());

    QStringList details;
    if (!e.requestId().isEmpty())
        details << tr("Request id: %1").arg(e.requestId());
    if (e.httpStatus())
        details << tr("HTTP status: %1").arg(e.httpStatus());
    if (!e.code().isEmpty())
        details << tr("Intercom error code: %1").arg(e.code());
    if (!e.detail().isEmpty() && e.kind() != ApiError::Kind::BadConfiguration)
        details << tr("Detail: %1").arg(e.detail());
    details << tr("Failed attempts in a row: %1").arg(state.consecutiveFailures);
    m_details->setText(details.join(QLatin1Char('\n')));
    m_detailsButton->setVisible(!details.isEmpty());

    setSeverity(e.isTransient());
    refresh();
    show();
    if (state.nextPollAt.isValid())
        m_countdown->start();
    else
        m_countdown->stop();
}

QString StatusBanner::headline(const ApiError& e, const PollState& state, const QDateTime& now)
{
    const qint64 wait =
        state.nextPollAt.isValid() ? std::max<qint64>(0, now.secsTo(state.nextPollAt)) : -1;
    switch (e.kind()) {
    case ApiError::Kind::RateLimited:
        return tr("Rate-limited by Intercom: paused until %1 (%2 s).")
            .arg(ApiError::resumeTime(state.nextPollAt.isValid() ? state.nextPollAt : e.retryAt(),
                                      now, QTimeZone::systemTimeZone()))
            .arg(std::max<qint64>(0, wait));
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return tr("Offline — retrying in %1 s. %2").arg(wait).arg(e.userMessage());
    case ApiError::Kind::ServerError:
    case ApiError::Kind::Tls:
    case ApiError::Kind::BadResponse:
        return tr("%1 Retrying in %2 s.").arg(e.userMessage()).arg(wait);
    default:
        return e.userMessage();
    }
}

void StatusBanner::refresh()
{
    if (!m_state.lastError)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs);
    m_message->setText(headline(*m_state.lastError, m_state, now));
    setAccessibleName(m_message->text());
}

void StatusBanner::setSeverity(bool transient)
{
    // Amber for trouble that heals itself, red for what needs a person.
    QPalette pal = palette();
    const QColor base = transient ? QColor(0xfd, 0xe6, 0x8a) : QColor(0xfe, 0xca, 0xca);
    pal.setColor(QPalette::Window, base);
    pal.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x37));
    setPalette(pal);
}

QString StatusBanner::text() const
{
    return m_message->text();
}

QString StatusBanner::detailsText() const
{
    return m_details->text();
}
