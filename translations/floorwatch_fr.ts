<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ApiConfig</name>
    <message>
        <source>Unknown region &quot;%1&quot;: use us, eu or au.</source>
        <translation>Région «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez us, eu ou au.</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; was refused: %2</source>
        <translation>L&apos;URL de base de l&apos;API «&#xa0;%1&#xa0;» a été refusée&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>ce n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>it must not contain a user name or password.</source>
        <translation>elle ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>it must not contain a query or fragment.</source>
        <translation>elle ne doit contenir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>le http non chiffré n&apos;est autorisé que vers cet ordinateur (127.0.0.1,&#xa0;::1 ou localhost)&#xa0;; utilisez https.</translation>
    </message>
    <message>
        <source>the scheme must be https.</source>
        <translation>le schéma doit être https.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>statut HTTP inattendu %1</translation>
    </message>
    <message>
        <source>Intercom did not accept the access token: it is invalid or has been revoked. Sign in again with a valid token.</source>
        <translation>Intercom n&apos;a pas accepté le jeton d&apos;accès&#xa0;: il n&apos;est pas valide ou a été révoqué. Reconnectez-vous avec un jeton valide.</translation>
    </message>
    <message>
        <source>Real-time monitoring is not enabled for this Intercom workspace. Ask an Intercom admin to enable the realtime_monitoring feature.</source>
        <translation>La surveillance en temps réel n&apos;est pas activée pour cet espace de travail Intercom. Demandez à un administrateur Intercom d&apos;activer la fonctionnalité realtime_monitoring.</translation>
    </message>
    <message>
        <source>Intercom refused access (%1). Ask an Intercom admin to give the app the read_admins scope and to enable real-time monitoring.</source>
        <translation>Intercom a refusé l&apos;accès (%1). Demandez à un administrateur Intercom d&apos;accorder à l&apos;application l&apos;autorisation read_admins et d&apos;activer la surveillance en temps réel.</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted. Pick another team.</source>
        <translation>Intercom ne connaît pas cette équipe&#xa0;; elle a peut-être été supprimée. Choisissez une autre équipe.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused until %1.</source>
        <translation>La limite de requêtes d&apos;Intercom est atteinte&#xa0;; en pause jusqu&apos;à %1.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused for a moment.</source>
        <translation>La limite de requêtes d&apos;Intercom est atteinte&#xa0;; en pause pour un moment.</translation>
    </message>
    <message>
        <source>Intercom had a server error (HTTP %1); retrying later.</source>
        <translation>Intercom a rencontré une erreur serveur (HTTP %1)&#xa0;; nouvelle tentative plus tard.</translation>
    </message>
    <message>
        <source>Could not reach Intercom (%1); check the network connection.</source>
        <translation>Impossible de joindre Intercom (%1)&#xa0;; vérifiez la connexion réseau.</translation>
    </message>
    <message>
        <source>Intercom did not answer in time; retrying.</source>
        <translation>Intercom n&apos;a pas répondu à temps&#xa0;; nouvelle tentative.</translation>
    </message>
    <message>
        <source>The secure connection to Intercom failed (%1). Check the system clock, proxy and certificates.</source>
        <translation>La connexion sécurisée à Intercom a échoué (%1). Vérifiez l&apos;horloge système, le proxy et les certificats.</translation>
    </message>
    <message>
        <source>Intercom sent a response Floorwatch cannot use: %1.</source>
        <translation>Intercom a envoyé une réponse que Floorwatch ne peut pas utiliser&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Intercom does not accept the API version %1. Choose 2.16 (stable) or Preview.</source>
        <translation>Intercom n&apos;accepte pas la version d&apos;API %1. Choisissez 2.16 (stable) ou Preview.</translation>
    </message>
    <message>
        <source>that was sent</source>
        <translation>de la requête</translation>
    </message>
    <message>
        <source>Intercom rejected the request (%1).</source>
        <translation>Intercom a rejeté la requête (%1).</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Open, not idle</source>
        <translation>Ouvertes, non inactives</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactives</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Load per teammate</source>
        <translation>Charge par coéquipier</translation>
    </message>
    <message>
        <source>Open, idle and snoozed conversations per teammate</source>
        <translation>Conversations ouvertes, inactives et en veille par coéquipier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Trend over the shift</source>
        <translation>Évolution au cours du service</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more teammate(s) (see the table)</source>
        <translation>
            <numerusform>+%n autre coéquipier (voir le tableau)</numerusform>
            <numerusform>+%n autres coéquipiers (voir le tableau)</numerusform>
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
        <translation>Codes de sortie&#xa0;:
  0  succès
  2  erreur d&apos;utilisation ou de configuration
  3  non autorisé&#xa0;: le jeton d&apos;accès n&apos;est pas valide ou a été révoqué
  4  interdit&#xa0;: la surveillance en temps réel ou une autorisation n&apos;est pas activée
  5  équipe introuvable
  6  limite de requêtes atteinte
  7  erreur réseau, délai dépassé, erreur TLS ou erreur serveur
  8  réponse du serveur inutilisable

Le jeton d&apos;accès est lu dans la variable d&apos;environnement FLOORWATCH_ACCESS_TOKEN (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Floorwatch shows, live, how many Intercom conversations each teammate has open, idle and snoozed.</source>
        <translation>Floorwatch affiche en direct, pour chaque coéquipier, le nombre de conversations Intercom ouvertes, inactives et en veille.</translation>
    </message>
    <message>
        <source>Use the built-in simulated workspace instead of Intercom (no account or network needed).</source>
        <translation>Utiliser l&apos;espace de travail simulé intégré au lieu d&apos;Intercom (aucun compte ni réseau nécessaire).</translation>
    </message>
    <message>
        <source>Fetch once, print to standard output and exit. Format: table (default), json or csv. Without --team, lists the teams.</source>
        <translation>Récupérer une fois, écrire sur la sortie standard et quitter. Format&#xa0;: table (par défaut), json ou csv. Sans --team, liste les équipes.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The Intercom team id. With --kiosk it may be given several times: the display rotates across the teams.</source>
        <translation>L&apos;identifiant de l&apos;équipe Intercom. Avec --kiosk, il peut être donné plusieurs fois&#xa0;: l&apos;affichage alterne entre les équipes.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Seconds after which a waiting conversation counts as idle (1-86400, default 1800).</source>
        <translation>Secondes au bout desquelles une conversation en attente est considérée comme inactive (1-86400, 1800 par défaut).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Seconds between two polls of a team (at least 5, default 15).</source>
        <translation>Secondes entre deux interrogations d&apos;une équipe (au moins 5, 15 par défaut).</translation>
    </message>
    <message>
        <source>The workspace&apos;s region: us (default), eu or au.</source>
        <translation>La région de l&apos;espace de travail&#xa0;: us (par défaut), eu ou au.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>A custom API address (https, or http to this computer only).</source>
        <translation>Une adresse d&apos;API personnalisée (https, ou http vers cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Intercom-Version header: 2.16 (default), Preview or Unstable.</source>
        <translation>L&apos;en-tête Intercom-Version&#xa0;: 2.16 (par défaut), Preview ou Unstable.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Once the first data is drawn, save the window as a PNG image and exit.</source>
        <translation>Dès que les premières données sont affichées, enregistrer la fenêtre en image PNG et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1280x800.</source>
        <translation>La taille de la fenêtre, par exemple 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Couleurs&#xa0;: system, light ou dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Wall display: full screen, no menus or dialogs, rotating across the teams; settings are locked. Also kiosk/enabled=true in the config file.</source>
        <translation>Écran mural&#xa0;: plein écran, sans menus ni boîtes de dialogue, alternant entre les équipes&#xa0;; les paramètres sont verrouillés. Également kiosk/enabled=true dans le fichier de configuration.</translation>
    </message>
    <message>
        <source>With --kiosk: the screen to use, 0 for the first (default 0).</source>
        <translation>Avec --kiosk&#xa0;: l&apos;écran à utiliser, 0 pour le premier (0 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --kiosk: seconds each team stays on screen (5-3600, default 20).</source>
        <translation>Avec --kiosk&#xa0;: secondes d&apos;affichage de chaque équipe (5-3600, 20 par défaut).</translation>
    </message>
    <message>
        <source>An INI file with settings for this machine (for fleets). Precedence: command line &gt; this file &gt; the user&apos;s settings &gt; defaults.</source>
        <translation>Un fichier INI avec les paramètres de cette machine (pour les parcs). Priorité&#xa0;: ligne de commande &gt; ce fichier &gt; paramètres de l&apos;utilisateur &gt; valeurs par défaut.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value comes from, then exit. Never prints a secret.</source>
        <translation>Afficher la configuration effective et l&apos;origine de chaque valeur, puis quitter. N&apos;affiche jamais de secret.</translation>
    </message>
    <message>
        <source>Read an access token from standard input (not shown on a terminal), check it with Intercom and keep it in the system keychain for this user; for displays reached over ssh. Exit code 0 when stored, 3 when Intercom refuses the token, 2 when there is no token or no keychain, 7 when Intercom cannot be reached.</source>
        <translation>Lire un jeton d&apos;accès sur l&apos;entrée standard (non affiché dans un terminal), le vérifier auprès d&apos;Intercom et le conserver dans le trousseau du système pour cet utilisateur&#xa0;; pour les écrans accessibles par ssh. Code de sortie 0 s&apos;il est enregistré, 3 si Intercom refuse le jeton, 2 s&apos;il n&apos;y a pas de jeton ou pas de trousseau, 7 si Intercom est injoignable.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Format de sortie «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez table, json ou csv.</translation>
    </message>
    <message>
        <source>--team needs a team id.</source>
        <translation>--team nécessite un identifiant d&apos;équipe.</translation>
    </message>
    <message>
        <source>--config needs a file name.</source>
        <translation>--config nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>--screen must be a screen number from 0 to 64.</source>
        <translation>--screen doit être un numéro d&apos;écran de 0 à 64.</translation>
    </message>
    <message>
        <source>--rotate must be a whole number of seconds from 5 to 3600.</source>
        <translation>--rotate doit être un nombre entier de secondes de 5 à 3600.</translation>
    </message>
    <message>
        <source>--sign-in cannot be combined with --print, --kiosk, --demo, --screenshot or --dump-config.</source>
        <translation>--sign-in ne peut pas être combiné avec --print, --kiosk, --demo, --screenshot ou --dump-config.</translation>
    </message>
    <message>
        <source>--print cannot be combined with --kiosk or --dump-config.</source>
        <translation>--print ne peut pas être combiné avec --kiosk ou --dump-config.</translation>
    </message>
    <message>
        <source>--idle-threshold must be a whole number of seconds.</source>
        <translation>--idle-threshold doit être un nombre entier de secondes.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds, at least 5.</source>
        <translation>--interval doit être un nombre entier de secondes, au moins 5.</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme doit valoir system, light ou dark.</translation>
    </message>
    <message>
        <source>--window-size must look like 1280x800 (at least 320x240).</source>
        <translation>--window-size doit être de la forme 1280x800 (au moins 320x240).</translation>
    </message>
    <message>
        <source>Use either --region or --api-base-url, not both.</source>
        <translation>Utilisez soit --region, soit --api-base-url, pas les deux.</translation>
    </message>
    <message>
        <source>--api-version needs a value.</source>
        <translation>--api-version nécessite une valeur.</translation>
    </message>
    <message>
        <source>The language of the user interface: de, en, es, fr, ja or pt_BR. Default: the language chosen in the settings, else the system&apos;s.</source>
        <translation>La langue de l&apos;interface&#xa0;: de, en, es, fr, ja ou pt_BR. Par défaut&#xa0;: la langue choisie dans les paramètres, sinon celle du système.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, en, es, fr, ja or pt_BR.</source>
        <translation>Langue «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez de, en, es, fr, ja ou pt_BR.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Filter teammates by name or status</source>
        <translation>Filtrer les coéquipiers par nom ou statut</translation>
    </message>
    <message>
        <source>Filter teammates</source>
        <translation>Filtrer les coéquipiers</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Coéquipiers</translation>
    </message>
    <message>
        <source>Floorwatch</source>
        <translation>Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Choose a team to see how loaded each teammate is.</source>
        <translation>Choisissez une équipe pour voir la charge de chaque coéquipier.</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>En attente des premiers chiffres d&apos;Intercom…</translation>
    </message>
    <message>
        <source>Total  ·  %1 open  ·  %2 idle  ·  %3 snoozed  ·  %4 active, %5 away</source>
        <translation>Total  ·  ouvertes&#xa0;: %1  ·  inactives&#xa0;: %2  ·  en veille&#xa0;: %3  ·  actifs&#xa0;: %4, absents&#xa0;: %5</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Évolution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Team trend over the shift</source>
        <translation>Évolution de l&apos;équipe au cours du service</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>⚠ Stale — %1</source>
        <translation>⚠ Obsolète — %1</translation>
    </message>
</context>
<context>
    <name>DemoBackend</name>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>L&apos;espace de travail de démonstration n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>as of %1</source>
        <translation>données de %1</translation>
    </message>
</context>
<context>
    <name>IntercomClient</name>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Aucune adresse d&apos;API Intercom n&apos;est définie.</translation>
    </message>
    <message>
        <source>No Intercom access token is set.</source>
        <translation>Aucun jeton d&apos;accès Intercom n&apos;est défini.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB</source>
        <translation>la réponse dépasse %1 Mio</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not the same secure host</source>
        <translation>le serveur a redirigé vers %1, qui n&apos;est pas le même hôte sécurisé</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>pas de réponse complète en %1 s</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that was not followed</source>
        <translation>le serveur a répondu par une redirection (HTTP %1) qui n&apos;a pas été suivie</translation>
    </message>
</context>
<context>
    <name>KioskCommands</name>
    <message>
        <source>the demo&apos;s own, made up for each run</source>
        <translation>celui de la démo, inventé à chaque exécution</translation>
    </message>
    <message>
        <source>from the environment variable FLOORWATCH_ACCESS_TOKEN (not shown)</source>
        <translation>depuis la variable d&apos;environnement FLOORWATCH_ACCESS_TOKEN (non affiché)</translation>
    </message>
    <message>
        <source>in the system keychain under workspace %1 (not shown)</source>
        <translation>dans le trousseau du système, sous l&apos;espace de travail %1 (non affiché)</translation>
    </message>
    <message>
        <source>none yet: run floorwatch --sign-in on this computer</source>
        <translation>aucun pour l&apos;instant&#xa0;: exécutez floorwatch --sign-in sur cet ordinateur</translation>
    </message>
    <message>
        <source>Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter; it is not shown:</source>
        <translation>Collez le jeton d&apos;accès de votre application Intercom (Developer Hub → votre application → Authentication) et appuyez sur Entrée&#xa0;; il ne s&apos;affiche pas&#xa0;:</translation>
    </message>
    <message>
        <source>No access token was given on standard input.</source>
        <translation>Aucun jeton d&apos;accès n&apos;a été fourni sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Note: %1 sets auth/workspace=%2, which a wall display uses before this sign-in; change it to %3.</source>
        <translation>Remarque&#xa0;: %1 définit auth/workspace=%2, qu&apos;un écran mural utilise avant cette connexion&#xa0;; remplacez-le par %3.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>fichier de configuration</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>paramètres utilisateur</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Floorwatch %1: effective configuration</source>
        <translation>Floorwatch %1&#xa0;: configuration effective</translation>
    </message>
    <message>
        <source>Precedence: command line &gt; config file &gt; user settings &gt; defaults.</source>
        <translation>Priorité&#xa0;: ligne de commande &gt; fichier de configuration &gt; paramètres utilisateur &gt; valeurs par défaut.</translation>
    </message>
    <message>
        <source>Config file:    %1</source>
        <translation>Fichier de configuration&#xa0;:  %1</translation>
    </message>
    <message>
        <source>(none; use --config FILE)</source>
        <translation>(aucun&#xa0;; utilisez --config FICHIER)</translation>
    </message>
    <message>
        <source>User settings:  %1</source>
        <translation>Paramètres utilisateur&#xa0;:    %1</translation>
    </message>
    <message>
        <source>Access token:   %1</source>
        <translation>Jeton d&apos;accès&#xa0;:             %1</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>from</source>
        <translation>origine</translation>
    </message>
    <message>
        <source>(an invalid value was ignored)</source>
        <translation>(une valeur non valide a été ignorée)</translation>
    </message>
    <message>
        <source>open %1/%2, idle %3/%4</source>
        <translation>ouvertes %1/%2, inactives %3/%4</translation>
    </message>
    <message>
        <source>Intercom API: %1</source>
        <translation>API Intercom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active: always (the display is kept awake).</source>
        <translation>Actif&#xa0;: toujours (l&apos;écran reste allumé).</translation>
    </message>
    <message>
        <source>Active: %1, %2 (local time); outside these hours a dim clock and no polling.</source>
        <translation>Actif&#xa0;: %1, %2 (heure locale)&#xa0;; en dehors de ces heures, une horloge atténuée et aucune interrogation.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>toute la journée</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>Kiosk settings are locked; %1 exits kiosk mode.</source>
        <translation>Les paramètres du kiosque sont verrouillés&#xa0;; %1 quitte le mode kiosque.</translation>
    </message>
</context>
<context>
    <name>KioskRunner</name>
    <message>
        <source>Floorwatch wall display during active hours</source>
        <translation>Écran mural Floorwatch pendant les heures actives</translation>
    </message>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN; if Intercom refuses it, the keychain is asked.</source>
        <translation>Utilisation du jeton d&apos;accès de FLOORWATCH_ACCESS_TOKEN&#xa0;; si Intercom le refuse, le trousseau est consulté.</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens 0 to %2); using the primary screen until it appears.</source>
        <translation>Il n&apos;y a pas d&apos;écran %1 (écrans 0 à %2)&#xa0;; l&apos;écran principal est utilisé jusqu&apos;à ce qu&apos;il apparaisse.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>aucune donnée n&apos;est arrivée pour la capture d&apos;écran en 60 s</translation>
    </message>
</context>
<context>
    <name>KioskText</name>
    <message>
        <source>this user&apos;s Floorwatch settings</source>
        <translation>les paramètres Floorwatch de cet utilisateur</translation>
    </message>
    <message>
        <source>%1 rate-limited — resuming at %2</source>
        <translation>%1 limite de requêtes atteinte — reprise à %2</translation>
    </message>
    <message>
        <source>%1 reconnecting — retrying in %2 s</source>
        <translation>%1 reconnexion — nouvelle tentative dans %2 s</translation>
    </message>
    <message>
        <source>%1 reconnecting…</source>
        <translation>%1 reconnexion…</translation>
    </message>
    <message>
        <source>%1 reconnecting — no new numbers for %2 s</source>
        <translation>%1 reconnexion — aucun nouveau chiffre depuis %2 s</translation>
    </message>
    <message>
        <source>updated every %1 s</source>
        <translation>mis à jour toutes les %1 s</translation>
    </message>
    <message>
        <source>Team %1 was not found</source>
        <translation>L&apos;équipe %1 est introuvable</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted or belong to another workspace.</source>
        <translation>Intercom ne connaît pas cette équipe&#xa0;; elle a peut-être été supprimée ou appartient à un autre espace de travail.</translation>
    </message>
    <message>
        <source>Correct kiosk/teams in %1.</source>
        <translation>Corrigez kiosk/teams dans %1.</translation>
    </message>
    <message>
        <source>%1 cannot be shown</source>
        <translation>%1 ne peut pas être affichée</translation>
    </message>
    <message>
        <source>Check the settings in %1.</source>
        <translation>Vérifiez les paramètres dans %1.</translation>
    </message>
    <message>
        <source>Intercom request id: %1</source>
        <translation>ID de requête Intercom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>En attente des premiers chiffres d&apos;Intercom…</translation>
    </message>
    <message>
        <source>%1 appears here as soon as Intercom answers.</source>
        <translation>%1 s&apos;affichera ici dès qu&apos;Intercom répondra.</translation>
    </message>
    <message>
        <source>This display needs to be re-authorised</source>
        <translation>Cet écran doit être autorisé à nouveau</translation>
    </message>
    <message>
        <source>Intercom no longer accepts the access token stored on this computer: it was revoked or replaced.</source>
        <translation>Intercom n&apos;accepte plus le jeton d&apos;accès enregistré sur cet ordinateur&#xa0;: il a été révoqué ou remplacé.</translation>
    </message>
    <message>
        <source>This display needs to be authorised</source>
        <translation>Cet écran doit être autorisé</translation>
    </message>
    <message>
        <source>No Intercom access token is stored on this computer for this display yet.</source>
        <translation>Aucun jeton d&apos;accès Intercom n&apos;est encore enregistré sur cet ordinateur pour cet écran.</translation>
    </message>
    <message>
        <source>To fix it, an admin signs in to this computer (%1, as user %2), for example over ssh, and runs:</source>
        <translation>Pour corriger cela, un administrateur se connecte à cet ordinateur (%1, en tant qu&apos;utilisateur %2), par exemple par ssh, et exécute&#xa0;:</translation>
    </message>
    <message>
        <source>then pastes the access token of the workspace&apos;s Intercom app (Developer Hub → your app → Authentication) and presses Enter.</source>
        <translation>puis colle le jeton d&apos;accès de l&apos;application Intercom de l&apos;espace de travail (Developer Hub → votre application → Authentication) et appuie sur Entrée.</translation>
    </message>
    <message>
        <source>This screen checks the keychain every %1 seconds and comes back by itself; nothing needs to be restarted.</source>
        <translation>Cet écran vérifie le trousseau toutes les %1 secondes et revient tout seul&#xa0;; rien ne doit être redémarré.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>espace de travail %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>dernière vérification à %1</translation>
    </message>
    <message>
        <source>No teams are set for this display</source>
        <translation>Aucune équipe n&apos;est définie pour cet écran</translation>
    </message>
    <message>
        <source>List the Intercom team ids to show in kiosk/teams in %1, or start Floorwatch with --team ID (once per team).</source>
        <translation>Indiquez les identifiants des équipes Intercom à afficher dans kiosk/teams dans %1, ou lancez Floorwatch avec --team ID (une fois par équipe).</translation>
    </message>
    <message>
        <source>lists the teams of the workspace with their ids.</source>
        <translation>liste les équipes de l&apos;espace de travail avec leurs identifiants.</translation>
    </message>
    <message>
        <source>Floorwatch resumes at %1</source>
        <translation>Floorwatch reprend à %1</translation>
    </message>
    <message>
        <source>Floorwatch resumes tomorrow at %1</source>
        <translation>Floorwatch reprend demain à %1</translation>
    </message>
    <message>
        <source>Floorwatch resumes on %1 at %2</source>
        <translation>Floorwatch reprend %1 à %2</translation>
    </message>
    <message>
        <source>%1  ·  %2 of %3</source>
        <translation>%1  ·  %2 sur %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3+</source>
        <translation>%1 %2 dès %3</translation>
    </message>
    <message>
        <source>everyone below %1</source>
        <translation>tous sous %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactives</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>%1 of %2 active</source>
        <translation>%1 sur %2 actifs</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvertes</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactives</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>en veille</translation>
    </message>
    <message>
        <source>Most loaded</source>
        <translation>Les plus chargés</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>The trend builds up over the shift.</source>
        <translation>L&apos;évolution se construit au fil du service.</translation>
    </message>
    <message>
        <source>This display tries again every %1 minutes; the other teams keep rotating.</source>
        <translation>Cet écran réessaie toutes les %1 minutes&#xa0;; les autres équipes continuent d&apos;alterner.</translation>
    </message>
    <message>
        <source>+ %1 more, less loaded</source>
        <translation>+ %1 de plus, moins chargés</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Floorwatch wall display</source>
        <translation>Écran mural Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>%1 not shown</source>
        <translation>%1 non affichée</translation>
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
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Pinned teams</source>
        <translation>Équipes épinglées</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Équipes…</translation>
    </message>
    <message>
        <source>Choose and pin teams (Ctrl+T)</source>
        <translation>Choisir et épingler des équipes (Ctrl+T)</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inactive après</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Seuil d&apos;inactivité, minutes</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Seuil d&apos;inactivité, secondes</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Actualiser toutes les</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Poll this team now (F5)</source>
        <translation>Interroger cette équipe maintenant (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>&amp;Choisir une équipe…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se co&amp;nnecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Floorwatch</source>
        <translation>À &amp;propos de Floorwatch</translation>
    </message>
    <message>
        <source>About Floorwatch</source>
        <translation>À propos de Floorwatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;Live Intercom team load for support supervisors and wall displays.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;La charge des équipes Intercom en direct, pour les responsables du support et les écrans muraux.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 s)</translation>
    </message>
    <message>
        <source>(%1 s: the nearest Intercom allows)</source>
        <translation>(%1 s&#xa0;: la valeur la plus proche autorisée par Intercom)</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Équipe %1</translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>ID d&apos;équipe %1</translation>
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
        <translation>L&apos;adresse ne contient pas de «&#xa0;state&#xa0;»&#xa0;: Floorwatch ne peut donc pas vérifier qu&apos;elle correspond à cette connexion. Copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur.</translation>
    </message>
    <message>
        <source>This address does not belong to the sign-in Floorwatch started (its state does not match), so it was refused. If you started signing in more than once, use the address from the last attempt.</source>
        <translation>Cette adresse ne correspond pas à la connexion lancée par Floorwatch (son «&#xa0;state&#xa0;» ne correspond pas)&#xa0;; elle a donc été refusée. Si vous avez lancé la connexion plusieurs fois, utilisez l&apos;adresse de la dernière tentative.</translation>
    </message>
    <message>
        <source>Intercom did not give Floorwatch access (%1). Start again and allow access, or ask an Intercom admin to install the app.</source>
        <translation>Intercom n&apos;a pas accordé l&apos;accès à Floorwatch (%1). Recommencez et autorisez l&apos;accès, ou demandez à un administrateur Intercom d&apos;installer l&apos;application.</translation>
    </message>
    <message>
        <source>The address has no authorization code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>L&apos;adresse ne contient pas de code d&apos;autorisation. Copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur après avoir autorisé l&apos;accès.</translation>
    </message>
</context>
<context>
    <name>OAuthRedirectListener</name>
    <message>
        <source>Floorwatch receives the sign-in only at a loopback address such as http://127.0.0.1:PORT/…, not at %1.</source>
        <translation>Floorwatch ne reçoit la connexion que sur une adresse de bouclage comme http://127.0.0.1:PORT/…, pas sur %1.</translation>
    </message>
    <message>
        <source>Floorwatch cannot receive the sign-in at %1:%2 (%3). Close the program that uses this port, or paste the address instead.</source>
        <translation>Floorwatch ne peut pas recevoir la connexion sur %1:%2 (%3). Fermez le programme qui utilise ce port, ou collez plutôt l&apos;adresse.</translation>
    </message>
    <message>
        <source>Floorwatch could not read this request.</source>
        <translation>Floorwatch n&apos;a pas pu lire cette requête.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Introuvable.</translation>
    </message>
    <message>
        <source>Floorwatch received the authorization from Intercom. You can close this tab and return to Floorwatch.</source>
        <translation>Floorwatch a reçu l&apos;autorisation d&apos;Intercom. Vous pouvez fermer cet onglet et revenir à Floorwatch.</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>No OAuth client id is set. Enter the client id of your organisation&apos;s Intercom app in the settings.</source>
        <translation>Aucun ID client OAuth n&apos;est défini. Saisissez l&apos;ID client de l&apos;application Intercom de votre organisation dans les paramètres.</translation>
    </message>
    <message>
        <source>The OAuth redirect address &quot;%1&quot; cannot be used: Intercom needs an https address, or http://127.0.0.1:PORT/… for Floorwatch to receive it itself.</source>
        <translation>L&apos;adresse de redirection OAuth «&#xa0;%1&#xa0;» ne peut pas être utilisée&#xa0;: Intercom exige une adresse https, ou http://127.0.0.1:PORT/… pour que Floorwatch la reçoive lui-même.</translation>
    </message>
    <message>
        <source>This is not the address Intercom sent you to: it has no code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>Ce n&apos;est pas l&apos;adresse vers laquelle Intercom vous a envoyé&#xa0;: elle ne contient pas de code. Copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur après avoir autorisé l&apos;accès.</translation>
    </message>
    <message>
        <source>No sign-in with Intercom is in progress. Start it again, then use the address you are sent to.</source>
        <translation>Aucune connexion avec Intercom n&apos;est en cours. Recommencez, puis utilisez l&apos;adresse vers laquelle vous êtes redirigé.</translation>
    </message>
    <message>
        <source>This sign-in is already being completed.</source>
        <translation>Cette connexion est déjà en cours de finalisation.</translation>
    </message>
    <message>
        <source>The OAuth client secret is not set. Enter it in the settings.</source>
        <translation>Le secret client OAuth n&apos;est pas défini. Saisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>The OAuth client secret could not be read from the keychain. %1</source>
        <translation>Le secret client OAuth n&apos;a pas pu être lu dans le trousseau. %1</translation>
    </message>
</context>
<context>
    <name>OAuthTokenExchange</name>
    <message>
        <source>Intercom did not answer in time while finishing the sign-in. Try again.</source>
        <translation>Intercom n&apos;a pas répondu à temps pendant la finalisation de la connexion. Réessayez.</translation>
    </message>
    <message>
        <source>Could not reach Intercom to finish the sign-in (%1). Check the network connection and try again.</source>
        <translation>Impossible de joindre Intercom pour finaliser la connexion (%1). Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>Intercom refused to finish the sign-in (%1): the client id or client secret is wrong, or the code was already used. Check the app&apos;s settings and sign in again.</source>
        <translation>Intercom a refusé de finaliser la connexion (%1)&#xa0;: l&apos;ID client ou le secret client est incorrect, ou le code a déjà été utilisé. Vérifiez les paramètres de l&apos;application et reconnectez-vous.</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer had no access token; the sign-in did not finish.</source>
        <translation>La réponse d&apos;Intercom ne contenait pas de jeton d&apos;accès&#xa0;; la connexion n&apos;a pas abouti.</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>away: %1</source>
        <translation>absent&#xa0;: %1</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>TEAMMATE</source>
        <translation>COÉQUIPIER</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OUVERTES</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation>INACTIVES</translation>
    </message>
    <message>
        <source>SNOOZED</source>
        <translation>EN VEILLE</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (team %2) · as of %3 · idle after %4 s
</source>
        <translation>%1 (équipe %2) · données de %3 · inactive après %4 s
</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>ÉQUIPE</translation>
    </message>
    <message>
        <source>TEAMMATES</source>
        <translation>COÉQUIPIERS</translation>
    </message>
    <message>
        <source>ASSIGNMENT LIMIT</source>
        <translation>LIMITE D&apos;ATTRIBUTION</translation>
    </message>
</context>
<context>
    <name>Parsers</name>
    <message>
        <source>the body is empty</source>
        <translation>le corps est vide</translation>
    </message>
    <message>
        <source>the body is an HTML page, not JSON</source>
        <translation>le corps est une page HTML, pas du JSON</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1 at byte %2)</source>
        <translation>le corps n&apos;est pas du JSON valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>expected an object of type &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>objet de type «&#xa0;%1&#xa0;» attendu, mais «&#xa0;%2&#xa0;» reçu</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un tableau</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not an object</source>
        <translation>«&#xa0;%1[%2]&#xa0;» n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«&#xa0;%1&#xa0;» ne vaut ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative (%2)</source>
        <translation>«&#xa0;%1&#xa0;» est négatif (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2)</source>
        <translation>«&#xa0;%1&#xa0;» est trop grand (%2)</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not a valid id</source>
        <translation>«&#xa0;%1[%2]&#xa0;» n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is missing</source>
        <translation>«&#xa0;%1.admin_id&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is not a valid id</source>
        <translation>«&#xa0;%1.admin_id&#xa0;» n&apos;est pas un identifiant valide</translation>
    </message>
    <message>
        <source>admin_id &quot;%1&quot; appears twice in the metrics</source>
        <translation>admin_id «&#xa0;%1&#xa0;» apparaît deux fois dans les métriques</translation>
    </message>
    <message>
        <source>&quot;app&quot; is missing</source>
        <translation>«&#xa0;app&#xa0;» est absent</translation>
    </message>
    <message>
        <source>team id &quot;%1&quot; appears twice</source>
        <translation>l&apos;ID d&apos;équipe «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>admin id &quot;%1&quot; appears twice</source>
        <translation>l&apos;ID d&apos;administrateur «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>&quot;%1.away_status_reason_id&quot; is not a valid id</source>
        <translation>«&#xa0;%1.away_status_reason_id&#xa0;» n&apos;est pas un identifiant valide</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>(request id: %1)</source>
        <translation>(ID de requête&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>It must not contain spaces.</source>
        <translation>La valeur ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>The API version must not be empty: use 2.16, Preview or Unstable.</source>
        <translation>La version d&apos;API ne doit pas être vide&#xa0;: utilisez 2.16, Preview ou Unstable.</translation>
    </message>
    <message>
        <source>The API version is too long.</source>
        <translation>La version d&apos;API est trop longue.</translation>
    </message>
    <message>
        <source>The API base URL must not start or end with spaces.</source>
        <translation>L&apos;URL de base de l&apos;API ne doit pas commencer ni finir par des espaces.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>L&apos;URL de base de l&apos;API ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>La valeur est trop longue.</translation>
    </message>
    <message>
        <source>The redirect URL is not a valid URL.</source>
        <translation>L&apos;URL de redirection n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The redirect URL must not contain a user name, password or fragment.</source>
        <translation>L&apos;URL de redirection ne doit contenir ni nom d&apos;utilisateur, ni mot de passe, ni fragment.</translation>
    </message>
    <message>
        <source>The redirect URL must use https (plain http only to this computer).</source>
        <translation>L&apos;URL de redirection doit utiliser https (http non chiffré uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team id.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant d&apos;équipe.</translation>
    </message>
    <message>
        <source>At most %1 teams can be listed.</source>
        <translation>Au plus %1 équipes peuvent être listées.</translation>
    </message>
    <message>
        <source>Team %1 is listed twice.</source>
        <translation>L&apos;équipe %1 est listée deux fois.</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>La valeur est trop grande.</translation>
    </message>
    <message>
        <source>Active hours look like 07:00-19:00 (24-hour clock, start and end differ).</source>
        <translation>Les heures actives s&apos;écrivent comme 07:00-19:00 (format 24 heures, début et fin différents).</translation>
    </message>
    <message>
        <source>Active days are day names or ranges such as mon-fri or sat, sun.</source>
        <translation>Les jours actifs sont des noms de jours ou des plages comme mon-fri ou sat, sun.</translation>
    </message>
    <message>
        <source>The exit shortcut needs at least one of Ctrl, Alt, Shift or Meta and a key, e.g. Ctrl+Alt+Shift+Q.</source>
        <translation>Le raccourci de sortie nécessite au moins une touche parmi Ctrl, Alt, Shift ou Meta et une autre touche, par exemple Ctrl+Alt+Shift+Q.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Utilisez true ou false.</translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation>Utilisez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>Use a single text value.</source>
        <translation>Utilisez une seule valeur texte.</translation>
    </message>
    <message>
        <source>Use a list of text values.</source>
        <translation>Utilisez une liste de valeurs texte.</translation>
    </message>
    <message>
        <source>Use binary data.</source>
        <translation>Utilisez des données binaires.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Utilisez l&apos;une de ces valeurs&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Thresholds must be whole numbers from %1 to %2.</source>
        <translation>Les seuils doivent être des nombres entiers de %1 à %2.</translation>
    </message>
    <message>
        <source>The critical level for open conversations (%1) is below the warning level (%2).</source>
        <translation>Le niveau critique des conversations ouvertes (%1) est inférieur au niveau d&apos;avertissement (%2).</translation>
    </message>
    <message>
        <source>The critical level for idle conversations (%1) is below the warning level (%2).</source>
        <translation>Le niveau critique des conversations inactives (%1) est inférieur au niveau d&apos;avertissement (%2).</translation>
    </message>
    <message>
        <source>The settings version is managed by Floorwatch.</source>
        <translation>La version des paramètres est gérée par Floorwatch.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Floorwatch Settings</source>
        <translation>Paramètres de Floorwatch</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Where your Intercom workspace is hosted</source>
        <translation>L&apos;endroit où votre espace de travail Intercom est hébergé</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Sent to Intercom with every request; 2.16 is the stable version</source>
        <translation>Envoyée à Intercom avec chaque requête&#xa0;; 2.16 est la version stable</translation>
    </message>
    <message>
        <source>API version problem</source>
        <translation>Problème de version de l&apos;API</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Custom &amp;base URL:</source>
        <translation>URL de &amp;base personnalisée&#xa0;:</translation>
    </message>
    <message>
        <source>https://intercom-proxy.example.com</source>
        <translation>https://intercom-proxy.example.com</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL de base personnalisée</translation>
    </message>
    <message>
        <source>Custom base URL problem</source>
        <translation>Problème d&apos;URL de base personnalisée</translation>
    </message>
    <message>
        <source>Replaces the region&apos;s server, e.g. for a proxy. Leave empty to use the region.</source>
        <translation>Remplace le serveur de la région, par exemple pour un proxy. Laissez vide pour utiliser la région.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Interrogation</translation>
    </message>
    <message>
        <source>Poll e&amp;very:</source>
        <translation>Interroger &amp;toutes les&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>&amp;Inactive après&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Seuil d&apos;inactivité, minutes</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Seuil d&apos;inactivité, secondes</translation>
    </message>
    <message>
        <source>Effective idle threshold</source>
        <translation>Seuil d&apos;inactivité effectif</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Avertissement à</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>Critique à</translation>
    </message>
    <message>
        <source>&amp;Open conversations:</source>
        <translation>Conversations &amp;ouvertes&#xa0;:</translation>
    </message>
    <message>
        <source>Open conversations, warning level</source>
        <translation>Conversations ouvertes, niveau d&apos;avertissement</translation>
    </message>
    <message>
        <source>Open conversations, critical level</source>
        <translation>Conversations ouvertes, niveau critique</translation>
    </message>
    <message>
        <source>I&amp;dle conversations:</source>
        <translation>Conversations i&amp;nactives&#xa0;:</translation>
    </message>
    <message>
        <source>Idle conversations, warning level</source>
        <translation>Conversations inactives, niveau d&apos;avertissement</translation>
    </message>
    <message>
        <source>Idle conversations, critical level</source>
        <translation>Conversations inactives, niveau critique</translation>
    </message>
    <message>
        <source>Thresholds problem</source>
        <translation>Problème de seuils</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>United States (api.intercom.io)</source>
        <translation>États-Unis (api.intercom.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.intercom.io)</source>
        <translation>Europe (api.eu.intercom.io)</translation>
    </message>
    <message>
        <source>Australia (api.au.intercom.io)</source>
        <translation>Australie (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the shortest threshold Intercom accepts.</source>
        <translation>Inactive après %1 min %2 s (%3 s)&#xa0;: le seuil le plus court accepté par Intercom.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the longest threshold Intercom accepts.</source>
        <translation>Inactive après %1 min %2 s (%3 s)&#xa0;: le seuil le plus long accepté par Intercom.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s)</source>
        <translation>Inactive après %1 min %2 s (%3 s)</translation>
    </message>
    <message>
        <source>Thresholds for the team on screen only</source>
        <translation>Seuils uniquement pour l’équipe affichée</translation>
    </message>
    <message>
        <source>Use these thresholds for %1 only</source>
        <translation>Utiliser ces seuils uniquement pour %1</translation>
    </message>
</context>
<context>
    <name>SettingsStores</name>
    <message>
        <source>The configuration file %1 does not exist or cannot be read.</source>
        <translation>Le fichier de configuration %1 n&apos;existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>Le fichier de configuration %1 n&apos;est pas un fichier INI valide.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>No access token was given on standard input. Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter.</source>
        <translation>Aucun jeton d&apos;accès n&apos;a été fourni sur l&apos;entrée standard. Collez le jeton d&apos;accès de votre application Intercom (Developer Hub → votre application → Authentication) et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Intercom accepted the token, but the system keychain could not keep it: %1 Nothing was saved.</source>
        <translation>Intercom a accepté le jeton, mais le trousseau du système n&apos;a pas pu le conserver&#xa0;: %1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Signed in to %1 (workspace %2, region %3). The access token is in the system keychain; a wall display on this computer picks it up within a minute.</source>
        <translation>Connecté à %1 (espace de travail %2, région %3). Le jeton d&apos;accès est dans le trousseau du système&#xa0;; un écran mural sur cet ordinateur le prend en compte en moins d&apos;une minute.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN, not the one stored in the keychain for workspace %1.</source>
        <translation>Utilisation du jeton d&apos;accès de FLOORWATCH_ACCESS_TOKEN, et non de celui enregistré dans le trousseau pour l&apos;espace de travail %1.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Connecté à %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 for this run only.</source>
        <translation>Connecté à %1 pour cette session uniquement.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Intercom</source>
        <translation>Se connecter à Intercom</translation>
    </message>
    <message>
        <source>Floorwatch reads your team&apos;s load with the access token of a private Intercom app. To find it, open Intercom&apos;s Developer Hub, choose your app, then Authentication, and copy the access token. The app needs the read_admins permission. The token is kept in the system keychain only.</source>
        <translation>Floorwatch lit la charge de votre équipe avec le jeton d&apos;accès d&apos;une application Intercom privée. Pour le trouver, ouvrez le Developer Hub d&apos;Intercom, choisissez votre application, puis Authentication, et copiez le jeton d&apos;accès. L&apos;application a besoin de l&apos;autorisation read_admins. Le jeton est conservé uniquement dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Collez le jeton d&apos;accès ici</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The access token of your Intercom app; it is hidden as you type</source>
        <translation>Le jeton d&apos;accès de votre application Intercom&#xa0;; il est masqué pendant la saisie</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check the access token</source>
        <translation>Vérifier le jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Checking with Intercom</source>
        <translation>Vérification auprès d&apos;Intercom</translation>
    </message>
    <message>
        <source>Intercom accepted the token</source>
        <translation>Intercom a accepté le jeton</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation>Jeton de&#xa0;:</translation>
    </message>
    <message>
        <source>Admin the token belongs to</source>
        <translation>Administrateur à qui appartient le jeton</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Use this token for this run only (it is not saved; you sign in again next time)</source>
        <translation>&amp;Utiliser ce jeton pour cette session uniquement (il n&apos;est pas enregistré&#xa0;; vous vous reconnecterez la prochaine fois)</translation>
    </message>
    <message>
        <source>Use this token for this run only</source>
        <translation>Utiliser ce jeton pour cette session uniquement</translation>
    </message>
    <message>
        <source>Sign in with Intercom (OAuth)</source>
        <translation>Se connecter avec Intercom (OAuth)</translation>
    </message>
    <message>
        <source>Your organisation registered its own Intercom app. Sign in in the browser and allow access. If Floorwatch does not continue by itself, paste the address the browser ended on below.</source>
        <translation>Votre organisation a enregistré sa propre application Intercom. Connectez-vous dans le navigateur et autorisez l&apos;accès. Si Floorwatch ne continue pas tout seul, collez ci-dessous l&apos;adresse sur laquelle le navigateur s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Intercom…</source>
        <translation>Se connecter avec &amp;Intercom…</translation>
    </message>
    <message>
        <source>Sign in with Intercom in the browser</source>
        <translation>Se connecter avec Intercom dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the address you were redirected to</source>
        <translation>Collez l&apos;adresse de redirection</translation>
    </message>
    <message>
        <source>Address you were redirected to</source>
        <translation>Adresse vers laquelle vous avez été redirigé</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Continue with the pasted address</source>
        <translation>Continuer avec l&apos;adresse collée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Opening Intercom in your browser…</source>
        <translation>Ouverture d&apos;Intercom dans votre navigateur…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>%1, through the custom API address %2</source>
        <translation>%1, via l&apos;adresse d&apos;API personnalisée %2</translation>
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
        <translation>En attente d&apos;Intercom. Autorisez l&apos;accès dans le navigateur&#xa0;; si Floorwatch ne continue pas tout seul, collez ci-dessus l&apos;adresse sur laquelle le navigateur s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Floorwatch could not open a browser. Open this address yourself: %1</source>
        <translation>Floorwatch n&apos;a pas pu ouvrir de navigateur. Ouvrez vous-même cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intercom gave access; checking the token…</source>
        <translation>Intercom a accordé l&apos;accès&#xa0;; vérification du jeton…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Intercom refused this access token: it is not valid, has been revoked, or belongs to a workspace in another region. Copy it again from the Developer Hub (your app → Authentication). Nothing was saved.</source>
        <translation>Intercom a refusé ce jeton d&apos;accès&#xa0;: il n&apos;est pas valide, a été révoqué ou appartient à un espace de travail d&apos;une autre région. Copiez-le à nouveau depuis le Developer Hub (votre application → Authentication). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Collez d&apos;abord le jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Aucune adresse d&apos;API Intercom n&apos;est définie.</translation>
    </message>
</context>
<context>
    <name>SimApp</name>
    <message>
        <source>round robin</source>
        <translation>tourniquet</translation>
    </message>
    <message>
        <source>load balanced</source>
        <translation>répartition de charge</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: %2 teammates in %3 teams, simulated time %4</source>
        <translation>Espace de travail «&#xa0;%1&#xa0;»&#xa0;: %2 coéquipiers dans %3 équipes, heure simulée %4</translation>
    </message>
    <message>
        <source>  team %1  %2 (%3 teammates, %4</source>
        <translation>  équipe %1  %2 (%3 coéquipiers, %4</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, limite %1</translation>
    </message>
    <message>
        <source>  metrics restricted</source>
        <translation>  métriques restreintes</translation>
    </message>
    <message>
        <source>Try &apos;floorwatch-sim --help&apos; for more information.</source>
        <translation>Essayez «&#xa0;floorwatch-sim --help&#xa0;» pour plus d&apos;informations.</translation>
    </message>
    <message>
        <source>warning: --restricted-team %1 is not a team of this workspace</source>
        <translation>avertissement&#xa0;: --restricted-team %1 n&apos;est pas une équipe de cet espace de travail</translation>
    </message>
    <message>
        <source>floorwatch-sim: cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>floorwatch-sim&#xa0;: impossible d&apos;écouter sur le port %1 de 127.0.0.1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Serves a simulated Intercom workspace on 127.0.0.1 for Floorwatch: teams, teammates and conversations that change over a simulated working day, behind the same REST endpoints, errors and rate limits as Intercom, with faults on demand.</source>
        <translation>Sert pour Floorwatch un espace de travail Intercom simulé sur 127.0.0.1&#xa0;: des équipes, des coéquipiers et des conversations qui évoluent au fil d&apos;une journée de travail simulée, derrière les mêmes points de terminaison REST, erreurs et limites de requêtes qu&apos;Intercom, avec des pannes à la demande.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one.</source>
        <translation>Port TCP sur 127.0.0.1&#xa0;; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Access token clients must send as a bearer token. Default: the FLOORWATCH_SIM_TOKEN environment variable.</source>
        <translation>Jeton d&apos;accès que les clients doivent envoyer comme jeton bearer. Par défaut&#xa0;: la variable d&apos;environnement FLOORWATCH_SIM_TOKEN.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Seed of the simulation; the same seed gives the same workspace.</source>
        <translation>Graine de la simulation&#xa0;; la même graine donne le même espace de travail.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Number of teams.</source>
        <translation>Nombre d&apos;équipes.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Teammates in each team.</source>
        <translation>Coéquipiers par équipe.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second, e.g. 30 for a demo.</source>
        <translation>Secondes simulées par seconde réelle, par exemple 30 pour une démonstration.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>Simulated time of day when serving starts (HH:MM).</source>
        <translation>Heure simulée au démarrage du service (HH:MM).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>Requests allowed per minute, enforced per 10-second window (a sixth each).</source>
        <translation>Requêtes autorisées par minute, appliquées par fenêtre de 10 secondes (un sixième chacune).</translation>
    </message>
    <message>
        <source>Answer 403 api_plan_restricted on this team&apos;s metrics. Repeatable.</source>
        <translation>Répondre 403 api_plan_restricted aux métriques de cette équipe. Répétable.</translation>
    </message>
    <message>
        <source>team-id</source>
        <translation>id-équipe</translation>
    </message>
    <message>
        <source>The workspace lacks real-time monitoring: 403 on all metrics.</source>
        <translation>L&apos;espace de travail n&apos;a pas la surveillance en temps réel&#xa0;: 403 sur toutes les métriques.</translation>
    </message>
    <message>
        <source>Fault: delay every reply by this many milliseconds.</source>
        <translation>Panne&#xa0;: retarder chaque réponse de ce nombre de millisecondes.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Fault: accept requests and never answer them.</source>
        <translation>Panne&#xa0;: accepter les requêtes sans jamais y répondre.</translation>
    </message>
    <message>
        <source>Fault: answer this share of requests (0 to 1) with 500, 502, 503 or 504.</source>
        <translation>Panne&#xa0;: répondre à cette part des requêtes (0 à 1) par 500, 502, 503 ou 504.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>Fault: the next this many requests get 429 rate_limit_exceeded.</source>
        <translation>Panne&#xa0;: ce nombre de requêtes suivantes reçoivent 429 rate_limit_exceeded.</translation>
    </message>
    <message>
        <source>Fault: repeat the 429 burst every this many seconds.</source>
        <translation>Panne&#xa0;: répéter la salve de 429 à cet intervalle, en secondes.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>Fault: truncated (Content-Length larger than the body, then the connection closes), malformed-json, html-502, html-200 or redirect-http.</source>
        <translation>Panne&#xa0;: truncated (Content-Length plus grand que le corps, puis la connexion se ferme), malformed-json, html-502, html-200 ou redirect-http.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Apply faults to /teams/{id}/metrics only, not to every API path.</source>
        <translation>Appliquer les pannes uniquement à /teams/{id}/metrics, pas à tous les chemins de l&apos;API.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 doit être un nombre entier de %2 à %3</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 doit être un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>--start-time must be a time of day such as 09:15</source>
        <translation>--start-time doit être une heure comme 09:15</translation>
    </message>
    <message>
        <source>--body-fault must be one of: none, truncated, malformed-json, html-502, html-200, redirect-http</source>
        <translation>--body-fault doit être l&apos;une de ces valeurs&#xa0;: none, truncated, malformed-json, html-502, html-200, redirect-http</translation>
    </message>
    <message>
        <source>an access token is required: pass --token or set FLOORWATCH_SIM_TOKEN</source>
        <translation>un jeton d&apos;accès est requis&#xa0;: passez --token ou définissez FLOORWATCH_SIM_TOKEN</translation>
    </message>
    <message>
        <source>--rate-limit-burst-every needs --rate-limit-burst to say how many requests get 429</source>
        <translation>--rate-limit-burst-every nécessite --rate-limit-burst pour indiquer combien de requêtes reçoivent 429</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Afficher les détails de l&apos;erreur</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Pick a team…</source>
        <translation>Choisir une équipe…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Statut HTTP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Intercom error code: %1</source>
        <translation>Code d&apos;erreur Intercom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Détail&#xa0;: %1</translation>
    </message>
    <message>
        <source>Failed attempts in a row: %1</source>
        <translation>Échecs consécutifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rate-limited by Intercom: paused until %1 (%2 s).</source>
        <translation>Limite de requêtes d&apos;Intercom atteinte&#xa0;: en pause jusqu&apos;à %1 (%2 s).</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s. %2</source>
        <translation>Hors ligne — nouvelle tentative dans %1 s. %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nouvelle tentative dans %2 s.</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactives</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Active · away</source>
        <translation>Actifs · absents</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>Capacité utilisée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation(s)</source>
        <translation>
            <numerusform>%n conversation ouverte</numerusform>
            <numerusform>%n conversations ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation(s)</source>
        <translation>
            <numerusform>%n conversation inactive</numerusform>
            <numerusform>%n conversations inactives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s)</source>
        <translation>
            <numerusform>%n conversation en veille</numerusform>
            <numerusform>%n conversations en veille</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 teammates active, %2 away</source>
        <translation>Coéquipiers actifs&#xa0;: %1, absents&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Capacity in use (%1 of %2)</source>
        <translation>Capacité utilisée (%1 sur %2)</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <source>Choose a team</source>
        <translation>Choisir une équipe</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Rechercher des équipes</translation>
    </message>
    <message>
        <source>Teams; tick a team to pin it as a tab</source>
        <translation>Équipes&#xa0;; cochez une équipe pour l&apos;épingler comme onglet</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Chargement des équipes…</translation>
    </message>
    <message>
        <source>Tick teams to keep them as tabs; double-click or press Enter to open one.</source>
        <translation>Cochez des équipes pour les garder en onglets&#xa0;; double-cliquez ou appuyez sur Entrée pour en ouvrir une.</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n teammate(s)</source>
        <translation>
            <numerusform>%1  ·  %n coéquipier</numerusform>
            <numerusform>%1  ·  %n coéquipiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>ID d&apos;équipe %1</translation>
    </message>
    <message>
        <source>This workspace has no teams.</source>
        <translation>Cet espace de travail n&apos;a aucune équipe.</translation>
    </message>
</context>
<context>
    <name>TeamSnapshot</name>
    <message>
        <source>Teammate %1</source>
        <translation>Coéquipier %1</translation>
    </message>
</context>
<context>
    <name>TeammateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactives</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Since change</source>
        <translation>Depuis le changement</translation>
    </message>
    <message>
        <source>Open conversations assigned to the teammate</source>
        <translation>Conversations ouvertes attribuées au coéquipier</translation>
    </message>
    <message>
        <source>Open conversations waiting for a reply longer than the idle threshold</source>
        <translation>Conversations ouvertes qui attendent une réponse depuis plus longtemps que le seuil d&apos;inactivité</translation>
    </message>
    <message>
        <source>Snoozed conversations</source>
        <translation>Conversations en veille</translation>
    </message>
    <message>
        <source>Open conversations as a share of the team&apos;s assignment limit</source>
        <translation>Conversations ouvertes par rapport à la limite d&apos;attribution de l&apos;équipe</translation>
    </message>
    <message>
        <source>Time since the teammate&apos;s open, idle or snoozed counts last changed</source>
        <translation>Temps écoulé depuis le dernier changement des nombres de conversations ouvertes, inactives ou en veille</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Away · %1</source>
        <translation>Absent · %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 — critical, at or above %2</source>
        <translation>%1 — critique, à partir de %2</translation>
    </message>
    <message>
        <source>%1 — warning, at or above %2</source>
        <translation>%1 — avertissement, à partir de %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — not in the teammate directory yet</source>
        <translation>%1 — pas encore dans l&apos;annuaire des coéquipiers</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>Absent&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation</source>
        <translation>
            <numerusform>%n conversation ouverte</numerusform>
            <numerusform>%n conversations ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conversations</source>
        <translation>
            <numerusform>%n conversation ouverte</numerusform>
            <numerusform>%n conversations ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation</source>
        <translation>
            <numerusform>%n conversation inactive</numerusform>
            <numerusform>%n conversations inactives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversations</source>
        <translation>
            <numerusform>%n conversation inactive</numerusform>
            <numerusform>%n conversations inactives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation</source>
        <translation>
            <numerusform>%n conversation en veille</numerusform>
            <numerusform>%n conversations en veille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversations</source>
        <translation>
            <numerusform>%n conversation en veille</numerusform>
            <numerusform>%n conversations en veille</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the assignment limit of %2 (%3 %)</source>
        <translation>%1 sur une limite d&apos;attribution de %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>This team has no assignment limit</source>
        <translation>Cette équipe n&apos;a pas de limite d&apos;attribution</translation>
    </message>
    <message>
        <source>Counts changed just now</source>
        <translation>Les nombres viennent de changer</translation>
    </message>
    <message>
        <source>Counts last changed %1 ago</source>
        <translation>Nombres modifiés pour la dernière fois il y a %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>&quot;%1&quot; cannot name a workspace.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas désigner un espace de travail.</translation>
    </message>
    <message>
        <source>There is no access token to store.</source>
        <translation>Il n&apos;y a aucun jeton d&apos;accès à enregistrer.</translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>le trousseau macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>le Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>a Secret Service keyring such as GNOME Keyring or KWallet</source>
        <translation>un trousseau Secret Service comme GNOME Keyring ou KWallet</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Message du trousseau&#xa0;: %1)</translation>
    </message>
    <message>
        <source>No access token is stored for this workspace. If you signed in before, the keyring may be locked, which looks the same: unlock it and try again, or sign in again.</source>
        <translation>Aucun jeton d&apos;accès n&apos;est enregistré pour cet espace de travail. Si vous vous êtes déjà connecté, le trousseau est peut-être verrouillé, ce qui produit le même effet&#xa0;: déverrouillez-le et réessayez, ou reconnectez-vous.</translation>
    </message>
    <message>
        <source>No keychain is available: Floorwatch stores the access token only in the system keychain (%1). Install or unlock one and try again, or use the token for this run only; it is never written to disk.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: Floorwatch conserve le jeton d&apos;accès uniquement dans le trousseau du système (%1). Installez-en ou déverrouillez-en un et réessayez, ou utilisez le jeton pour cette session uniquement&#xa0;; il n&apos;est jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>Floorwatch was not allowed to use the keychain (%1). Unlock it or allow access when asked, then try again, or use the token for this run only.</source>
        <translation>Floorwatch n&apos;a pas été autorisé à utiliser le trousseau (%1). Déverrouillez-le ou autorisez l&apos;accès lorsque cela vous est demandé, puis réessayez, ou utilisez le jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>Le trousseau a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Essayez --help.</translation>
    </message>
    <message>
        <source>--config is read by the wall display (--kiosk, or kiosk/enabled=true in it); this window uses your own settings.</source>
        <translation>--config est lu par l&apos;écran mural (--kiosk, ou kiosk/enabled=true dans ce fichier)&#xa0;; cette fenêtre utilise vos propres paramètres.</translation>
    </message>
    <message>
        <source>No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN to a private app&apos;s access token, or try --demo.</source>
        <translation>Aucun jeton d&apos;accès&#xa0;: définissez la variable d&apos;environnement FLOORWATCH_ACCESS_TOKEN avec le jeton d&apos;accès d&apos;une application privée, ou essayez --demo.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>aucune donnée n&apos;est arrivée pour la capture d&apos;écran en 60 s</translation>
    </message>
</context>
</TS>
