#include "ApiError.h"
#include "CommandLine.h"
#include "OutputFormat.h"
#include "Settings.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// One <message> of a .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty
    QStringList forms; // one entry unless numerus
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString& path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage{};
            message.context = context;
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.forms << xml.readElementText();
            }
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString tsPath(const QString& language)
{
    return QDir(QStringLiteral(FLOORWATCH_TS_DIR))
        .filePath(QStringLiteral("floorwatch_%1.ts").arg(language));
}

// %1..%9 (also %L1) and %n, as a set: order may change in a translation.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9]|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(QLatin1Char('%') + it.next().captured(1));
    QStringList list(found.cbegin(), found.cend());
    list.sort();
    return list;
}

// Keyboard mnemonics: "&x", not the escaped "&&".
int mnemonics(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (!text.at(i + 1).isSpace())
            ++count;
    }
    return count;
}

// Qt's numerus rules give German and Spanish two forms, French and
// Brazilian Portuguese two with 0 in the singular, Japanese one.
int expectedForms(const QString& language)
{
    return language == QLatin1String("ja") ? 1 : 2;
}

struct Sample
{
    const char* context;
    const char* source;
};

// Strings a supervisor meets first, from several parts of the program.
const Sample kSamples[] = {
    {"ApiError", "Intercom did not accept the access token: it is invalid or has been revoked. "
                 "Sign in again with a valid token."},
    {"ApiError", "Real-time monitoring is not enabled for this Intercom workspace. Ask an Intercom "
                 "admin to enable the realtime_monitoring feature."},
    {"ApiError", "Intercom's rate limit was reached; paused until %1."},
    {"TeammateTableModel", "Idle"},
    {"TeammateTableModel", "Snoozed"},
    {"DashboardView", "Waiting for the first numbers from Intercom…"},
    {"DashboardView", "Filter teammates by name or status"},
    {"Freshness", "as of %1"},
    {"StatusBanner", "Retry now"},
    {"StatusBanner", "Offline — retrying in %1 s. %2"},
    {"SettingsDialog", "Floorwatch Settings"},
    {"SettingsDialog", "&Idle after:"},
    {"CommandLine", "Floorwatch shows, live, how many Intercom conversations each teammate has "
                    "open, idle and snoozed."},
    {"CommandLine", "--team needs a team id."},
    {"SignInDialog", "Sign in to Intercom"},
    {"SignInDialog", "Access &token:"},
    {"MainWindow", "&File"},
    {"KioskText", "This display needs to be authorised"},
};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    void languages()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : Translations::available())
            QTest::newRow(qPrintable(language)) << language;
    }

private slots:
    void englishPluralsReadRight()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("TeamPicker", "%1  ·  %n teammate(s)", nullptr, 1)
                     .arg(QStringLiteral("Billing")),
                 QStringLiteral("Billing  ·  1 teammate"));
        QCOMPARE(QCoreApplication::translate("TeamPicker", "%1  ·  %n teammate(s)", nullptr, 12)
                     .arg(QStringLiteral("Billing")),
                 QStringLiteral("Billing  ·  12 teammates"));
        QCOMPARE(
            QCoreApplication::translate("SummaryHeader", "%n open conversation(s)", nullptr, 0),
            QStringLiteral("0 open conversations"));
        Translations::install(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("X", "Plain text"), QStringLiteral("Plain text"));
    }

    void cleanup() { Translations::install(*QCoreApplication::instance(), QStringLiteral("en")); }

    void languagesAgreeWithSettings()
    {
        QStringList offered = Settings::supportedLanguages();
        offered.removeAll(QStringLiteral("en"));
        offered.sort();
        QStringList available = Translations::available();
        available.sort();
        QCOMPARE(offered, available);
    }

    void embedded_data() { languages(); }
    void embedded()
    {
        QFETCH(QString, language);
        QVERIFY(QFile::exists(QStringLiteral(":/i18n/floorwatch_%1.qm").arg(language)));
        QVERIFY(QFile::exists(tsPath(language)));
    }

    void samplesAreTranslated_data() { languages(); }
    void samplesAreTranslated()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(*QCoreApplication::instance(), language));
        for (const Sample& sample : kSamples) {
            const QString source = QString::fromUtf8(sample.source);
            const QString shown = QCoreApplication::translate(sample.context, sample.source);
            QVERIFY2(!shown.isEmpty() && shown != source,
                     qPrintable(QStringLiteral("%1: \"%2\" is not translated")
                                    .arg(QString::fromLatin1(sample.context), source)));
        }
        // Through the code that shows them.
        const QString unauthorized = ApiError(ApiError::Kind::Unauthorized, {}).userMessage();
        QVERIFY(!unauthorized.contains(QLatin1String("did not accept")));
        const auto help =
            CommandLine::parse({QStringLiteral("floorwatch"), QStringLiteral("--help")});
        QVERIFY(help.ok());
        QVERIFY(!help.value().text.contains(QLatin1String("Floorwatch shows, live")));
        QVERIFY(!help.value().text.contains(QLatin1String("Exit codes:")));
        QVERIFY(help.value().text.contains(QLatin1String("FLOORWATCH_ACCESS_TOKEN")));
        const auto usage = CommandLine::parse(
            {QStringLiteral("floorwatch"), QStringLiteral("--team"), QStringLiteral(" ")});
        QVERIFY(!usage.ok());
        QVERIFY(!usage.error().userMessage().contains(QLatin1String("needs a team id")));
    }

    // Qt's own texts (--help headings, standard buttons) follow the language.
    void qtTranslationIsLoaded_data() { languages(); }
    void qtTranslationIsLoaded()
    {
        QFETCH(QString, language);
        const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(QDir(folder).filePath(QStringLiteral("qtbase_%1.qm").arg(language))))
            QSKIP("Qt's translations are not installed (qt6-translations-l10n)");
        QVERIFY(Translations::install(*QCoreApplication::instance(), language));
        QVERIFY(
            QCoreApplication::translate("QCommandLineParser", "Displays version information.") !=
            QLatin1String("Displays version information."));
        const auto help =
            CommandLine::parse({QStringLiteral("floorwatch"), QStringLiteral("--help")});
        QVERIFY(help.ok());
        QVERIFY(!help.value().text.contains(QLatin1String("Options:")));
    }

    void pluralForms_data() { languages(); }
    void pluralForms()
    {
        QFETCH(QString, language);
        QVERIFY(Translations::install(*QCoreApplication::instance(), language));
        const auto shown = [](int n) {
            return QCoreApplication::translate("SummaryHeader", "%n open conversation(s)", nullptr,
                                               n);
        };
        for (int n : {0, 1, 2, 5, 21}) {
            QVERIFY2(shown(n).contains(QString::number(n)), qPrintable(shown(n)));
            QVERIFY(!shown(n).contains(QLatin1String("(s)")));
        }
        // The singular covers 0 in French and Brazilian Portuguese only.
        const auto stem = [&](int n) { return shown(n).remove(QString::number(n)); };
        const bool zeroIsSingular = language == QLatin1String("fr") ||
                                    language == QLatin1String("pt_BR") ||
                                    language == QLatin1String("ja");
        QCOMPARE(stem(0) == stem(1), zeroIsSingular);
        QCOMPARE(stem(2) == stem(1), language == QLatin1String("ja"));
        QCOMPARE(stem(5), stem(2));
    }

    // The .ts files: complete, placeholders and mnemonics kept, and what
    // the embedded .qm translates to is what the .ts says.
    void tsFiles_data() { languages(); }
    void tsFiles()
    {
        QFETCH(QString, language);
        const TsFile ts = readTs(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(ts.messages.size() > 100);

        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/floorwatch_%1.qm").arg(language)));

        static const QString glyphs[] = {QStringLiteral("⚠"), QStringLiteral("▲"),
                                         QStringLiteral("■"), QStringLiteral("→")};
        QStringList problems;
        for (const TsMessage& m : ts.messages) {
            const QString where = QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(60));
            if (!m.type.isEmpty()) {
                problems << QStringLiteral("%1 is %2").arg(where, m.type);
                continue;
            }
            if (m.numerus && m.forms.size() != expectedForms(language))
                problems << QStringLiteral("%1 has %2 plural forms").arg(where).arg(m.forms.size());
            for (const QString& form : m.forms) {
                if (form.trimmed().isEmpty()) {
                    problems << QStringLiteral("%1 has an empty translation").arg(where);
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("%1: placeholders %2 became %3 in \"%4\"")
                                    .arg(where, placeholders(m.source).join(QLatin1Char(' ')),
                                         placeholders(form).join(QLatin1Char(' ')), form);
                if (mnemonics(form) != mnemonics(m.source))
                    problems << QStringLiteral("%1: keyboard mnemonic lost or added in \"%2\"")
                                    .arg(where, form);
                for (const QString& glyph : glyphs) {
                    if (m.source.contains(glyph) && !form.contains(glyph))
                        problems << QStringLiteral("%1: %2 is missing in \"%3\"")
                                        .arg(where, glyph, form);
                }
                if (m.source.endsWith(QLatin1Char('\n')) != form.endsWith(QLatin1Char('\n')))
                    problems << QStringLiteral("%1: trailing line break differs").arg(where);
            }
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                for (int n : {0, 1, 2, 5}) {
                    const QString fromQm = translator.translate(
                        context.constData(), source.constData(), disambiguation, n);
                    if (!m.forms.contains(fromQm))
                        problems << QStringLiteral("%1: the embedded translation is out of date")
                                        .arg(where);
                }
            } else if (translator.translate(context.constData(), source.constData(),
                                            disambiguation) != m.forms.value(0)) {
                problems
                    << QStringLiteral("%1: the embedded translation is out of date").arg(where);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every language holds the same messages, so none is left behind after
    // update_translations.
    void sameMessagesEverywhere()
    {
        QSet<QString> first;
        QString firstLanguage;
        for (const QString& language : Translations::available()) {
            QSet<QString> keys;
            for (const TsMessage& m : readTs(tsPath(language)).messages)
                keys.insert(m.context + QChar(4) + m.source);
            if (firstLanguage.isEmpty()) {
                first = keys;
                firstLanguage = language;
                continue;
            }
            QVERIFY2(keys == first,
                     qPrintable(QStringLiteral("%1 and %2 differ").arg(firstLanguage, language)));
        }
    }

    // --print table: a Japanese heading takes two terminal columns per
    // character, and the numbers under it still line up with its end.
    void printedTableLinesUpInJapanese()
    {
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("ja")));
        Team narrow{QStringLiteral("1"), QStringLiteral("VIP"), {QStringLiteral("a")}, 4, {}};
        Team wide{
            QStringLiteral("22"), QStringLiteral("サポート窓口"), {QStringLiteral("a")}, 12, {}};
        const QStringList lines =
            QString::fromUtf8(OutputFormat::teams({narrow, wide}, OutputFormat::Format::Table))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const auto columns = [](const QString& text) {
            qsizetype width = 0;
            for (const QChar c : text)
                width += c.unicode() >= 0x3000 ? 2 : 1;
            return width;
        };
        // Every line ends with the right-aligned assignment limit, so equal
        // widths mean the columns line up.
        QCOMPARE(columns(lines[1]), columns(lines[0]));
        QCOMPARE(columns(lines[2]), columns(lines[0]));
    }

    void resolveLanguage_data()
    {
        QTest::addColumn<QString>("commandLine");
        QTest::addColumn<QString>("settings");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--lang wins") << "fr"
                                     << "de"
                                     << "ja_JP"
                                     << "fr";
        QTest::newRow("then the setting") << ""
                                          << "de"
                                          << "ja_JP"
                                          << "de";
        QTest::newRow("then the system") << ""
                                         << ""
                                         << "ja_JP"
                                         << "ja";
        QTest::newRow("setting follows the system") << ""
                                                    << "system"
                                                    << "es_MX"
                                                    << "es";
        QTest::newRow("--lang system") << "system"
                                       << ""
                                       << "fr_CA"
                                       << "fr";
        QTest::newRow("English on the command line") << "en"
                                                     << "de"
                                                     << "ja_JP"
                                                     << "en";
        QTest::newRow("English setting") << ""
                                         << "en"
                                         << "de_DE"
                                         << "en";
        QTest::newRow("unknown --lang is English") << "xx"
                                                   << "de"
                                                   << "ja_JP"
                                                   << "en";
        QTest::newRow("untranslated system language") << ""
                                                      << ""
                                                      << "it_IT"
                                                      << "en";
        QTest::newRow("C locale") << ""
                                  << ""
                                  << "C"
                                  << "en";
        QTest::newRow("territory") << "de-AT"
                                   << ""
                                   << "C"
                                   << "de";
        QTest::newRow("encoding") << "ja_JP.UTF-8"
                                  << ""
                                  << "C"
                                  << "ja";
        QTest::newRow("Brazil") << "pt-br"
                                << ""
                                << "C"
                                << "pt_BR";
        QTest::newRow("Portugal") << ""
                                  << ""
                                  << "pt_PT"
                                  << "pt_BR";
        QTest::newRow("spaces") << "  "
                                << " de "
                                << "C"
                                << "de";
    }
    void resolveLanguage()
    {
        QFETCH(QString, commandLine);
        QFETCH(QString, settings);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Translations::resolveLanguage(commandLine, settings, QLocale(system)), expected);
    }

    void languageFromArguments()
    {
        const auto args = [](std::initializer_list<const char*> list) {
            QStringList out{QStringLiteral("floorwatch")};
            for (const char* a : list)
                out << QString::fromUtf8(a);
            return out;
        };
        QCOMPARE(Translations::languageFromArguments(args({"--demo", "--lang", "de"})),
                 QStringLiteral("de"));
        QCOMPARE(Translations::languageFromArguments(args({"--lang=ja", "--help"})),
                 QStringLiteral("ja"));
        QCOMPARE(Translations::languageFromArguments(args({"--demo"})), QString());
        QCOMPARE(Translations::languageFromArguments(args({"--lang"})), QString());
    }

    void installReplacesAndRemoves()
    {
        auto& app = *QCoreApplication::instance();
        const char* source = "Retry now";
        QVERIFY(Translations::install(app, QStringLiteral("de")));
        const QString german = QCoreApplication::translate("StatusBanner", source);
        QCOMPARE(QLocale().language(), QLocale::German);
        QVERIFY(Translations::install(app, QStringLiteral("fr")));
        const QString french = QCoreApplication::translate("StatusBanner", source);
        QVERIFY(french != german);
        QVERIFY(french != QLatin1String(source));
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY(Translations::install(app, QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("StatusBanner", source), QLatin1String(source));
        QVERIFY(!Translations::install(app, QStringLiteral("xx")));
        QCOMPARE(QCoreApplication::translate("StatusBanner", source), QLatin1String(source));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
