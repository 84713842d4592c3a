#include "OutputFormat.h"

#include "UtcDateTime.h"

#include "ServerText.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct OutputTr
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormat)
};

// The terminal columns a text takes: East Asian wide and full-width
// characters (Japanese headings and names) take two, combining marks none.
qsizetype displayWidth(const QString& text)
{
    qsizetype width = 0;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        const QChar::Category category = QChar::category(char32_t(c));
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing)
            continue;
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
                          (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
                          (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
                          (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
                          (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                          (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
                          (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

// Columns of a terminal table: left-aligned text, right-aligned numbers.
QByteArray alignedTable(const QList<QStringList>& rows, const QList<bool>& numeric)
{
    QList<qsizetype> widths(numeric.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(row[c]));
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            const QString padding(std::max<qsizetype>(0, widths[c] - displayWidth(row[c])),
                                  QLatin1Char(' '));
            line += numeric[c] ? padding + row[c] : row[c] + padding;
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out.toUtf8();
}

// Every text below came from the server.
QString shown(const QString& text)
{
    return ServerText::inert(text);
}

QString statusText(const TeammateRow& row)
{
    if (!row.away)
        return OutputTr::tr("active");
    return row.awayReason ? OutputTr::tr("away: %1").arg(shown(*row.awayReason))
                          : OutputTr::tr("away");
}

QString utcIso(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace

namespace OutputFormat {

std::optional<Format> parseFormat(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("table"))
        return Format::Table;
    if (n == QLatin1String("json"))
        return Format::Json;
    if (n == QLatin1String("csv"))
        return Format::Csv;
    return std::nullopt;
}

QString csvField(const QString& value)
{
    return ServerText::csvCell(value);
}

QByteArray snapshot(const TeamSnapshot& s, Format format)
{
    switch (format) {
    case Format::Json: {
        QJsonArray teammates;
        for (const TeammateRow& row : s.rows) {
            teammates.append(QJsonObject{
                {QStringLiteral("admin_id"), shown(row.adminId)},
                {QStringLiteral("name"), shown(row.name)},
                {QStringLiteral("away"), row.away},
                {QStringLiteral("away_reason"), row.awayReason ? QJsonValue(shown(*row.awayReason))
                                                               : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("open"), row.open},
                {QStringLiteral("idle"), row.idle},
                {QStringLiteral("snoozed"), row.snoozed},
            });
        }
        const QJsonObject root{
            {QStringLiteral("team"), QJsonObject{{QStringLiteral("id"), shown(s.teamId)},
                                                 {QStringLiteral("name"), shown(s.teamName)}}},
            {QStringLiteral("fetched_at"), utcIso(s.fetchedAt)},
            {QStringLiteral("idle_threshold"), s.idleThreshold},
            {QStringLiteral("teammates"), teammates},
            {QStringLiteral("totals"), QJsonObject{{QStringLiteral("open"), s.totals.open},
                                                   {QStringLiteral("idle"), s.totals.idle},
                                                   {QStringLiteral("snoozed"), s.totals.snoozed}}},
        };
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    case Format::Csv: {
        QString out = QStringLiteral("admin_id,name,away,away_reason,open,idle,snoozed\r\n");
        for (const TeammateRow& row : s.rows) {
            out += QStringList{csvField(row.adminId),
                               csvField(row.name),
                               row.away ? QStringLiteral("true") : QStringLiteral("false"),
                               csvField(row.awayReason.value_or(QString())),
                               QString::number(row.open),
                               QString::number(row.idle),
                               QString::number(row.snoozed)}
                       .join(QLatin1Char(',')) +
                   QStringLiteral("\r\n");
        }
        return out.toUtf8();
    }
    case Format::Table: {
        QList<QStringList> rows;
        rows.append({OutputTr::tr("TEAMMATE"), OutputTr::tr("STATUS"), OutputTr::tr("OPEN"),
                     OutputTr::tr("IDLE"), OutputTr::tr("SNOOZED")});
        for (const TeammateRow& row : s.rows)
            rows.append({shown(row.name), statusText(row), QString::number(row.open),
                         QString::number(row.idle), QString::number(row.snoozed)});
        rows.append({OutputTr::tr("Total"), QString(), QString::number(s.totals.open),
                     QString::number(s.totals.idle), QString::number(s.totals.snoozed)});
        const QString title =
            OutputTr::tr("%1 (team %2) · as of %3 · idle after %4 s\n")
                .arg(s.teamName.isEmpty() ? OutputTr::tr("Team") : shown(s.teamName),
                     shown(s.teamId),
                     s.fetchedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
                .arg(s.idleThreshold);
        return title.toUtf8() + alignedTable(rows, {false, false, true, true, true});
    }
    }
    return {};
}

QByteArray teams(const QList<Team>& teams, Format format)
{
    const auto limitText = [](const Team& t) {
        return t.assignmentLimit ? QString::number(*t.assignmentLimit) : QString();
    };
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const Team& t : teams)
            array.append(QJsonObject{
                {QStringLiteral("id"), shown(t.id)},
                {QStringLiteral("name"), shown(t.name)},
                {QStringLiteral("teammates"), int(t.adminIds.size())},
                {QStringLiteral("assignment_limit"),
                 t.assignmentLimit ? QJsonValue(*t.assignmentLimit) : QJsonValue()},
            });
        return QJsonDocument(QJsonObject{{QStringLiteral("teams"), array}})
            .toJson(QJsonDocument::Indented);
    }
    case Format::Csv: {
        QString out = QStringLiteral("id,name,teammates,assignment_limit\r\n");
        for (const Team& t : teams)
            out += QStringList{csvField(t.id), csvField(t.name), QString::number(t.adminIds.size()),
                               limitText(t)}
                       .join(QLatin1Char(',')) +
                   QStringLiteral("\r\n");
        return out.toUtf8();
    }
    case Format::Table: {
        QList<QStringList> rows;
        rows.append({OutputTr::tr("ID"), OutputTr::tr("TEAM"), OutputTr::tr("TEAMMATES"),
                     OutputTr::tr("ASSIGNMENT LIMIT")});
        for (const Team& t : teams)
            rows.append(
                {shown(t.id), shown(t.name), QString::number(t.adminIds.size()), limitText(t)});
        return alignedTable(rows, {false, false, true, true});
    }
    }
    return {};
}

QByteArray history(const HistoryExport& h, Format format)
{
    const auto at = [](qint64 ms) { return utcIso(Utc::fromMSecsSinceEpoch(ms)); };
    const auto state = [](const HistoryChange& c) {
        return c.left ? QStringLiteral("left")
                      : (c.row.away ? QStringLiteral("away") : QStringLiteral("active"));
    };
    if (format == Format::Json) {
        QJsonArray spans;
        for (const HistorySpan& span : h.spans)
            spans.append(QJsonObject{{QStringLiteral("from"), at(span.fromMs)},
                                     {QStringLiteral("to"), at(span.toMs)},
                                     {QStringLiteral("idle_threshold"), span.idleThreshold}});
        QJsonArray rows;
        for (const HistoryChange& c : h.rows)
            rows.append(QJsonObject{
                {QStringLiteral("time"), at(c.msecs)},
                {QStringLiteral("admin_id"), shown(c.row.adminId)},
                {QStringLiteral("name"), shown(c.row.name)},
                {QStringLiteral("state"), state(c)},
                {QStringLiteral("away_reason"), c.row.awayReason.isEmpty()
                                                    ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue(shown(c.row.awayReason))},
                {QStringLiteral("open"), c.row.open},
                {QStringLiteral("idle"), c.row.idle},
                {QStringLiteral("snoozed"), c.row.snoozed},
            });
        const QJsonObject root{
            {QStringLiteral("team_id"), shown(h.teamId)},
            {QStringLiteral("from"), at(h.fromMs)},
            {QStringLiteral("to"), at(h.toMs)},
            {QStringLiteral("step_s"),
             h.stepSeconds ? QJsonValue(qint64(*h.stepSeconds)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("spans"), spans},
            {QStringLiteral("rows"), rows},
        };
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    QString out =
        QStringLiteral("time,team_id,admin_id,name,state,away_reason,open,idle,snoozed\n");
    const QString team = csvField(h.teamId);
    for (const HistoryChange& c : h.rows)
        out += at(c.msecs) + QLatin1Char(',') + team + QLatin1Char(',') + csvField(c.row.adminId) +
               QLatin1Char(',') + csvField(c.row.name) + QLatin1Char(',') + state(c) +
               QLatin1Char(',') + csvField(c.row.awayReason) + QLatin1Char(',') +
               QString::number(c.row.open) + QLatin1Char(',') + QString::number(c.row.idle) +
               QLatin1Char(',') + QString::number(c.row.snoozed) + QLatin1Char('\n');
    return out.toUtf8();
}

QByteArray shiftReport(const ShiftReport& r)
{
    static const QStringList columns{
        QStringLiteral("kind"),
        QStringLiteral("date"),
        QStringLiteral("team_id"),
        QStringLiteral("team_name"),
        QStringLiteral("from"),
        QStringLiteral("to"),
        QStringLiteral("admin_id"),
        QStringLiteral("name"),
        QStringLiteral("away_reason"),
        QStringLiteral("polled_min"),
        QStringLiteral("present_min"),
        QStringLiteral("open_warning_min"),
        QStringLiteral("open_critical_min"),
        QStringLiteral("idle_warning_min"),
        QStringLiteral("idle_critical_min"),
        QStringLiteral("away_min"),
        QStringLiteral("peak_open"),
        QStringLiteral("peak_open_at"),
        QStringLiteral("peak_idle"),
        QStringLiteral("peak_idle_at"),
        QStringLiteral("mean_open"),
        QStringLiteral("mean_idle"),
        QStringLiteral("left"),
        QStringLiteral("left_at"),
        QStringLiteral("threshold_open_warning"),
        QStringLiteral("threshold_open_critical"),
        QStringLiteral("threshold_idle_warning"),
        QStringLiteral("threshold_idle_critical"),
        QStringLiteral("idle_threshold_s"),
    };
    const auto at = [&r](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, r.zone).toString(Qt::ISODate);
    };
    const auto minutes = [](qint64 ms) { return QString::number(double(ms) / 60000.0, 'f', 1); };
    const auto number = [](const std::optional<int>& v) {
        return v ? QString::number(*v) : QString();
    };
    const auto mean = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'f', 1) : QString();
    };
    QString out = columns.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    // Cells are named; those a row does not name stay empty.
    const auto row = [&](const QString& kind, const QHash<QString, QString>& cells) {
        QStringList line{kind, r.date.toString(Qt::ISODate), csvField(r.teamId),
                         csvField(r.teamName)};
        for (qsizetype c = line.size(); c < columns.size(); ++c)
            line.append(cells.value(columns.at(c)));
        out += line.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    };

    QHash<QString, QString> team{
        {QStringLiteral("from"), at(r.fromMs)},
        {QStringLiteral("to"), at(r.toMs)},
        {QStringLiteral("polled_min"), minutes(r.polledMs)},
        {QStringLiteral("threshold_open_warning"), QString::number(r.thresholds.openWarning)},
        {QStringLiteral("threshold_open_critical"), QString::number(r.thresholds.openCritical)},
        {QStringLiteral("threshold_idle_warning"), QString::number(r.thresholds.idleWarning)},
        {QStringLiteral("threshold_idle_critical"), QString::number(r.thresholds.idleCritical)},
    };
    if (const int idle = r.idleThresholdSeconds())
        team.insert(QStringLiteral("idle_threshold_s"), QString::number(idle));
    if (r.peakOpen) {
        team.insert(QStringLiteral("peak_open"), QString::number(r.peakOpen->value));
        team.insert(QStringLiteral("peak_open_at"), at(r.peakOpen->atMs));
    }
    if (r.peakIdle) {
        team.insert(QStringLiteral("peak_idle"), QString::number(r.peakIdle->value));
        team.insert(QStringLiteral("peak_idle_at"), at(r.peakIdle->atMs));
    }
    row(QStringLiteral("team"), team);

    for (const ShiftReport::Teammate& t : r.teammates) {
        const QString id = csvField(t.adminId);
        const QString name = csvField(t.name);
        row(QStringLiteral("teammate"),
            {
                {QStringLiteral("admin_id"), id},
                {QStringLiteral("name"), name},
                {QStringLiteral("present_min"), minutes(t.presentMs)},
                {QStringLiteral("open_warning_min"), minutes(t.openWarningMs)},
                {QStringLiteral("open_critical_min"), minutes(t.openCriticalMs)},
                {QStringLiteral("idle_warning_min"), minutes(t.idleWarningMs)},
                {QStringLiteral("idle_critical_min"), minutes(t.idleCriticalMs)},
                {QStringLiteral("away_min"), minutes(t.awayMs)},
                {QStringLiteral("peak_open"), QString::number(t.peakOpen.value)},
                {QStringLiteral("peak_open_at"), at(t.peakOpen.atMs)},
                {QStringLiteral("peak_idle"), QString::number(t.peakIdle.value)},
                {QStringLiteral("peak_idle_at"), at(t.peakIdle.atMs)},
                {QStringLiteral("left"), t.left ? QStringLiteral("true") : QStringLiteral("false")},
                {QStringLiteral("left_at"), t.leftAtMs ? at(*t.leftAtMs) : QString()},
            });
        for (const ShiftReport::AwayReason& reason : t.awayReasons)
            row(QStringLiteral("away"),
                {
                    {QStringLiteral("admin_id"), id},
                    {QStringLiteral("name"), name},
                    {QStringLiteral("away_reason"), csvField(reason.reason)},
                    {QStringLiteral("away_min"), minutes(reason.ms)},
                });
    }

    for (const ShiftReport::Hour& h : r.hours)
        row(QStringLiteral("hour"), {
                                        {QStringLiteral("from"), at(h.fromMs)},
                                        {QStringLiteral("to"), at(h.toMs)},
                                        {QStringLiteral("polled_min"), minutes(h.polledMs)},
                                        {QStringLiteral("peak_open"), number(h.maxOpen)},
                                        {QStringLiteral("peak_idle"), number(h.maxIdle)},
                                        {QStringLiteral("mean_open"), mean(h.meanOpen)},
                                        {QStringLiteral("mean_idle"), mean(h.meanIdle)},
                                    });
    return out.toUtf8();
}

} // namespace OutputFormat
