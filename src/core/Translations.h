#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// The user interface language: which one applies, and loading Floorwatch's
// own translation (embedded as :/i18n/floorwatch_<lang>.qm by the
// floorwatch_translations library) together with Qt's qtbase translation,
// so that standard texts (--help headings, dialog buttons) match.
namespace Translations {

// The languages Floorwatch is translated into, as file suffixes ("de",
// "pt_BR", ...). English is the source language and is not listed.
QStringList available();

// The language to show: --lang first, then the setting ui/language, then the
// system's preferred UI languages in order. Empty and "system" mean "not
// chosen here". Returns a code from available(), or "en" when the choice is
// English or names a language Floorwatch is not translated into.
QString resolveLanguage(const QString& commandLine, const QString& settings, const QLocale& system);

// The code from available() that a language tag ("de-CH", "pt_BR",
// "ja_JP.UTF-8", "pt") stands for; "en" for English; empty when Floorwatch
// has no such translation.
QString match(const QString& tag);

// The value of --lang in arguments (argv[0] first), before the command line
// is parsed, so that --help is already translated. Empty when not given.
QString languageFromArguments(const QStringList& arguments);

// Replaces any translators installed by an earlier call with those for
// language (a code from resolveLanguage()). "en" installs none. Also makes
// language the default QLocale when the system locale speaks another one,
// so dates and numbers read the same as the text around them. Returns false
// when Floorwatch's translation for language could not be loaded (the UI
// then stays English).
bool install(QCoreApplication& app, const QString& language);

} // namespace Translations
