#include "KioskText.h"

#include "Freshness.h"
#include "Severity.h"

#include <QLocale>

namespace {

// The table's glyphs: the wall's sentences carry the same marks.
const QString kWarningGlyph = Severity::glyph(Severity::Warning);
const QString kCriticalGlyph = Severity::glyph(Severity::Critical);

QString fileOrSettings(const QString& configFile)
{
    return configFile.isEmpty() ? KioskText::tr("this user's Floorwatch settings") : configFile;
}

} // namespace

KioskStatus KioskText::status(const PollState& state, const QDateTime& fetchedAt,
                              const QDateTime& now, std::chrono::seconds interval,
                              const QTimeZone& zone)
{
    const qint64 wait = state.nextPollAt.isValid()
                            ? std::max<qint64>(0, (now.msecsTo(state.nextPollAt) + 999) / 1000)
                            : -1;
    if (state.lastError && state.lastError->kind() == ApiError::Kind::RateLimited) {
        const QDateTime resume =
            state.nextPollAt.isValid() ? state.nextPollAt : state.lastError->retryAt();
        return {tr("%1 rate-limited \u2014 resuming at %2")
                    .arg(kWarningGlyph, ApiError::resumeTime(resume, now, zone)),
                KioskTone::Warning, true};
    }
    if (state.lastError && state.lastError->isTransient()) {
        if (state.phase == PollState::Phase::BackingOff && wait >= 0)
            return {tr("%1 reconnecting \u2014 retrying in %2 s").arg(kWarningGlyph).arg(wait),
                    KioskTone::Warning, true};
        return {tr("%1 reconnecting\u2026").arg(kWarningGlyph), KioskTone::Warning, true};
    }
    if (Freshness::isStale(fetchedAt, now, interval)) {
        return {tr("%1 reconnecting \u2014 no new numbers for %2 s")
                    .arg(kWarningGlyph)
                    .arg(Freshness::ageSeconds(fetchedAt, now)),
                KioskTone::Warning, true};
    }
    return {tr("updated every %1 s").arg(interval.count()), KioskTone::Calm, false};
}

KioskMessage KioskText::teamProblem(const QString& teamId, const QString& teamName,
                                    const ApiError& error, const QString& configFile,
                                    std::chrono::minutes retry)
{
    KioskMessage m;
    m.glyph = kCriticalGlyph;
    m.tone = KioskTone::Critical;
    switch (error.kind()) {
    case ApiError::Kind::NotFound:
        m.title = tr("Team %1 was not found").arg(teamId);
        m.lines << tr("Intercom does not know this team; it may have been deleted or belong to "
                      "another workspace.")
                << tr("Correct kiosk/teams in %1.").arg(fileOrSettings(configFile));
        break;
    case ApiError::Kind::Forbidden:
        m.title = tr("%1 cannot be shown").arg(teamName);
        m.lines << error.userMessage();
        break;
    default:
        m.title = tr("%1 cannot be shown").arg(teamName);
        m.lines << error.userMessage()
                << tr("Check the settings in %1.").arg(fileOrSettings(configFile));
        break;
    }
    m.after << tr("This display tries again every %1 minutes; the other teams keep rotating.")
                   .arg(retry.count());
    if (!error.requestId().isEmpty())
        m.footnote = tr("Intercom request id: %1").arg(error.requestId());
    return m;
}

KioskMessage KioskText::waiting(const QString& teamName)
{
    KioskMessage m;
    m.title = tr("Waiting for the first numbers from Intercom\u2026");
    m.lines << tr("%1 appears here as soon as Intercom answers.").arg(teamName);
    return m;
}

KioskMessage KioskText::reauthorise(const AuthContext& c, const QTimeZone& zone)
{
    KioskMessage m;
    m.glyph = kWarningGlyph;
    m.tone = KioskTone::Warning;
    if (c.reason == AuthReason::Refused && c.environmentToken) {
        m.title = tr("This display needs to be re-authorised");
        m.lines << tr("Intercom refused the access token this display was started with (the "
                      "environment variable FLOORWATCH_ACCESS_TOKEN). It is tried again every "
                      "%n minute(s), in case it is restored.",
                      nullptr, int(c.environmentRetry.count()));
    } else if (c.reason == AuthReason::Refused) {
        m.title = tr("This display needs to be re-authorised");
        m.lines << tr("Intercom no longer accepts the access token stored on this computer: it "
                      "was revoked or replaced.");
    } else {
        m.title = tr("This display needs to be authorised");
        m.lines << tr("No Intercom access token is stored on this computer for this display yet.");
    }
    const QString where = c.user.isEmpty()
                              ? tr("(%1)").arg(c.host.isEmpty() ? tr("this computer") : c.host)
                              : tr("(%1, as user %2)").arg(c.host, c.user);
    m.lines << tr("To fix it, an admin signs in to this computer %1, for example over ssh, and "
                  "runs:")
                   .arg(where);
    m.command = c.configFile.isEmpty()
                    ? QStringLiteral("floorwatch --sign-in")
                    : QStringLiteral("floorwatch --sign-in --config %1").arg(c.configFile);
    m.after << tr("then pastes the access token of the workspace's Intercom app (Developer Hub "
                  "\u2192 your app \u2192 Authentication) and presses Enter.")
            << tr("This screen checks the keychain every %1 seconds and comes back by itself; "
                  "nothing needs to be restarted.")
                   .arg(c.checkEvery.count());
    QStringList foot;
    foot << tr("Configuration: %1").arg(fileOrSettings(c.configFile));
    if (!c.workspace.isEmpty())
        foot << tr("workspace %1").arg(c.workspace);
    if (c.lastCheck.isValid())
        foot << tr("last checked %1").arg(Freshness::clockTime(c.lastCheck, zone));
    m.footnote = foot.join(QStringLiteral(" \u00B7 "));
    return m;
}

KioskMessage KioskText::noTeams(const QString& configFile)
{
    KioskMessage m;
    m.glyph = kWarningGlyph;
    m.tone = KioskTone::Warning;
    m.title = tr("No teams are set for this display");
    m.lines << tr("List the Intercom team ids to show in kiosk/teams in %1, or start Floorwatch "
                  "with --team ID (once per team).")
                   .arg(fileOrSettings(configFile));
    m.command = QStringLiteral("floorwatch --print");
    m.after << tr("lists the teams of the workspace with their ids.");
    return m;
}

QString KioskText::resumesAt(const QDateTime& at, const QDateTime& now, const QTimeZone& zone)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(zone);
    const QString time = local.toString(QStringLiteral("HH:mm"));
    const qint64 days = now.toTimeZone(zone).date().daysTo(local.date());
    if (days <= 0)
        return tr("Floorwatch resumes at %1").arg(time);
    if (days == 1)
        return tr("Floorwatch resumes tomorrow at %1").arg(time);
    return tr("Floorwatch resumes on %1 at %2")
        .arg(QLocale().dayName(local.date().dayOfWeek()), time);
}
