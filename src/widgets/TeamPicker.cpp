#include "TeamPicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

TeamPicker::TeamPicker(QWidget* parent)
    : QDialog(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("teamPicker"));
    setWindowTitle(tr("Choose a team"));
    m_search->setObjectName(QStringLiteral("teamSearchEdit"));
    m_search->setPlaceholderText(tr("Search teams"));
    m_search->setAccessibleName(tr("Search teams"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("teamList"));
    m_list->setAccessibleName(tr("Teams; tick a team to pin it as a tab"));
    m_message->setObjectName(QStringLiteral("teamPickerMessage"));
    m_message->setWordWrap(true);
    m_message->setText(tr("Loading teams…"));
    auto* hint = new QLabel(tr("Tick teams to keep them as tabs; double-click or press Enter to "
                               "open one."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("teamPickerButtons"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(420, 480);

    connect(m_search, &QLineEdit::textChanged, this, &TeamPicker::applyFilter);
    const auto choose = [this] {
        QListWidgetItem* item = m_list->currentItem();
        if (!item || item->isHidden())
            return;
        m_chosen = item->data(kIdRole).toString();
        accept();
    };
    connect(buttons, &QDialogButtonBox::accepted, this, choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, choose);
    // Enter in the search box opens the first match.
    connect(m_search, &QLineEdit::returnPressed, this, choose);
}

void TeamPicker::setTeams(const QList<Team>& teams)
{
    const QStringList pinned = pinnedTeams();
    m_list->clear();
    m_pinned = pinned;
    QList<Team> sorted = teams;
    std::sort(sorted.begin(), sorted.end(),
              [](const Team& a, const Team& b) { return a.name.localeAwareCompare(b.name) < 0; });
    for (const Team& team : sorted) {
        auto* item = new QListWidgetItem(
            tr("%1  ·  %n teammate(s)", nullptr, int(team.adminIds.size())).arg(team.name), m_list);
        item->setData(kIdRole, team.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(pinned.contains(team.id) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("Team id %1").arg(team.id));
    }
    m_message->setVisible(teams.isEmpty());
    if (teams.isEmpty())
        m_message->setText(tr("This workspace has no teams."));
    applyFilter(m_search->text());
    m_search->setFocus();
}

void TeamPicker::setMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void TeamPicker::applyFilter(const QString& text)
{
    QListWidgetItem* first = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive) ||
                           item->data(kIdRole).toString() == text.trimmed();
        item->setHidden(!match);
        if (match && !first)
            first = item;
    }
    if (first && (!m_list->currentItem() || m_list->currentItem()->isHidden()))
        m_list->setCurrentItem(first);
}

QStringList TeamPicker::pinnedTeams() const
{
    if (m_list->count() == 0)
        return m_pinned;
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(kIdRole).toString();
    return ids;
}

void TeamPicker::setPinnedTeams(const QStringList& ids)
{
    m_pinned = ids;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(kIdRole).toString()) ? Qt::Checked
                                                                         : Qt::Unchecked);
    }
}
