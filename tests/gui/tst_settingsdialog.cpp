#include "Settings.h"
#include "SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QMessageBox>
#include <QTimer>
#include <memory>

namespace {

// Widgets of an open dialog, found the way a screen reader or a script
// finds them: by objectName.
struct Form
{
    explicit Form(QDialog& dialog)
    {
        const auto find = [&](auto*& widget, const char* name) {
            using T = std::remove_pointer_t<std::remove_reference_t<decltype(widget)>>;
            widget = dialog.findChild<T*>(QString::fromLatin1(name));
        };
        find(region, "regionCombo");
        find(apiVersion, "apiVersionCombo");
        find(baseUrl, "baseUrlEdit");
        find(baseUrlError, "baseUrlErrorLabel");
        find(apiVersionError, "apiVersionErrorLabel");
        find(interval, "intervalSpin");
        find(idleMinutes, "idleMinutesSpin");
        find(idleSeconds, "idleSecondsSpin");
        find(idleSummary, "idleEffectiveLabel");
        find(openWarning, "openWarningSpin");
        find(openCritical, "openCriticalSpin");
        find(idleWarning, "idleWarningSpin");
        find(idleCritical, "idleCriticalSpin");
        find(thresholdError, "thresholdErrorLabel");
        find(theme, "themeCombo");
        find(language, "languageCombo");
        find(buttons, "buttonBox");
    }

    bool complete() const
    {
        return region && apiVersion && baseUrl && baseUrlError && apiVersionError && interval &&
               idleMinutes && idleSeconds && idleSummary && openWarning && openCritical &&
               idleWarning && idleCritical && thresholdError && theme && language && buttons &&
               ok() && cancel();
    }

    QPushButton* ok() const { return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr; }
    QPushButton* cancel() const
    {
        return buttons ? buttons->button(QDialogButtonBox::Cancel) : nullptr;
    }

    QComboBox* region = nullptr;
    QComboBox* apiVersion = nullptr;
    QLineEdit* baseUrl = nullptr;
    QLabel* baseUrlError = nullptr;
    QLabel* apiVersionError = nullptr;
    QSpinBox* interval = nullptr;
    QSpinBox* idleMinutes = nullptr;
    QSpinBox* idleSeconds = nullptr;
    QLabel* idleSummary = nullptr;
    QSpinBox* openWarning = nullptr;
    QSpinBox* openCritical = nullptr;
    QSpinBox* idleWarning = nullptr;
    QSpinBox* idleCritical = nullptr;
    QLabel* thresholdError = nullptr;
    QComboBox* theme = nullptr;
    QComboBox* language = nullptr;
    QDialogButtonBox* buttons = nullptr;
};

void typeInto(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void choose(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

bool isReddish(const QColor& c)
{
    return c.red() > 150 && c.red() > 2 * c.green() && c.red() > 2 * c.blue();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_path;
    std::unique_ptr<Settings> m_settings;

    QByteArray fileBytes()
    {
        m_settings->sync();
        QFile file(m_path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Non-default values in every field the dialog shows.
    void storeNonDefaults()
    {
        QVERIFY(m_settings->set(Setting::Region, QStringLiteral("eu")));
        QVERIFY(m_settings->set(Setting::ApiVersion, QStringLiteral("Preview")));
        QVERIFY(m_settings->set(Setting::CustomBaseUrl,
                                QStringLiteral("https://proxy.example.com/intercom")));
        QVERIFY(m_settings->set(Setting::PollIntervalSeconds, 42));
        QVERIFY(m_settings->set(Setting::IdleThresholdSeconds, 605));
        QVERIFY(m_settings->setDefaultThresholds(
            {.openWarning = 4, .openCritical = 6, .idleWarning = 2, .idleCritical = 5}));
        QVERIFY(m_settings->set(Setting::Theme, QStringLiteral("dark")));
        QVERIFY(m_settings->set(Setting::Language, QStringLiteral("de")));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter));
        m_settings = std::make_unique<Settings>(m_path);
    }

    void cleanup() { m_settings.reset(); }

    void widgetsAreNamedAndLabelled()
    {
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());

        const QList<QWidget*> interactive = {
            form.region,
            form.apiVersion,
            form.baseUrl,
            form.interval,
            form.idleMinutes,
            form.idleSeconds,
            form.openWarning,
            form.openCritical,
            form.idleWarning,
            form.idleCritical,
            form.theme,
            form.language,
            dialog.findChild<QWidget*>(QStringLiteral("historyDaysSpin")),
            dialog.findChild<QWidget*>(QStringLiteral("historySizeSpin")),
            form.buttons};
        for (QWidget* w : interactive)
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));

        // Every label with a mnemonic leads to its field.
        int withMnemonic = 0;
        for (QLabel* label : dialog.findChildren<QLabel*>()) {
            if (!label->text().contains(QLatin1Char('&')))
                continue;
            ++withMnemonic;
            QVERIFY2(label->buddy(), qPrintable(label->objectName()));
            QVERIFY(interactive.contains(label->buddy()));
        }
        QCOMPARE(withMnemonic, 11);

        // No token or password field: signing in is a separate dialog.
        for (QLineEdit* edit : dialog.findChildren<QLineEdit*>())
            QCOMPARE(edit->echoMode(), QLineEdit::Normal);
        for (QObject* child : dialog.findChildren<QObject*>())
            QVERIFY(!child->objectName().contains(QLatin1String("token"), Qt::CaseInsensitive));
    }

    void tabOrderFollowsTheForm()
    {
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        const QList<QWidget*> order = {
            form.region,
            form.apiVersion,
            form.baseUrl,
            form.interval,
            form.idleMinutes,
            form.idleSeconds,
            form.openWarning,
            form.openCritical,
            form.idleWarning,
            form.idleCritical,
            form.theme,
            form.language,
            dialog.findChild<QWidget*>(QStringLiteral("historyCheck")),
            dialog.findChild<QWidget*>(QStringLiteral("historyDaysSpin")),
            dialog.findChild<QWidget*>(QStringLiteral("historySizeSpin")),
            dialog.findChild<QWidget*>(QStringLiteral("clearHistoryButton")),
            form.buttons};
        form.region->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(form.region->hasFocus());
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* focus = QApplication::focusWidget();
            QVERIFY2(focus == order.at(i) || order.at(i)->isAncestorOf(focus),
                     qPrintable(QStringLiteral("expected %1, got %2")
                                    .arg(order.at(i)->objectName(),
                                         focus ? focus->objectName() : QStringLiteral("none"))));
        }
    }

    void defaultsAreShown()
    {
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        QCOMPARE(form.region->currentData().toString(), QStringLiteral("us"));
        QCOMPARE(form.apiVersion->currentText(), QStringLiteral("2.16"));
        QCOMPARE(form.baseUrl->text(), QString());
        QCOMPARE(form.interval->value(), 15);
        QCOMPARE(form.idleMinutes->value(), 30);
        QCOMPARE(form.idleSeconds->value(), 0);
        QCOMPARE(form.idleSummary->text(), QStringLiteral("Idle after 30 min 0 s (1800 s)"));
        QCOMPARE(form.openWarning->value(), 8);
        QCOMPARE(form.openCritical->value(), 12);
        QCOMPARE(form.idleWarning->value(), 1);
        QCOMPARE(form.idleCritical->value(), 3);
        QCOMPARE(form.theme->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(form.language->currentData().toString(), QString());
        QVERIFY(form.ok()->isEnabled());
    }

    void languagesAreNamedInTheirOwnLanguage()
    {
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        const auto nameOf = [&](const char* code) {
            return form.language->itemText(form.language->findData(QString::fromLatin1(code)));
        };
        QCOMPARE(nameOf("de"), QStringLiteral("Deutsch"));
        QCOMPARE(nameOf("fr"), QStringLiteral("Français"));
        QCOMPARE(nameOf("es"), QStringLiteral("Español"));
        QCOMPARE(nameOf("ja"), QStringLiteral("日本語"));
        QCOMPARE(nameOf("pt_BR"), QStringLiteral("Português (Brasil)"));
        QCOMPARE(nameOf("en"), QStringLiteral("English"));
        QCOMPARE(form.language->count(), Settings::supportedLanguages().size() + 1);
    }

    void roundTripsEverySetting()
    {
        storeNonDefaults();
        {
            SettingsDialog dialog(*m_settings);
            const Form form(dialog);
            QVERIFY(form.complete());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));

            // The stored values are shown.
            QCOMPARE(form.region->currentData().toString(), QStringLiteral("eu"));
            QCOMPARE(form.apiVersion->currentText(), QStringLiteral("Preview"));
            QCOMPARE(form.baseUrl->text(), QStringLiteral("https://proxy.example.com/intercom"));
            QCOMPARE(form.interval->value(), 42);
            QCOMPARE(form.idleMinutes->value(), 10);
            QCOMPARE(form.idleSeconds->value(), 5);
            QCOMPARE(form.idleSummary->text(), QStringLiteral("Idle after 10 min 5 s (605 s)"));
            QCOMPARE(form.openWarning->value(), 4);
            QCOMPARE(form.openCritical->value(), 6);
            QCOMPARE(form.idleWarning->value(), 2);
            QCOMPARE(form.idleCritical->value(), 5);
            QCOMPARE(form.theme->currentData().toString(), QStringLiteral("dark"));
            QCOMPARE(form.language->currentData().toString(), QStringLiteral("de"));
            QVERIFY(!form.baseUrlError->isVisible());
            QVERIFY(!form.thresholdError->isVisible());

            // Change every one of them, as a person would.
            choose(form.region, QStringLiteral("au"));
            typeInto(form.apiVersion->lineEdit(), QStringLiteral("2.15"));
            typeInto(form.baseUrl, QStringLiteral("http://127.0.0.1:8080"));
            form.interval->setValue(90);
            form.idleMinutes->setValue(2);
            form.idleSeconds->setValue(30);
            QTRY_COMPARE(form.idleSummary->text(), QStringLiteral("Idle after 2 min 30 s (150 s)"));
            form.openCritical->setValue(20); // raise critical first: never below warning
            form.openWarning->setValue(10);
            form.idleCritical->setValue(7);
            form.idleWarning->setValue(4);
            choose(form.theme, QStringLiteral("light"));
            choose(form.language, QStringLiteral("pt_BR"));

            QSignalSpy changed(m_settings.get(), &Settings::changed);
            QTRY_VERIFY(form.ok()->isEnabled());
            QTest::mouseClick(form.ok(), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QVERIFY(!dialog.isVisible());
            QVERIFY(changed.count() >= 8);
        }

        const auto check = [](const Settings& s) {
            QCOMPARE(s.get(Setting::Region), QStringLiteral("au"));
            QCOMPARE(s.get(Setting::ApiVersion), QStringLiteral("2.15"));
            QCOMPARE(s.get(Setting::CustomBaseUrl), QStringLiteral("http://127.0.0.1:8080"));
            QCOMPARE(s.get(Setting::PollIntervalSeconds), 90);
            QCOMPARE(s.get(Setting::IdleThresholdSeconds), 150);
            QCOMPARE(
                s.defaultThresholds(),
                (TeamThresholds{
                    .openWarning = 10, .openCritical = 20, .idleWarning = 4, .idleCritical = 7}));
            QCOMPARE(s.get(Setting::Theme), QStringLiteral("light"));
            QCOMPARE(s.get(Setting::Language), QStringLiteral("pt_BR"));
        };
        check(*m_settings);
        // Written through to the file, not only kept in memory.
        check(Settings(m_path));

        // Reopening shows the new values.
        SettingsDialog again(*m_settings);
        const Form form(again);
        QVERIFY(form.complete());
        QCOMPARE(form.region->currentData().toString(), QStringLiteral("au"));
        QCOMPARE(form.apiVersion->currentText(), QStringLiteral("2.15"));
        QCOMPARE(form.baseUrl->text(), QStringLiteral("http://127.0.0.1:8080"));
        QCOMPARE(form.interval->value(), 90);
        QCOMPARE(form.idleMinutes->value(), 2);
        QCOMPARE(form.idleSeconds->value(), 30);
        QCOMPARE(form.openWarning->value(), 10);
        QCOMPARE(form.openCritical->value(), 20);
        QCOMPARE(form.idleWarning->value(), 4);
        QCOMPARE(form.idleCritical->value(), 7);
        QCOMPARE(form.theme->currentData().toString(), QStringLiteral("light"));
        QCOMPARE(form.language->currentData().toString(), QStringLiteral("pt_BR"));
    }

    void historyIsKeptAsChosenAndClearingAsksFirst()
    {
        SettingsDialog dialog(*m_settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* keep = dialog.findChild<QCheckBox*>(QStringLiteral("historyCheck"));
        auto* days = dialog.findChild<QSpinBox*>(QStringLiteral("historyDaysSpin"));
        auto* size = dialog.findChild<QSpinBox*>(QStringLiteral("historySizeSpin"));
        auto* clear = dialog.findChild<QPushButton*>(QStringLiteral("clearHistoryButton"));
        QVERIFY(keep && days && size && clear);
        QVERIFY(keep->isChecked()); // on unless turned off
        QCOMPARE(days->value(), 14);
        QCOMPARE(size->value(), 500);
        QCOMPARE(size->minimum(), 10); // the settings table's range
        days->setValue(30);
        size->setValue(2000);
        keep->setChecked(false);
        QVERIFY(!days->isEnabled());

        // Clearing asks; Cancel clears nothing, Yes does.
        QSignalSpy cleared(&dialog, &SettingsDialog::clearHistoryRequested);
        for (const auto button : {QMessageBox::Cancel, QMessageBox::Yes}) {
            QTimer::singleShot(0, this, [button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(button)->click();
            });
            clear->click();
        }
        QCOMPARE(cleared.size(), 1);

        dialog.accept();
        QVERIFY(!m_settings->get(Setting::HistoryEnabled));
        QCOMPARE(m_settings->get(Setting::HistoryDetailDays), 30);
        QCOMPARE(m_settings->get(Setting::HistoryMaxMegabytes), 2000);
    }

    void cancelChangesNothing()
    {
        storeNonDefaults();
        const QByteArray before = fileBytes();
        QSignalSpy changed(m_settings.get(), &Settings::changed);

        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        choose(form.region, QStringLiteral("us"));
        typeInto(form.apiVersion->lineEdit(), QStringLiteral("Unstable"));
        typeInto(form.baseUrl, QStringLiteral("https://other.example.com"));
        form.interval->setValue(300);
        form.idleMinutes->setValue(1);
        form.openCritical->setValue(50);
        form.openWarning->setValue(40);
        choose(form.theme, QStringLiteral("light"));
        choose(form.language, QStringLiteral("ja"));

        QTest::mouseClick(form.cancel(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!dialog.isVisible());

        QCOMPARE(changed.count(), 0);
        QCOMPARE(fileBytes(), before);
        QCOMPARE(m_settings->get(Setting::Region), QStringLiteral("eu"));
        QCOMPARE(m_settings->get(Setting::PollIntervalSeconds), 42);
        QCOMPARE(m_settings->defaultThresholds().openWarning, 4);
    }

    void escapeChangesNothing()
    {
        storeNonDefaults();
        const QByteArray before = fileBytes();
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        form.interval->setValue(300);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(fileBytes(), before);
    }

    void invalidBaseUrlBlocksOk()
    {
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!form.baseUrlError->isVisible());

        typeInto(form.baseUrl, QStringLiteral("http://example.com"));
        QTRY_VERIFY(form.baseUrlError->isVisible());
        QVERIFY(!form.ok()->isEnabled());
        // The message names the problem, in red, under the field.
        const QString message = form.baseUrlError->text();
        QVERIFY2(message.contains(QLatin1String("http://example.com")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("https")), qPrintable(message));
        QVERIFY(isReddish(form.baseUrlError->palette().color(QPalette::WindowText)));
        QVERIFY(form.baseUrlError->geometry().top() > form.baseUrl->geometry().top());
        QCOMPARE(form.baseUrl->accessibleDescription(), message);

        // Neither Enter nor a direct accept() gets past it.
        QTest::keyClick(form.baseUrl, Qt::Key_Return);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(m_settings->get(Setting::CustomBaseUrl), QString());
        QVERIFY(!m_settings->isSet(Settings::Key::CustomBaseUrl));

        // Fixing it clears the message and allows OK.
        typeInto(form.baseUrl, QStringLiteral("https://example.com"));
        QTRY_VERIFY(!form.baseUrlError->isVisible());
        QVERIFY(form.ok()->isEnabled());
        QTest::mouseClick(form.ok(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->get(Setting::CustomBaseUrl), QStringLiteral("https://example.com"));
    }

    void invalidApiVersionBlocksOk()
    {
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(form.apiVersion->lineEdit(), QStringLiteral("two sixteen"));
        QTRY_VERIFY(form.apiVersionError->isVisible());
        QVERIFY(!form.ok()->isEnabled());
        form.apiVersion->lineEdit()->clear();
        QTRY_VERIFY(form.apiVersionError->isVisible());
        QVERIFY(!form.ok()->isEnabled());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_settings->get(Setting::ApiVersion), QStringLiteral("2.16"));
        QVERIFY(!m_settings->isSet(Settings::Key::ApiVersion));
    }

    void criticalBelowWarningBlocksOk_data()
    {
        QTest::addColumn<QString>("warningName");
        QTest::addColumn<QString>("criticalName");
        QTest::newRow("open") << QStringLiteral("openWarningSpin")
                              << QStringLiteral("openCriticalSpin");
        QTest::newRow("idle") << QStringLiteral("idleWarningSpin")
                              << QStringLiteral("idleCriticalSpin");
    }
    void thresholdsForOneTeam()
    {
        const QString team = QStringLiteral("5017691");
        {
            SettingsDialog dialog(*m_settings);
            auto* check = dialog.findChild<QCheckBox*>(QStringLiteral("teamThresholdsCheck"));
            QVERIFY(check);
            dialog.show();
            QVERIFY(check->isHidden()); // no team on screen: workspace defaults only
            dialog.setTeam(team, QStringLiteral("VIP Accounts"));
            QVERIFY(check->isVisible());
            QVERIFY(check->text().contains(QLatin1String("VIP Accounts")));
            QVERIFY(!check->isChecked());
            const Form form(dialog);
            check->setChecked(true);
            form.openWarning->setValue(5);
            form.openCritical->setValue(7);
            dialog.accept();
        }
        QVERIFY(m_settings->hasTeamThresholds(team));
        QCOMPARE(m_settings->thresholds(team).openWarning, 5);
        QCOMPARE(m_settings->thresholds(team).openCritical, 7);
        QCOMPARE(m_settings->defaultThresholds(), TeamThresholds{}); // untouched
        {
            // Reopened: the team's own values, ticked; unticking shows the
            // defaults and, once accepted, drops the team's override.
            SettingsDialog dialog(*m_settings);
            dialog.setTeam(team, QStringLiteral("VIP Accounts"));
            auto* check = dialog.findChild<QCheckBox*>(QStringLiteral("teamThresholdsCheck"));
            const Form form(dialog);
            QVERIFY(check->isChecked());
            QCOMPARE(form.openWarning->value(), 5);
            check->setChecked(false);
            QCOMPARE(form.openWarning->value(), TeamThresholds{}.openWarning);
            dialog.accept();
        }
        QVERIFY(!m_settings->hasTeamThresholds(team));
    }

    void criticalBelowWarningBlocksOk()
    {
        QFETCH(QString, warningName);
        QFETCH(QString, criticalName);
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        auto* warning = dialog.findChild<QSpinBox*>(warningName);
        auto* critical = dialog.findChild<QSpinBox*>(criticalName);
        QVERIFY(warning && critical);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        warning->setValue(10);
        critical->setValue(5);
        QTRY_VERIFY(form.thresholdError->isVisible());
        QVERIFY(!form.ok()->isEnabled());
        QVERIFY(form.thresholdError->text().contains(QLatin1String("below")));
        QVERIFY(isReddish(form.thresholdError->palette().color(QPalette::WindowText)));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_settings->defaultThresholds(), TeamThresholds{});

        // Equal levels are fine.
        critical->setValue(10);
        QTRY_VERIFY(!form.thresholdError->isVisible());
        QVERIFY(form.ok()->isEnabled());
        QTest::mouseClick(form.ok(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const TeamThresholds stored = m_settings->defaultThresholds();
        if (warningName.startsWith(QLatin1String("open"))) {
            QCOMPARE(stored.openWarning, 10);
            QCOMPARE(stored.openCritical, 10);
        } else {
            QCOMPARE(stored.idleWarning, 10);
            QCOMPARE(stored.idleCritical, 10);
        }
    }

    void idleThresholdComposesAndClamps()
    {
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());

        form.idleMinutes->setValue(2);
        form.idleSeconds->setValue(5);
        QTRY_COMPARE(form.idleSummary->text(), QStringLiteral("Idle after 2 min 5 s (125 s)"));
        QCOMPARE(dialog.effectiveIdleThreshold(), 125);

        form.idleMinutes->setValue(1440);
        form.idleSeconds->setValue(59);
        QTRY_VERIFY(form.idleSummary->text().startsWith(
            QLatin1String("Idle after 1440 min 0 s (86400 s)")));
        QCOMPARE(dialog.effectiveIdleThreshold(), 86400);

        // Zero is below what Intercom accepts: the label shows the clamped 1 s.
        form.idleMinutes->setValue(0);
        form.idleSeconds->setValue(0);
        QTRY_VERIFY(
            form.idleSummary->text().startsWith(QLatin1String("Idle after 0 min 1 s (1 s)")));
        QVERIFY(form.idleSummary->text().contains(QLatin1String("shortest")));
        QCOMPARE(dialog.effectiveIdleThreshold(), 1);

        // And the clamped value is what is stored.
        QVERIFY(form.ok()->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_settings->get(Setting::IdleThresholdSeconds), 1);
    }

    void invalidStoredValuesOpenAsDefaults()
    {
        // A hand-edited file must not put the dialog in a state it cannot leave.
        m_settings.reset();
        {
            QFile file(m_path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[api]\nregion=mars\nbase_url=http://example.com\n"
                       "[thresholds]\nopen_warning=20\nopen_critical=10\n");
        }
        m_settings = std::make_unique<Settings>(m_path);
        SettingsDialog dialog(*m_settings);
        const Form form(dialog);
        QVERIFY(form.complete());
        QCOMPARE(form.region->currentData().toString(), QStringLiteral("us"));
        QCOMPARE(form.baseUrl->text(), QString());
        QCOMPARE(form.openWarning->value(), 8);
        QCOMPARE(form.openCritical->value(), 12);
        QVERIFY(form.ok()->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
