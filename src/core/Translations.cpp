#include "Translations.h"

#include "Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// Marks the translators this module installed, so a second install()
// replaces them instead of stacking up.
const QString& translatorName()
{
    static const QString name = QStringLiteral("floorwatch.translator");
    return name;
}

bool isEnglish(const QString& language)
{
    return language.isEmpty() || language == QLatin1String("en");
}

// Qt's own translations: where Qt was installed, or next to the program
// where windeployqt puts them.
bool loadQtTranslation(QTranslator& translator, const QString& language)
{
    const QString file = QStringLiteral("qtbase_") + language;
    const QStringList folders = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations")),
    };
    for (const QString& folder : folders) {
        if (translator.load(file, folder))
            return true;
    }
    return false;
}

} // namespace

namespace Translations {

QStringList available()
{
    return {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr"), QStringLiteral("ja"),
            QStringLiteral("pt_BR")};
}

QString match(const QString& tag)
{
    // "ja_JP.UTF-8", "de_DE@euro", "pt-BR": language, then territory.
    QString name = tag.trimmed();
    for (const QChar end : {QLatin1Char('.'), QLatin1Char('@')}) {
        const qsizetype at = name.indexOf(end);
        if (at >= 0)
            name.truncate(at);
    }
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString language = name.section(QLatin1Char('_'), 0, 0).toLower();
    if (language.isEmpty())
        return {};
    if (language == QLatin1String("en") || language == QLatin1String("c") ||
        language == QLatin1String("posix"))
        return QStringLiteral("en");
    // The one Portuguese translation is Brazilian; it reads far better to
    // someone in Portugal than English would.
    if (language == QLatin1String("pt"))
        return QStringLiteral("pt_BR");
    return available().contains(language) ? language : QString();
}

QString resolveLanguage(const QString& commandLine, const QString& settings, const QLocale& system)
{
    for (const QString& chosen : {commandLine, settings}) {
        const QString value = chosen.trimmed();
        if (value.isEmpty() || value.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
            continue;
        // An explicit choice is final: an unknown language shows English
        // rather than quietly falling back to some other source.
        const QString code = match(value);
        return code.isEmpty() ? QStringLiteral("en") : code;
    }
    // The system's preferred languages in order (LANGUAGE, LC_ALL,
    // LC_MESSAGES, LANG on Unix): the first one Floorwatch speaks wins.
    for (const QString& tag : system.uiLanguages()) {
        const QString code = match(tag);
        if (!code.isEmpty())
            return code;
    }
    return QStringLiteral("en");
}

QString languageFromArguments(const QStringList& arguments)
{
    QString language;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) &&
            i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (arg.startsWith(QLatin1String("--lang=")))
            language = arg.mid(7);
    }
    return language;
}

namespace {

// English is the source language, so there is no .qm for it; this gives its
// plural messages ("%n teammate(s)") their right form for the count.
class EnglishPlurals : public QTranslator
{
public:
    using QTranslator::QTranslator;
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int n) const override
    {
        Q_UNUSED(context);
        Q_UNUSED(disambiguation);
        const QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(QLatin1String("(s)")))
            return QString();
        return QString(text).replace(QLatin1String("(s)"),
                                     n == 1 ? QString() : QStringLiteral("s"));
    }
};

} // namespace

bool install(QCoreApplication& app, const QString& language)
{
    const QList<QTranslator*> previous =
        app.findChildren<QTranslator*>(translatorName(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    const QLocale wanted(isEnglish(language) ? QStringLiteral("en") : language);
    QLocale::setDefault(QLocale::system().language() == wanted.language() ? QLocale::system()
                                                                          : wanted);
    if (isEnglish(language)) {
        auto* plurals = new EnglishPlurals(&app);
        plurals->setObjectName(translatorName());
        QCoreApplication::installTranslator(plurals);
        return true;
    }

    auto* own = new QTranslator(&app);
    own->setObjectName(translatorName());
    if (!own->load(QStringLiteral(":/i18n/floorwatch_%1.qm").arg(language))) {
        qCWarning(lcApp) << "No translation for language" << language << "- showing English";
        delete own;
        QLocale::setDefault(QLocale::system());
        return false;
    }

    auto* qt = new QTranslator(&app);
    qt->setObjectName(translatorName());
    if (loadQtTranslation(*qt, language)) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCInfo(lcApp) << "Qt's own translation for" << language << "was not found";
        delete qt;
    }
    // Installed last, so it is asked first.
    QCoreApplication::installTranslator(own);
    return true;
}

} // namespace Translations
