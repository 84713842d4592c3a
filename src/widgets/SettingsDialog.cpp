#include "SettingsDialog.h"

#include "ApiConfig.h"
#include "Logging.h"
#include "Settings.h"
#include "SettingsSchema.h"

#include "ui_SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

#include <array>
#include <utility>

namespace {

// Each language is offered in its own language, so someone who cannot read
// the current one still finds theirs. Not translated on purpose.
QString nativeLanguageName(const QString& code)
{
    static const std::array<std::pair<QLatin1String, QString>, 6> names = {{
        {QLatin1String("en"), QStringLiteral("English")},
        {QLatin1String("de"), QStringLiteral("Deutsch")},
        {QLatin1String("fr"), QStringLiteral("Français")},
        {QLatin1String("es"), QStringLiteral("Español")},
        {QLatin1String("ja"), QStringLiteral("日本語")},
        {QLatin1String("pt_BR"), QStringLiteral("Português (Brasil)")},
    }};
    for (const auto& [c, name] : names) {
        if (c == code)
            return name;
    }
    return QLocale(code).nativeLanguageName();
}

void selectData(QComboBox* combo, const QString& value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

SettingsDialog::SettingsDialog(Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    // m_ui stays empty until the form exists, so events sent while it is
    // being built (see changeEvent) find no half-made widgets.
    auto ui = std::make_unique<Ui::SettingsDialog>();
    ui->setupUi(this);
    m_ui = std::move(ui);
    populateChoices();
    applyProblemColour();
    load();

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    const auto revalidate = [this] { validate(); };
    connect(m_ui->apiVersionCombo, &QComboBox::currentTextChanged, this, revalidate);
    connect(m_ui->baseUrlEdit, &QLineEdit::textChanged, this, revalidate);
    for (QSpinBox* spin : {m_ui->openWarningSpin, m_ui->openCriticalSpin, m_ui->idleWarningSpin,
                           m_ui->idleCriticalSpin})
        connect(spin, &QSpinBox::valueChanged, this, revalidate);
    for (QSpinBox* spin : {m_ui->idleMinutesSpin, m_ui->idleSecondsSpin})
        connect(spin, &QSpinBox::valueChanged, this, [this] { updateIdleSummary(); });
    connect(m_ui->historyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_ui->historyDaysSpin->setEnabled(on);
        m_ui->historySizeSpin->setEnabled(on);
    });
    // Clearing cannot wait for OK and cannot be undone: it asks first.
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Clear history"),
            tr("Forget every team's history kept on this computer? This cannot be undone."),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            emit clearHistoryRequested();
    });
    connect(m_ui->teamThresholdsCheck, &QCheckBox::toggled, this, [this](bool teamOnly) {
        // Show what the choice means: this team's values, or the defaults.
        showThresholds(teamOnly ? m_settings.thresholds(m_teamId) : m_settings.defaultThresholds());
    });

    updateIdleSummary();
    validate();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setTeam(const QString& teamId, const QString& teamName)
{
    m_teamId = teamId;
    QCheckBox* check = m_ui->teamThresholdsCheck;
    check->setVisible(!teamId.isEmpty());
    if (teamId.isEmpty())
        return;
    check->setText(tr("Use these thresholds for %1 only").arg(teamName));
    const QSignalBlocker blocker(check);
    check->setChecked(m_settings.hasTeamThresholds(teamId));
    showThresholds(m_settings.thresholds(teamId));
}

void SettingsDialog::showThresholds(const TeamThresholds& t)
{
    m_ui->openWarningSpin->setValue(t.openWarning);
    m_ui->openCriticalSpin->setValue(t.openCritical);
    m_ui->idleWarningSpin->setValue(t.idleWarning);
    m_ui->idleCriticalSpin->setValue(t.idleCritical);
}

void SettingsDialog::populateChoices()
{
    m_ui->regionCombo->addItem(tr("United States (api.intercom.io)"), QStringLiteral("us"));
    m_ui->regionCombo->addItem(tr("Europe (api.eu.intercom.io)"), QStringLiteral("eu"));
    m_ui->regionCombo->addItem(tr("Australia (api.au.intercom.io)"), QStringLiteral("au"));

    // Version names are Intercom's identifiers, not words to translate.
    m_ui->apiVersionCombo->addItems(
        {ApiConfig::kDefaultVersion, QStringLiteral("Preview"), QStringLiteral("Unstable")});

    const auto [minInterval, maxInterval] = Settings::intRange(Settings::Key::PollIntervalSeconds);
    m_ui->intervalSpin->setRange(minInterval, maxInterval);
    // Minutes and seconds can add up to a little past the maximum; the
    // summary below them shows what is really used.
    m_ui->idleMinutesSpin->setRange(0, ApiConfig::kMaxIdleThreshold / 60);
    m_ui->idleSecondsSpin->setRange(0, 59);
    for (QSpinBox* spin : {m_ui->openWarningSpin, m_ui->openCriticalSpin, m_ui->idleWarningSpin,
                           m_ui->idleCriticalSpin})
        spin->setRange(TeamThresholds::kMin, TeamThresholds::kMax);

    m_ui->themeCombo->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_ui->themeCombo->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->themeCombo->addItem(tr("Dark"), QStringLiteral("dark"));

    for (const auto& [spin, key] :
         {std::pair{m_ui->historyDaysSpin, Settings::Key::HistoryDetailDays},
          std::pair{m_ui->historySizeSpin, Settings::Key::HistoryMaxMegabytes}}) {
        const auto [low, high] = Settings::intRange(key);
        spin->setRange(low, high);
    }

    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString& code : Settings::supportedLanguages())
        m_ui->languageCombo->addItem(nativeLanguageName(code), code);
}

void SettingsDialog::load()
{
    selectData(m_ui->regionCombo, m_settings.get(Setting::Region));
    m_ui->apiVersionCombo->setCurrentText(m_settings.get(Setting::ApiVersion));
    m_ui->baseUrlEdit->setText(m_settings.get(Setting::CustomBaseUrl));

    m_ui->intervalSpin->setValue(m_settings.get(Setting::PollIntervalSeconds));
    const int idle = m_settings.get(Setting::IdleThresholdSeconds);
    m_ui->idleMinutesSpin->setValue(idle / 60);
    m_ui->idleSecondsSpin->setValue(idle % 60);

    showThresholds(m_settings.defaultThresholds());

    selectData(m_ui->themeCombo, m_settings.get(Setting::Theme));
    selectData(m_ui->languageCombo, m_settings.get(Setting::Language));

    m_ui->historyCheck->setChecked(m_settings.get(Setting::HistoryEnabled));
    m_ui->historyDaysSpin->setValue(m_settings.get(Setting::HistoryDetailDays));
    m_ui->historySizeSpin->setValue(m_settings.get(Setting::HistoryMaxMegabytes));
}

int SettingsDialog::effectiveIdleThreshold() const
{
    // The settings table clamps as Intercom does.
    return SettingsSchema::check(Settings::Key::IdleThresholdSeconds,
                                 m_ui->idleMinutesSpin->value() * 60 +
                                     m_ui->idleSecondsSpin->value())
        .value.toInt();
}

void SettingsDialog::updateIdleSummary()
{
    const qint64 requested =
        qint64(m_ui->idleMinutesSpin->value()) * 60 + m_ui->idleSecondsSpin->value();
    const int effective = effectiveIdleThreshold();
    QString text;
    if (effective > requested)
        text = tr("Idle after %1 min %2 s (%3 s): the shortest threshold Intercom accepts.");
    else if (effective < requested)
        text = tr("Idle after %1 min %2 s (%3 s): the longest threshold Intercom accepts.");
    else
        text = tr("Idle after %1 min %2 s (%3 s)");
    m_ui->idleEffectiveLabel->setText(text.arg(effective / 60).arg(effective % 60).arg(effective));
}

void SettingsDialog::showProblem(QLabel* label, QWidget* field, const QString& problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    // Screen readers announce the description with the field it belongs to.
    if (field)
        field->setAccessibleDescription(problem);
}

bool SettingsDialog::validate()
{
    const QString versionProblem = Settings::validationError(
        Settings::Key::ApiVersion, m_ui->apiVersionCombo->currentText().trimmed());
    showProblem(m_ui->apiVersionErrorLabel, m_ui->apiVersionCombo, versionProblem);

    const QString urlProblem = Settings::validationError(Settings::Key::CustomBaseUrl,
                                                         m_ui->baseUrlEdit->text().trimmed());
    showProblem(m_ui->baseUrlErrorLabel, m_ui->baseUrlEdit, urlProblem);

    const TeamThresholds t{.openWarning = m_ui->openWarningSpin->value(),
                           .openCritical = m_ui->openCriticalSpin->value(),
                           .idleWarning = m_ui->idleWarningSpin->value(),
                           .idleCritical = m_ui->idleCriticalSpin->value()};
    const QString thresholdProblem = t.validationError();
    m_ui->openCriticalSpin->setAccessibleDescription(QString());
    m_ui->idleCriticalSpin->setAccessibleDescription(QString());
    showProblem(m_ui->thresholdErrorLabel,
                t.openCritical < t.openWarning ? m_ui->openCriticalSpin : m_ui->idleCriticalSpin,
                thresholdProblem);

    const bool ok = versionProblem.isEmpty() && urlProblem.isEmpty() && thresholdProblem.isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
    return ok;
}

void SettingsDialog::accept()
{
    // OK is disabled while a field is wrong, but Enter or a script can still
    // get here.
    if (!validate())
        return;
    save();
    QDialog::accept();
}

void SettingsDialog::save()
{
    const TeamThresholds t{.openWarning = m_ui->openWarningSpin->value(),
                           .openCritical = m_ui->openCriticalSpin->value(),
                           .idleWarning = m_ui->idleWarningSpin->value(),
                           .idleCritical = m_ui->idleCriticalSpin->value()};
    // Every value was checked by validate(); a refusal here means the
    // dialog and the settings table disagree, which must not go unnoticed.
    const bool teamOnly = !m_teamId.isEmpty() && m_ui->teamThresholdsCheck->isChecked();
    if (!m_teamId.isEmpty() && !teamOnly)
        m_settings.clearTeamThresholds(m_teamId);
    const bool thresholdsStored =
        teamOnly ? m_settings.setTeamThresholds(m_teamId, t) : m_settings.setDefaultThresholds(t);
    const std::array<std::pair<bool, const char*>, 11> results = {{
        {m_settings.set(Setting::Region, m_ui->regionCombo->currentData().toString()), "region"},
        {m_settings.set(Setting::ApiVersion, m_ui->apiVersionCombo->currentText().trimmed()),
         "api version"},
        {m_settings.set(Setting::CustomBaseUrl, m_ui->baseUrlEdit->text().trimmed()), "base URL"},
        {m_settings.set(Setting::PollIntervalSeconds, m_ui->intervalSpin->value()),
         "poll interval"},
        {m_settings.set(Setting::IdleThresholdSeconds, effectiveIdleThreshold()), "idle threshold"},
        {thresholdsStored, "thresholds"},
        {m_settings.set(Setting::Theme, m_ui->themeCombo->currentData().toString()), "theme"},
        {m_settings.set(Setting::Language, m_ui->languageCombo->currentData().toString()),
         "language"},
        {m_settings.set(Setting::HistoryEnabled, m_ui->historyCheck->isChecked()), "history"},
        {m_settings.set(Setting::HistoryDetailDays, m_ui->historyDaysSpin->value()),
         "history days"},
        {m_settings.set(Setting::HistoryMaxMegabytes, m_ui->historySizeSpin->value()),
         "history size"},
    }};
    for (const auto& [stored, what] : results) {
        if (!stored)
            qCWarning(lcApp) << "The settings refused the dialog's" << what;
    }
    m_settings.sync();
}

void SettingsDialog::applyProblemColour()
{
    // A red that stays readable on both light and dark backgrounds; the text
    // itself says what is wrong, so colour is not the only signal.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    for (QLabel* label :
         {m_ui->apiVersionErrorLabel, m_ui->baseUrlErrorLabel, m_ui->thresholdErrorLabel}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, red);
        label->setPalette(p);
    }
}

void SettingsDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_ui)
        applyProblemColour();
}
