#pragma once

#include "TeamThresholds.h"

#include <QDialog>

#include <memory>

class QLabel;
class Settings;

namespace Ui {
class SettingsDialog;
}

// Edits the user's settings. Shows the stored values when it opens, checks
// every field as it is edited (problems are shown under the field and keep
// OK disabled) and writes back only on OK. There is no token field: signing
// in has its own dialog, and the token never goes into settings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Settings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // Offers to keep the thresholds for this team only (Settings stores
    // per-team overrides); without a team they are the workspace defaults.
    void setTeam(const QString& teamId, const QString& teamName);

    // The idle threshold the minutes and seconds fields add up to, clamped
    // to what Intercom accepts: what will be stored and sent.
    int effectiveIdleThreshold() const;

signals:
    // The user asked (and confirmed) to forget the kept history.
    void clearHistoryRequested();

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyProblemColour();
    void populateChoices();
    void load();
    // Updates every inline message and the OK button; true if all is well.
    bool validate();
    void updateIdleSummary();
    void save();
    void showThresholds(const TeamThresholds& thresholds);
    static void showProblem(QLabel* label, QWidget* field, const QString& problem);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings& m_settings;
    QString m_teamId; // the team on screen, for per-team thresholds
};
