<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ApiConfig</name>
    <message>
        <source>Unknown region &quot;%1&quot;: use us, eu or au.</source>
        <translation>Unbekannte Region „%1“: Verwenden Sie us, eu oder au.</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; was refused: %2</source>
        <translation>Die API-Basis-URL „%1“ wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>Sie ist keine gültige URL.</translation>
    </message>
    <message>
        <source>it must not contain a user name or password.</source>
        <translation>Sie darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>it must not contain a query or fragment.</source>
        <translation>Sie darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>Unverschlüsseltes http ist nur für Verbindungen zu diesem Computer erlaubt (127.0.0.1, ::1 oder localhost); verwenden Sie https.</translation>
    </message>
    <message>
        <source>the scheme must be https.</source>
        <translation>Das Schema muss https sein.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>unerwarteter HTTP-Status %1</translation>
    </message>
    <message>
        <source>Intercom did not accept the access token: it is invalid or has been revoked. Sign in again with a valid token.</source>
        <translation>Intercom hat das Zugriffstoken nicht akzeptiert: Es ist ungültig oder wurde widerrufen. Melden Sie sich mit einem gültigen Token erneut an.</translation>
    </message>
    <message>
        <source>Real-time monitoring is not enabled for this Intercom workspace. Ask an Intercom admin to enable the realtime_monitoring feature.</source>
        <translation>Die Echtzeitüberwachung ist für diesen Intercom-Workspace nicht aktiviert. Bitten Sie einen Intercom-Admin, die Funktion realtime_monitoring zu aktivieren.</translation>
    </message>
    <message>
        <source>Intercom refused access (%1). Ask an Intercom admin to give the app the read_admins scope and to enable real-time monitoring.</source>
        <translation>Intercom hat den Zugriff verweigert (%1). Bitten Sie einen Intercom-Admin, der App die Berechtigung read_admins zu geben und die Echtzeitüberwachung zu aktivieren.</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted. Pick another team.</source>
        <translation>Intercom kennt dieses Team nicht; vielleicht wurde es gelöscht. Wählen Sie ein anderes Team.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused until %1.</source>
        <translation>Das Anfragelimit von Intercom ist erreicht; pausiert bis %1.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused for a moment.</source>
        <translation>Das Anfragelimit von Intercom ist erreicht; kurz pausiert.</translation>
    </message>
    <message>
        <source>Intercom had a server error (HTTP %1); retrying later.</source>
        <translation>Serverfehler bei Intercom (HTTP %1); neuer Versuch folgt.</translation>
    </message>
    <message>
        <source>Could not reach Intercom (%1); check the network connection.</source>
        <translation>Intercom ist nicht erreichbar (%1); prüfen Sie die Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Intercom did not answer in time; retrying.</source>
        <translation>Intercom hat nicht rechtzeitig geantwortet; neuer Versuch läuft.</translation>
    </message>
    <message>
        <source>The secure connection to Intercom failed (%1). Check the system clock, proxy and certificates.</source>
        <translation>Die sichere Verbindung zu Intercom ist fehlgeschlagen (%1). Prüfen Sie die Systemuhr, den Proxy und die Zertifikate.</translation>
    </message>
    <message>
        <source>Intercom sent a response Floorwatch cannot use: %1.</source>
        <translation>Intercom hat eine Antwort gesendet, die Floorwatch nicht verwenden kann: %1.</translation>
    </message>
    <message>
        <source>Intercom does not accept the API version %1. Choose 2.16 (stable) or Preview.</source>
        <translation>Intercom akzeptiert die API-Version %1 nicht. Wählen Sie 2.16 (stabil) oder Preview.</translation>
    </message>
    <message>
        <source>that was sent</source>
        <translation>der Anfrage</translation>
    </message>
    <message>
        <source>Intercom rejected the request (%1).</source>
        <translation>Intercom hat die Anfrage abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Open, not idle</source>
        <translation>Offen, nicht inaktiv</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Load per teammate</source>
        <translation>Auslastung pro Teammitglied</translation>
    </message>
    <message>
        <source>Open, idle and snoozed conversations per teammate</source>
        <translation>Offene, inaktive und zurückgestellte Unterhaltungen pro Teammitglied</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Trend over the shift</source>
        <translation>Verlauf der Schicht</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more teammate(s) (see the table)</source>
        <translation>
            <numerusform>+%n weiteres Teammitglied (siehe Tabelle)</numerusform>
            <numerusform>+%n weitere Teammitglieder (siehe Tabelle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Exit codes:
  0  success
  2  usage or configuration error
  3  unauthorized: the access token is invalid or revoked
  4  forbidden: real-time monitoring or a scope is not enabled
  5  team not found
  6  rate limited
  7  network, timeout, TLS or server error
  8  bad response from the server

The access token is read from the environment variable FLOORWATCH_ACCESS_TOKEN (never from the command line).</source>
        <translation>Exit-Codes:
  0  Erfolg
  2  Aufruf- oder Konfigurationsfehler
  3  nicht autorisiert: Das Zugriffstoken ist ungültig oder wurde widerrufen
  4  verboten: Die Echtzeitüberwachung oder eine Berechtigung ist nicht aktiviert
  5  Team nicht gefunden
  6  Anfragelimit erreicht
  7  Netzwerk-, Zeitüberschreitungs-, TLS- oder Serverfehler
  8  ungültige Antwort des Servers

Das Zugriffstoken wird aus der Umgebungsvariable FLOORWATCH_ACCESS_TOKEN gelesen (nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>Floorwatch shows, live, how many Intercom conversations each teammate has open, idle and snoozed.</source>
        <translation>Floorwatch zeigt live, wie viele Intercom-Unterhaltungen jedes Teammitglied offen, inaktiv und zurückgestellt hat.</translation>
    </message>
    <message>
        <source>Use the built-in simulated workspace instead of Intercom (no account or network needed).</source>
        <translation>Den eingebauten simulierten Workspace statt Intercom verwenden (kein Konto und kein Netzwerk nötig).</translation>
    </message>
    <message>
        <source>Fetch once, print to standard output and exit. Format: table (default), json or csv. Without --team, lists the teams.</source>
        <translation>Einmal abrufen, auf der Standardausgabe ausgeben und beenden. Format: table (Standard), json oder csv. Ohne --team werden die Teams aufgelistet.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The Intercom team id. With --kiosk it may be given several times: the display rotates across the teams.</source>
        <translation>Die Intercom-Team-ID. Mit --kiosk mehrfach möglich: Die Anzeige wechselt zwischen den Teams.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Seconds after which a waiting conversation counts as idle (1-86400, default 1800).</source>
        <translation>Sekunden, nach denen eine wartende Unterhaltung als inaktiv gilt (1–86400, Standard 1800).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Seconds between two polls of a team (at least 5, default 15).</source>
        <translation>Sekunden zwischen zwei Abfragen eines Teams (mindestens 5, Standard 15).</translation>
    </message>
    <message>
        <source>The workspace&apos;s region: us (default), eu or au.</source>
        <translation>Die Region des Workspace: us (Standard), eu oder au.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>A custom API address (https, or http to this computer only).</source>
        <translation>Eine eigene API-Adresse (https, oder http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Intercom-Version header: 2.16 (default), Preview or Unstable.</source>
        <translation>Der Header Intercom-Version: 2.16 (Standard), Preview oder Unstable.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Once the first data is drawn, save the window as a PNG image and exit.</source>
        <translation>Sobald die ersten Daten gezeichnet sind, das Fenster als PNG-Bild speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1280x800.</source>
        <translation>Die Fenstergröße, z. B. 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Farben: system, light oder dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Wall display: full screen, no menus or dialogs, rotating across the teams; settings are locked. Also kiosk/enabled=true in the config file.</source>
        <translation>Wandanzeige: Vollbild, keine Menüs oder Dialoge, wechselt zwischen den Teams; die Einstellungen sind gesperrt. Auch über kiosk/enabled=true in der Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>With --kiosk: the screen to use, 0 for the first (default 0).</source>
        <translation>Mit --kiosk: der zu verwendende Bildschirm, 0 für den ersten (Standard 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --kiosk: seconds each team stays on screen (5-3600, default 20).</source>
        <translation>Mit --kiosk: Sekunden, die jedes Team angezeigt wird (5–3600, Standard 20).</translation>
    </message>
    <message>
        <source>An INI file with settings for this machine (for fleets). Precedence: command line &gt; this file &gt; the user&apos;s settings &gt; defaults.</source>
        <translation>Eine INI-Datei mit Einstellungen für diesen Computer (für viele Geräte). Vorrang: Befehlszeile &gt; diese Datei &gt; Einstellungen des Benutzers &gt; Standardwerte.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value comes from, then exit. Never prints a secret.</source>
        <translation>Die wirksame Konfiguration und die Herkunft jedes Werts ausgeben, dann beenden. Gibt nie ein Geheimnis aus.</translation>
    </message>
    <message>
        <source>Read an access token from standard input (not shown on a terminal), check it with Intercom and keep it in the system keychain for this user; for displays reached over ssh. Exit code 0 when stored, 3 when Intercom refuses the token, 2 when there is no token or no keychain, 7 when Intercom cannot be reached.</source>
        <translation>Ein Zugriffstoken von der Standardeingabe lesen (im Terminal nicht angezeigt), es bei Intercom prüfen und im Schlüsselbund des Systems für diesen Benutzer ablegen; für Anzeigen, die per ssh erreicht werden. Exit-Code 0, wenn es gespeichert wurde, 3, wenn Intercom das Token ablehnt, 2, wenn kein Token oder kein Schlüsselbund vorhanden ist, 7, wenn Intercom nicht erreichbar ist.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Unbekanntes Ausgabeformat „%1“: Verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>--team needs a team id.</source>
        <translation>--team braucht eine Team-ID.</translation>
    </message>
    <message>
        <source>--config needs a file name.</source>
        <translation>--config braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--screen must be a screen number from 0 to 64.</source>
        <translation>--screen muss eine Bildschirmnummer von 0 bis 64 sein.</translation>
    </message>
    <message>
        <source>--rotate must be a whole number of seconds from 5 to 3600.</source>
        <translation>--rotate muss eine ganze Zahl von Sekunden von 5 bis 3600 sein.</translation>
    </message>
    <message>
        <source>--sign-in cannot be combined with --print, --kiosk, --demo, --screenshot or --dump-config.</source>
        <translation>--sign-in kann nicht mit --print, --kiosk, --demo, --screenshot oder --dump-config kombiniert werden.</translation>
    </message>
    <message>
        <source>--print cannot be combined with --kiosk or --dump-config.</source>
        <translation>--print kann nicht mit --kiosk oder --dump-config kombiniert werden.</translation>
    </message>
    <message>
        <source>--idle-threshold must be a whole number of seconds.</source>
        <translation>--idle-threshold muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds, at least 5.</source>
        <translation>--interval muss eine ganze Zahl von Sekunden sein, mindestens 5.</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme muss system, light oder dark sein.</translation>
    </message>
    <message>
        <source>--window-size must look like 1280x800 (at least 320x240).</source>
        <translation>--window-size muss wie 1280x800 aussehen (mindestens 320x240).</translation>
    </message>
    <message>
        <source>Use either --region or --api-base-url, not both.</source>
        <translation>Verwenden Sie entweder --region oder --api-base-url, nicht beides.</translation>
    </message>
    <message>
        <source>--api-version needs a value.</source>
        <translation>--api-version braucht einen Wert.</translation>
    </message>
    <message>
        <source>The language of the user interface: de, en, es, fr, ja or pt_BR. Default: the language chosen in the settings, else the system&apos;s.</source>
        <translation>Die Sprache der Benutzeroberfläche: de, en, es, fr, ja oder pt_BR. Standard: die in den Einstellungen gewählte Sprache, sonst die des Systems.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, en, es, fr, ja or pt_BR.</source>
        <translation>Unbekannte Sprache „%1“: Verwenden Sie de, en, es, fr, ja oder pt_BR.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Filter teammates by name or status</source>
        <translation>Teammitglieder nach Name oder Status filtern</translation>
    </message>
    <message>
        <source>Filter teammates</source>
        <translation>Teammitglieder filtern</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Teammitglieder</translation>
    </message>
    <message>
        <source>Floorwatch</source>
        <translation>Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Choose a team to see how loaded each teammate is.</source>
        <translation>Wählen Sie ein Team, um die Auslastung jedes Teammitglieds zu sehen.</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Warten auf die ersten Zahlen von Intercom …</translation>
    </message>
    <message>
        <source>Total  ·  %1 open  ·  %2 idle  ·  %3 snoozed  ·  %4 active, %5 away</source>
        <translation>Gesamt  ·  %1 offen  ·  %2 inaktiv  ·  %3 zurückgestellt  ·  %4 aktiv, %5 abwesend</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Team trend over the shift</source>
        <translation>Teamverlauf der Schicht</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>⚠ Stale — %1</source>
        <translation>⚠ Veraltet — %1</translation>
    </message>
</context>
<context>
    <name>DemoBackend</name>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>Der Demo-Workspace konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
</context>
<context>
    <name>IntercomClient</name>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Es ist keine Intercom-API-Adresse festgelegt.</translation>
    </message>
    <message>
        <source>No Intercom access token is set.</source>
        <translation>Es ist kein Intercom-Zugriffstoken festgelegt.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB</source>
        <translation>die Antwort ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not the same secure host</source>
        <translation>der Server hat auf %1 umgeleitet, das ist nicht derselbe sichere Host</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that was not followed</source>
        <translation>der Server hat mit einer Umleitung geantwortet (HTTP %1), der nicht gefolgt wurde</translation>
    </message>
</context>
<context>
    <name>KioskCommands</name>
    <message>
        <source>the demo&apos;s own, made up for each run</source>
        <translation>das der Demo, bei jedem Start neu erzeugt</translation>
    </message>
    <message>
        <source>from the environment variable FLOORWATCH_ACCESS_TOKEN (not shown)</source>
        <translation>aus der Umgebungsvariable FLOORWATCH_ACCESS_TOKEN (nicht angezeigt)</translation>
    </message>
    <message>
        <source>in the system keychain under workspace %1 (not shown)</source>
        <translation>im Schlüsselbund des Systems unter Workspace %1 (nicht angezeigt)</translation>
    </message>
    <message>
        <source>none yet: run floorwatch --sign-in on this computer</source>
        <translation>noch keines: Führen Sie auf diesem Computer floorwatch --sign-in aus</translation>
    </message>
    <message>
        <source>Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter; it is not shown:</source>
        <translation>Fügen Sie das Zugriffstoken Ihrer Intercom-App ein (Developer Hub → Ihre App → Authentication) und drücken Sie die Eingabetaste; es wird nicht angezeigt:</translation>
    </message>
    <message>
        <source>No access token was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Zugriffstoken übergeben.</translation>
    </message>
    <message>
        <source>Note: %1 sets auth/workspace=%2, which a wall display uses before this sign-in; change it to %3.</source>
        <translation>Hinweis: %1 setzt auth/workspace=%2, was eine Wandanzeige vor dieser Anmeldung verwendet; ändern Sie den Wert in %3.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>Benutzereinstellungen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Floorwatch %1: effective configuration</source>
        <translation>Floorwatch %1: wirksame Konfiguration</translation>
    </message>
    <message>
        <source>Precedence: command line &gt; config file &gt; user settings &gt; defaults.</source>
        <translation>Vorrang: Befehlszeile &gt; Konfigurationsdatei &gt; Benutzereinstellungen &gt; Standardwerte.</translation>
    </message>
    <message>
        <source>Config file:    %1</source>
        <translation>Konfigurationsdatei:    %1</translation>
    </message>
    <message>
        <source>(none; use --config FILE)</source>
        <translation>(keine; verwenden Sie --config DATEI)</translation>
    </message>
    <message>
        <source>User settings:  %1</source>
        <translation>Benutzereinstellungen:  %1</translation>
    </message>
    <message>
        <source>Access token:   %1</source>
        <translation>Zugriffstoken:          %1</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>(an invalid value was ignored)</source>
        <translation>(ein ungültiger Wert wurde ignoriert)</translation>
    </message>
    <message>
        <source>open %1/%2, idle %3/%4</source>
        <translation>offen %1/%2, inaktiv %3/%4</translation>
    </message>
    <message>
        <source>Intercom API: %1</source>
        <translation>Intercom-API: %1</translation>
    </message>
    <message>
        <source>Active: always (the display is kept awake).</source>
        <translation>Aktiv: immer (die Anzeige bleibt eingeschaltet).</translation>
    </message>
    <message>
        <source>Active: %1, %2 (local time); outside these hours a dim clock and no polling.</source>
        <translation>Aktiv: %1, %2 (Ortszeit); außerhalb dieser Zeiten eine gedimmte Uhr und keine Abfragen.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>ganztägig</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>Kiosk settings are locked; %1 exits kiosk mode.</source>
        <translation>Die Kiosk-Einstellungen sind gesperrt; %1 beendet den Kioskmodus.</translation>
    </message>
</context>
<context>
    <name>KioskRunner</name>
    <message>
        <source>Floorwatch wall display during active hours</source>
        <translation>Floorwatch-Wandanzeige während der aktiven Zeiten</translation>
    </message>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN; if Intercom refuses it, the keychain is asked.</source>
        <translation>Das Zugriffstoken aus FLOORWATCH_ACCESS_TOKEN wird verwendet; lehnt Intercom es ab, wird der Schlüsselbund gefragt.</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens 0 to %2); using the primary screen until it appears.</source>
        <translation>Bildschirm %1 gibt es nicht (Bildschirme 0 bis %2); der Hauptbildschirm wird verwendet, bis er erscheint.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>innerhalb von 60 s sind keine Daten für das Bildschirmfoto eingetroffen</translation>
    </message>
</context>
<context>
    <name>KioskText</name>
    <message>
        <source>this user&apos;s Floorwatch settings</source>
        <translation>die Floorwatch-Einstellungen dieses Benutzers</translation>
    </message>
    <message>
        <source>%1 rate-limited — resuming at %2</source>
        <translation>%1 Anfragelimit erreicht — weiter um %2</translation>
    </message>
    <message>
        <source>%1 reconnecting — retrying in %2 s</source>
        <translation>%1 Verbindung wird wiederhergestellt — neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>%1 reconnecting…</source>
        <translation>%1 Verbindung wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>%1 reconnecting — no new numbers for %2 s</source>
        <translation>%1 Verbindung wird wiederhergestellt — seit %2 s keine neuen Zahlen</translation>
    </message>
    <message>
        <source>updated every %1 s</source>
        <translation>alle %1 s aktualisiert</translation>
    </message>
    <message>
        <source>Team %1 was not found</source>
        <translation>Team %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted or belong to another workspace.</source>
        <translation>Intercom kennt dieses Team nicht; vielleicht wurde es gelöscht oder gehört zu einem anderen Workspace.</translation>
    </message>
    <message>
        <source>Correct kiosk/teams in %1.</source>
        <translation>Korrigieren Sie kiosk/teams in %1.</translation>
    </message>
    <message>
        <source>%1 cannot be shown</source>
        <translation>%1 kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Check the settings in %1.</source>
        <translation>Prüfen Sie die Einstellungen in %1.</translation>
    </message>
    <message>
        <source>Intercom request id: %1</source>
        <translation>Intercom-Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Warten auf die ersten Zahlen von Intercom …</translation>
    </message>
    <message>
        <source>%1 appears here as soon as Intercom answers.</source>
        <translation>%1 erscheint hier, sobald Intercom antwortet.</translation>
    </message>
    <message>
        <source>This display needs to be re-authorised</source>
        <translation>Diese Anzeige muss erneut autorisiert werden</translation>
    </message>
    <message>
        <source>Intercom no longer accepts the access token stored on this computer: it was revoked or replaced.</source>
        <translation>Intercom akzeptiert das auf diesem Computer gespeicherte Zugriffstoken nicht mehr: Es wurde widerrufen oder ersetzt.</translation>
    </message>
    <message>
        <source>This display needs to be authorised</source>
        <translation>Diese Anzeige muss autorisiert werden</translation>
    </message>
    <message>
        <source>No Intercom access token is stored on this computer for this display yet.</source>
        <translation>Auf diesem Computer ist noch kein Intercom-Zugriffstoken für diese Anzeige gespeichert.</translation>
    </message>
    <message>
        <source>To fix it, an admin signs in to this computer (%1, as user %2), for example over ssh, and runs:</source>
        <translation>Zur Behebung meldet sich ein Admin an diesem Computer an (%1, als Benutzer %2), zum Beispiel per ssh, und führt Folgendes aus:</translation>
    </message>
    <message>
        <source>then pastes the access token of the workspace&apos;s Intercom app (Developer Hub → your app → Authentication) and presses Enter.</source>
        <translation>und fügt dann das Zugriffstoken der Intercom-App des Workspace ein (Developer Hub → Ihre App → Authentication) und drückt die Eingabetaste.</translation>
    </message>
    <message>
        <source>This screen checks the keychain every %1 seconds and comes back by itself; nothing needs to be restarted.</source>
        <translation>Diese Anzeige prüft den Schlüsselbund alle %1 Sekunden und erscheint von selbst wieder; nichts muss neu gestartet werden.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Workspace %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>zuletzt geprüft %1</translation>
    </message>
    <message>
        <source>No teams are set for this display</source>
        <translation>Für diese Anzeige sind keine Teams festgelegt</translation>
    </message>
    <message>
        <source>List the Intercom team ids to show in kiosk/teams in %1, or start Floorwatch with --team ID (once per team).</source>
        <translation>Tragen Sie die anzuzeigenden Intercom-Team-IDs unter kiosk/teams in %1 ein, oder starten Sie Floorwatch mit --team ID (einmal pro Team).</translation>
    </message>
    <message>
        <source>lists the teams of the workspace with their ids.</source>
        <translation>listet die Teams des Workspace mit ihren IDs auf.</translation>
    </message>
    <message>
        <source>Floorwatch resumes at %1</source>
        <translation>Floorwatch ist ab %1 wieder aktiv</translation>
    </message>
    <message>
        <source>Floorwatch resumes tomorrow at %1</source>
        <translation>Floorwatch ist morgen ab %1 wieder aktiv</translation>
    </message>
    <message>
        <source>Floorwatch resumes on %1 at %2</source>
        <translation>Floorwatch ist am %1 ab %2 wieder aktiv</translation>
    </message>
    <message>
        <source>%1  ·  %2 of %3</source>
        <translation>%1  ·  %2 von %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3+</source>
        <translation>%1 %2 ab %3</translation>
    </message>
    <message>
        <source>everyone below %1</source>
        <translation>alle unter %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>%1 of %2 active</source>
        <translation>%1 von %2 aktiv</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>Most loaded</source>
        <translation>Am stärksten ausgelastet</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Limit %1</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>The trend builds up over the shift.</source>
        <translation>Der Verlauf baut sich während der Schicht auf.</translation>
    </message>
    <message>
        <source>This display tries again every %1 minutes; the other teams keep rotating.</source>
        <translation>Diese Anzeige versucht es alle %1 Minuten erneut; die anderen Teams wechseln weiter.</translation>
    </message>
    <message>
        <source>+ %1 more, less loaded</source>
        <translation>+ %1 weitere mit geringerer Auslastung</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Floorwatch wall display</source>
        <translation>Floorwatch-Wandanzeige</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>%1 not shown</source>
        <translation>%1 nicht angezeigt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Floorwatch</source>
        <translation>Floorwatch</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Pinned teams</source>
        <translation>Angeheftete Teams</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Teams …</translation>
    </message>
    <message>
        <source>Choose and pin teams (Ctrl+T)</source>
        <translation>Teams auswählen und anheften (Strg+T)</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inaktiv nach</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Inaktivitätsschwelle, Minuten</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Inaktivitätsschwelle, Sekunden</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Aktualisieren alle</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Poll this team now (F5)</source>
        <translation>Dieses Team jetzt abfragen (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>&amp;Team auswählen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Floorwatch</source>
        <translation>Über &amp;Floorwatch</translation>
    </message>
    <message>
        <source>About Floorwatch</source>
        <translation>Über Floorwatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;Live Intercom team load for support supervisors and wall displays.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;Live-Auslastung von Intercom-Teams für Support-Leitungen und Wandanzeigen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 s)</translation>
    </message>
    <message>
        <source>(%1 s: the nearest Intercom allows)</source>
        <translation>(%1 s: der nächstgelegene Wert, den Intercom erlaubt)</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Team %1</translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>Team-ID %1</translation>
    </message>
    <message>
        <source>%1 — Floorwatch</source>
        <translation>%1 — Floorwatch</translation>
    </message>
</context>
<context>
    <name>OAuthCallback</name>
    <message>
        <source>The address has no &quot;state&quot;, so Floorwatch cannot tell that it belongs to this sign-in. Copy the whole address from the browser&apos;s address bar.</source>
        <translation>Die Adresse enthält keinen „state“, daher kann Floorwatch nicht erkennen, ob sie zu dieser Anmeldung gehört. Kopieren Sie die ganze Adresse aus der Adressleiste des Browsers.</translation>
    </message>
    <message>
        <source>This address does not belong to the sign-in Floorwatch started (its state does not match), so it was refused. If you started signing in more than once, use the address from the last attempt.</source>
        <translation>Diese Adresse gehört nicht zu der Anmeldung, die Floorwatch gestartet hat (ihr „state“ stimmt nicht überein), daher wurde sie abgelehnt. Wenn Sie die Anmeldung mehrmals gestartet haben, verwenden Sie die Adresse aus dem letzten Versuch.</translation>
    </message>
    <message>
        <source>Intercom did not give Floorwatch access (%1). Start again and allow access, or ask an Intercom admin to install the app.</source>
        <translation>Intercom hat Floorwatch keinen Zugriff gewährt (%1). Starten Sie erneut und erlauben Sie den Zugriff, oder bitten Sie einen Intercom-Admin, die App zu installieren.</translation>
    </message>
    <message>
        <source>The address has no authorization code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>Die Adresse enthält keinen Autorisierungscode. Kopieren Sie die ganze Adresse aus der Adressleiste des Browsers, nachdem Sie den Zugriff erlaubt haben.</translation>
    </message>
</context>
<context>
    <name>OAuthRedirectListener</name>
    <message>
        <source>Floorwatch receives the sign-in only at a loopback address such as http://127.0.0.1:PORT/…, not at %1.</source>
        <translation>Floorwatch empfängt die Anmeldung nur an einer Loopback-Adresse wie http://127.0.0.1:PORT/…, nicht an %1.</translation>
    </message>
    <message>
        <source>Floorwatch cannot receive the sign-in at %1:%2 (%3). Close the program that uses this port, or paste the address instead.</source>
        <translation>Floorwatch kann die Anmeldung unter %1:%2 nicht empfangen (%3). Schließen Sie das Programm, das diesen Port verwendet, oder fügen Sie stattdessen die Adresse ein.</translation>
    </message>
    <message>
        <source>Floorwatch could not read this request.</source>
        <translation>Floorwatch konnte diese Anfrage nicht lesen.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>Floorwatch received the authorization from Intercom. You can close this tab and return to Floorwatch.</source>
        <translation>Floorwatch hat die Autorisierung von Intercom erhalten. Sie können diesen Tab schließen und zu Floorwatch zurückkehren.</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>No OAuth client id is set. Enter the client id of your organisation&apos;s Intercom app in the settings.</source>
        <translation>Es ist keine OAuth-Client-ID festgelegt. Geben Sie in den Einstellungen die Client-ID der Intercom-App Ihrer Organisation ein.</translation>
    </message>
    <message>
        <source>The OAuth redirect address &quot;%1&quot; cannot be used: Intercom needs an https address, or http://127.0.0.1:PORT/… for Floorwatch to receive it itself.</source>
        <translation>Die OAuth-Weiterleitungsadresse „%1“ kann nicht verwendet werden: Intercom braucht eine https-Adresse oder http://127.0.0.1:PORT/…, damit Floorwatch sie selbst empfangen kann.</translation>
    </message>
    <message>
        <source>This is not the address Intercom sent you to: it has no code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>Das ist nicht die Adresse, auf die Intercom Sie weitergeleitet hat: Sie enthält keinen Code. Kopieren Sie die ganze Adresse aus der Adressleiste des Browsers, nachdem Sie den Zugriff erlaubt haben.</translation>
    </message>
    <message>
        <source>No sign-in with Intercom is in progress. Start it again, then use the address you are sent to.</source>
        <translation>Es läuft keine Anmeldung mit Intercom. Starten Sie sie erneut und verwenden Sie dann die Adresse, auf die Sie weitergeleitet werden.</translation>
    </message>
    <message>
        <source>This sign-in is already being completed.</source>
        <translation>Diese Anmeldung wird bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The OAuth client secret is not set. Enter it in the settings.</source>
        <translation>Das OAuth-Client-Secret ist nicht festgelegt. Geben Sie es in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>The OAuth client secret could not be read from the keychain. %1</source>
        <translation>Das OAuth-Client-Secret konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
</context>
<context>
    <name>OAuthTokenExchange</name>
    <message>
        <source>Intercom did not answer in time while finishing the sign-in. Try again.</source>
        <translation>Intercom hat beim Abschließen der Anmeldung nicht rechtzeitig geantwortet. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach Intercom to finish the sign-in (%1). Check the network connection and try again.</source>
        <translation>Intercom ist zum Abschließen der Anmeldung nicht erreichbar (%1). Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Intercom refused to finish the sign-in (%1): the client id or client secret is wrong, or the code was already used. Check the app&apos;s settings and sign in again.</source>
        <translation>Intercom hat das Abschließen der Anmeldung abgelehnt (%1): Die Client-ID oder das Client-Secret ist falsch, oder der Code wurde bereits verwendet. Prüfen Sie die Einstellungen der App und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer had no access token; the sign-in did not finish.</source>
        <translation>Die Antwort von Intercom enthielt kein Zugriffstoken; die Anmeldung wurde nicht abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>away: %1</source>
        <translation>abwesend: %1</translation>
    </message>
    <message>
        <source>away</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>TEAMMATE</source>
        <translation>TEAMMITGLIED</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OFFEN</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation>INAKTIV</translation>
    </message>
    <message>
        <source>SNOOZED</source>
        <translation>ZURÜCKGESTELLT</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 (team %2) · as of %3 · idle after %4 s
</source>
        <translation>%1 (Team %2) · Stand %3 · inaktiv nach %4 s
</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>TEAM</translation>
    </message>
    <message>
        <source>TEAMMATES</source>
        <translation>TEAMMITGLIEDER</translation>
    </message>
    <message>
        <source>ASSIGNMENT LIMIT</source>
        <translation>ZUWEISUNGSLIMIT</translation>
    </message>
</context>
<context>
    <name>Parsers</name>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>the body is an HTML page, not JSON</source>
        <translation>der Inhalt ist eine HTML-Seite, kein JSON</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1 at byte %2)</source>
        <translation>der Inhalt ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>expected an object of type &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>ein Objekt vom Typ „%1“ erwartet, aber „%2“ erhalten</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>„%1“ ist kein Array</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not an object</source>
        <translation>„%1[%2]“ ist kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>„%1“ ist keine gültige ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>„%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (%2)</source>
        <translation>„%1“ ist keine ganze Zahl (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative (%2)</source>
        <translation>„%1“ ist negativ (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2)</source>
        <translation>„%1“ ist zu groß (%2)</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not a valid id</source>
        <translation>„%1[%2]“ ist keine gültige ID</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is missing</source>
        <translation>„%1.admin_id“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is not a valid id</source>
        <translation>„%1.admin_id“ ist keine gültige ID</translation>
    </message>
    <message>
        <source>admin_id &quot;%1&quot; appears twice in the metrics</source>
        <translation>admin_id „%1“ kommt in den Metriken zweimal vor</translation>
    </message>
    <message>
        <source>&quot;app&quot; is missing</source>
        <translation>„app“ fehlt</translation>
    </message>
    <message>
        <source>team id &quot;%1&quot; appears twice</source>
        <translation>Team-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>admin id &quot;%1&quot; appears twice</source>
        <translation>Admin-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>&quot;%1.away_status_reason_id&quot; is not a valid id</source>
        <translation>„%1.away_status_reason_id“ ist keine gültige ID</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>(request id: %1)</source>
        <translation>(Anfrage-ID: %1)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>It must not contain spaces.</source>
        <translation>Der Wert darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>The API version must not be empty: use 2.16, Preview or Unstable.</source>
        <translation>Die API-Version darf nicht leer sein: Verwenden Sie 2.16, Preview oder Unstable.</translation>
    </message>
    <message>
        <source>The API version is too long.</source>
        <translation>Die API-Version ist zu lang.</translation>
    </message>
    <message>
        <source>The API base URL must not start or end with spaces.</source>
        <translation>Die API-Basis-URL darf nicht mit Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>Die API-Basis-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>Der Wert ist zu lang.</translation>
    </message>
    <message>
        <source>The redirect URL is not a valid URL.</source>
        <translation>Die Weiterleitungs-URL ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The redirect URL must not contain a user name, password or fragment.</source>
        <translation>Die Weiterleitungs-URL darf keinen Benutzernamen, kein Passwort und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>The redirect URL must use https (plain http only to this computer).</source>
        <translation>Die Weiterleitungs-URL muss https verwenden (unverschlüsseltes http nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team id.</source>
        <translation>„%1“ ist keine Team-ID.</translation>
    </message>
    <message>
        <source>At most %1 teams can be listed.</source>
        <translation>Es können höchstens %1 Teams aufgeführt werden.</translation>
    </message>
    <message>
        <source>Team %1 is listed twice.</source>
        <translation>Team %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>Der Wert ist zu groß.</translation>
    </message>
    <message>
        <source>Active hours look like 07:00-19:00 (24-hour clock, start and end differ).</source>
        <translation>Aktive Zeiten werden wie 07:00-19:00 angegeben (24-Stunden-Format, Beginn und Ende verschieden).</translation>
    </message>
    <message>
        <source>Active days are day names or ranges such as mon-fri or sat, sun.</source>
        <translation>Aktive Tage sind Tagesnamen oder Bereiche wie mon-fri oder sat, sun.</translation>
    </message>
    <message>
        <source>The exit shortcut needs at least one of Ctrl, Alt, Shift or Meta and a key, e.g. Ctrl+Alt+Shift+Q.</source>
        <translation>Das Tastenkürzel zum Beenden braucht mindestens eine der Tasten Ctrl, Alt, Shift oder Meta und eine Taste, z. B. Ctrl+Alt+Shift+Q.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation>Verwenden Sie eine ganze Zahl von %1 bis %2.</translation>
    </message>
    <message>
        <source>Use a single text value.</source>
        <translation>Verwenden Sie einen einzelnen Textwert.</translation>
    </message>
    <message>
        <source>Use a list of text values.</source>
        <translation>Verwenden Sie eine Liste von Textwerten.</translation>
    </message>
    <message>
        <source>Use binary data.</source>
        <translation>Verwenden Sie Binärdaten.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>Thresholds must be whole numbers from %1 to %2.</source>
        <translation>Schwellenwerte müssen ganze Zahlen von %1 bis %2 sein.</translation>
    </message>
    <message>
        <source>The critical level for open conversations (%1) is below the warning level (%2).</source>
        <translation>Der kritische Wert für offene Unterhaltungen (%1) liegt unter dem Warnwert (%2).</translation>
    </message>
    <message>
        <source>The critical level for idle conversations (%1) is below the warning level (%2).</source>
        <translation>Der kritische Wert für inaktive Unterhaltungen (%1) liegt unter dem Warnwert (%2).</translation>
    </message>
    <message>
        <source>The settings version is managed by Floorwatch.</source>
        <translation>Die Version der Einstellungen wird von Floorwatch verwaltet.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Floorwatch Settings</source>
        <translation>Floorwatch-Einstellungen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Where your Intercom workspace is hosted</source>
        <translation>Wo Ihr Intercom-Workspace gehostet wird</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API-&amp;Version:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API-Version</translation>
    </message>
    <message>
        <source>Sent to Intercom with every request; 2.16 is the stable version</source>
        <translation>Wird mit jeder Anfrage an Intercom gesendet; 2.16 ist die stabile Version</translation>
    </message>
    <message>
        <source>API version problem</source>
        <translation>Problem mit der API-Version</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Custom &amp;base URL:</source>
        <translation>Eigene &amp;Basis-URL:</translation>
    </message>
    <message>
        <source>https://intercom-proxy.example.com</source>
        <translation>https://intercom-proxy.example.com</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <source>Custom base URL problem</source>
        <translation>Problem mit der eigenen Basis-URL</translation>
    </message>
    <message>
        <source>Replaces the region&apos;s server, e.g. for a proxy. Leave empty to use the region.</source>
        <translation>Ersetzt den Server der Region, z. B. für einen Proxy. Leer lassen, um die Region zu verwenden.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Poll e&amp;very:</source>
        <translation>Abfragen a&amp;lle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abfrageintervall in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>&amp;Inaktiv nach:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Inaktivitätsschwelle, Minuten</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Inaktivitätsschwelle, Sekunden</translation>
    </message>
    <message>
        <source>Effective idle threshold</source>
        <translation>Wirksame Inaktivitätsschwelle</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Warnung ab</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>Kritisch ab</translation>
    </message>
    <message>
        <source>&amp;Open conversations:</source>
        <translation>&amp;Offene Unterhaltungen:</translation>
    </message>
    <message>
        <source>Open conversations, warning level</source>
        <translation>Offene Unterhaltungen, Warnwert</translation>
    </message>
    <message>
        <source>Open conversations, critical level</source>
        <translation>Offene Unterhaltungen, kritischer Wert</translation>
    </message>
    <message>
        <source>I&amp;dle conversations:</source>
        <translation>I&amp;naktive Unterhaltungen:</translation>
    </message>
    <message>
        <source>Idle conversations, warning level</source>
        <translation>Inaktive Unterhaltungen, Warnwert</translation>
    </message>
    <message>
        <source>Idle conversations, critical level</source>
        <translation>Inaktive Unterhaltungen, kritischer Wert</translation>
    </message>
    <message>
        <source>Thresholds problem</source>
        <translation>Problem mit den Schwellenwerten</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>United States (api.intercom.io)</source>
        <translation>Vereinigte Staaten (api.intercom.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.intercom.io)</source>
        <translation>Europa (api.eu.intercom.io)</translation>
    </message>
    <message>
        <source>Australia (api.au.intercom.io)</source>
        <translation>Australien (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the shortest threshold Intercom accepts.</source>
        <translation>Inaktiv nach %1 min %2 s (%3 s): die kürzeste Schwelle, die Intercom akzeptiert.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the longest threshold Intercom accepts.</source>
        <translation>Inaktiv nach %1 min %2 s (%3 s): die längste Schwelle, die Intercom akzeptiert.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s)</source>
        <translation>Inaktiv nach %1 min %2 s (%3 s)</translation>
    </message>
    <message>
        <source>Thresholds for the team on screen only</source>
        <translation>Schwellenwerte nur für das angezeigte Team</translation>
    </message>
    <message>
        <source>Use these thresholds for %1 only</source>
        <translation>Diese Schwellenwerte nur für %1 verwenden</translation>
    </message>
</context>
<context>
    <name>SettingsStores</name>
    <message>
        <source>The configuration file %1 does not exist or cannot be read.</source>
        <translation>Die Konfigurationsdatei %1 existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Die Konfigurationsdatei %1 ist keine gültige INI-Datei.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>No access token was given on standard input. Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter.</source>
        <translation>Auf der Standardeingabe wurde kein Zugriffstoken übergeben. Fügen Sie das Zugriffstoken Ihrer Intercom-App ein (Developer Hub → Ihre App → Authentication) und drücken Sie die Eingabetaste.</translation>
    </message>
    <message>
        <source>Intercom accepted the token, but the system keychain could not keep it: %1 Nothing was saved.</source>
        <translation>Intercom hat das Token akzeptiert, aber der Schlüsselbund des Systems konnte es nicht speichern: %1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Signed in to %1 (workspace %2, region %3). The access token is in the system keychain; a wall display on this computer picks it up within a minute.</source>
        <translation>Angemeldet bei %1 (Workspace %2, Region %3). Das Zugriffstoken liegt im Schlüsselbund des Systems; eine Wandanzeige auf diesem Computer übernimmt es innerhalb einer Minute.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN, not the one stored in the keychain for workspace %1.</source>
        <translation>Das Zugriffstoken aus FLOORWATCH_ACCESS_TOKEN wird verwendet, nicht das im Schlüsselbund gespeicherte für Workspace %1.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Angemeldet bei %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 for this run only.</source>
        <translation>Nur für diese Sitzung angemeldet bei %1.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Intercom</source>
        <translation>Bei Intercom anmelden</translation>
    </message>
    <message>
        <source>Floorwatch reads your team&apos;s load with the access token of a private Intercom app. To find it, open Intercom&apos;s Developer Hub, choose your app, then Authentication, and copy the access token. The app needs the read_admins permission. The token is kept in the system keychain only.</source>
        <translation>Floorwatch liest die Auslastung Ihres Teams mit dem Zugriffstoken einer privaten Intercom-App. Öffnen Sie dazu den Developer Hub von Intercom, wählen Sie Ihre App und dann Authentication, und kopieren Sie das Zugriffstoken. Die App braucht die Berechtigung read_admins. Das Token wird nur im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Zugriffstoken hier einfügen</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>The access token of your Intercom app; it is hidden as you type</source>
        <translation>Das Zugriffstoken Ihrer Intercom-App; es wird bei der Eingabe verborgen</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the access token</source>
        <translation>Zugriffstoken prüfen</translation>
    </message>
    <message>
        <source>Checking with Intercom</source>
        <translation>Prüfung bei Intercom</translation>
    </message>
    <message>
        <source>Intercom accepted the token</source>
        <translation>Intercom hat das Token akzeptiert</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Workspace:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation>Token von:</translation>
    </message>
    <message>
        <source>Admin the token belongs to</source>
        <translation>Admin, dem das Token gehört</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Use this token for this run only (it is not saved; you sign in again next time)</source>
        <translation>Token nur für diese Sitzung &amp;verwenden (es wird nicht gespeichert; beim nächsten Mal melden Sie sich erneut an)</translation>
    </message>
    <message>
        <source>Use this token for this run only</source>
        <translation>Token nur für diese Sitzung verwenden</translation>
    </message>
    <message>
        <source>Sign in with Intercom (OAuth)</source>
        <translation>Mit Intercom anmelden (OAuth)</translation>
    </message>
    <message>
        <source>Your organisation registered its own Intercom app. Sign in in the browser and allow access. If Floorwatch does not continue by itself, paste the address the browser ended on below.</source>
        <translation>Ihre Organisation hat eine eigene Intercom-App registriert. Melden Sie sich im Browser an und erlauben Sie den Zugriff. Wenn Floorwatch nicht von selbst weitermacht, fügen Sie unten die Adresse ein, bei der der Browser gelandet ist.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Intercom…</source>
        <translation>Mit &amp;Intercom anmelden …</translation>
    </message>
    <message>
        <source>Sign in with Intercom in the browser</source>
        <translation>Im Browser mit Intercom anmelden</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Paste the address you were redirected to</source>
        <translation>Weitergeleitete Adresse einfügen</translation>
    </message>
    <message>
        <source>Address you were redirected to</source>
        <translation>Adresse, auf die Sie weitergeleitet wurden</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>Continue with the pasted address</source>
        <translation>Mit der eingefügten Adresse fortfahren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Opening Intercom in your browser…</source>
        <translation>Intercom wird im Browser geöffnet …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1, through the custom API address %2</source>
        <translation>%1, über die eigene API-Adresse %2</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Waiting for Intercom. Allow access in the browser; if Floorwatch does not continue by itself, paste the address the browser ended on above.</source>
        <translation>Warten auf Intercom. Erlauben Sie den Zugriff im Browser; wenn Floorwatch nicht von selbst weitermacht, fügen Sie oben die Adresse ein, bei der der Browser gelandet ist.</translation>
    </message>
    <message>
        <source>Floorwatch could not open a browser. Open this address yourself: %1</source>
        <translation>Floorwatch konnte keinen Browser öffnen. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>Intercom gave access; checking the token…</source>
        <translation>Intercom hat den Zugriff gewährt; das Token wird geprüft …</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Intercom refused this access token: it is not valid, has been revoked, or belongs to a workspace in another region. Copy it again from the Developer Hub (your app → Authentication). Nothing was saved.</source>
        <translation>Intercom hat dieses Zugriffstoken abgelehnt: Es ist ungültig, wurde widerrufen oder gehört zu einem Workspace in einer anderen Region. Kopieren Sie es erneut aus dem Developer Hub (Ihre App → Authentication). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Fügen Sie zuerst das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Es ist keine Intercom-API-Adresse festgelegt.</translation>
    </message>
</context>
<context>
    <name>SimApp</name>
    <message>
        <source>round robin</source>
        <translation>Round Robin</translation>
    </message>
    <message>
        <source>load balanced</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: %2 teammates in %3 teams, simulated time %4</source>
        <translation>Workspace „%1“: %2 Teammitglieder in %3 Teams, simulierte Uhrzeit %4</translation>
    </message>
    <message>
        <source>  team %1  %2 (%3 teammates, %4</source>
        <translation>  Team %1  %2 (%3 Teammitglieder, %4</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, Limit %1</translation>
    </message>
    <message>
        <source>  metrics restricted</source>
        <translation>  Metriken eingeschränkt</translation>
    </message>
    <message>
        <source>Try &apos;floorwatch-sim --help&apos; for more information.</source>
        <translation>Weitere Informationen erhalten Sie mit „floorwatch-sim --help“.</translation>
    </message>
    <message>
        <source>warning: --restricted-team %1 is not a team of this workspace</source>
        <translation>Warnung: --restricted-team %1 ist kein Team dieses Workspace</translation>
    </message>
    <message>
        <source>floorwatch-sim: cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>floorwatch-sim: Auf 127.0.0.1 Port %1 kann nicht gelauscht werden: %2</translation>
    </message>
    <message>
        <source>Serves a simulated Intercom workspace on 127.0.0.1 for Floorwatch: teams, teammates and conversations that change over a simulated working day, behind the same REST endpoints, errors and rate limits as Intercom, with faults on demand.</source>
        <translation>Stellt Floorwatch auf 127.0.0.1 einen simulierten Intercom-Workspace bereit: Teams, Teammitglieder und Unterhaltungen, die sich über einen simulierten Arbeitstag verändern, hinter denselben REST-Endpunkten, Fehlern und Anfragelimits wie Intercom, mit Fehlern auf Wunsch.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one.</source>
        <translation>TCP-Port auf 127.0.0.1; 0 wählt einen freien.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Access token clients must send as a bearer token. Default: the FLOORWATCH_SIM_TOKEN environment variable.</source>
        <translation>Zugriffstoken, das Clients als Bearer-Token senden müssen. Standard: die Umgebungsvariable FLOORWATCH_SIM_TOKEN.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Seed of the simulation; the same seed gives the same workspace.</source>
        <translation>Startwert der Simulation; derselbe Startwert ergibt denselben Workspace.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Number of teams.</source>
        <translation>Anzahl der Teams.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Teammates in each team.</source>
        <translation>Teammitglieder pro Team.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second, e.g. 30 for a demo.</source>
        <translation>Simulierte Sekunden pro echter Sekunde, z. B. 30 für eine Vorführung.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Simulated time of day when serving starts (HH:MM).</source>
        <translation>Simulierte Uhrzeit beim Start (HH:MM).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Requests allowed per minute, enforced per 10-second window (a sixth each).</source>
        <translation>Erlaubte Anfragen pro Minute, durchgesetzt je 10-Sekunden-Fenster (je ein Sechstel).</translation>
    </message>
    <message>
        <source>Answer 403 api_plan_restricted on this team&apos;s metrics. Repeatable.</source>
        <translation>Auf die Metriken dieses Teams mit 403 api_plan_restricted antworten. Wiederholbar.</translation>
    </message>
    <message>
        <source>team-id</source>
        <translation>Team-ID</translation>
    </message>
    <message>
        <source>The workspace lacks real-time monitoring: 403 on all metrics.</source>
        <translation>Dem Workspace fehlt die Echtzeitüberwachung: 403 auf alle Metriken.</translation>
    </message>
    <message>
        <source>Fault: delay every reply by this many milliseconds.</source>
        <translation>Fehler: jede Antwort um so viele Millisekunden verzögern.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Fault: accept requests and never answer them.</source>
        <translation>Fehler: Anfragen annehmen und nie beantworten.</translation>
    </message>
    <message>
        <source>Fault: answer this share of requests (0 to 1) with 500, 502, 503 or 504.</source>
        <translation>Fehler: diesen Anteil der Anfragen (0 bis 1) mit 500, 502, 503 oder 504 beantworten.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Fault: the next this many requests get 429 rate_limit_exceeded.</source>
        <translation>Fehler: die nächsten so vielen Anfragen erhalten 429 rate_limit_exceeded.</translation>
    </message>
    <message>
        <source>Fault: repeat the 429 burst every this many seconds.</source>
        <translation>Fehler: die 429-Serie alle so vielen Sekunden wiederholen.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Fault: truncated (Content-Length larger than the body, then the connection closes), malformed-json, html-502, html-200 or redirect-http.</source>
        <translation>Fehler: truncated (Content-Length größer als der Inhalt, dann wird die Verbindung geschlossen), malformed-json, html-502, html-200 oder redirect-http.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Apply faults to /teams/{id}/metrics only, not to every API path.</source>
        <translation>Fehler nur auf /teams/{id}/metrics anwenden, nicht auf jeden API-Pfad.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>--start-time must be a time of day such as 09:15</source>
        <translation>--start-time muss eine Uhrzeit wie 09:15 sein</translation>
    </message>
    <message>
        <source>--body-fault must be one of: none, truncated, malformed-json, html-502, html-200, redirect-http</source>
        <translation>--body-fault muss einer dieser Werte sein: none, truncated, malformed-json, html-502, html-200, redirect-http</translation>
    </message>
    <message>
        <source>an access token is required: pass --token or set FLOORWATCH_SIM_TOKEN</source>
        <translation>Ein Zugriffstoken ist erforderlich: Übergeben Sie --token oder setzen Sie FLOORWATCH_SIM_TOKEN</translation>
    </message>
    <message>
        <source>--rate-limit-burst-every needs --rate-limit-burst to say how many requests get 429</source>
        <translation>--rate-limit-burst-every braucht --rate-limit-burst, das angibt, wie viele Anfragen 429 erhalten</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Fehlerdetails anzeigen</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Pick a team…</source>
        <translation>Team wählen …</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP-Status: %1</translation>
    </message>
    <message>
        <source>Intercom error code: %1</source>
        <translation>Intercom-Fehlercode: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Failed attempts in a row: %1</source>
        <translation>Fehlgeschlagene Versuche in Folge: %1</translation>
    </message>
    <message>
        <source>Rate-limited by Intercom: paused until %1 (%2 s).</source>
        <translation>Anfragelimit von Intercom erreicht: pausiert bis %1 (%2 s).</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s. %2</source>
        <translation>Offline — neuer Versuch in %1 s. %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Active · away</source>
        <translation>Aktiv · abwesend</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>Genutzte Kapazität</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation(s)</source>
        <translation>
            <numerusform>%n offene Unterhaltung</numerusform>
            <numerusform>%n offene Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation(s)</source>
        <translation>
            <numerusform>%n inaktive Unterhaltung</numerusform>
            <numerusform>%n inaktive Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s)</source>
        <translation>
            <numerusform>%n zurückgestellte Unterhaltung</numerusform>
            <numerusform>%n zurückgestellte Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 teammates active, %2 away</source>
        <translation>Teammitglieder aktiv: %1, abwesend: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Capacity in use (%1 of %2)</source>
        <translation>Genutzte Kapazität (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <source>Choose a team</source>
        <translation>Team auswählen</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Teams suchen</translation>
    </message>
    <message>
        <source>Teams; tick a team to pin it as a tab</source>
        <translation>Teams; Team ankreuzen, um es als Tab anzuheften</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Teams werden geladen …</translation>
    </message>
    <message>
        <source>Tick teams to keep them as tabs; double-click or press Enter to open one.</source>
        <translation>Kreuzen Sie Teams an, um sie als Tabs zu behalten; zum Öffnen doppelklicken oder die Eingabetaste drücken.</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n teammate(s)</source>
        <translation>
            <numerusform>%1  ·  %n Teammitglied</numerusform>
            <numerusform>%1  ·  %n Teammitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>Team-ID %1</translation>
    </message>
    <message>
        <source>This workspace has no teams.</source>
        <translation>Dieser Workspace hat keine Teams.</translation>
    </message>
</context>
<context>
    <name>TeamSnapshot</name>
    <message>
        <source>Teammate %1</source>
        <translation>Teammitglied %1</translation>
    </message>
</context>
<context>
    <name>TeammateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Since change</source>
        <translation>Seit Änderung</translation>
    </message>
    <message>
        <source>Open conversations assigned to the teammate</source>
        <translation>Offene Unterhaltungen, die dem Teammitglied zugewiesen sind</translation>
    </message>
    <message>
        <source>Open conversations waiting for a reply longer than the idle threshold</source>
        <translation>Offene Unterhaltungen, die länger als die Inaktivitätsschwelle auf eine Antwort warten</translation>
    </message>
    <message>
        <source>Snoozed conversations</source>
        <translation>Zurückgestellte Unterhaltungen</translation>
    </message>
    <message>
        <source>Open conversations as a share of the team&apos;s assignment limit</source>
        <translation>Offene Unterhaltungen im Verhältnis zum Zuweisungslimit des Teams</translation>
    </message>
    <message>
        <source>Time since the teammate&apos;s open, idle or snoozed counts last changed</source>
        <translation>Zeit seit der letzten Änderung der offenen, inaktiven oder zurückgestellten Unterhaltungen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 Tg. %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tg.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Away · %1</source>
        <translation>Abwesend · %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — critical, at or above %2</source>
        <translation>%1 — kritisch, ab %2</translation>
    </message>
    <message>
        <source>%1 — warning, at or above %2</source>
        <translation>%1 — Warnung, ab %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — not in the teammate directory yet</source>
        <translation>%1 — noch nicht im Verzeichnis der Teammitglieder</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>Abwesend: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation</source>
        <translation>
            <numerusform>%n offene Unterhaltung</numerusform>
            <numerusform>%n offene Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conversations</source>
        <translation>
            <numerusform>%n offene Unterhaltung</numerusform>
            <numerusform>%n offene Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation</source>
        <translation>
            <numerusform>%n inaktive Unterhaltung</numerusform>
            <numerusform>%n inaktive Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversations</source>
        <translation>
            <numerusform>%n inaktive Unterhaltung</numerusform>
            <numerusform>%n inaktive Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation</source>
        <translation>
            <numerusform>%n zurückgestellte Unterhaltung</numerusform>
            <numerusform>%n zurückgestellte Unterhaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversations</source>
        <translation>
            <numerusform>%n zurückgestellte Unterhaltung</numerusform>
            <numerusform>%n zurückgestellte Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the assignment limit of %2 (%3 %)</source>
        <translation>%1 vom Zuweisungslimit %2 (%3 %)</translation>
    </message>
    <message>
        <source>This team has no assignment limit</source>
        <translation>Dieses Team hat kein Zuweisungslimit</translation>
    </message>
    <message>
        <source>Counts changed just now</source>
        <translation>Zahlen haben sich gerade geändert</translation>
    </message>
    <message>
        <source>Counts last changed %1 ago</source>
        <translation>Zahlen zuletzt vor %1 geändert</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>&quot;%1&quot; cannot name a workspace.</source>
        <translation>„%1“ kann keinen Workspace bezeichnen.</translation>
    </message>
    <message>
        <source>There is no access token to store.</source>
        <translation>Es gibt kein Zugriffstoken zum Speichern.</translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>der macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>die Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>a Secret Service keyring such as GNOME Keyring or KWallet</source>
        <translation>ein Secret-Service-Schlüsselbund wie GNOME Keyring oder KWallet</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Meldung des Schlüsselbunds: %1)</translation>
    </message>
    <message>
        <source>No access token is stored for this workspace. If you signed in before, the keyring may be locked, which looks the same: unlock it and try again, or sign in again.</source>
        <translation>Für diesen Workspace ist kein Zugriffstoken gespeichert. Wenn Sie sich schon angemeldet hatten, ist der Schlüsselbund vielleicht gesperrt, was genauso aussieht: Entsperren Sie ihn und versuchen Sie es erneut, oder melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>No keychain is available: Floorwatch stores the access token only in the system keychain (%1). Install or unlock one and try again, or use the token for this run only; it is never written to disk.</source>
        <translation>Kein Schlüsselbund verfügbar: Floorwatch speichert das Zugriffstoken nur im Schlüsselbund des Systems (%1). Installieren oder entsperren Sie einen und versuchen Sie es erneut, oder verwenden Sie das Token nur für diese Sitzung; es wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>Floorwatch was not allowed to use the keychain (%1). Unlock it or allow access when asked, then try again, or use the token for this run only.</source>
        <translation>Floorwatch durfte den Schlüsselbund nicht verwenden (%1). Entsperren Sie ihn oder erlauben Sie den Zugriff, wenn Sie gefragt werden, und versuchen Sie es dann erneut, oder verwenden Sie das Token nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>--config is read by the wall display (--kiosk, or kiosk/enabled=true in it); this window uses your own settings.</source>
        <translation>--config wird von der Wandanzeige gelesen (--kiosk oder kiosk/enabled=true darin); dieses Fenster verwendet Ihre eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN to a private app&apos;s access token, or try --demo.</source>
        <translation>Kein Zugriffstoken: Setzen Sie die Umgebungsvariable FLOORWATCH_ACCESS_TOKEN auf das Zugriffstoken einer privaten App, oder versuchen Sie --demo.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>innerhalb von 60 s sind keine Daten für das Bildschirmfoto eingetroffen</translation>
    </message>
</context>
</TS>
