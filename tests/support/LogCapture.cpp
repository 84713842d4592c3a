#include "LogCapture.h"

#include <QLoggingCategory>

namespace {
QStringList g_lines;
QtMessageHandler g_previous = nullptr;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    g_lines.append(QString::fromLatin1(context.category ? context.category : "default") +
                   QStringLiteral(": ") + message);
}
} // namespace

LogCapture::LogCapture()
{
    g_lines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("floorwatch.*.debug=true"));
    g_previous = qInstallMessageHandler(capture);
}

LogCapture::~LogCapture()
{
    qInstallMessageHandler(g_previous);
    QLoggingCategory::setFilterRules(QString());
}

const QStringList& LogCapture::lines() const
{
    return g_lines;
}
