#include "KioskClockPage.h"

#include "KioskStyle.h"
#include "PixelShift.h"

#include <QPainter>

KioskClockPage::KioskClockPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kioskClockPage"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
}

void KioskClockPage::setKioskStyle(const KioskStyle* style)
{
    m_style = style;
    update();
}

void KioskClockPage::setTime(const QDateTime& now, const QString& note)
{
    const QString time = now.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
    if (time == m_time && note == m_note)
        return;
    m_time = time;
    m_note = note;
    // One step a minute along the same path as the pixel shift, wider.
    const int amplitude = m_style ? int(m_style->u(14)) : 100;
    m_drift = PixelShift::offsetAt(quint64(now.toSecsSinceEpoch() / 60), amplitude);
    setAccessibleName(m_time + QLatin1Char(' ') + m_note);
    update();
}

void KioskClockPage::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::black);
    if (!m_style)
        return;
    const KioskStyle& s = *m_style;
    p.setRenderHint(QPainter::TextAntialiasing);
    const QPointF centre = QRectF(rect()).center() + QPointF(m_drift);
    p.setFont(s.font(15, QFont::Light));
    p.setPen(s.colours().clock);
    p.drawText(QRectF(centre.x() - s.u(60), centre.y() - s.u(11), s.u(120), s.u(16)),
               Qt::AlignCenter, m_time);
    QColor dimmer = s.colours().clock;
    dimmer.setAlphaF(0.7);
    p.setFont(s.font(2.6));
    p.setPen(dimmer);
    p.drawText(QRectF(centre.x() - s.u(60), centre.y() + s.u(6), s.u(120), s.u(4)), Qt::AlignCenter,
               m_note);
}
