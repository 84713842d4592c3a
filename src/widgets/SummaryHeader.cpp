#include "SummaryHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

SummaryHeader::SummaryHeader(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("summaryHeader"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_open = addTile(QStringLiteral("open"), tr("Open"));
    m_idle = addTile(QStringLiteral("idle"), tr("Idle"));
    m_snoozed = addTile(QStringLiteral("snoozed"), tr("Snoozed"));
    m_people = addTile(QStringLiteral("people"), tr("Active · away"));
    m_capacity = addTile(QStringLiteral("capacity"), tr("Capacity in use"));
    for (const Tile& t : std::as_const(m_tiles))
        layout->addWidget(t.box, 1);
    m_capacity.box->hide();
}

SummaryHeader::Tile SummaryHeader::addTile(const QString& name, const QString& caption)
{
    auto* box = new QWidget(this);
    box->setObjectName(name + QStringLiteral("Tile"));
    auto* value = new QLabel(QStringLiteral("–"), box);
    value->setObjectName(name + QStringLiteral("Value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 2.4);
    big.setBold(true);
    value->setFont(big);
    auto* label = new QLabel(caption, box);
    label->setForegroundRole(QPalette::PlaceholderText);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(12, 6, 12, 6);
    v->setSpacing(0);
    v->addWidget(value);
    v->addWidget(label);
    box->setAutoFillBackground(true);
    box->setBackgroundRole(QPalette::Base);
    Tile tile{box, value, label};
    m_tiles.append(tile);
    return tile;
}

void SummaryHeader::setSnapshot(const TeamSnapshot& s)
{
    const int away = s.awayCount;
    const int active = s.activeCount;
    m_open.value->setText(QString::number(s.totals.open));
    m_idle.value->setText(QString::number(s.totals.idle));
    m_snoozed.value->setText(QString::number(s.totals.snoozed));
    m_people.value->setText(tr("%1 · %2").arg(active).arg(away));
    m_open.box->setAccessibleName(tr("%n open conversation(s)", nullptr, s.totals.open));
    m_idle.box->setAccessibleName(tr("%n idle conversation(s)", nullptr, s.totals.idle));
    m_snoozed.box->setAccessibleName(tr("%n snoozed conversation(s)", nullptr, s.totals.snoozed));
    m_people.box->setAccessibleName(tr("%1 teammates active, %2 away").arg(active).arg(away));

    // Capacity: what active teammates could take under the team's limit.
    const bool limited = s.assignmentLimit && *s.assignmentLimit > 0 && active > 0;
    m_capacity.box->setVisible(limited);
    if (limited) {
        const int capacity = *s.assignmentLimit * active;
        int inUse = 0;
        for (const TeammateRow& row : s.rows)
            inUse += row.away ? 0 : row.open;
        m_capacity.value->setText(tr("%1 %").arg(qRound(100.0 * inUse / capacity)));
        m_capacity.caption->setText(tr("Capacity in use (%1 of %2)").arg(inUse).arg(capacity));
        m_capacity.box->setAccessibleName(m_capacity.caption->text());
    }
}

QString SummaryHeader::valueText(const QString& tile) const
{
    for (const Tile& t : m_tiles)
        if (t.box->objectName() == tile + QStringLiteral("Tile"))
            return t.value->text();
    return QString();
}
