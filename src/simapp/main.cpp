#include "Clock.h"
#include "FloorwatchVersion.h"
#include "Logging.h"
#include "SimAppOptions.h"
#include "SimServer.h"
#include "SimWorkspace.h"
#include "Translations.h"
#include "UnixSignalWatcher.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

namespace {

void describe(const SimWorkspace& workspace, QTextStream& err)
{
    const QString method[] = {SimApp::tr("round robin"), SimApp::tr("load balanced")};
    err << SimApp::tr("Workspace \"%1\": %2 teammates in %3 teams, simulated time %4")
               .arg(workspace.app().name)
               .arg(workspace.admins().size())
               .arg(workspace.teams().size())
               .arg(workspace.simulatedTimeOfDay().toString(QStringLiteral("HH:mm")))
        << '\n';
    for (const SimTeam& team : workspace.teams()) {
        QString line = SimApp::tr("  team %1  %2 (%3 teammates, %4")
                           .arg(team.id, team.name)
                           .arg(team.members.size())
                           .arg(method[team.distribution == SimDistribution::LoadBalanced ? 1 : 0]);
        if (team.distribution == SimDistribution::LoadBalanced)
            line += SimApp::tr(", limit %1").arg(team.assignmentLimit);
        line += QLatin1Char(')');
        if (workspace.metricsRestricted(team.id))
            line += SimApp::tr("  metrics restricted");
        err << line << '\n';
    }
    err.flush();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("floorwatch-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLOORWATCH_VERSION));
    Translations::install(app, Translations::resolveLanguage({}, {}, QLocale::system()));
    QTextStream err(stderr);

    SimAppOptions options;
    const QString problem = parseSimAppOptions(QCoreApplication::arguments(), options);
    if (!problem.isEmpty()) {
        err << QStringLiteral("floorwatch-sim: ") << problem << '\n'
            << SimApp::tr("Try 'floorwatch-sim --help' for more information.") << '\n';
        return 2;
    }

    SystemClock clock;
    SimWorkspace workspace(options.workspace, clock);
    for (const QString& id : std::as_const(options.workspace.restrictedTeamIds)) {
        if (!workspace.team(id))
            err << SimApp::tr("warning: --restricted-team %1 is not a team of this workspace")
                       .arg(id)
                << '\n';
    }
    SimServer server(workspace, options.token);
    server.setRateLimitPerMinute(options.rateLimitPerMinute);
    server.setFaults(options.faults);
    server.startRateLimitBurst(options.rateLimitBurst);

    const quint16 port = server.listen(options.port);
    if (port == 0) {
        err << SimApp::tr("floorwatch-sim: cannot listen on 127.0.0.1 port %1: %2")
                   .arg(options.port)
                   .arg(server.errorString())
            << '\n';
        return 1;
    }

    // Scripts wait for this exact line; it is not translated.
    std::printf("Floorwatch simulator listening on http://127.0.0.1:%u\n", unsigned(port));
    std::fflush(stdout);
    describe(workspace, err);

    UnixSignalWatcher watcher;
    QObject::connect(&watcher, &UnixSignalWatcher::terminationRequested, &app, [&app](int number) {
        qCInfo(lcSim) << "signal" << number << "received, stopping";
        app.quit();
    });
    return app.exec();
}
