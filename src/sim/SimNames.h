#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class QRandomGenerator;

// The words the simulated workspace is made of: teammate names from many
// cultures, team names, job titles, away reasons and workspace names. Kept
// apart from the simulation so the tables can grow without touching logic.
namespace SimNames {

struct PersonName
{
    QString first;
    QString last;
    QString culture;
    QString full() const { return first + QLatin1Char(' ') + last; }
};

struct TeamTheme
{
    QString name;
    QString title;       // most teammates
    QString seniorTitle; // a few experienced ones
    QString juniorTitle; // new hires, slower
};

struct AwayReasonText
{
    QString emoji;
    QString label;
};

// Hands out full names that are unique within one generator. Cultures are
// taken in a shuffled rotation so that every team gets a mix.
class NameGenerator
{
public:
    explicit NameGenerator(QRandomGenerator& rng);
    PersonName next();

private:
    QRandomGenerator& m_rng;
    QList<int> m_cultureOrder;
    int m_position = 0;
    QSet<QString> m_used;
};

QList<TeamTheme> teamThemes();
QStringList workspaceNames();
QString leadTitle();
QString supervisorTitle();

// Away reasons in use, in this order; the simulation picks them by kind.
enum class AwayKind
{
    Break,
    Lunch,
    Meeting,
    Training,
    Holiday,
    Sick
};
QList<AwayReasonText> awayReasons();
// A retired reason that an away teammate still refers to: Intercom keeps
// deleted reasons in the list, and clients must still show them.
AwayReasonText deletedAwayReason();

// Lower-case ASCII for e-mail addresses and slugs: "Łukasz Wójcik" -> "lukaszwojcik".
QString asciiFold(const QString& text);

} // namespace SimNames
