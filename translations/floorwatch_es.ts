<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ApiConfig</name>
    <message>
        <source>Unknown region &quot;%1&quot;: use us, eu or au.</source>
        <translation>Región «%1» desconocida: use us, eu o au.</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; was refused: %2</source>
        <translation>Se rechazó la URL base de la API «%1»: %2</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>no es una URL válida.</translation>
    </message>
    <message>
        <source>it must not contain a user name or password.</source>
        <translation>no debe contener nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>it must not contain a query or fragment.</source>
        <translation>no debe contener consulta (?) ni fragmento (#).</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>http sin cifrar solo se permite hacia este dispositivo (127.0.0.1, ::1 o localhost); use https.</translation>
    </message>
    <message>
        <source>the scheme must be https.</source>
        <translation>el esquema debe ser https.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>estado HTTP inesperado %1</translation>
    </message>
    <message>
        <source>Intercom did not accept the access token: it is invalid or has been revoked. Sign in again with a valid token.</source>
        <translation>Intercom no aceptó el token de acceso: no es válido o se revocó. Vuelva a iniciar sesión con un token válido.</translation>
    </message>
    <message>
        <source>Real-time monitoring is not enabled for this Intercom workspace. Ask an Intercom admin to enable the realtime_monitoring feature.</source>
        <translation>La supervisión en tiempo real no está habilitada en este espacio de trabajo de Intercom. Pida a un administrador de Intercom que habilite la función realtime_monitoring.</translation>
    </message>
    <message>
        <source>Intercom refused access (%1). Ask an Intercom admin to give the app the read_admins scope and to enable real-time monitoring.</source>
        <translation>Intercom denegó el acceso (%1). Pida a un administrador de Intercom que otorgue a la aplicación el permiso read_admins y que habilite la supervisión en tiempo real.</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted. Pick another team.</source>
        <translation>Intercom no conoce este equipo; es posible que se haya eliminado. Elija otro equipo.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused until %1.</source>
        <translation>Se alcanzó el límite de solicitudes de Intercom; en pausa hasta las %1.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused for a moment.</source>
        <translation>Se alcanzó el límite de solicitudes de Intercom; en pausa por un momento.</translation>
    </message>
    <message>
        <source>Intercom had a server error (HTTP %1); retrying later.</source>
        <translation>Intercom tuvo un error del servidor (HTTP %1); se volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Could not reach Intercom (%1); check the network connection.</source>
        <translation>No se pudo conectar con Intercom (%1); compruebe la conexión de red.</translation>
    </message>
    <message>
        <source>Intercom did not answer in time; retrying.</source>
        <translation>Intercom no respondió a tiempo; reintentando.</translation>
    </message>
    <message>
        <source>The secure connection to Intercom failed (%1). Check the system clock, proxy and certificates.</source>
        <translation>Falló la conexión segura con Intercom (%1). Compruebe el reloj del sistema, el proxy y los certificados.</translation>
    </message>
    <message>
        <source>Intercom sent a response Floorwatch cannot use: %1.</source>
        <translation>Intercom envió una respuesta que Floorwatch no puede usar: %1.</translation>
    </message>
    <message>
        <source>Intercom does not accept the API version %1. Choose 2.16 (stable) or Preview.</source>
        <translation>Intercom no acepta la versión de la API %1. Elija 2.16 (estable) o Preview.</translation>
    </message>
    <message>
        <source>that was sent</source>
        <translation>de la solicitud</translation>
    </message>
    <message>
        <source>Intercom rejected the request (%1).</source>
        <translation>Intercom rechazó la solicitud (%1).</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Open, not idle</source>
        <translation>Abiertas, no inactivas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Load per teammate</source>
        <translation>Carga por miembro del equipo</translation>
    </message>
    <message>
        <source>Open, idle and snoozed conversations per teammate</source>
        <translation>Conversaciones abiertas, inactivas y pospuestas por miembro del equipo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Trend over the shift</source>
        <translation>Tendencia del turno</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more teammate(s) (see the table)</source>
        <translation>
            <numerusform>+%n miembro más (vea la tabla)</numerusform>
            <numerusform>+%n miembros más (vea la tabla)</numerusform>
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
        <translation>Códigos de salida:
  0  éxito
  2  error de uso o de configuración
  3  no autorizado: el token de acceso no es válido o se revocó
  4  prohibido: la supervisión en tiempo real o un permiso no está habilitado
  5  equipo no encontrado
  6  límite de solicitudes alcanzado
  7  error de red, de tiempo de espera, de TLS o del servidor
  8  respuesta no válida del servidor

El token de acceso se lee de la variable de entorno FLOORWATCH_ACCESS_TOKEN (nunca de la línea de comandos).</translation>
    </message>
    <message>
        <source>Floorwatch shows, live, how many Intercom conversations each teammate has open, idle and snoozed.</source>
        <translation>Floorwatch muestra en vivo cuántas conversaciones de Intercom tiene cada miembro del equipo abiertas, inactivas y pospuestas.</translation>
    </message>
    <message>
        <source>Use the built-in simulated workspace instead of Intercom (no account or network needed).</source>
        <translation>Usar el espacio de trabajo simulado integrado en lugar de Intercom (no se necesita cuenta ni red).</translation>
    </message>
    <message>
        <source>Fetch once, print to standard output and exit. Format: table (default), json or csv. Without --team, lists the teams.</source>
        <translation>Obtener una vez, escribir en la salida estándar y salir. Formato: table (predeterminado), json o csv. Sin --team, lista los equipos.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The Intercom team id. With --kiosk it may be given several times: the display rotates across the teams.</source>
        <translation>El ID del equipo de Intercom. Con --kiosk puede indicarse varias veces: la pantalla rota entre los equipos.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Seconds after which a waiting conversation counts as idle (1-86400, default 1800).</source>
        <translation>Segundos tras los cuales una conversación en espera cuenta como inactiva (1-86400, predeterminado 1800).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Seconds between two polls of a team (at least 5, default 15).</source>
        <translation>Segundos entre dos consultas de un equipo (al menos 5, predeterminado 15).</translation>
    </message>
    <message>
        <source>The workspace&apos;s region: us (default), eu or au.</source>
        <translation>La región del espacio de trabajo: us (predeterminada), eu o au.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>A custom API address (https, or http to this computer only).</source>
        <translation>Una dirección de API personalizada (https, o http solo hacia este dispositivo).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Intercom-Version header: 2.16 (default), Preview or Unstable.</source>
        <translation>El encabezado Intercom-Version: 2.16 (predeterminado), Preview o Unstable.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>Once the first data is drawn, save the window as a PNG image and exit.</source>
        <translation>En cuanto se dibujen los primeros datos, guardar la ventana como imagen PNG y salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1280x800.</source>
        <translation>El tamaño de la ventana, p. ej., 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>AnxAl</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Colores: system, light o dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Wall display: full screen, no menus or dialogs, rotating across the teams; settings are locked. Also kiosk/enabled=true in the config file.</source>
        <translation>Pantalla de pared: pantalla completa, sin menús ni cuadros de diálogo, rotando entre los equipos; la configuración está bloqueada. También kiosk/enabled=true en el archivo de configuración.</translation>
    </message>
    <message>
        <source>With --kiosk: the screen to use, 0 for the first (default 0).</source>
        <translation>Con --kiosk: la pantalla que se usará, 0 para la primera (predeterminado 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --kiosk: seconds each team stays on screen (5-3600, default 20).</source>
        <translation>Con --kiosk: segundos que cada equipo permanece en pantalla (5-3600, predeterminado 20).</translation>
    </message>
    <message>
        <source>An INI file with settings for this machine (for fleets). Precedence: command line &gt; this file &gt; the user&apos;s settings &gt; defaults.</source>
        <translation>Un archivo INI con la configuración de este dispositivo (para despliegues en muchos dispositivos). Prioridad: línea de comandos &gt; este archivo &gt; configuración del usuario &gt; valores predeterminados.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value comes from, then exit. Never prints a secret.</source>
        <translation>Mostrar la configuración efectiva y de dónde viene cada valor, y salir. Nunca muestra un secreto.</translation>
    </message>
    <message>
        <source>Read an access token from standard input (not shown on a terminal), check it with Intercom and keep it in the system keychain for this user; for displays reached over ssh. Exit code 0 when stored, 3 when Intercom refuses the token, 2 when there is no token or no keychain, 7 when Intercom cannot be reached.</source>
        <translation>Leer un token de acceso de la entrada estándar (no se muestra en una terminal), comprobarlo con Intercom y guardarlo en el llavero del sistema para este usuario; para pantallas a las que se accede por ssh. Código de salida 0 si se guardó, 3 si Intercom rechaza el token, 2 si no hay token o no hay llavero, 7 si no se puede conectar con Intercom.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Formato de salida «%1» desconocido: use table, json o csv.</translation>
    </message>
    <message>
        <source>--team needs a team id.</source>
        <translation>--team necesita un ID de equipo.</translation>
    </message>
    <message>
        <source>--config needs a file name.</source>
        <translation>--config necesita un nombre de archivo.</translation>
    </message>
    <message>
        <source>--screen must be a screen number from 0 to 64.</source>
        <translation>--screen debe ser un número de pantalla de 0 a 64.</translation>
    </message>
    <message>
        <source>--rotate must be a whole number of seconds from 5 to 3600.</source>
        <translation>--rotate debe ser un número entero de segundos de 5 a 3600.</translation>
    </message>
    <message>
        <source>--sign-in cannot be combined with --print, --kiosk, --demo, --screenshot or --dump-config.</source>
        <translation>--sign-in no se puede combinar con --print, --kiosk, --demo, --screenshot ni --dump-config.</translation>
    </message>
    <message>
        <source>--print cannot be combined with --kiosk or --dump-config.</source>
        <translation>--print no se puede combinar con --kiosk ni --dump-config.</translation>
    </message>
    <message>
        <source>--idle-threshold must be a whole number of seconds.</source>
        <translation>--idle-threshold debe ser un número entero de segundos.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds, at least 5.</source>
        <translation>--interval debe ser un número entero de segundos, al menos 5.</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme debe ser system, light o dark.</translation>
    </message>
    <message>
        <source>--window-size must look like 1280x800 (at least 320x240).</source>
        <translation>--window-size debe tener la forma 1280x800 (al menos 320x240).</translation>
    </message>
    <message>
        <source>Use either --region or --api-base-url, not both.</source>
        <translation>Use --region o --api-base-url, pero no ambos.</translation>
    </message>
    <message>
        <source>--api-version needs a value.</source>
        <translation>--api-version necesita un valor.</translation>
    </message>
    <message>
        <source>The language of the user interface: de, en, es, fr, ja or pt_BR. Default: the language chosen in the settings, else the system&apos;s.</source>
        <translation>El idioma de la interfaz: de, en, es, fr, ja o pt_BR. Predeterminado: el idioma elegido en la configuración o, si no hay, el del sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, en, es, fr, ja or pt_BR.</source>
        <translation>Idioma «%1» desconocido: use de, en, es, fr, ja o pt_BR.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Filter teammates by name or status</source>
        <translation>Filtrar miembros del equipo por nombre o estado</translation>
    </message>
    <message>
        <source>Filter teammates</source>
        <translation>Filtrar miembros del equipo</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Miembros del equipo</translation>
    </message>
    <message>
        <source>Floorwatch</source>
        <translation>Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Choose a team to see how loaded each teammate is.</source>
        <translation>Elija un equipo para ver la carga de cada miembro.</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Esperando las primeras cifras de Intercom…</translation>
    </message>
    <message>
        <source>Total  ·  %1 open  ·  %2 idle  ·  %3 snoozed  ·  %4 active, %5 away</source>
        <translation>Total  ·  abiertas: %1  ·  inactivas: %2  ·  pospuestas: %3  ·  activos: %4, ausentes: %5</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Tendencia: %1</translation>
    </message>
    <message>
        <source>Team trend over the shift</source>
        <translation>Tendencia del equipo en el turno</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Todavía no hay datos</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>hace un momento</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>hace %1</translation>
    </message>
    <message>
        <source>⚠ Stale — %1</source>
        <translation>⚠ Desactualizado — %1</translation>
    </message>
</context>
<context>
    <name>DemoBackend</name>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>No se pudo iniciar el espacio de trabajo de demostración: %1</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>as of %1</source>
        <translation>datos de las %1</translation>
    </message>
</context>
<context>
    <name>IntercomClient</name>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>No se ha establecido ninguna dirección de la API de Intercom.</translation>
    </message>
    <message>
        <source>No Intercom access token is set.</source>
        <translation>No se ha establecido ningún token de acceso de Intercom.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB</source>
        <translation>la respuesta supera los %1 MiB</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not the same secure host</source>
        <translation>el servidor redirigió a %1, que no es el mismo host seguro</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>no hubo una respuesta completa en %1 s</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that was not followed</source>
        <translation>el servidor respondió con una redirección (HTTP %1) que no se siguió</translation>
    </message>
</context>
<context>
    <name>KioskCommands</name>
    <message>
        <source>the demo&apos;s own, made up for each run</source>
        <translation>el propio de la demostración, inventado en cada ejecución</translation>
    </message>
    <message>
        <source>from the environment variable FLOORWATCH_ACCESS_TOKEN (not shown)</source>
        <translation>de la variable de entorno FLOORWATCH_ACCESS_TOKEN (no se muestra)</translation>
    </message>
    <message>
        <source>in the system keychain under workspace %1 (not shown)</source>
        <translation>en el llavero del sistema, bajo el espacio de trabajo %1 (no se muestra)</translation>
    </message>
    <message>
        <source>none yet: run floorwatch --sign-in on this computer</source>
        <translation>ninguno todavía: ejecute floorwatch --sign-in en este dispositivo</translation>
    </message>
    <message>
        <source>Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter; it is not shown:</source>
        <translation>Pegue el token de acceso de su aplicación de Intercom (Developer Hub → su aplicación → Authentication) y pulse Intro; no se muestra:</translation>
    </message>
    <message>
        <source>No access token was given on standard input.</source>
        <translation>No se proporcionó ningún token de acceso en la entrada estándar.</translation>
    </message>
    <message>
        <source>Note: %1 sets auth/workspace=%2, which a wall display uses before this sign-in; change it to %3.</source>
        <translation>Nota: %1 establece auth/workspace=%2, que una pantalla de pared usa antes de este inicio de sesión; cámbielo a %3.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>archivo de configuración</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>configuración del usuario</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predeterminado</translation>
    </message>
    <message>
        <source>Floorwatch %1: effective configuration</source>
        <translation>Floorwatch %1: configuración efectiva</translation>
    </message>
    <message>
        <source>Precedence: command line &gt; config file &gt; user settings &gt; defaults.</source>
        <translation>Prioridad: línea de comandos &gt; archivo de configuración &gt; configuración del usuario &gt; valores predeterminados.</translation>
    </message>
    <message>
        <source>Config file:    %1</source>
        <translation>Archivo de configuración:  %1</translation>
    </message>
    <message>
        <source>(none; use --config FILE)</source>
        <translation>(ninguno; use --config ARCHIVO)</translation>
    </message>
    <message>
        <source>User settings:  %1</source>
        <translation>Configuración del usuario: %1</translation>
    </message>
    <message>
        <source>Access token:   %1</source>
        <translation>Token de acceso:           %1</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>ajuste</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>from</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>(an invalid value was ignored)</source>
        <translation>(se ignoró un valor no válido)</translation>
    </message>
    <message>
        <source>open %1/%2, idle %3/%4</source>
        <translation>abiertas %1/%2, inactivas %3/%4</translation>
    </message>
    <message>
        <source>Intercom API: %1</source>
        <translation>API de Intercom: %1</translation>
    </message>
    <message>
        <source>Active: always (the display is kept awake).</source>
        <translation>Activa: siempre (la pantalla se mantiene encendida).</translation>
    </message>
    <message>
        <source>Active: %1, %2 (local time); outside these hours a dim clock and no polling.</source>
        <translation>Activa: %1, %2 (hora local); fuera de ese horario, un reloj atenuado y sin consultas.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>todo el día</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>Kiosk settings are locked; %1 exits kiosk mode.</source>
        <translation>La configuración del quiosco está bloqueada; %1 sale del modo quiosco.</translation>
    </message>
</context>
<context>
    <name>KioskRunner</name>
    <message>
        <source>Floorwatch wall display during active hours</source>
        <translation>Pantalla de pared de Floorwatch durante el horario activo</translation>
    </message>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN; if Intercom refuses it, the keychain is asked.</source>
        <translation>Se usa el token de acceso de FLOORWATCH_ACCESS_TOKEN; si Intercom lo rechaza, se consulta el llavero.</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens 0 to %2); using the primary screen until it appears.</source>
        <translation>No existe la pantalla %1 (pantallas 0 a %2); se usa la pantalla principal hasta que aparezca.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>no llegaron datos para la captura de pantalla en 60 s</translation>
    </message>
</context>
<context>
    <name>KioskText</name>
    <message>
        <source>this user&apos;s Floorwatch settings</source>
        <translation>la configuración de Floorwatch de este usuario</translation>
    </message>
    <message>
        <source>%1 rate-limited — resuming at %2</source>
        <translation>%1 límite de solicitudes — se reanuda a las %2</translation>
    </message>
    <message>
        <source>%1 reconnecting — retrying in %2 s</source>
        <translation>%1 reconectando — nuevo intento en %2 s</translation>
    </message>
    <message>
        <source>%1 reconnecting…</source>
        <translation>%1 reconectando…</translation>
    </message>
    <message>
        <source>%1 reconnecting — no new numbers for %2 s</source>
        <translation>%1 reconectando — sin cifras nuevas desde hace %2 s</translation>
    </message>
    <message>
        <source>updated every %1 s</source>
        <translation>actualizado cada %1 s</translation>
    </message>
    <message>
        <source>Team %1 was not found</source>
        <translation>No se encontró el equipo %1</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted or belong to another workspace.</source>
        <translation>Intercom no conoce este equipo; es posible que se haya eliminado o que pertenezca a otro espacio de trabajo.</translation>
    </message>
    <message>
        <source>Correct kiosk/teams in %1.</source>
        <translation>Corrija kiosk/teams en %1.</translation>
    </message>
    <message>
        <source>%1 cannot be shown</source>
        <translation>No se puede mostrar %1</translation>
    </message>
    <message>
        <source>Check the settings in %1.</source>
        <translation>Revise la configuración en %1.</translation>
    </message>
    <message>
        <source>Intercom request id: %1</source>
        <translation>ID de solicitud de Intercom: %1</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Esperando las primeras cifras de Intercom…</translation>
    </message>
    <message>
        <source>%1 appears here as soon as Intercom answers.</source>
        <translation>%1 aparecerá aquí en cuanto Intercom responda.</translation>
    </message>
    <message>
        <source>This display needs to be re-authorised</source>
        <translation>Esta pantalla necesita volver a autorizarse</translation>
    </message>
    <message>
        <source>Intercom no longer accepts the access token stored on this computer: it was revoked or replaced.</source>
        <translation>Intercom ya no acepta el token de acceso guardado en este dispositivo: se revocó o se reemplazó.</translation>
    </message>
    <message>
        <source>This display needs to be authorised</source>
        <translation>Esta pantalla necesita autorizarse</translation>
    </message>
    <message>
        <source>No Intercom access token is stored on this computer for this display yet.</source>
        <translation>Todavía no hay ningún token de acceso de Intercom guardado en este dispositivo para esta pantalla.</translation>
    </message>
    <message>
        <source>To fix it, an admin signs in to this computer (%1, as user %2), for example over ssh, and runs:</source>
        <translation>Para solucionarlo, un administrador inicia sesión en este dispositivo (%1, como el usuario %2), por ejemplo por ssh, y ejecuta:</translation>
    </message>
    <message>
        <source>then pastes the access token of the workspace&apos;s Intercom app (Developer Hub → your app → Authentication) and presses Enter.</source>
        <translation>luego pega el token de acceso de la aplicación de Intercom del espacio de trabajo (Developer Hub → su aplicación → Authentication) y pulsa Intro.</translation>
    </message>
    <message>
        <source>This screen checks the keychain every %1 seconds and comes back by itself; nothing needs to be restarted.</source>
        <translation>Esta pantalla revisa el llavero cada %1 segundos y vuelve sola; no hay que reiniciar nada.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>espacio de trabajo %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>última comprobación a las %1</translation>
    </message>
    <message>
        <source>No teams are set for this display</source>
        <translation>No hay equipos configurados para esta pantalla</translation>
    </message>
    <message>
        <source>List the Intercom team ids to show in kiosk/teams in %1, or start Floorwatch with --team ID (once per team).</source>
        <translation>Indique los ID de los equipos de Intercom que se mostrarán en kiosk/teams en %1, o inicie Floorwatch con --team ID (una vez por equipo).</translation>
    </message>
    <message>
        <source>lists the teams of the workspace with their ids.</source>
        <translation>lista los equipos del espacio de trabajo con sus ID.</translation>
    </message>
    <message>
        <source>Floorwatch resumes at %1</source>
        <translation>Floorwatch se reanuda a las %1</translation>
    </message>
    <message>
        <source>Floorwatch resumes tomorrow at %1</source>
        <translation>Floorwatch se reanuda mañana a las %1</translation>
    </message>
    <message>
        <source>Floorwatch resumes on %1 at %2</source>
        <translation>Floorwatch se reanuda el %1 a las %2</translation>
    </message>
    <message>
        <source>%1  ·  %2 of %3</source>
        <translation>%1  ·  %2 de %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3+</source>
        <translation>%1 %2 con %3+</translation>
    </message>
    <message>
        <source>everyone below %1</source>
        <translation>todos por debajo de %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <source>%1 of %2 active</source>
        <translation>%1 de %2 activos</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abiertas</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inactivas</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>pospuestas</translation>
    </message>
    <message>
        <source>Most loaded</source>
        <translation>Con más carga</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>límite %1</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde las %1</translation>
    </message>
    <message>
        <source>The trend builds up over the shift.</source>
        <translation>La tendencia se forma a lo largo del turno.</translation>
    </message>
    <message>
        <source>This display tries again every %1 minutes; the other teams keep rotating.</source>
        <translation>Esta pantalla vuelve a intentarlo cada %1 minutos; los demás equipos siguen rotando.</translation>
    </message>
    <message>
        <source>+ %1 more, less loaded</source>
        <translation>+ %1 más, con menos carga</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Floorwatch wall display</source>
        <translation>Pantalla de pared de Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>%1 not shown</source>
        <translation>%1 sin mostrar</translation>
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
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Pinned teams</source>
        <translation>Equipos fijados</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Equipos…</translation>
    </message>
    <message>
        <source>Choose and pin teams (Ctrl+T)</source>
        <translation>Elegir y fijar equipos (Ctrl+T)</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inactiva tras</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Umbral de inactividad, minutos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Umbral de inactividad, segundos</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Actualizar cada</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Poll this team now (F5)</source>
        <translation>Consultar este equipo ahora (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>Elegir &amp;equipo…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Iniciar sesión…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Floorwatch</source>
        <translation>&amp;Acerca de Floorwatch</translation>
    </message>
    <message>
        <source>About Floorwatch</source>
        <translation>Acerca de Floorwatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;Live Intercom team load for support supervisors and wall displays.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;La carga de los equipos de Intercom en vivo, para supervisores de soporte y pantallas de pared.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 s)</translation>
    </message>
    <message>
        <source>(%1 s: the nearest Intercom allows)</source>
        <translation>(%1 s: el valor más cercano que admite Intercom)</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipo %1</translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>ID de equipo %1</translation>
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
        <translation>La dirección no tiene «state», así que Floorwatch no puede saber si pertenece a este inicio de sesión. Copie la dirección completa de la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <source>This address does not belong to the sign-in Floorwatch started (its state does not match), so it was refused. If you started signing in more than once, use the address from the last attempt.</source>
        <translation>Esta dirección no pertenece al inicio de sesión que comenzó Floorwatch (su «state» no coincide), por lo que se rechazó. Si comenzó a iniciar sesión más de una vez, use la dirección del último intento.</translation>
    </message>
    <message>
        <source>Intercom did not give Floorwatch access (%1). Start again and allow access, or ask an Intercom admin to install the app.</source>
        <translation>Intercom no dio acceso a Floorwatch (%1). Vuelva a empezar y permita el acceso, o pida a un administrador de Intercom que instale la aplicación.</translation>
    </message>
    <message>
        <source>The address has no authorization code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>La dirección no tiene código de autorización. Copie la dirección completa de la barra de direcciones del navegador después de permitir el acceso.</translation>
    </message>
</context>
<context>
    <name>OAuthRedirectListener</name>
    <message>
        <source>Floorwatch receives the sign-in only at a loopback address such as http://127.0.0.1:PORT/…, not at %1.</source>
        <translation>Floorwatch solo recibe el inicio de sesión en una dirección de bucle local como http://127.0.0.1:PORT/…, no en %1.</translation>
    </message>
    <message>
        <source>Floorwatch cannot receive the sign-in at %1:%2 (%3). Close the program that uses this port, or paste the address instead.</source>
        <translation>Floorwatch no puede recibir el inicio de sesión en %1:%2 (%3). Cierre el programa que usa este puerto o, en su lugar, pegue la dirección.</translation>
    </message>
    <message>
        <source>Floorwatch could not read this request.</source>
        <translation>Floorwatch no pudo leer esta solicitud.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>No encontrado.</translation>
    </message>
    <message>
        <source>Floorwatch received the authorization from Intercom. You can close this tab and return to Floorwatch.</source>
        <translation>Floorwatch recibió la autorización de Intercom. Puede cerrar esta pestaña y volver a Floorwatch.</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>No OAuth client id is set. Enter the client id of your organisation&apos;s Intercom app in the settings.</source>
        <translation>No se ha establecido ningún ID de cliente OAuth. Introduzca en la configuración el ID de cliente de la aplicación de Intercom de su organización.</translation>
    </message>
    <message>
        <source>The OAuth redirect address &quot;%1&quot; cannot be used: Intercom needs an https address, or http://127.0.0.1:PORT/… for Floorwatch to receive it itself.</source>
        <translation>No se puede usar la dirección de redirección OAuth «%1»: Intercom necesita una dirección https, o http://127.0.0.1:PUERTO/… para que Floorwatch la reciba por sí mismo.</translation>
    </message>
    <message>
        <source>This is not the address Intercom sent you to: it has no code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>Esta no es la dirección a la que Intercom le envió: no tiene código. Copie la dirección completa de la barra de direcciones del navegador después de permitir el acceso.</translation>
    </message>
    <message>
        <source>No sign-in with Intercom is in progress. Start it again, then use the address you are sent to.</source>
        <translation>No hay ningún inicio de sesión con Intercom en curso. Vuelva a iniciarlo y luego use la dirección a la que se le redirija.</translation>
    </message>
    <message>
        <source>This sign-in is already being completed.</source>
        <translation>Este inicio de sesión ya se está completando.</translation>
    </message>
    <message>
        <source>The OAuth client secret is not set. Enter it in the settings.</source>
        <translation>No se ha establecido el secreto de cliente OAuth. Introdúzcalo en la configuración.</translation>
    </message>
    <message>
        <source>The OAuth client secret could not be read from the keychain. %1</source>
        <translation>No se pudo leer el secreto de cliente OAuth del llavero. %1</translation>
    </message>
</context>
<context>
    <name>OAuthTokenExchange</name>
    <message>
        <source>Intercom did not answer in time while finishing the sign-in. Try again.</source>
        <translation>Intercom no respondió a tiempo al completar el inicio de sesión. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach Intercom to finish the sign-in (%1). Check the network connection and try again.</source>
        <translation>No se pudo conectar con Intercom para completar el inicio de sesión (%1). Compruebe la conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Intercom refused to finish the sign-in (%1): the client id or client secret is wrong, or the code was already used. Check the app&apos;s settings and sign in again.</source>
        <translation>Intercom se negó a completar el inicio de sesión (%1): el ID de cliente o el secreto de cliente es incorrecto, o el código ya se usó. Revise la configuración de la aplicación y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer had no access token; the sign-in did not finish.</source>
        <translation>La respuesta de Intercom no tenía token de acceso; no se completó el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>away: %1</source>
        <translation>ausente: %1</translation>
    </message>
    <message>
        <source>away</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>TEAMMATE</source>
        <translation>MIEMBRO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>ABIERTAS</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation>INACTIVAS</translation>
    </message>
    <message>
        <source>SNOOZED</source>
        <translation>POSPUESTAS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (team %2) · as of %3 · idle after %4 s
</source>
        <translation>%1 (equipo %2) · datos de las %3 · inactiva tras %4 s
</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPO</translation>
    </message>
    <message>
        <source>TEAMMATES</source>
        <translation>MIEMBROS</translation>
    </message>
    <message>
        <source>ASSIGNMENT LIMIT</source>
        <translation>LÍMITE DE ASIGNACIÓN</translation>
    </message>
</context>
<context>
    <name>Parsers</name>
    <message>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <source>the body is an HTML page, not JSON</source>
        <translation>el cuerpo es una página HTML, no JSON</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1 at byte %2)</source>
        <translation>el cuerpo no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>expected an object of type &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>se esperaba un objeto de tipo «%1», pero se recibió «%2»</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>no es una cadena</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>el cuerpo no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>«%1» no es una matriz</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not an object</source>
        <translation>«%1[%2]» no es un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>«%1» no es un ID válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>«%1» no es una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>«%1» no es true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«%1» no es un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (%2)</source>
        <translation>«%1» no es un número entero (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative (%2)</source>
        <translation>«%1» es negativo (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2)</source>
        <translation>«%1» es demasiado grande (%2)</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not a valid id</source>
        <translation>«%1[%2]» no es un ID válido</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is missing</source>
        <translation>falta «%1.admin_id»</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is not a valid id</source>
        <translation>«%1.admin_id» no es un ID válido</translation>
    </message>
    <message>
        <source>admin_id &quot;%1&quot; appears twice in the metrics</source>
        <translation>admin_id «%1» aparece dos veces en las métricas</translation>
    </message>
    <message>
        <source>&quot;app&quot; is missing</source>
        <translation>falta «app»</translation>
    </message>
    <message>
        <source>team id &quot;%1&quot; appears twice</source>
        <translation>el ID de equipo «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>admin id &quot;%1&quot; appears twice</source>
        <translation>el ID de administrador «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;%1.away_status_reason_id&quot; is not a valid id</source>
        <translation>«%1.away_status_reason_id» no es un ID válido</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>(request id: %1)</source>
        <translation>(ID de solicitud: %1)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>It must not contain spaces.</source>
        <translation>El valor no debe contener espacios.</translation>
    </message>
    <message>
        <source>The API version must not be empty: use 2.16, Preview or Unstable.</source>
        <translation>La versión de la API no puede estar vacía: use 2.16, Preview o Unstable.</translation>
    </message>
    <message>
        <source>The API version is too long.</source>
        <translation>La versión de la API es demasiado larga.</translation>
    </message>
    <message>
        <source>The API base URL must not start or end with spaces.</source>
        <translation>La URL base de la API no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>La URL base de la API no debe contener nombre de usuario ni contraseña.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>El valor es demasiado largo.</translation>
    </message>
    <message>
        <source>The redirect URL is not a valid URL.</source>
        <translation>La URL de redirección no es una URL válida.</translation>
    </message>
    <message>
        <source>The redirect URL must not contain a user name, password or fragment.</source>
        <translation>La URL de redirección no debe contener nombre de usuario, contraseña ni fragmento.</translation>
    </message>
    <message>
        <source>The redirect URL must use https (plain http only to this computer).</source>
        <translation>La URL de redirección debe usar https (http sin cifrar solo hacia este dispositivo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team id.</source>
        <translation>«%1» no es un ID de equipo.</translation>
    </message>
    <message>
        <source>At most %1 teams can be listed.</source>
        <translation>Se pueden indicar como máximo %1 equipos.</translation>
    </message>
    <message>
        <source>Team %1 is listed twice.</source>
        <translation>El equipo %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>El valor es demasiado grande.</translation>
    </message>
    <message>
        <source>Active hours look like 07:00-19:00 (24-hour clock, start and end differ).</source>
        <translation>El horario activo se escribe como 07:00-19:00 (formato de 24 horas, inicio y fin distintos).</translation>
    </message>
    <message>
        <source>Active days are day names or ranges such as mon-fri or sat, sun.</source>
        <translation>Los días activos son nombres de días o rangos como mon-fri o sat, sun.</translation>
    </message>
    <message>
        <source>The exit shortcut needs at least one of Ctrl, Alt, Shift or Meta and a key, e.g. Ctrl+Alt+Shift+Q.</source>
        <translation>El atajo de salida necesita al menos una de las teclas Ctrl, Alt, Shift o Meta y otra tecla, p. ej., Ctrl+Alt+Shift+Q.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Use true o false.</translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation>Use un número entero de %1 a %2.</translation>
    </message>
    <message>
        <source>Use a single text value.</source>
        <translation>Use un único valor de texto.</translation>
    </message>
    <message>
        <source>Use a list of text values.</source>
        <translation>Use una lista de valores de texto.</translation>
    </message>
    <message>
        <source>Use binary data.</source>
        <translation>Use datos binarios.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>Thresholds must be whole numbers from %1 to %2.</source>
        <translation>Los umbrales deben ser números enteros de %1 a %2.</translation>
    </message>
    <message>
        <source>The critical level for open conversations (%1) is below the warning level (%2).</source>
        <translation>El nivel crítico de conversaciones abiertas (%1) es menor que el nivel de advertencia (%2).</translation>
    </message>
    <message>
        <source>The critical level for idle conversations (%1) is below the warning level (%2).</source>
        <translation>El nivel crítico de conversaciones inactivas (%1) es menor que el nivel de advertencia (%2).</translation>
    </message>
    <message>
        <source>The settings version is managed by Floorwatch.</source>
        <translation>Floorwatch administra la versión de la configuración.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Floorwatch Settings</source>
        <translation>Configuración de Floorwatch</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Where your Intercom workspace is hosted</source>
        <translation>Dónde está alojado su espacio de trabajo de Intercom</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versión de la API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versión de la API</translation>
    </message>
    <message>
        <source>Sent to Intercom with every request; 2.16 is the stable version</source>
        <translation>Se envía a Intercom con cada solicitud; 2.16 es la versión estable</translation>
    </message>
    <message>
        <source>API version problem</source>
        <translation>Problema con la versión de la API</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Custom &amp;base URL:</source>
        <translation>URL &amp;base personalizada:</translation>
    </message>
    <message>
        <source>https://intercom-proxy.example.com</source>
        <translation>https://intercom-proxy.example.com</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <source>Custom base URL problem</source>
        <translation>Problema con la URL base personalizada</translation>
    </message>
    <message>
        <source>Replaces the region&apos;s server, e.g. for a proxy. Leave empty to use the region.</source>
        <translation>Reemplaza el servidor de la región, p. ej., para un proxy. Déjelo vacío para usar la región.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Poll e&amp;very:</source>
        <translation>Consultar &amp;cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta en segundos</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>&amp;Inactiva tras:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Umbral de inactividad, minutos</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Umbral de inactividad, segundos</translation>
    </message>
    <message>
        <source>Effective idle threshold</source>
        <translation>Umbral de inactividad efectivo</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Umbrales</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Advertencia desde</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>Crítico desde</translation>
    </message>
    <message>
        <source>&amp;Open conversations:</source>
        <translation>C&amp;onversaciones abiertas:</translation>
    </message>
    <message>
        <source>Open conversations, warning level</source>
        <translation>Conversaciones abiertas, nivel de advertencia</translation>
    </message>
    <message>
        <source>Open conversations, critical level</source>
        <translation>Conversaciones abiertas, nivel crítico</translation>
    </message>
    <message>
        <source>I&amp;dle conversations:</source>
        <translation>Conversaciones inac&amp;tivas:</translation>
    </message>
    <message>
        <source>Idle conversations, warning level</source>
        <translation>Conversaciones inactivas, nivel de advertencia</translation>
    </message>
    <message>
        <source>Idle conversations, critical level</source>
        <translation>Conversaciones inactivas, nivel crítico</translation>
    </message>
    <message>
        <source>Thresholds problem</source>
        <translation>Problema con los umbrales</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Botones del cuadro de diálogo</translation>
    </message>
    <message>
        <source>United States (api.intercom.io)</source>
        <translation>Estados Unidos (api.intercom.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.intercom.io)</source>
        <translation>Europa (api.eu.intercom.io)</translation>
    </message>
    <message>
        <source>Australia (api.au.intercom.io)</source>
        <translation>Australia (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the shortest threshold Intercom accepts.</source>
        <translation>Inactiva tras %1 min %2 s (%3 s): el umbral más corto que acepta Intercom.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the longest threshold Intercom accepts.</source>
        <translation>Inactiva tras %1 min %2 s (%3 s): el umbral más largo que acepta Intercom.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s)</source>
        <translation>Inactiva tras %1 min %2 s (%3 s)</translation>
    </message>
    <message>
        <source>Thresholds for the team on screen only</source>
        <translation>Umbrales solo para el equipo en pantalla</translation>
    </message>
    <message>
        <source>Use these thresholds for %1 only</source>
        <translation>Usar estos umbrales solo para %1</translation>
    </message>
</context>
<context>
    <name>SettingsStores</name>
    <message>
        <source>The configuration file %1 does not exist or cannot be read.</source>
        <translation>El archivo de configuración %1 no existe o no se puede leer.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>El archivo de configuración %1 no es un archivo INI válido.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>No access token was given on standard input. Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter.</source>
        <translation>No se proporcionó ningún token de acceso en la entrada estándar. Pegue el token de acceso de su aplicación de Intercom (Developer Hub → su aplicación → Authentication) y pulse Intro.</translation>
    </message>
    <message>
        <source>Intercom accepted the token, but the system keychain could not keep it: %1 Nothing was saved.</source>
        <translation>Intercom aceptó el token, pero el llavero del sistema no pudo guardarlo: %1 No se guardó nada.</translation>
    </message>
    <message>
        <source>Signed in to %1 (workspace %2, region %3). The access token is in the system keychain; a wall display on this computer picks it up within a minute.</source>
        <translation>Sesión iniciada en %1 (espacio de trabajo %2, región %3). El token de acceso está en el llavero del sistema; una pantalla de pared en este dispositivo lo tomará en menos de un minuto.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN, not the one stored in the keychain for workspace %1.</source>
        <translation>Se usa el token de acceso de FLOORWATCH_ACCESS_TOKEN, no el guardado en el llavero para el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Sesión iniciada en %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 for this run only.</source>
        <translation>Sesión iniciada en %1 solo para esta sesión.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Sesión cerrada.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Intercom</source>
        <translation>Iniciar sesión en Intercom</translation>
    </message>
    <message>
        <source>Floorwatch reads your team&apos;s load with the access token of a private Intercom app. To find it, open Intercom&apos;s Developer Hub, choose your app, then Authentication, and copy the access token. The app needs the read_admins permission. The token is kept in the system keychain only.</source>
        <translation>Floorwatch lee la carga de su equipo con el token de acceso de una aplicación privada de Intercom. Para encontrarlo, abra el Developer Hub de Intercom, elija su aplicación, luego Authentication, y copie el token de acceso. La aplicación necesita el permiso read_admins. El token se guarda solo en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Pegue aquí el token de acceso</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>The access token of your Intercom app; it is hidden as you type</source>
        <translation>El token de acceso de su aplicación de Intercom; se oculta mientras escribe</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>Check the access token</source>
        <translation>Comprobar el token de acceso</translation>
    </message>
    <message>
        <source>Checking with Intercom</source>
        <translation>Comprobando con Intercom</translation>
    </message>
    <message>
        <source>Intercom accepted the token</source>
        <translation>Intercom aceptó el token</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espacio de trabajo:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation>Token de:</translation>
    </message>
    <message>
        <source>Admin the token belongs to</source>
        <translation>Administrador al que pertenece el token</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Use this token for this run only (it is not saved; you sign in again next time)</source>
        <translation>&amp;Usar este token solo en esta sesión (no se guarda; la próxima vez volverá a iniciar sesión)</translation>
    </message>
    <message>
        <source>Use this token for this run only</source>
        <translation>Usar este token solo en esta sesión</translation>
    </message>
    <message>
        <source>Sign in with Intercom (OAuth)</source>
        <translation>Iniciar sesión con Intercom (OAuth)</translation>
    </message>
    <message>
        <source>Your organisation registered its own Intercom app. Sign in in the browser and allow access. If Floorwatch does not continue by itself, paste the address the browser ended on below.</source>
        <translation>Su organización registró su propia aplicación de Intercom. Inicie sesión en el navegador y permita el acceso. Si Floorwatch no continúa por sí solo, pegue abajo la dirección en la que terminó el navegador.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Intercom…</source>
        <translation>Iniciar sesión con &amp;Intercom…</translation>
    </message>
    <message>
        <source>Sign in with Intercom in the browser</source>
        <translation>Iniciar sesión con Intercom en el navegador</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>Paste the address you were redirected to</source>
        <translation>Pegue la dirección a la que se le redirigió</translation>
    </message>
    <message>
        <source>Address you were redirected to</source>
        <translation>Dirección a la que se le redirigió</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue with the pasted address</source>
        <translation>Continuar con la dirección pegada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar el inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Iniciar &amp;sesión</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Opening Intercom in your browser…</source>
        <translation>Abriendo Intercom en su navegador…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicada</translation>
    </message>
    <message>
        <source>%1, through the custom API address %2</source>
        <translation>%1, a través de la dirección de API personalizada %2</translation>
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
        <translation>Esperando a Intercom. Permita el acceso en el navegador; si Floorwatch no continúa por sí solo, pegue arriba la dirección en la que terminó el navegador.</translation>
    </message>
    <message>
        <source>Floorwatch could not open a browser. Open this address yourself: %1</source>
        <translation>Floorwatch no pudo abrir un navegador. Abra usted mismo esta dirección: %1</translation>
    </message>
    <message>
        <source>Intercom gave access; checking the token…</source>
        <translation>Intercom dio acceso; comprobando el token…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Intercom refused this access token: it is not valid, has been revoked, or belongs to a workspace in another region. Copy it again from the Developer Hub (your app → Authentication). Nothing was saved.</source>
        <translation>Intercom rechazó este token de acceso: no es válido, se revocó o pertenece a un espacio de trabajo de otra región. Cópielo de nuevo desde el Developer Hub (su aplicación → Authentication). No se guardó nada.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Primero pegue el token de acceso.</translation>
    </message>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>No se ha establecido ninguna dirección de la API de Intercom.</translation>
    </message>
</context>
<context>
    <name>SimApp</name>
    <message>
        <source>round robin</source>
        <translation>rotación (round robin)</translation>
    </message>
    <message>
        <source>load balanced</source>
        <translation>balanceo de carga</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: %2 teammates in %3 teams, simulated time %4</source>
        <translation>Espacio de trabajo «%1»: %2 miembros en %3 equipos, hora simulada %4</translation>
    </message>
    <message>
        <source>  team %1  %2 (%3 teammates, %4</source>
        <translation>  equipo %1  %2 (%3 miembros, %4</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, límite %1</translation>
    </message>
    <message>
        <source>  metrics restricted</source>
        <translation>  métricas restringidas</translation>
    </message>
    <message>
        <source>Try &apos;floorwatch-sim --help&apos; for more information.</source>
        <translation>Pruebe «floorwatch-sim --help» para más información.</translation>
    </message>
    <message>
        <source>warning: --restricted-team %1 is not a team of this workspace</source>
        <translation>advertencia: --restricted-team %1 no es un equipo de este espacio de trabajo</translation>
    </message>
    <message>
        <source>floorwatch-sim: cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>floorwatch-sim: no se puede escuchar en 127.0.0.1, puerto %1: %2</translation>
    </message>
    <message>
        <source>Serves a simulated Intercom workspace on 127.0.0.1 for Floorwatch: teams, teammates and conversations that change over a simulated working day, behind the same REST endpoints, errors and rate limits as Intercom, with faults on demand.</source>
        <translation>Sirve a Floorwatch un espacio de trabajo de Intercom simulado en 127.0.0.1: equipos, miembros y conversaciones que cambian a lo largo de una jornada laboral simulada, detrás de los mismos endpoints REST, errores y límites de solicitudes que Intercom, con fallos a demanda.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one.</source>
        <translation>Puerto TCP en 127.0.0.1; 0 elige uno libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Access token clients must send as a bearer token. Default: the FLOORWATCH_SIM_TOKEN environment variable.</source>
        <translation>Token de acceso que los clientes deben enviar como token bearer. Predeterminado: la variable de entorno FLOORWATCH_SIM_TOKEN.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Seed of the simulation; the same seed gives the same workspace.</source>
        <translation>Semilla de la simulación; la misma semilla da el mismo espacio de trabajo.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Number of teams.</source>
        <translation>Número de equipos.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Teammates in each team.</source>
        <translation>Miembros por equipo.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second, e.g. 30 for a demo.</source>
        <translation>Segundos simulados por segundo real, p. ej., 30 para una demostración.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>factor</translation>
    </message>
    <message>
        <source>Simulated time of day when serving starts (HH:MM).</source>
        <translation>Hora simulada del día al empezar a servir (HH:MM).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>Requests allowed per minute, enforced per 10-second window (a sixth each).</source>
        <translation>Solicitudes permitidas por minuto, aplicadas por ventana de 10 segundos (una sexta parte cada una).</translation>
    </message>
    <message>
        <source>Answer 403 api_plan_restricted on this team&apos;s metrics. Repeatable.</source>
        <translation>Responder 403 api_plan_restricted a las métricas de este equipo. Se puede repetir.</translation>
    </message>
    <message>
        <source>team-id</source>
        <translation>id-equipo</translation>
    </message>
    <message>
        <source>The workspace lacks real-time monitoring: 403 on all metrics.</source>
        <translation>El espacio de trabajo no tiene supervisión en tiempo real: 403 en todas las métricas.</translation>
    </message>
    <message>
        <source>Fault: delay every reply by this many milliseconds.</source>
        <translation>Fallo: retrasar cada respuesta esta cantidad de milisegundos.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Fault: accept requests and never answer them.</source>
        <translation>Fallo: aceptar las solicitudes y no responderlas nunca.</translation>
    </message>
    <message>
        <source>Fault: answer this share of requests (0 to 1) with 500, 502, 503 or 504.</source>
        <translation>Fallo: responder a esta proporción de solicitudes (0 a 1) con 500, 502, 503 o 504.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>proporción</translation>
    </message>
    <message>
        <source>Fault: the next this many requests get 429 rate_limit_exceeded.</source>
        <translation>Fallo: esta cantidad de solicitudes siguientes recibe 429 rate_limit_exceeded.</translation>
    </message>
    <message>
        <source>Fault: repeat the 429 burst every this many seconds.</source>
        <translation>Fallo: repetir la ráfaga de 429 cada esta cantidad de segundos.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Fault: truncated (Content-Length larger than the body, then the connection closes), malformed-json, html-502, html-200 or redirect-http.</source>
        <translation>Fallo: truncated (Content-Length mayor que el cuerpo y luego se cierra la conexión), malformed-json, html-502, html-200 o redirect-http.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Apply faults to /teams/{id}/metrics only, not to every API path.</source>
        <translation>Aplicar los fallos solo a /teams/{id}/metrics, no a todas las rutas de la API.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 debe ser un número de %2 a %3</translation>
    </message>
    <message>
        <source>--start-time must be a time of day such as 09:15</source>
        <translation>--start-time debe ser una hora del día como 09:15</translation>
    </message>
    <message>
        <source>--body-fault must be one of: none, truncated, malformed-json, html-502, html-200, redirect-http</source>
        <translation>--body-fault debe ser uno de estos valores: none, truncated, malformed-json, html-502, html-200, redirect-http</translation>
    </message>
    <message>
        <source>an access token is required: pass --token or set FLOORWATCH_SIM_TOKEN</source>
        <translation>se necesita un token de acceso: pase --token o establezca FLOORWATCH_SIM_TOKEN</translation>
    </message>
    <message>
        <source>--rate-limit-burst-every needs --rate-limit-burst to say how many requests get 429</source>
        <translation>--rate-limit-burst-every necesita --rate-limit-burst para indicar cuántas solicitudes reciben 429</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Mostrar los detalles del error</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Pick a team…</source>
        <translation>Elegir un equipo…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Estado HTTP: %1</translation>
    </message>
    <message>
        <source>Intercom error code: %1</source>
        <translation>Código de error de Intercom: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalle: %1</translation>
    </message>
    <message>
        <source>Failed attempts in a row: %1</source>
        <translation>Intentos fallidos seguidos: %1</translation>
    </message>
    <message>
        <source>Rate-limited by Intercom: paused until %1 (%2 s).</source>
        <translation>Límite de solicitudes de Intercom: en pausa hasta las %1 (%2 s).</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s. %2</source>
        <translation>Sin conexión — nuevo intento en %1 s. %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nuevo intento en %2 s.</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Active · away</source>
        <translation>Activos · ausentes</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>Capacidad en uso</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation(s)</source>
        <translation>
            <numerusform>%n conversación abierta</numerusform>
            <numerusform>%n conversaciones abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation(s)</source>
        <translation>
            <numerusform>%n conversación inactiva</numerusform>
            <numerusform>%n conversaciones inactivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s)</source>
        <translation>
            <numerusform>%n conversación pospuesta</numerusform>
            <numerusform>%n conversaciones pospuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 teammates active, %2 away</source>
        <translation>Miembros activos: %1, ausentes: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Capacity in use (%1 of %2)</source>
        <translation>Capacidad en uso (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <source>Choose a team</source>
        <translation>Elegir un equipo</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Buscar equipos</translation>
    </message>
    <message>
        <source>Teams; tick a team to pin it as a tab</source>
        <translation>Equipos; marque un equipo para fijarlo como pestaña</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Cargando equipos…</translation>
    </message>
    <message>
        <source>Tick teams to keep them as tabs; double-click or press Enter to open one.</source>
        <translation>Marque equipos para mantenerlos como pestañas; haga doble clic o pulse Intro para abrir uno.</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n teammate(s)</source>
        <translation>
            <numerusform>%1  ·  %n miembro</numerusform>
            <numerusform>%1  ·  %n miembros</numerusform>
        </translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>ID de equipo %1</translation>
    </message>
    <message>
        <source>This workspace has no teams.</source>
        <translation>Este espacio de trabajo no tiene equipos.</translation>
    </message>
</context>
<context>
    <name>TeamSnapshot</name>
    <message>
        <source>Teammate %1</source>
        <translation>Miembro %1</translation>
    </message>
</context>
<context>
    <name>TeammateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Pospuestas</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Since change</source>
        <translation>Desde el cambio</translation>
    </message>
    <message>
        <source>Open conversations assigned to the teammate</source>
        <translation>Conversaciones abiertas asignadas al miembro del equipo</translation>
    </message>
    <message>
        <source>Open conversations waiting for a reply longer than the idle threshold</source>
        <translation>Conversaciones abiertas que esperan una respuesta más tiempo que el umbral de inactividad</translation>
    </message>
    <message>
        <source>Snoozed conversations</source>
        <translation>Conversaciones pospuestas</translation>
    </message>
    <message>
        <source>Open conversations as a share of the team&apos;s assignment limit</source>
        <translation>Conversaciones abiertas en relación con el límite de asignación del equipo</translation>
    </message>
    <message>
        <source>Time since the teammate&apos;s open, idle or snoozed counts last changed</source>
        <translation>Tiempo desde el último cambio en las conversaciones abiertas, inactivas o pospuestas</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Away · %1</source>
        <translation>Ausente · %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 — critical, at or above %2</source>
        <translation>%1 — crítico, a partir de %2</translation>
    </message>
    <message>
        <source>%1 — warning, at or above %2</source>
        <translation>%1 — advertencia, a partir de %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — not in the teammate directory yet</source>
        <translation>%1 — todavía no está en el directorio del equipo</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>Ausente: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation</source>
        <translation>
            <numerusform>%n conversación abierta</numerusform>
            <numerusform>%n conversaciones abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conversations</source>
        <translation>
            <numerusform>%n conversación abierta</numerusform>
            <numerusform>%n conversaciones abiertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation</source>
        <translation>
            <numerusform>%n conversación inactiva</numerusform>
            <numerusform>%n conversaciones inactivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversations</source>
        <translation>
            <numerusform>%n conversación inactiva</numerusform>
            <numerusform>%n conversaciones inactivas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation</source>
        <translation>
            <numerusform>%n conversación pospuesta</numerusform>
            <numerusform>%n conversaciones pospuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversations</source>
        <translation>
            <numerusform>%n conversación pospuesta</numerusform>
            <numerusform>%n conversaciones pospuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the assignment limit of %2 (%3 %)</source>
        <translation>%1 de un límite de asignación de %2 (%3 %)</translation>
    </message>
    <message>
        <source>This team has no assignment limit</source>
        <translation>Este equipo no tiene límite de asignación</translation>
    </message>
    <message>
        <source>Counts changed just now</source>
        <translation>Las cifras acaban de cambiar</translation>
    </message>
    <message>
        <source>Counts last changed %1 ago</source>
        <translation>Las cifras cambiaron por última vez hace %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>&quot;%1&quot; cannot name a workspace.</source>
        <translation>«%1» no puede designar un espacio de trabajo.</translation>
    </message>
    <message>
        <source>There is no access token to store.</source>
        <translation>No hay ningún token de acceso para guardar.</translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>el llavero de macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>el Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>a Secret Service keyring such as GNOME Keyring or KWallet</source>
        <translation>un llavero de Secret Service como GNOME Keyring o KWallet</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Mensaje del llavero: %1)</translation>
    </message>
    <message>
        <source>No access token is stored for this workspace. If you signed in before, the keyring may be locked, which looks the same: unlock it and try again, or sign in again.</source>
        <translation>No hay ningún token de acceso guardado para este espacio de trabajo. Si ya inició sesión antes, es posible que el llavero esté bloqueado, lo que se ve igual: desbloquéelo y vuelva a intentarlo, o vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>No keychain is available: Floorwatch stores the access token only in the system keychain (%1). Install or unlock one and try again, or use the token for this run only; it is never written to disk.</source>
        <translation>No hay ningún llavero disponible: Floorwatch guarda el token de acceso solo en el llavero del sistema (%1). Instale o desbloquee uno y vuelva a intentarlo, o use el token solo en esta sesión; nunca se escribe en el disco.</translation>
    </message>
    <message>
        <source>Floorwatch was not allowed to use the keychain (%1). Unlock it or allow access when asked, then try again, or use the token for this run only.</source>
        <translation>No se permitió a Floorwatch usar el llavero (%1). Desbloquéelo o permita el acceso cuando se le pida y vuelva a intentarlo, o use el token solo en esta sesión.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>El llavero informó de un error.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Pruebe --help.</translation>
    </message>
    <message>
        <source>--config is read by the wall display (--kiosk, or kiosk/enabled=true in it); this window uses your own settings.</source>
        <translation>La pantalla de pared lee --config (--kiosk, o kiosk/enabled=true en ese archivo); esta ventana usa su propia configuración.</translation>
    </message>
    <message>
        <source>No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN to a private app&apos;s access token, or try --demo.</source>
        <translation>No hay token de acceso: establezca la variable de entorno FLOORWATCH_ACCESS_TOKEN con el token de acceso de una aplicación privada, o pruebe --demo.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se pudo escribir %1</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>no llegaron datos para la captura de pantalla en 60 s</translation>
    </message>
</context>
</TS>
