#pragma once

#include "ApiTypes.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;

// Choose a team: a list fed by GET /teams, filtered as you type. Several
// teams can be pinned; the chosen one opens.
class TeamPicker : public QDialog
{
    Q_OBJECT

public:
    explicit TeamPicker(QWidget* parent = nullptr);

    void setTeams(const QList<Team>& teams);
    void setMessage(const QString& message);
    QString chosenTeam() const { return m_chosen; }
    QStringList pinnedTeams() const;
    void setPinnedTeams(const QStringList& ids);

private:
    void applyFilter(const QString& text);

    QLineEdit* m_search;
    QListWidget* m_list;
    QLabel* m_message;
    QString m_chosen;
    QStringList m_pinned; // until the list arrives
};
