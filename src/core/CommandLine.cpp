#include "CommandLine.h"

#include "ServerText.h"
#include "Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace {
struct CliTr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// `--print` takes an optional format: give it the default when the next
// argument is not a value.
QStringList withDefaultPrintFormat(QStringList args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] != QLatin1String("--print"))
            continue;
        if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1Char('-')))
            args.insert(i + 1, QStringLiteral("table"));
    }
    return args;
}

ApiError usage(const QString& message)
{
    return ApiError(ApiError::Kind::BadConfiguration, message);
}
} // namespace

namespace {

// --history and what goes with it; every value is checked and bounded here.
std::optional<ApiError> historyOptions(const QCommandLineParser& parser,
                                       const QCommandLineOption& history,
                                       const QCommandLineOption& from, const QCommandLineOption& to,
                                       const QCommandLineOption& step, AppOptions& o)
{
    constexpr qint64 kLongestRange = 400LL * 24 * 3600;
    if (!parser.isSet(history)) {
        for (const QCommandLineOption* option : {&from, &to, &step})
            if (parser.isSet(*option))
                return usage(CliTr::tr("--%1 goes with --history.").arg(option->names().first()));
        return std::nullopt;
    }
    o.history = OutputFormat::parseFormat(parser.value(history));
    if (!o.history || *o.history == OutputFormat::Format::Table)
        return usage(CliTr::tr("Unknown history format \"%1\": use csv or json.")
                         .arg(ServerText::inert(parser.value(history), 40)));
    if (o.teamIds.size() != 1)
        return usage(CliTr::tr("--history needs one --team."));
    const auto time = [&](const QCommandLineOption& option, QDateTime& into) -> bool {
        if (!parser.isSet(option))
            return true;
        into = QDateTime::fromString(parser.value(option).trimmed(), Qt::ISODate);
        return into.isValid();
    };
    if (!time(from, o.from) || !time(to, o.to))
        return usage(CliTr::tr("--from and --to take a date and time in ISO 8601, e.g. "
                               "2026-03-02T08:00 or 2026-03-02T08:00:00Z."));
    if (o.from.isValid() && o.to.isValid() &&
        (o.to <= o.from || o.from.secsTo(o.to) > kLongestRange))
        return usage(CliTr::tr("--to must come after --from, at most 400 days later."));
    if (parser.isSet(step)) {
        bool ok = false;
        const qint64 seconds = parser.value(step).trimmed().toLongLong(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return usage(CliTr::tr("--step must be a whole number of seconds from 1 to 86400."));
        o.stepSeconds = seconds;
    }
    return std::nullopt;
}

// --report and what goes with it; every value is checked and bounded here.
// Whether the day is past and the file new is for the command to say: it
// depends on the clock and the disk.
std::optional<ApiError> reportOptions(const QCommandLineParser& parser,
                                      const QCommandLineOption& report,
                                      const QCommandLineOption& date,
                                      const QCommandLineOption& output, AppOptions& o)
{
    if (!parser.isSet(report)) {
        for (const QCommandLineOption* option : {&date, &output})
            if (parser.isSet(*option))
                return usage(CliTr::tr("--%1 goes with --report.").arg(option->names().first()));
        return std::nullopt;
    }
    const QString format = parser.value(report).trimmed().toLower();
    if (format == QLatin1String("pdf"))
        o.report = ReportFormat::Pdf;
    else if (format == QLatin1String("csv"))
        o.report = ReportFormat::Csv;
    else
        return usage(CliTr::tr("Unknown report format \"%1\": use pdf or csv.")
                         .arg(ServerText::inert(parser.value(report), 40)));
    if (o.teamIds.size() != 1)
        return usage(CliTr::tr("--report needs one --team."));
    if (parser.isSet(date)) {
        // Only the one spelling: 2026-03-02 is never read as 2 March or 3 February.
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QString value = parser.value(date).trimmed();
        o.date = shape.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
        if (!o.date.isValid() || o.date.year() < 2000)
            return usage(CliTr::tr("--date takes a day as YYYY-MM-DD, e.g. 2026-03-02."));
    }
    o.outputFile = parser.value(output);
    if (o.outputFile.trimmed().isEmpty())
        return usage(CliTr::tr("--report needs --output and a file name."));
    return std::nullopt;
}

} // namespace

namespace CommandLine {

QString exitCodeHelp()
{
    return CliTr::tr("Exit codes:\n"
                     "  0  success\n"
                     "  2  usage or configuration error\n"
                     "  3  unauthorized: the access token is invalid or revoked\n"
                     "  4  forbidden: real-time monitoring or a scope is not enabled\n"
                     "  5  team not found\n"
                     "  6  rate limited\n"
                     "  7  network, timeout, TLS or server error\n"
                     "  8  bad response from the server\n"
                     "\n"
                     "The access token is read from the environment variable "
                     "FLOORWATCH_ACCESS_TOKEN (never from the command line).");
}

Result<Parsed> parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliTr::tr("Floorwatch shows, live, how many Intercom conversations each teammate has "
                  "open, idle and snoozed.") +
        QStringLiteral("\n\n") + exitCodeHelp());
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  CliTr::tr("Use the built-in simulated workspace instead of "
                                            "Intercom (no account or network needed)."));
    const QCommandLineOption print(
        QStringLiteral("print"),
        CliTr::tr("Fetch once, print to standard output and exit. Format: table (default), "
                  "json or csv. Without --team, lists the teams."),
        CliTr::tr("format"));
    const QCommandLineOption team(
        QStringLiteral("team"),
        CliTr::tr("The Intercom team id. With --kiosk it may be given several times: the display "
                  "rotates across the teams."),
        CliTr::tr("id"));
    const QCommandLineOption idle(QStringLiteral("idle-threshold"),
                                  CliTr::tr("Seconds after which a waiting conversation counts as "
                                            "idle (1-86400, default 1800)."),
                                  CliTr::tr("seconds"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      CliTr::tr("Seconds between two polls of a team (at least 5, "
                                                "default 15)."),
                                      CliTr::tr("seconds"));
    const QCommandLineOption region(QStringLiteral("region"),
                                    CliTr::tr("The workspace's region: us (default), eu or au."),
                                    CliTr::tr("region"));
    const QCommandLineOption baseUrl(
        QStringLiteral("api-base-url"),
        CliTr::tr("A custom API address (https, or http to this computer only)."),
        CliTr::tr("url"));
    const QCommandLineOption apiVersion(
        QStringLiteral("api-version"),
        CliTr::tr("The Intercom-Version header: 2.16 (default), Preview or Unstable."),
        CliTr::tr("version"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        CliTr::tr("Once the first data is drawn, save the window as a PNG image and exit."),
        CliTr::tr("file"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
                                        CliTr::tr("The window's size, e.g. 1280x800."),
                                        CliTr::tr("WxH"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        CliTr::tr("The language of the user interface: de, en, es, fr, ja or pt_BR. Default: the "
                  "language chosen in the settings, else the system's."),
        CliTr::tr("code"));
    const QCommandLineOption theme(
        QStringLiteral("theme"), CliTr::tr("Colours: system, light or dark."), CliTr::tr("theme"));
    const QCommandLineOption kiosk(
        QStringLiteral("kiosk"),
        CliTr::tr("Wall display: full screen, no menus or dialogs, rotating across the teams; "
                  "settings are locked. Also kiosk/enabled=true in the config file."));
    const QCommandLineOption screen(QStringLiteral("screen"),
                                    CliTr::tr("With --kiosk: the screen to use, 0 for the first "
                                              "(default 0)."),
                                    CliTr::tr("N"));
    const QCommandLineOption rotate(QStringLiteral("rotate"),
                                    CliTr::tr("With --kiosk: seconds each team stays on screen "
                                              "(5-3600, default 20)."),
                                    CliTr::tr("seconds"));
    const QCommandLineOption configFile(
        QStringLiteral("config"),
        CliTr::tr("An INI file with settings for this machine (for fleets). Precedence: command "
                  "line > this file > the user's settings > defaults."),
        CliTr::tr("file"));
    const QCommandLineOption dumpConfig(
        QStringLiteral("dump-config"),
        CliTr::tr("Print the effective configuration and where each value comes from, then exit. "
                  "Never prints a secret."));
    const QCommandLineOption signIn(
        QStringLiteral("sign-in"),
        CliTr::tr("Read an access token from standard input (not shown on a terminal), check it "
                  "with Intercom and keep it in the system keychain for this user; for displays "
                  "reached over ssh. Exit code 0 when stored, 3 when Intercom refuses the token, "
                  "2 when there is no token or no keychain, 7 when Intercom cannot be reached."));
    const QCommandLineOption history(
        QStringLiteral("history"),
        CliTr::tr("Print the history this computer kept of the --team, then exit. Format: csv or "
                  "json. Every change, or with --step one row per teammate per step."),
        CliTr::tr("format"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        CliTr::tr("With --history: where to start, ISO 8601 (2026-03-02T08:00, local time unless "
                  "a zone is given). Default: the start of today."),
        CliTr::tr("time"));
    const QCommandLineOption to(QStringLiteral("to"),
                                CliTr::tr("With --history: where to end, ISO 8601. Default: now."),
                                CliTr::tr("time"));
    const QCommandLineOption step(
        QStringLiteral("step"),
        CliTr::tr("With --history: seconds between two rows of each teammate (1-86400)."),
        CliTr::tr("seconds"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        CliTr::tr("Write the shift report of the --team for one day to the --output file, then "
                  "exit. Format: pdf (one A4 page) or csv."),
        CliTr::tr("format"));
    const QCommandLineOption date(
        QStringLiteral("date"),
        CliTr::tr("With --report: the day, YYYY-MM-DD in local time. Default: today."),
        CliTr::tr("day"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        CliTr::tr("With --report: the file to write. An existing file is never overwritten."),
        CliTr::tr("file"));
    parser.addOptions({demo,       print,      team,       idle,   interval, region, baseUrl,
                       apiVersion, screenshot, windowSize, theme,  language, kiosk,  screen,
                       rotate,     configFile, dumpConfig, signIn, history,  from,   to,
                       step,       report,     date,       output});

    if (!parser.parse(withDefaultPrintFormat(arguments)))
        return usage(parser.errorText());
    if (parser.isSet(help))
        return Parsed{Outcome::ShowHelp, {}, parser.helpText()};
    if (parser.isSet(version))
        return Parsed{Outcome::ShowVersion,
                      {},
                      QCoreApplication::applicationName() + QLatin1Char(' ') +
                          QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return usage(
            CliTr::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));

    Parsed parsed;
    AppOptions& o = parsed.options;
    o.demo = parser.isSet(demo);
    if (parser.isSet(print)) {
        o.print = OutputFormat::parseFormat(parser.value(print));
        if (!o.print)
            return usage(CliTr::tr("Unknown output format \"%1\": use table, json or csv.")
                             .arg(parser.value(print)));
    }
    o.teamId = parser.value(team).trimmed();
    for (const QString& value : parser.values(team)) {
        const QString id = value.trimmed();
        if (id.isEmpty())
            return usage(CliTr::tr("--team needs a team id."));
        if (!o.teamIds.contains(id))
            o.teamIds.append(id);
    }
    o.kiosk = parser.isSet(kiosk);
    o.dumpConfig = parser.isSet(dumpConfig);
    o.signIn = parser.isSet(signIn);
    o.configFile = parser.value(configFile);
    if (parser.isSet(configFile) && o.configFile.trimmed().isEmpty())
        return usage(CliTr::tr("--config needs a file name."));
    const auto number = [&](const QCommandLineOption& option,
                            std::optional<qint64>& into) -> std::optional<ApiError> {
        if (!parser.isSet(option))
            return std::nullopt;
        bool ok = false;
        into = parser.value(option).trimmed().toLongLong(&ok);
        if (!ok)
            return usage(CliTr::tr("--%1 must be a whole number.").arg(option.names().first()));
        return std::nullopt;
    };
    const auto text = [&](const QCommandLineOption& option,
                          std::optional<QString>& into) -> std::optional<ApiError> {
        if (!parser.isSet(option))
            return std::nullopt;
        // Kept as typed: the settings table refuses stray spaces and line
        // breaks with a message, instead of quietly repairing them.
        into = parser.value(option);
        if (into->trimmed().isEmpty())
            return usage(CliTr::tr("--%1 needs a value.").arg(option.names().first()));
        return std::nullopt;
    };
    for (const auto& error :
         {number(screen, o.screen), number(rotate, o.rotateSeconds), number(idle, o.idleThreshold),
          number(interval, o.intervalSeconds), text(theme, o.theme), text(region, o.region),
          text(baseUrl, o.apiBaseUrl), text(apiVersion, o.apiVersion)}) {
        if (error)
            return *error;
    }
    if (const auto error = historyOptions(parser, history, from, to, step, o))
        return *error;
    if (const auto error = reportOptions(parser, report, date, output, o))
        return *error;
    if (o.report &&
        (o.history || o.print || o.kiosk || o.signIn || o.dumpConfig || parser.isSet(screenshot)))
        return usage(CliTr::tr("--report cannot be combined with --history, --print, --kiosk, "
                               "--sign-in, --dump-config or --screenshot."));
    if (o.history && (o.print || o.kiosk || o.signIn || o.dumpConfig || parser.isSet(screenshot)))
        return usage(CliTr::tr("--history cannot be combined with --print, --kiosk, --sign-in, "
                               "--dump-config or --screenshot."));
    if (o.signIn && (o.print || o.kiosk || o.demo || parser.isSet(screenshot) || o.dumpConfig))
        return usage(CliTr::tr("--sign-in cannot be combined with --print, --kiosk, --demo, "
                               "--screenshot or --dump-config."));
    if (o.print && (o.kiosk || o.dumpConfig))
        return usage(CliTr::tr("--print cannot be combined with --kiosk or --dump-config."));
    o.screenshotFile = parser.value(screenshot);
    if (parser.isSet(windowSize)) {
        const QStringList parts = parser.value(windowSize).toLower().split(QLatin1Char('x'));
        bool okW = false, okH = false;
        const int w = parts.size() == 2 ? parts[0].toInt(&okW) : 0;
        const int h = parts.size() == 2 ? parts[1].toInt(&okH) : 0;
        if (!okW || !okH || w < 320 || h < 240 || w > 16384 || h > 16384)
            return usage(CliTr::tr("--window-size must look like 1280x800 (at least 320x240)."));
        o.windowSize = QSize(w, h);
    }
    if (parser.isSet(language)) {
        o.language = parser.value(language).trimmed();
        if (o.language.compare(QLatin1String("system"), Qt::CaseInsensitive) != 0 &&
            Translations::match(o.language).isEmpty())
            return usage(CliTr::tr("Unknown language \"%1\": use de, en, es, fr, ja or pt_BR.")
                             .arg(o.language));
    }
    if (parser.isSet(region) && parser.isSet(baseUrl))
        return usage(CliTr::tr("Use either --region or --api-base-url, not both."));
    return parsed;
}

} // namespace CommandLine
