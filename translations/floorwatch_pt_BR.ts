<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>ApiConfig</name>
    <message>
        <source>Unknown region &quot;%1&quot;: use us, eu or au.</source>
        <translation>Região &quot;%1&quot; desconhecida: use us, eu ou au.</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; was refused: %2</source>
        <translation>A URL base da API &quot;%1&quot; foi recusada: %2</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>não é uma URL válida.</translation>
    </message>
    <message>
        <source>it must not contain a user name or password.</source>
        <translation>não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>it must not contain a query or fragment.</source>
        <translation>não pode conter consulta (?) nem fragmento (#).</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>http sem criptografia só é permitido para este computador (127.0.0.1, ::1 ou localhost); use https.</translation>
    </message>
    <message>
        <source>the scheme must be https.</source>
        <translation>o esquema precisa ser https.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>status HTTP inesperado %1</translation>
    </message>
    <message>
        <source>Intercom did not accept the access token: it is invalid or has been revoked. Sign in again with a valid token.</source>
        <translation>O Intercom não aceitou o token de acesso: ele é inválido ou foi revogado. Entre novamente com um token válido.</translation>
    </message>
    <message>
        <source>Real-time monitoring is not enabled for this Intercom workspace. Ask an Intercom admin to enable the realtime_monitoring feature.</source>
        <translation>O monitoramento em tempo real não está ativado neste espaço de trabalho do Intercom. Peça a um administrador do Intercom para ativar o recurso realtime_monitoring.</translation>
    </message>
    <message>
        <source>Intercom refused access (%1). Ask an Intercom admin to give the app the read_admins scope and to enable real-time monitoring.</source>
        <translation>O Intercom recusou o acesso (%1). Peça a um administrador do Intercom para conceder ao app a permissão read_admins e ativar o monitoramento em tempo real.</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted. Pick another team.</source>
        <translation>O Intercom não conhece esta equipe; talvez ela tenha sido excluída. Escolha outra equipe.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused until %1.</source>
        <translation>O limite de requisições do Intercom foi atingido; pausado até %1.</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused for a moment.</source>
        <translation>O limite de requisições do Intercom foi atingido; pausado por um momento.</translation>
    </message>
    <message>
        <source>Intercom had a server error (HTTP %1); retrying later.</source>
        <translation>O Intercom teve um erro no servidor (HTTP %1); nova tentativa em breve.</translation>
    </message>
    <message>
        <source>Could not reach Intercom (%1); check the network connection.</source>
        <translation>Não foi possível acessar o Intercom (%1); verifique a conexão de rede.</translation>
    </message>
    <message>
        <source>Intercom did not answer in time; retrying.</source>
        <translation>O Intercom não respondeu a tempo; tentando novamente.</translation>
    </message>
    <message>
        <source>The secure connection to Intercom failed (%1). Check the system clock, proxy and certificates.</source>
        <translation>A conexão segura com o Intercom falhou (%1). Verifique o relógio do sistema, o proxy e os certificados.</translation>
    </message>
    <message>
        <source>Intercom sent a response Floorwatch cannot use: %1.</source>
        <translation>O Intercom enviou uma resposta que o Floorwatch não consegue usar: %1.</translation>
    </message>
    <message>
        <source>Intercom does not accept the API version %1. Choose 2.16 (stable) or Preview.</source>
        <translation>O Intercom não aceita a versão da API %1. Escolha 2.16 (estável) ou Preview.</translation>
    </message>
    <message>
        <source>that was sent</source>
        <translation>da requisição</translation>
    </message>
    <message>
        <source>Intercom rejected the request (%1).</source>
        <translation>O Intercom rejeitou a requisição (%1).</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Open, not idle</source>
        <translation>Abertas, não inativas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inativas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Load per teammate</source>
        <translation>Carga por colega de equipe</translation>
    </message>
    <message>
        <source>Open, idle and snoozed conversations per teammate</source>
        <translation>Conversas abertas, inativas e adiadas por colega de equipe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Trend over the shift</source>
        <translation>Tendência ao longo do turno</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message numerus="yes">
        <source>+%n more teammate(s) (see the table)</source>
        <translation>
            <numerusform>+%n colega a mais (veja a tabela)</numerusform>
            <numerusform>+%n colegas a mais (veja a tabela)</numerusform>
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
        <translation>Códigos de saída:
  0  sucesso
  2  erro de uso ou de configuração
  3  não autorizado: o token de acesso é inválido ou foi revogado
  4  proibido: o monitoramento em tempo real ou uma permissão não está ativado
  5  equipe não encontrada
  6  limite de requisições atingido
  7  erro de rede, de tempo limite, de TLS ou do servidor
  8  resposta inválida do servidor

O token de acesso é lido da variável de ambiente FLOORWATCH_ACCESS_TOKEN (nunca da linha de comando).</translation>
    </message>
    <message>
        <source>Floorwatch shows, live, how many Intercom conversations each teammate has open, idle and snoozed.</source>
        <translation>O Floorwatch mostra ao vivo quantas conversas do Intercom cada colega de equipe tem abertas, inativas e adiadas.</translation>
    </message>
    <message>
        <source>Use the built-in simulated workspace instead of Intercom (no account or network needed).</source>
        <translation>Usar o espaço de trabalho simulado integrado em vez do Intercom (sem necessidade de conta ou rede).</translation>
    </message>
    <message>
        <source>Fetch once, print to standard output and exit. Format: table (default), json or csv. Without --team, lists the teams.</source>
        <translation>Buscar uma vez, escrever na saída padrão e sair. Formato: table (padrão), json ou csv. Sem --team, lista as equipes.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>The Intercom team id. With --kiosk it may be given several times: the display rotates across the teams.</source>
        <translation>O ID da equipe no Intercom. Com --kiosk, pode ser informado várias vezes: a tela alterna entre as equipes.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Seconds after which a waiting conversation counts as idle (1-86400, default 1800).</source>
        <translation>Segundos após os quais uma conversa aguardando conta como inativa (1-86400, padrão 1800).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Seconds between two polls of a team (at least 5, default 15).</source>
        <translation>Segundos entre duas consultas de uma equipe (no mínimo 5, padrão 15).</translation>
    </message>
    <message>
        <source>The workspace&apos;s region: us (default), eu or au.</source>
        <translation>A região do espaço de trabalho: us (padrão), eu ou au.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>região</translation>
    </message>
    <message>
        <source>A custom API address (https, or http to this computer only).</source>
        <translation>Um endereço de API personalizado (https, ou http somente para este computador).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The Intercom-Version header: 2.16 (default), Preview or Unstable.</source>
        <translation>O cabeçalho Intercom-Version: 2.16 (padrão), Preview ou Unstable.</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versão</translation>
    </message>
    <message>
        <source>Once the first data is drawn, save the window as a PNG image and exit.</source>
        <translation>Assim que os primeiros dados forem desenhados, salvar a janela como imagem PNG e sair.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1280x800.</source>
        <translation>O tamanho da janela, por exemplo 1280x800.</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxA</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>Cores: system, light ou dark.</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Wall display: full screen, no menus or dialogs, rotating across the teams; settings are locked. Also kiosk/enabled=true in the config file.</source>
        <translation>Painel de parede: tela cheia, sem menus nem caixas de diálogo, alternando entre as equipes; as configurações ficam bloqueadas. Também kiosk/enabled=true no arquivo de configuração.</translation>
    </message>
    <message>
        <source>With --kiosk: the screen to use, 0 for the first (default 0).</source>
        <translation>Com --kiosk: a tela a usar, 0 para a primeira (padrão 0).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --kiosk: seconds each team stays on screen (5-3600, default 20).</source>
        <translation>Com --kiosk: segundos que cada equipe fica na tela (5-3600, padrão 20).</translation>
    </message>
    <message>
        <source>An INI file with settings for this machine (for fleets). Precedence: command line &gt; this file &gt; the user&apos;s settings &gt; defaults.</source>
        <translation>Um arquivo INI com configurações para este computador (para implantação em muitas máquinas). Precedência: linha de comando &gt; este arquivo &gt; configurações do usuário &gt; padrões.</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value comes from, then exit. Never prints a secret.</source>
        <translation>Mostrar a configuração efetiva e de onde vem cada valor, e sair. Nunca mostra um segredo.</translation>
    </message>
    <message>
        <source>Read an access token from standard input (not shown on a terminal), check it with Intercom and keep it in the system keychain for this user; for displays reached over ssh. Exit code 0 when stored, 3 when Intercom refuses the token, 2 when there is no token or no keychain, 7 when Intercom cannot be reached.</source>
        <translation>Ler um token de acesso da entrada padrão (não exibido no terminal), verificá-lo com o Intercom e guardá-lo no chaveiro do sistema para este usuário; para painéis acessados por ssh. Código de saída 0 quando guardado, 3 quando o Intercom recusa o token, 2 quando não há token ou chaveiro, 7 quando não é possível acessar o Intercom.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use table, json or csv.</source>
        <translation>Formato de saída &quot;%1&quot; desconhecido: use table, json ou csv.</translation>
    </message>
    <message>
        <source>--team needs a team id.</source>
        <translation>--team precisa de um ID de equipe.</translation>
    </message>
    <message>
        <source>--config needs a file name.</source>
        <translation>--config precisa de um nome de arquivo.</translation>
    </message>
    <message>
        <source>--screen must be a screen number from 0 to 64.</source>
        <translation>--screen precisa ser um número de tela de 0 a 64.</translation>
    </message>
    <message>
        <source>--rotate must be a whole number of seconds from 5 to 3600.</source>
        <translation>--rotate precisa ser um número inteiro de segundos de 5 a 3600.</translation>
    </message>
    <message>
        <source>--sign-in cannot be combined with --print, --kiosk, --demo, --screenshot or --dump-config.</source>
        <translation>--sign-in não pode ser combinado com --print, --kiosk, --demo, --screenshot ou --dump-config.</translation>
    </message>
    <message>
        <source>--print cannot be combined with --kiosk or --dump-config.</source>
        <translation>--print não pode ser combinado com --kiosk ou --dump-config.</translation>
    </message>
    <message>
        <source>--idle-threshold must be a whole number of seconds.</source>
        <translation>--idle-threshold precisa ser um número inteiro de segundos.</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds, at least 5.</source>
        <translation>--interval precisa ser um número inteiro de segundos, no mínimo 5.</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme precisa ser system, light ou dark.</translation>
    </message>
    <message>
        <source>--window-size must look like 1280x800 (at least 320x240).</source>
        <translation>--window-size precisa ter o formato 1280x800 (no mínimo 320x240).</translation>
    </message>
    <message>
        <source>Use either --region or --api-base-url, not both.</source>
        <translation>Use --region ou --api-base-url, não os dois.</translation>
    </message>
    <message>
        <source>--api-version needs a value.</source>
        <translation>--api-version precisa de um valor.</translation>
    </message>
    <message>
        <source>The language of the user interface: de, en, es, fr, ja or pt_BR. Default: the language chosen in the settings, else the system&apos;s.</source>
        <translation>O idioma da interface: de, en, es, fr, ja ou pt_BR. Padrão: o idioma escolhido nas configurações ou, se não houver, o do sistema.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, en, es, fr, ja or pt_BR.</source>
        <translation>Idioma &quot;%1&quot; desconhecido: use de, en, es, fr, ja ou pt_BR.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Filter teammates by name or status</source>
        <translation>Filtrar colegas por nome ou status</translation>
    </message>
    <message>
        <source>Filter teammates</source>
        <translation>Filtrar colegas</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>Colegas de equipe</translation>
    </message>
    <message>
        <source>Floorwatch</source>
        <translation>Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
    </message>
    <message>
        <source>Choose a team to see how loaded each teammate is.</source>
        <translation>Escolha uma equipe para ver a carga de cada colega.</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Aguardando os primeiros números do Intercom…</translation>
    </message>
    <message>
        <source>Total  ·  %1 open  ·  %2 idle  ·  %3 snoozed  ·  %4 active, %5 away</source>
        <translation>Total  ·  abertas: %1  ·  inativas: %2  ·  adiadas: %3  ·  ativos: %4, ausentes: %5</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>Tendência: %1</translation>
    </message>
    <message>
        <source>Team trend over the shift</source>
        <translation>Tendência da equipe ao longo do turno</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Ainda não há dados</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
    <message>
        <source>⚠ Stale — %1</source>
        <translation>⚠ Desatualizado — %1</translation>
    </message>
</context>
<context>
    <name>DemoBackend</name>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>O espaço de trabalho de demonstração não pôde ser iniciado: %1</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>as of %1</source>
        <translation>dados das %1</translation>
    </message>
</context>
<context>
    <name>IntercomClient</name>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Nenhum endereço de API do Intercom foi definido.</translation>
    </message>
    <message>
        <source>No Intercom access token is set.</source>
        <translation>Nenhum token de acesso do Intercom foi definido.</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB</source>
        <translation>a resposta é maior que %1 MiB</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not the same secure host</source>
        <translation>o servidor redirecionou para %1, que não é o mesmo host seguro</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>nenhuma resposta completa em %1 s</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that was not followed</source>
        <translation>o servidor respondeu com um redirecionamento (HTTP %1) que não foi seguido</translation>
    </message>
</context>
<context>
    <name>KioskCommands</name>
    <message>
        <source>the demo&apos;s own, made up for each run</source>
        <translation>o da própria demonstração, inventado a cada execução</translation>
    </message>
    <message>
        <source>from the environment variable FLOORWATCH_ACCESS_TOKEN (not shown)</source>
        <translation>da variável de ambiente FLOORWATCH_ACCESS_TOKEN (não exibido)</translation>
    </message>
    <message>
        <source>in the system keychain under workspace %1 (not shown)</source>
        <translation>no chaveiro do sistema, no espaço de trabalho %1 (não exibido)</translation>
    </message>
    <message>
        <source>none yet: run floorwatch --sign-in on this computer</source>
        <translation>nenhum ainda: execute floorwatch --sign-in neste computador</translation>
    </message>
    <message>
        <source>Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter; it is not shown:</source>
        <translation>Cole o token de acesso do seu app do Intercom (Developer Hub → seu app → Authentication) e pressione Enter; ele não é exibido:</translation>
    </message>
    <message>
        <source>No access token was given on standard input.</source>
        <translation>Nenhum token de acesso foi informado na entrada padrão.</translation>
    </message>
    <message>
        <source>Note: %1 sets auth/workspace=%2, which a wall display uses before this sign-in; change it to %3.</source>
        <translation>Observação: %1 define auth/workspace=%2, que um painel de parede usa antes deste login; altere para %3.</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>linha de comando</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>arquivo de configuração</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>configurações do usuário</translation>
    </message>
    <message>
        <source>default</source>
        <translation>padrão</translation>
    </message>
    <message>
        <source>Floorwatch %1: effective configuration</source>
        <translation>Floorwatch %1: configuração efetiva</translation>
    </message>
    <message>
        <source>Precedence: command line &gt; config file &gt; user settings &gt; defaults.</source>
        <translation>Precedência: linha de comando &gt; arquivo de configuração &gt; configurações do usuário &gt; padrões.</translation>
    </message>
    <message>
        <source>Config file:    %1</source>
        <translation>Arquivo de configuração:    %1</translation>
    </message>
    <message>
        <source>(none; use --config FILE)</source>
        <translation>(nenhum; use --config ARQUIVO)</translation>
    </message>
    <message>
        <source>User settings:  %1</source>
        <translation>Configurações do usuário:   %1</translation>
    </message>
    <message>
        <source>Access token:   %1</source>
        <translation>Token de acesso:            %1</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>configuração</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>from</source>
        <translation>origem</translation>
    </message>
    <message>
        <source>(an invalid value was ignored)</source>
        <translation>(um valor inválido foi ignorado)</translation>
    </message>
    <message>
        <source>open %1/%2, idle %3/%4</source>
        <translation>abertas %1/%2, inativas %3/%4</translation>
    </message>
    <message>
        <source>Intercom API: %1</source>
        <translation>API do Intercom: %1</translation>
    </message>
    <message>
        <source>Active: always (the display is kept awake).</source>
        <translation>Ativo: sempre (a tela é mantida ligada).</translation>
    </message>
    <message>
        <source>Active: %1, %2 (local time); outside these hours a dim clock and no polling.</source>
        <translation>Ativo: %1, %2 (hora local); fora desse horário, um relógio esmaecido e nenhuma consulta.</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>o dia todo</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos os dias</translation>
    </message>
    <message>
        <source>Kiosk settings are locked; %1 exits kiosk mode.</source>
        <translation>As configurações do quiosque estão bloqueadas; %1 sai do modo quiosque.</translation>
    </message>
</context>
<context>
    <name>KioskRunner</name>
    <message>
        <source>Floorwatch wall display during active hours</source>
        <translation>Painel de parede do Floorwatch durante o horário ativo</translation>
    </message>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN; if Intercom refuses it, the keychain is asked.</source>
        <translation>Usando o token de acesso de FLOORWATCH_ACCESS_TOKEN; se o Intercom o recusar, o chaveiro será consultado.</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens 0 to %2); using the primary screen until it appears.</source>
        <translation>Não existe a tela %1 (telas 0 a %2); a tela principal será usada até que ela apareça.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>nenhum dado chegou para a captura de tela em 60 s</translation>
    </message>
</context>
<context>
    <name>KioskText</name>
    <message>
        <source>this user&apos;s Floorwatch settings</source>
        <translation>as configurações do Floorwatch deste usuário</translation>
    </message>
    <message>
        <source>%1 rate-limited — resuming at %2</source>
        <translation>%1 limite de requisições — retomando às %2</translation>
    </message>
    <message>
        <source>%1 reconnecting — retrying in %2 s</source>
        <translation>%1 reconectando — nova tentativa em %2 s</translation>
    </message>
    <message>
        <source>%1 reconnecting…</source>
        <translation>%1 reconectando…</translation>
    </message>
    <message>
        <source>%1 reconnecting — no new numbers for %2 s</source>
        <translation>%1 reconectando — sem números novos há %2 s</translation>
    </message>
    <message>
        <source>updated every %1 s</source>
        <translation>atualizado a cada %1 s</translation>
    </message>
    <message>
        <source>Team %1 was not found</source>
        <translation>A equipe %1 não foi encontrada</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted or belong to another workspace.</source>
        <translation>O Intercom não conhece esta equipe; talvez ela tenha sido excluída ou pertença a outro espaço de trabalho.</translation>
    </message>
    <message>
        <source>Correct kiosk/teams in %1.</source>
        <translation>Corrija kiosk/teams em %1.</translation>
    </message>
    <message>
        <source>%1 cannot be shown</source>
        <translation>Não é possível mostrar %1</translation>
    </message>
    <message>
        <source>Check the settings in %1.</source>
        <translation>Verifique as configurações em %1.</translation>
    </message>
    <message>
        <source>Intercom request id: %1</source>
        <translation>ID da requisição no Intercom: %1</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Aguardando os primeiros números do Intercom…</translation>
    </message>
    <message>
        <source>%1 appears here as soon as Intercom answers.</source>
        <translation>%1 aparecerá aqui assim que o Intercom responder.</translation>
    </message>
    <message>
        <source>This display needs to be re-authorised</source>
        <translation>Este painel precisa ser autorizado novamente</translation>
    </message>
    <message>
        <source>Intercom no longer accepts the access token stored on this computer: it was revoked or replaced.</source>
        <translation>O Intercom não aceita mais o token de acesso guardado neste computador: ele foi revogado ou substituído.</translation>
    </message>
    <message>
        <source>This display needs to be authorised</source>
        <translation>Este painel precisa ser autorizado</translation>
    </message>
    <message>
        <source>No Intercom access token is stored on this computer for this display yet.</source>
        <translation>Ainda não há um token de acesso do Intercom guardado neste computador para este painel.</translation>
    </message>
    <message>
        <source>To fix it, an admin signs in to this computer (%1, as user %2), for example over ssh, and runs:</source>
        <translation>Para corrigir, um administrador entra neste computador (%1, como usuário %2), por exemplo por ssh, e executa:</translation>
    </message>
    <message>
        <source>then pastes the access token of the workspace&apos;s Intercom app (Developer Hub → your app → Authentication) and presses Enter.</source>
        <translation>depois cola o token de acesso do app do Intercom do espaço de trabalho (Developer Hub → seu app → Authentication) e pressiona Enter.</translation>
    </message>
    <message>
        <source>This screen checks the keychain every %1 seconds and comes back by itself; nothing needs to be restarted.</source>
        <translation>Esta tela verifica o chaveiro a cada %1 segundos e volta sozinha; não é preciso reiniciar nada.</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuração: %1</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>espaço de trabalho %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>última verificação às %1</translation>
    </message>
    <message>
        <source>No teams are set for this display</source>
        <translation>Nenhuma equipe está definida para este painel</translation>
    </message>
    <message>
        <source>List the Intercom team ids to show in kiosk/teams in %1, or start Floorwatch with --team ID (once per team).</source>
        <translation>Liste os IDs das equipes do Intercom a mostrar em kiosk/teams em %1, ou inicie o Floorwatch com --team ID (uma vez por equipe).</translation>
    </message>
    <message>
        <source>lists the teams of the workspace with their ids.</source>
        <translation>lista as equipes do espaço de trabalho com seus IDs.</translation>
    </message>
    <message>
        <source>Floorwatch resumes at %1</source>
        <translation>O Floorwatch volta às %1</translation>
    </message>
    <message>
        <source>Floorwatch resumes tomorrow at %1</source>
        <translation>O Floorwatch volta amanhã às %1</translation>
    </message>
    <message>
        <source>Floorwatch resumes on %1 at %2</source>
        <translation>O Floorwatch volta %1 às %2</translation>
    </message>
    <message>
        <source>%1  ·  %2 of %3</source>
        <translation>%1  ·  %2 de %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3+</source>
        <translation>%1 %2 com %3+</translation>
    </message>
    <message>
        <source>everyone below %1</source>
        <translation>todos abaixo de %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inativas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausentes</translation>
    </message>
    <message>
        <source>%1 of %2 active</source>
        <translation>%1 de %2 ativos</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abertas</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>inativas</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>adiadas</translation>
    </message>
    <message>
        <source>Most loaded</source>
        <translation>Mais carregados</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1 (ausente)</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Desde as %1</translation>
    </message>
    <message>
        <source>The trend builds up over the shift.</source>
        <translation>A tendência se forma ao longo do turno.</translation>
    </message>
    <message>
        <source>This display tries again every %1 minutes; the other teams keep rotating.</source>
        <translation>Este painel tenta de novo a cada %1 minutos; as outras equipes continuam alternando.</translation>
    </message>
    <message>
        <source>+ %1 more, less loaded</source>
        <translation>+ %1 a mais, com menos carga</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Floorwatch wall display</source>
        <translation>Painel de parede do Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
    </message>
    <message>
        <source>%1 not shown</source>
        <translation>%1 não exibida</translation>
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
        <translation>Equipe</translation>
    </message>
    <message>
        <source>Pinned teams</source>
        <translation>Equipes fixadas</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Equipes…</translation>
    </message>
    <message>
        <source>Choose and pin teams (Ctrl+T)</source>
        <translation>Escolher e fixar equipes (Ctrl+T)</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>Inativa após</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Limite de inatividade, minutos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Limite de inatividade, segundos</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Atualizar a cada</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta em segundos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Poll this team now (F5)</source>
        <translation>Consultar esta equipe agora (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>Escolher &amp;equipe…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>E&amp;ntrar…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sair da c&amp;onta</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Floorwatch</source>
        <translation>&amp;Sobre o Floorwatch</translation>
    </message>
    <message>
        <source>About Floorwatch</source>
        <translation>Sobre o Floorwatch</translation>
    </message>
    <message>
        <source>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;Live Intercom team load for support supervisors and wall displays.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;A carga das equipes do Intercom ao vivo, para supervisores de suporte e painéis de parede.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>(%1 s)</translation>
    </message>
    <message>
        <source>(%1 s: the nearest Intercom allows)</source>
        <translation>(%1 s: o valor mais próximo que o Intercom permite)</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>Equipe %1</translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>ID da equipe %1</translation>
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
        <translation>O endereço não tem &quot;state&quot;, então o Floorwatch não consegue saber se ele pertence a este login. Copie o endereço completo da barra de endereços do navegador.</translation>
    </message>
    <message>
        <source>This address does not belong to the sign-in Floorwatch started (its state does not match), so it was refused. If you started signing in more than once, use the address from the last attempt.</source>
        <translation>Este endereço não pertence ao login que o Floorwatch iniciou (o &quot;state&quot; não confere), por isso foi recusado. Se você começou o login mais de uma vez, use o endereço da última tentativa.</translation>
    </message>
    <message>
        <source>Intercom did not give Floorwatch access (%1). Start again and allow access, or ask an Intercom admin to install the app.</source>
        <translation>O Intercom não deu acesso ao Floorwatch (%1). Comece de novo e permita o acesso, ou peça a um administrador do Intercom para instalar o app.</translation>
    </message>
    <message>
        <source>The address has no authorization code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>O endereço não tem código de autorização. Copie o endereço completo da barra de endereços do navegador depois de permitir o acesso.</translation>
    </message>
</context>
<context>
    <name>OAuthRedirectListener</name>
    <message>
        <source>Floorwatch receives the sign-in only at a loopback address such as http://127.0.0.1:PORT/…, not at %1.</source>
        <translation>O Floorwatch só recebe o login em um endereço de loopback como http://127.0.0.1:PORT/…, não em %1.</translation>
    </message>
    <message>
        <source>Floorwatch cannot receive the sign-in at %1:%2 (%3). Close the program that uses this port, or paste the address instead.</source>
        <translation>O Floorwatch não consegue receber o login em %1:%2 (%3). Feche o programa que usa esta porta ou cole o endereço.</translation>
    </message>
    <message>
        <source>Floorwatch could not read this request.</source>
        <translation>O Floorwatch não conseguiu ler esta requisição.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Não encontrado.</translation>
    </message>
    <message>
        <source>Floorwatch received the authorization from Intercom. You can close this tab and return to Floorwatch.</source>
        <translation>O Floorwatch recebeu a autorização do Intercom. Você pode fechar esta aba e voltar ao Floorwatch.</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>No OAuth client id is set. Enter the client id of your organisation&apos;s Intercom app in the settings.</source>
        <translation>Nenhum ID de cliente OAuth foi definido. Informe nas configurações o ID de cliente do app do Intercom da sua organização.</translation>
    </message>
    <message>
        <source>The OAuth redirect address &quot;%1&quot; cannot be used: Intercom needs an https address, or http://127.0.0.1:PORT/… for Floorwatch to receive it itself.</source>
        <translation>O endereço de redirecionamento OAuth &quot;%1&quot; não pode ser usado: o Intercom precisa de um endereço https, ou http://127.0.0.1:PORTA/… para que o Floorwatch o receba por conta própria.</translation>
    </message>
    <message>
        <source>This is not the address Intercom sent you to: it has no code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>Este não é o endereço para onde o Intercom enviou você: ele não tem código. Copie o endereço completo da barra de endereços do navegador depois de permitir o acesso.</translation>
    </message>
    <message>
        <source>No sign-in with Intercom is in progress. Start it again, then use the address you are sent to.</source>
        <translation>Nenhum login com o Intercom está em andamento. Comece de novo e use o endereço para onde você for enviado.</translation>
    </message>
    <message>
        <source>This sign-in is already being completed.</source>
        <translation>Este login já está sendo concluído.</translation>
    </message>
    <message>
        <source>The OAuth client secret is not set. Enter it in the settings.</source>
        <translation>O segredo do cliente OAuth não foi definido. Informe-o nas configurações.</translation>
    </message>
    <message>
        <source>The OAuth client secret could not be read from the keychain. %1</source>
        <translation>Não foi possível ler o segredo do cliente OAuth do chaveiro. %1</translation>
    </message>
</context>
<context>
    <name>OAuthTokenExchange</name>
    <message>
        <source>Intercom did not answer in time while finishing the sign-in. Try again.</source>
        <translation>O Intercom não respondeu a tempo ao concluir o login. Tente novamente.</translation>
    </message>
    <message>
        <source>Could not reach Intercom to finish the sign-in (%1). Check the network connection and try again.</source>
        <translation>Não foi possível acessar o Intercom para concluir o login (%1). Verifique a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>Intercom refused to finish the sign-in (%1): the client id or client secret is wrong, or the code was already used. Check the app&apos;s settings and sign in again.</source>
        <translation>O Intercom se recusou a concluir o login (%1): o ID ou o segredo do cliente está errado, ou o código já foi usado. Verifique as configurações do app e entre novamente.</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer had no access token; the sign-in did not finish.</source>
        <translation>A resposta do Intercom não tinha token de acesso; o login não foi concluído.</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>active</source>
        <translation>ativo</translation>
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
        <translation>COLEGA</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>ABERTAS</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation>INATIVAS</translation>
    </message>
    <message>
        <source>SNOOZED</source>
        <translation>ADIADAS</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (team %2) · as of %3 · idle after %4 s
</source>
        <translation>%1 (equipe %2) · dados das %3 · inativa após %4 s
</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>EQUIPE</translation>
    </message>
    <message>
        <source>TEAMMATES</source>
        <translation>COLEGAS</translation>
    </message>
    <message>
        <source>ASSIGNMENT LIMIT</source>
        <translation>LIMITE DE ATRIBUIÇÃO</translation>
    </message>
</context>
<context>
    <name>Parsers</name>
    <message>
        <source>the body is empty</source>
        <translation>o corpo está vazio</translation>
    </message>
    <message>
        <source>the body is an HTML page, not JSON</source>
        <translation>o corpo é uma página HTML, não JSON</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1 at byte %2)</source>
        <translation>o corpo não é um JSON válido (%1 no byte %2)</translation>
    </message>
    <message>
        <source>expected an object of type &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>esperava um objeto do tipo &quot;%1&quot;, mas recebeu &quot;%2&quot;</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>não é uma string</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>o corpo não é um objeto JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; está ausente</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>&quot;%1&quot; não é um array</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not an object</source>
        <translation>&quot;%1[%2]&quot; não é um objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>&quot;%1&quot; não é um ID válido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; não é uma string</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; não é true nem false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; não é um número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (%2)</source>
        <translation>&quot;%1&quot; não é um número inteiro (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative (%2)</source>
        <translation>&quot;%1&quot; é negativo (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2)</source>
        <translation>&quot;%1&quot; é grande demais (%2)</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not a valid id</source>
        <translation>&quot;%1[%2]&quot; não é um ID válido</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is missing</source>
        <translation>&quot;%1.admin_id&quot; está ausente</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is not a valid id</source>
        <translation>&quot;%1.admin_id&quot; não é um ID válido</translation>
    </message>
    <message>
        <source>admin_id &quot;%1&quot; appears twice in the metrics</source>
        <translation>admin_id &quot;%1&quot; aparece duas vezes nas métricas</translation>
    </message>
    <message>
        <source>&quot;app&quot; is missing</source>
        <translation>&quot;app&quot; está ausente</translation>
    </message>
    <message>
        <source>team id &quot;%1&quot; appears twice</source>
        <translation>o ID de equipe &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>admin id &quot;%1&quot; appears twice</source>
        <translation>o ID de administrador &quot;%1&quot; aparece duas vezes</translation>
    </message>
    <message>
        <source>&quot;%1.away_status_reason_id&quot; is not a valid id</source>
        <translation>&quot;%1.away_status_reason_id&quot; não é um ID válido</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>(request id: %1)</source>
        <translation>(ID da requisição: %1)</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>It must not contain spaces.</source>
        <translation>O valor não pode conter espaços.</translation>
    </message>
    <message>
        <source>The API version must not be empty: use 2.16, Preview or Unstable.</source>
        <translation>A versão da API não pode ficar vazia: use 2.16, Preview ou Unstable.</translation>
    </message>
    <message>
        <source>The API version is too long.</source>
        <translation>A versão da API é longa demais.</translation>
    </message>
    <message>
        <source>The API base URL must not start or end with spaces.</source>
        <translation>A URL base da API não pode começar nem terminar com espaços.</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>A URL base da API não pode conter nome de usuário nem senha.</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>O valor é longo demais.</translation>
    </message>
    <message>
        <source>The redirect URL is not a valid URL.</source>
        <translation>A URL de redirecionamento não é uma URL válida.</translation>
    </message>
    <message>
        <source>The redirect URL must not contain a user name, password or fragment.</source>
        <translation>A URL de redirecionamento não pode conter nome de usuário, senha nem fragmento.</translation>
    </message>
    <message>
        <source>The redirect URL must use https (plain http only to this computer).</source>
        <translation>A URL de redirecionamento precisa usar https (http sem criptografia somente para este computador).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team id.</source>
        <translation>&quot;%1&quot; não é um ID de equipe.</translation>
    </message>
    <message>
        <source>At most %1 teams can be listed.</source>
        <translation>É possível listar no máximo %1 equipes.</translation>
    </message>
    <message>
        <source>Team %1 is listed twice.</source>
        <translation>A equipe %1 está listada duas vezes.</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>O valor é grande demais.</translation>
    </message>
    <message>
        <source>Active hours look like 07:00-19:00 (24-hour clock, start and end differ).</source>
        <translation>O horário ativo é escrito como 07:00-19:00 (formato de 24 horas, início e fim diferentes).</translation>
    </message>
    <message>
        <source>Active days are day names or ranges such as mon-fri or sat, sun.</source>
        <translation>Os dias ativos são nomes de dias ou intervalos como mon-fri ou sat, sun.</translation>
    </message>
    <message>
        <source>The exit shortcut needs at least one of Ctrl, Alt, Shift or Meta and a key, e.g. Ctrl+Alt+Shift+Q.</source>
        <translation>O atalho de saída precisa de pelo menos uma das teclas Ctrl, Alt, Shift ou Meta e outra tecla, por exemplo Ctrl+Alt+Shift+Q.</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>Use true ou false.</translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation>Use um número inteiro de %1 a %2.</translation>
    </message>
    <message>
        <source>Use a single text value.</source>
        <translation>Use um único valor de texto.</translation>
    </message>
    <message>
        <source>Use a list of text values.</source>
        <translation>Use uma lista de valores de texto.</translation>
    </message>
    <message>
        <source>Use binary data.</source>
        <translation>Use dados binários.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Use um destes valores: %1.</translation>
    </message>
    <message>
        <source>Thresholds must be whole numbers from %1 to %2.</source>
        <translation>Os limites precisam ser números inteiros de %1 a %2.</translation>
    </message>
    <message>
        <source>The critical level for open conversations (%1) is below the warning level (%2).</source>
        <translation>O nível crítico de conversas abertas (%1) está abaixo do nível de alerta (%2).</translation>
    </message>
    <message>
        <source>The critical level for idle conversations (%1) is below the warning level (%2).</source>
        <translation>O nível crítico de conversas inativas (%1) está abaixo do nível de alerta (%2).</translation>
    </message>
    <message>
        <source>The settings version is managed by Floorwatch.</source>
        <translation>A versão das configurações é gerenciada pelo Floorwatch.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Floorwatch Settings</source>
        <translation>Configurações do Floorwatch</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Região:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Where your Intercom workspace is hosted</source>
        <translation>Onde o seu espaço de trabalho do Intercom está hospedado</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>&amp;Versão da API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>Sent to Intercom with every request; 2.16 is the stable version</source>
        <translation>Enviada ao Intercom em cada requisição; 2.16 é a versão estável</translation>
    </message>
    <message>
        <source>API version problem</source>
        <translation>Problema na versão da API</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avançado</translation>
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
        <translation>Problema na URL base personalizada</translation>
    </message>
    <message>
        <source>Replaces the region&apos;s server, e.g. for a proxy. Leave empty to use the region.</source>
        <translation>Substitui o servidor da região, por exemplo para um proxy. Deixe em branco para usar a região.</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Poll e&amp;very:</source>
        <translation>Consultar a &amp;cada:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalo de consulta em segundos</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>&amp;Inativa após:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>Limite de inatividade, minutos</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>Limite de inatividade, segundos</translation>
    </message>
    <message>
        <source>Effective idle threshold</source>
        <translation>Limite de inatividade efetivo</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>Alerta a partir de</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>Crítico a partir de</translation>
    </message>
    <message>
        <source>&amp;Open conversations:</source>
        <translation>C&amp;onversas abertas:</translation>
    </message>
    <message>
        <source>Open conversations, warning level</source>
        <translation>Conversas abertas, nível de alerta</translation>
    </message>
    <message>
        <source>Open conversations, critical level</source>
        <translation>Conversas abertas, nível crítico</translation>
    </message>
    <message>
        <source>I&amp;dle conversations:</source>
        <translation>Conversas ina&amp;tivas:</translation>
    </message>
    <message>
        <source>Idle conversations, warning level</source>
        <translation>Conversas inativas, nível de alerta</translation>
    </message>
    <message>
        <source>Idle conversations, critical level</source>
        <translation>Conversas inativas, nível crítico</translation>
    </message>
    <message>
        <source>Thresholds problem</source>
        <translation>Problema nos limites</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
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
        <translation>Botões da caixa de diálogo</translation>
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
        <translation>Austrália (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the shortest threshold Intercom accepts.</source>
        <translation>Inativa após %1 min %2 s (%3 s): o limite mais curto que o Intercom aceita.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the longest threshold Intercom accepts.</source>
        <translation>Inativa após %1 min %2 s (%3 s): o limite mais longo que o Intercom aceita.</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s)</source>
        <translation>Inativa após %1 min %2 s (%3 s)</translation>
    </message>
    <message>
        <source>Thresholds for the team on screen only</source>
        <translation>Limites somente para a equipe exibida</translation>
    </message>
    <message>
        <source>Use these thresholds for %1 only</source>
        <translation>Usar estes limites somente para %1</translation>
    </message>
</context>
<context>
    <name>SettingsStores</name>
    <message>
        <source>The configuration file %1 does not exist or cannot be read.</source>
        <translation>O arquivo de configuração %1 não existe ou não pode ser lido.</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>O arquivo de configuração %1 não é um arquivo INI válido.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>No access token was given on standard input. Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter.</source>
        <translation>Nenhum token de acesso foi informado na entrada padrão. Cole o token de acesso do seu app do Intercom (Developer Hub → seu app → Authentication) e pressione Enter.</translation>
    </message>
    <message>
        <source>Intercom accepted the token, but the system keychain could not keep it: %1 Nothing was saved.</source>
        <translation>O Intercom aceitou o token, mas o chaveiro do sistema não conseguiu guardá-lo: %1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>Signed in to %1 (workspace %2, region %3). The access token is in the system keychain; a wall display on this computer picks it up within a minute.</source>
        <translation>Conectado a %1 (espaço de trabalho %2, região %3). O token de acesso está no chaveiro do sistema; um painel de parede neste computador vai usá-lo em até um minuto.</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN, not the one stored in the keychain for workspace %1.</source>
        <translation>Usando o token de acesso de FLOORWATCH_ACCESS_TOKEN, e não o guardado no chaveiro para o espaço de trabalho %1.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Conectado a %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 for this run only.</source>
        <translation>Conectado a %1 somente nesta sessão.</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Desconectado.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Intercom</source>
        <translation>Entrar no Intercom</translation>
    </message>
    <message>
        <source>Floorwatch reads your team&apos;s load with the access token of a private Intercom app. To find it, open Intercom&apos;s Developer Hub, choose your app, then Authentication, and copy the access token. The app needs the read_admins permission. The token is kept in the system keychain only.</source>
        <translation>O Floorwatch lê a carga da sua equipe com o token de acesso de um app privado do Intercom. Para encontrá-lo, abra o Developer Hub do Intercom, escolha o seu app, depois Authentication, e copie o token de acesso. O app precisa da permissão read_admins. O token é guardado somente no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acesso:</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>Cole o token de acesso aqui</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>The access token of your Intercom app; it is hidden as you type</source>
        <translation>O token de acesso do seu app do Intercom; ele fica oculto enquanto você digita</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check the access token</source>
        <translation>Verificar o token de acesso</translation>
    </message>
    <message>
        <source>Checking with Intercom</source>
        <translation>Verificando com o Intercom</translation>
    </message>
    <message>
        <source>Intercom accepted the token</source>
        <translation>O Intercom aceitou o token</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Espaço de trabalho:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espaço de trabalho</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Região:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation>Token de:</translation>
    </message>
    <message>
        <source>Admin the token belongs to</source>
        <translation>Administrador a quem o token pertence</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Use this token for this run only (it is not saved; you sign in again next time)</source>
        <translation>&amp;Usar este token somente nesta sessão (ele não é salvo; você entra de novo na próxima vez)</translation>
    </message>
    <message>
        <source>Use this token for this run only</source>
        <translation>Usar este token somente nesta sessão</translation>
    </message>
    <message>
        <source>Sign in with Intercom (OAuth)</source>
        <translation>Entrar com o Intercom (OAuth)</translation>
    </message>
    <message>
        <source>Your organisation registered its own Intercom app. Sign in in the browser and allow access. If Floorwatch does not continue by itself, paste the address the browser ended on below.</source>
        <translation>A sua organização registrou o próprio app do Intercom. Entre no navegador e permita o acesso. Se o Floorwatch não continuar sozinho, cole abaixo o endereço em que o navegador parou.</translation>
    </message>
    <message>
        <source>Sign in with &amp;Intercom…</source>
        <translation>Entrar com o &amp;Intercom…</translation>
    </message>
    <message>
        <source>Sign in with Intercom in the browser</source>
        <translation>Entrar com o Intercom no navegador</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>Paste the address you were redirected to</source>
        <translation>Cole o endereço de redirecionamento</translation>
    </message>
    <message>
        <source>Address you were redirected to</source>
        <translation>Endereço para o qual você foi redirecionado</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Continue with the pasted address</source>
        <translation>Continuar com o endereço colado</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>Cancelar o login</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>E&amp;ntrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Opening Intercom in your browser…</source>
        <translation>Abrindo o Intercom no navegador…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>não informada</translation>
    </message>
    <message>
        <source>%1, through the custom API address %2</source>
        <translation>%1, pelo endereço de API personalizado %2</translation>
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
        <translation>Aguardando o Intercom. Permita o acesso no navegador; se o Floorwatch não continuar sozinho, cole acima o endereço em que o navegador parou.</translation>
    </message>
    <message>
        <source>Floorwatch could not open a browser. Open this address yourself: %1</source>
        <translation>O Floorwatch não conseguiu abrir um navegador. Abra você mesmo este endereço: %1</translation>
    </message>
    <message>
        <source>Intercom gave access; checking the token…</source>
        <translation>O Intercom deu acesso; verificando o token…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Intercom refused this access token: it is not valid, has been revoked, or belongs to a workspace in another region. Copy it again from the Developer Hub (your app → Authentication). Nothing was saved.</source>
        <translation>O Intercom recusou este token de acesso: ele é inválido, foi revogado ou pertence a um espaço de trabalho em outra região. Copie-o novamente do Developer Hub (seu app → Authentication). Nada foi salvo.</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>Cole o token de acesso primeiro.</translation>
    </message>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Nenhum endereço de API do Intercom foi definido.</translation>
    </message>
</context>
<context>
    <name>SimApp</name>
    <message>
        <source>round robin</source>
        <translation>rodízio (round robin)</translation>
    </message>
    <message>
        <source>load balanced</source>
        <translation>balanceamento de carga</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: %2 teammates in %3 teams, simulated time %4</source>
        <translation>Espaço de trabalho &quot;%1&quot;: %2 colegas em %3 equipes, hora simulada %4</translation>
    </message>
    <message>
        <source>  team %1  %2 (%3 teammates, %4</source>
        <translation>  equipe %1  %2 (%3 colegas, %4</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>, limite %1</translation>
    </message>
    <message>
        <source>  metrics restricted</source>
        <translation>  métricas restritas</translation>
    </message>
    <message>
        <source>Try &apos;floorwatch-sim --help&apos; for more information.</source>
        <translation>Experimente &quot;floorwatch-sim --help&quot; para mais informações.</translation>
    </message>
    <message>
        <source>warning: --restricted-team %1 is not a team of this workspace</source>
        <translation>aviso: --restricted-team %1 não é uma equipe deste espaço de trabalho</translation>
    </message>
    <message>
        <source>floorwatch-sim: cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>floorwatch-sim: não é possível escutar em 127.0.0.1, porta %1: %2</translation>
    </message>
    <message>
        <source>Serves a simulated Intercom workspace on 127.0.0.1 for Floorwatch: teams, teammates and conversations that change over a simulated working day, behind the same REST endpoints, errors and rate limits as Intercom, with faults on demand.</source>
        <translation>Fornece ao Floorwatch um espaço de trabalho simulado do Intercom em 127.0.0.1: equipes, colegas e conversas que mudam ao longo de um dia de trabalho simulado, atrás dos mesmos endpoints REST, erros e limites de requisições do Intercom, com falhas sob demanda.</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one.</source>
        <translation>Porta TCP em 127.0.0.1; 0 escolhe uma livre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Access token clients must send as a bearer token. Default: the FLOORWATCH_SIM_TOKEN environment variable.</source>
        <translation>Token de acesso que os clientes precisam enviar como token bearer. Padrão: a variável de ambiente FLOORWATCH_SIM_TOKEN.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Seed of the simulation; the same seed gives the same workspace.</source>
        <translation>Semente da simulação; a mesma semente gera o mesmo espaço de trabalho.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>Number of teams.</source>
        <translation>Número de equipes.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>Teammates in each team.</source>
        <translation>Colegas em cada equipe.</translation>
    </message>
    <message>
        <source>Simulated seconds per real second, e.g. 30 for a demo.</source>
        <translation>Segundos simulados por segundo real, por exemplo 30 para uma demonstração.</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>fator</translation>
    </message>
    <message>
        <source>Simulated time of day when serving starts (HH:MM).</source>
        <translation>Hora simulada do dia quando o serviço começa (HH:MM).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>Requests allowed per minute, enforced per 10-second window (a sixth each).</source>
        <translation>Requisições permitidas por minuto, aplicadas por janela de 10 segundos (um sexto em cada).</translation>
    </message>
    <message>
        <source>Answer 403 api_plan_restricted on this team&apos;s metrics. Repeatable.</source>
        <translation>Responder 403 api_plan_restricted às métricas desta equipe. Pode ser repetido.</translation>
    </message>
    <message>
        <source>team-id</source>
        <translation>id-equipe</translation>
    </message>
    <message>
        <source>The workspace lacks real-time monitoring: 403 on all metrics.</source>
        <translation>O espaço de trabalho não tem monitoramento em tempo real: 403 em todas as métricas.</translation>
    </message>
    <message>
        <source>Fault: delay every reply by this many milliseconds.</source>
        <translation>Falha: atrasar cada resposta por essa quantidade de milissegundos.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Fault: accept requests and never answer them.</source>
        <translation>Falha: aceitar as requisições e nunca respondê-las.</translation>
    </message>
    <message>
        <source>Fault: answer this share of requests (0 to 1) with 500, 502, 503 or 504.</source>
        <translation>Falha: responder a essa fração das requisições (0 a 1) com 500, 502, 503 ou 504.</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>fração</translation>
    </message>
    <message>
        <source>Fault: the next this many requests get 429 rate_limit_exceeded.</source>
        <translation>Falha: essa quantidade de requisições seguintes recebe 429 rate_limit_exceeded.</translation>
    </message>
    <message>
        <source>Fault: repeat the 429 burst every this many seconds.</source>
        <translation>Falha: repetir a rajada de 429 a cada essa quantidade de segundos.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Fault: truncated (Content-Length larger than the body, then the connection closes), malformed-json, html-502, html-200 or redirect-http.</source>
        <translation>Falha: truncated (Content-Length maior que o corpo, depois a conexão é fechada), malformed-json, html-502, html-200 ou redirect-http.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>Apply faults to /teams/{id}/metrics only, not to every API path.</source>
        <translation>Aplicar as falhas somente a /teams/{id}/metrics, não a todos os caminhos da API.</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>argumento inesperado: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 precisa ser um número inteiro de %2 a %3</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 precisa ser um número de %2 a %3</translation>
    </message>
    <message>
        <source>--start-time must be a time of day such as 09:15</source>
        <translation>--start-time precisa ser uma hora do dia como 09:15</translation>
    </message>
    <message>
        <source>--body-fault must be one of: none, truncated, malformed-json, html-502, html-200, redirect-http</source>
        <translation>--body-fault precisa ser um destes valores: none, truncated, malformed-json, html-502, html-200, redirect-http</translation>
    </message>
    <message>
        <source>an access token is required: pass --token or set FLOORWATCH_SIM_TOKEN</source>
        <translation>é necessário um token de acesso: passe --token ou defina FLOORWATCH_SIM_TOKEN</translation>
    </message>
    <message>
        <source>--rate-limit-burst-every needs --rate-limit-burst to say how many requests get 429</source>
        <translation>--rate-limit-burst-every precisa de --rate-limit-burst para dizer quantas requisições recebem 429</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>Mostrar os detalhes do erro</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Entrar…</translation>
    </message>
    <message>
        <source>Pick a team…</source>
        <translation>Escolher uma equipe…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID da requisição: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>Status HTTP: %1</translation>
    </message>
    <message>
        <source>Intercom error code: %1</source>
        <translation>Código de erro do Intercom: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detalhe: %1</translation>
    </message>
    <message>
        <source>Failed attempts in a row: %1</source>
        <translation>Tentativas com falha seguidas: %1</translation>
    </message>
    <message>
        <source>Rate-limited by Intercom: paused until %1 (%2 s).</source>
        <translation>Limite de requisições do Intercom: pausado até %1 (%2 s).</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s. %2</source>
        <translation>Sem conexão — nova tentativa em %1 s. %2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 Nova tentativa em %2 s.</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inativas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Active · away</source>
        <translation>Ativos · ausentes</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>Capacidade em uso</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation(s)</source>
        <translation>
            <numerusform>%n conversa aberta</numerusform>
            <numerusform>%n conversas abertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation(s)</source>
        <translation>
            <numerusform>%n conversa inativa</numerusform>
            <numerusform>%n conversas inativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s)</source>
        <translation>
            <numerusform>%n conversa adiada</numerusform>
            <numerusform>%n conversas adiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 teammates active, %2 away</source>
        <translation>Colegas ativos: %1, ausentes: %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Capacity in use (%1 of %2)</source>
        <translation>Capacidade em uso (%1 de %2)</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <source>Choose a team</source>
        <translation>Escolher uma equipe</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>Pesquisar equipes</translation>
    </message>
    <message>
        <source>Teams; tick a team to pin it as a tab</source>
        <translation>Equipes; marque uma equipe para fixá-la como aba</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>Carregando equipes…</translation>
    </message>
    <message>
        <source>Tick teams to keep them as tabs; double-click or press Enter to open one.</source>
        <translation>Marque equipes para mantê-las como abas; clique duas vezes ou pressione Enter para abrir uma.</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n teammate(s)</source>
        <translation>
            <numerusform>%1  ·  %n colega</numerusform>
            <numerusform>%1  ·  %n colegas</numerusform>
        </translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>ID da equipe %1</translation>
    </message>
    <message>
        <source>This workspace has no teams.</source>
        <translation>Este espaço de trabalho não tem equipes.</translation>
    </message>
</context>
<context>
    <name>TeamSnapshot</name>
    <message>
        <source>Teammate %1</source>
        <translation>Colega %1</translation>
    </message>
</context>
<context>
    <name>TeammateTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abertas</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inativas</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Adiadas</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Since change</source>
        <translation>Desde a mudança</translation>
    </message>
    <message>
        <source>Open conversations assigned to the teammate</source>
        <translation>Conversas abertas atribuídas ao colega de equipe</translation>
    </message>
    <message>
        <source>Open conversations waiting for a reply longer than the idle threshold</source>
        <translation>Conversas abertas aguardando resposta há mais tempo que o limite de inatividade</translation>
    </message>
    <message>
        <source>Snoozed conversations</source>
        <translation>Conversas adiadas</translation>
    </message>
    <message>
        <source>Open conversations as a share of the team&apos;s assignment limit</source>
        <translation>Conversas abertas em relação ao limite de atribuição da equipe</translation>
    </message>
    <message>
        <source>Time since the teammate&apos;s open, idle or snoozed counts last changed</source>
        <translation>Tempo desde a última mudança nas conversas abertas, inativas ou adiadas</translation>
    </message>
    <message>
        <source>now</source>
        <translation>agora</translation>
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
        <translation>Ativo</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 — critical, at or above %2</source>
        <translation>%1 — crítico, a partir de %2</translation>
    </message>
    <message>
        <source>%1 — warning, at or above %2</source>
        <translation>%1 — alerta, a partir de %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — not in the teammate directory yet</source>
        <translation>%1 — ainda não está no diretório da equipe</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>Ausente: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation</source>
        <translation>
            <numerusform>%n conversa aberta</numerusform>
            <numerusform>%n conversas abertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conversations</source>
        <translation>
            <numerusform>%n conversa aberta</numerusform>
            <numerusform>%n conversas abertas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation</source>
        <translation>
            <numerusform>%n conversa inativa</numerusform>
            <numerusform>%n conversas inativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversations</source>
        <translation>
            <numerusform>%n conversa inativa</numerusform>
            <numerusform>%n conversas inativas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation</source>
        <translation>
            <numerusform>%n conversa adiada</numerusform>
            <numerusform>%n conversas adiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversations</source>
        <translation>
            <numerusform>%n conversa adiada</numerusform>
            <numerusform>%n conversas adiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the assignment limit of %2 (%3 %)</source>
        <translation>%1 de um limite de atribuição de %2 (%3%)</translation>
    </message>
    <message>
        <source>This team has no assignment limit</source>
        <translation>Esta equipe não tem limite de atribuição</translation>
    </message>
    <message>
        <source>Counts changed just now</source>
        <translation>Os números acabaram de mudar</translation>
    </message>
    <message>
        <source>Counts last changed %1 ago</source>
        <translation>Os números mudaram pela última vez há %1</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>&quot;%1&quot; cannot name a workspace.</source>
        <translation>&quot;%1&quot; não pode nomear um espaço de trabalho.</translation>
    </message>
    <message>
        <source>There is no access token to store.</source>
        <translation>Não há token de acesso para guardar.</translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>o chaveiro do macOS</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>o Gerenciador de Credenciais do Windows</translation>
    </message>
    <message>
        <source>a Secret Service keyring such as GNOME Keyring or KWallet</source>
        <translation>um chaveiro Secret Service como o GNOME Keyring ou o KWallet</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Mensagem do chaveiro: %1)</translation>
    </message>
    <message>
        <source>No access token is stored for this workspace. If you signed in before, the keyring may be locked, which looks the same: unlock it and try again, or sign in again.</source>
        <translation>Nenhum token de acesso está guardado para este espaço de trabalho. Se você já entrou antes, o chaveiro pode estar bloqueado, o que parece igual: desbloqueie-o e tente novamente, ou entre de novo.</translation>
    </message>
    <message>
        <source>No keychain is available: Floorwatch stores the access token only in the system keychain (%1). Install or unlock one and try again, or use the token for this run only; it is never written to disk.</source>
        <translation>Nenhum chaveiro disponível: o Floorwatch guarda o token de acesso somente no chaveiro do sistema (%1). Instale ou desbloqueie um e tente novamente, ou use o token somente nesta sessão; ele nunca é gravado no disco.</translation>
    </message>
    <message>
        <source>Floorwatch was not allowed to use the keychain (%1). Unlock it or allow access when asked, then try again, or use the token for this run only.</source>
        <translation>O Floorwatch não teve permissão para usar o chaveiro (%1). Desbloqueie-o ou permita o acesso quando solicitado e tente novamente, ou use o token somente nesta sessão.</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>O chaveiro informou um erro.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>Experimente --help.</translation>
    </message>
    <message>
        <source>--config is read by the wall display (--kiosk, or kiosk/enabled=true in it); this window uses your own settings.</source>
        <translation>O --config é lido pelo painel de parede (--kiosk, ou kiosk/enabled=true nele); esta janela usa as suas próprias configurações.</translation>
    </message>
    <message>
        <source>No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN to a private app&apos;s access token, or try --demo.</source>
        <translation>Nenhum token de acesso: defina a variável de ambiente FLOORWATCH_ACCESS_TOKEN com o token de acesso de um app privado, ou experimente --demo.</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>nenhum dado chegou para a captura de tela em 60 s</translation>
    </message>
</context>
</TS>
