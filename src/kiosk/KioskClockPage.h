#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class KioskStyle;

// Outside active hours: a dim clock on black that wanders slowly across the
// middle of the screen, so nothing stays lit in one place all night.
class KioskClockPage : public QWidget
{
    Q_OBJECT

public:
    explicit KioskClockPage(QWidget* parent = nullptr);

    void setKioskStyle(const KioskStyle* style);
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }
    // Repaints when the minute or the note changes.
    void setTime(const QDateTime& now, const QString& note);
    QString timeText() const { return m_time; }
    QString note() const { return m_note; }
    QPoint drift() const { return m_drift; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const KioskStyle* m_style = nullptr;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QString m_time;
    QString m_note;
    QPoint m_drift;
};
