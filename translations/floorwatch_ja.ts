<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ApiConfig</name>
    <message>
        <source>Unknown region &quot;%1&quot;: use us, eu or au.</source>
        <translation>不明なリージョン「%1」です。us、eu、au のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; was refused: %2</source>
        <translation>API ベース URL「%1」は使用できません: %2</translation>
    </message>
    <message>
        <source>it is not a valid URL.</source>
        <translation>有効な URL ではありません。</translation>
    </message>
    <message>
        <source>it must not contain a user name or password.</source>
        <translation>ユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>it must not contain a query or fragment.</source>
        <translation>クエリ (?) やフラグメント (#) を含めることはできません。</translation>
    </message>
    <message>
        <source>plain http is only allowed to this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>暗号化されていない http はこのコンピューター（127.0.0.1、::1、localhost）宛てにのみ使用できます。https を使用してください。</translation>
    </message>
    <message>
        <source>the scheme must be https.</source>
        <translation>スキームは https である必要があります。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>unexpected HTTP status %1</source>
        <translation>予期しない HTTP ステータス %1</translation>
    </message>
    <message>
        <source>Intercom did not accept the access token: it is invalid or has been revoked. Sign in again with a valid token.</source>
        <translation>Intercom がアクセストークンを受け付けませんでした。トークンが無効か、取り消されています。有効なトークンでもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Real-time monitoring is not enabled for this Intercom workspace. Ask an Intercom admin to enable the realtime_monitoring feature.</source>
        <translation>この Intercom ワークスペースではリアルタイムモニタリングが有効になっていません。Intercom の管理者に realtime_monitoring 機能の有効化を依頼してください。</translation>
    </message>
    <message>
        <source>Intercom refused access (%1). Ask an Intercom admin to give the app the read_admins scope and to enable real-time monitoring.</source>
        <translation>Intercom がアクセスを拒否しました（%1）。Intercom の管理者に、アプリへの read_admins スコープの付与とリアルタイムモニタリングの有効化を依頼してください。</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted. Pick another team.</source>
        <translation>Intercom にこのチームが見つかりません。削除された可能性があります。別のチームを選択してください。</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused until %1.</source>
        <translation>Intercom のレート制限に達しました。%1 まで一時停止します。</translation>
    </message>
    <message>
        <source>Intercom&apos;s rate limit was reached; paused for a moment.</source>
        <translation>Intercom のレート制限に達しました。しばらく一時停止します。</translation>
    </message>
    <message>
        <source>Intercom had a server error (HTTP %1); retrying later.</source>
        <translation>Intercom でサーバーエラーが発生しました（HTTP %1）。後で再試行します。</translation>
    </message>
    <message>
        <source>Could not reach Intercom (%1); check the network connection.</source>
        <translation>Intercom に接続できません（%1）。ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Intercom did not answer in time; retrying.</source>
        <translation>Intercom から時間内に応答がありませんでした。再試行しています。</translation>
    </message>
    <message>
        <source>The secure connection to Intercom failed (%1). Check the system clock, proxy and certificates.</source>
        <translation>Intercom との安全な接続に失敗しました（%1）。システムの時計、プロキシ、証明書を確認してください。</translation>
    </message>
    <message>
        <source>Intercom sent a response Floorwatch cannot use: %1.</source>
        <translation>Intercom から Floorwatch で使用できない応答が返されました: %1。</translation>
    </message>
    <message>
        <source>Intercom does not accept the API version %1. Choose 2.16 (stable) or Preview.</source>
        <translation>Intercom はこの API バージョン（%1）を受け付けません。2.16（安定版）または Preview を選択してください。</translation>
    </message>
    <message>
        <source>that was sent</source>
        <translation>送信した値</translation>
    </message>
    <message>
        <source>Intercom rejected the request (%1).</source>
        <translation>Intercom がリクエストを拒否しました（%1）。</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Open, not idle</source>
        <translation>オープン（アイドル以外）</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Load per teammate</source>
        <translation>チームメイト別の負荷</translation>
    </message>
    <message>
        <source>Open, idle and snoozed conversations per teammate</source>
        <translation>チームメイト別のオープン・アイドル・スヌーズ中の会話</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Trend over the shift</source>
        <translation>シフト中の推移</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1（不在）</translation>
    </message>
    <message numerus="yes">
        <source>+%n more teammate(s) (see the table)</source>
        <translation>
            <numerusform>ほか %n 人（表を参照）</numerusform>
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
        <translation>終了コード:
  0  成功
  2  使用方法または設定のエラー
  3  認証エラー: アクセストークンが無効か、取り消されています
  4  アクセス拒否: リアルタイムモニタリングまたはスコープが有効になっていません
  5  チームが見つかりません
  6  レート制限
  7  ネットワーク、タイムアウト、TLS、またはサーバーのエラー
  8  サーバーからの不正な応答

アクセストークンは環境変数 FLOORWATCH_ACCESS_TOKEN から読み取ります（コマンドラインからは読み取りません）。</translation>
    </message>
    <message>
        <source>Floorwatch shows, live, how many Intercom conversations each teammate has open, idle and snoozed.</source>
        <translation>Floorwatch は、チームメイトごとのオープン・アイドル・スヌーズ中の Intercom の会話の件数をリアルタイムで表示します。</translation>
    </message>
    <message>
        <source>Use the built-in simulated workspace instead of Intercom (no account or network needed).</source>
        <translation>Intercom の代わりに内蔵のシミュレーション用ワークスペースを使用します（アカウントもネットワークも不要です）。</translation>
    </message>
    <message>
        <source>Fetch once, print to standard output and exit. Format: table (default), json or csv. Without --team, lists the teams.</source>
        <translation>一度だけ取得して標準出力に書き出し、終了します。形式: table（既定）、json、csv。--team を指定しない場合はチームの一覧を出力します。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>The Intercom team id. With --kiosk it may be given several times: the display rotates across the teams.</source>
        <translation>Intercom のチーム ID。--kiosk と併用する場合は複数回指定でき、ディスプレイはそれらのチームを順番に表示します。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Seconds after which a waiting conversation counts as idle (1-86400, default 1800).</source>
        <translation>待機中の会話をアイドルとみなすまでの秒数（1～86400、既定 1800）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Seconds between two polls of a team (at least 5, default 15).</source>
        <translation>チームをポーリングする間隔の秒数（5 以上、既定 15）。</translation>
    </message>
    <message>
        <source>The workspace&apos;s region: us (default), eu or au.</source>
        <translation>ワークスペースのリージョン: us（既定）、eu、au。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>A custom API address (https, or http to this computer only).</source>
        <translation>カスタム API アドレス（https、またはこのコンピューター宛てのみ http）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Intercom-Version header: 2.16 (default), Preview or Unstable.</source>
        <translation>Intercom-Version ヘッダー: 2.16（既定）、Preview、Unstable。</translation>
    </message>
    <message>
        <source>version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Once the first data is drawn, save the window as a PNG image and exit.</source>
        <translation>最初のデータが描画されたら、ウィンドウを PNG 画像として保存して終了します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The window&apos;s size, e.g. 1280x800.</source>
        <translation>ウィンドウのサイズ（例: 1280x800）。</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>幅x高さ</translation>
    </message>
    <message>
        <source>Colours: system, light or dark.</source>
        <translation>配色: system、light、dark。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Wall display: full screen, no menus or dialogs, rotating across the teams; settings are locked. Also kiosk/enabled=true in the config file.</source>
        <translation>壁面ディスプレイ: 全画面表示で、メニューやダイアログはなく、チームを順番に表示します。設定はロックされます。設定ファイルの kiosk/enabled=true でも有効になります。</translation>
    </message>
    <message>
        <source>With --kiosk: the screen to use, 0 for the first (default 0).</source>
        <translation>--kiosk と併用: 使用する画面。0 が最初の画面です（既定 0）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>With --kiosk: seconds each team stays on screen (5-3600, default 20).</source>
        <translation>--kiosk と併用: 各チームを表示する秒数（5～3600、既定 20）。</translation>
    </message>
    <message>
        <source>An INI file with settings for this machine (for fleets). Precedence: command line &gt; this file &gt; the user&apos;s settings &gt; defaults.</source>
        <translation>このコンピューター用の設定を記述した INI ファイル（多数の端末への展開用）。優先順位: コマンドライン &gt; このファイル &gt; ユーザー設定 &gt; 既定値。</translation>
    </message>
    <message>
        <source>Print the effective configuration and where each value comes from, then exit. Never prints a secret.</source>
        <translation>実際に使用される設定と各値の出どころを出力して終了します。秘密情報は出力しません。</translation>
    </message>
    <message>
        <source>Read an access token from standard input (not shown on a terminal), check it with Intercom and keep it in the system keychain for this user; for displays reached over ssh. Exit code 0 when stored, 3 when Intercom refuses the token, 2 when there is no token or no keychain, 7 when Intercom cannot be reached.</source>
        <translation>標準入力からアクセストークンを読み取り（端末には表示されません）、Intercom で確認して、このユーザーのシステムキーチェーンに保存します。ssh で接続するディスプレイ向けです。終了コードは、保存できた場合 0、Intercom がトークンを拒否した場合 3、トークンまたはキーチェーンがない場合 2、Intercom に接続できない場合 7 です。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数「%1」です。</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use table, json or csv.</source>
        <translation>不明な出力形式「%1」です。table、json、csv のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>--team needs a team id.</source>
        <translation>--team にはチーム ID が必要です。</translation>
    </message>
    <message>
        <source>--config needs a file name.</source>
        <translation>--config にはファイル名が必要です。</translation>
    </message>
    <message>
        <source>--screen must be a screen number from 0 to 64.</source>
        <translation>--screen には 0～64 の画面番号を指定してください。</translation>
    </message>
    <message>
        <source>--rotate must be a whole number of seconds from 5 to 3600.</source>
        <translation>--rotate には 5～3600 の整数の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--sign-in cannot be combined with --print, --kiosk, --demo, --screenshot or --dump-config.</source>
        <translation>--sign-in は --print、--kiosk、--demo、--screenshot、--dump-config と同時に使用できません。</translation>
    </message>
    <message>
        <source>--print cannot be combined with --kiosk or --dump-config.</source>
        <translation>--print は --kiosk、--dump-config と同時に使用できません。</translation>
    </message>
    <message>
        <source>--idle-threshold must be a whole number of seconds.</source>
        <translation>--idle-threshold には整数の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds, at least 5.</source>
        <translation>--interval には 5 以上の整数の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark.</source>
        <translation>--theme には system、light、dark のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--window-size must look like 1280x800 (at least 320x240).</source>
        <translation>--window-size は 1280x800 のような形式で指定してください（320x240 以上）。</translation>
    </message>
    <message>
        <source>Use either --region or --api-base-url, not both.</source>
        <translation>--region と --api-base-url はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--api-version needs a value.</source>
        <translation>--api-version には値が必要です。</translation>
    </message>
    <message>
        <source>The language of the user interface: de, en, es, fr, ja or pt_BR. Default: the language chosen in the settings, else the system&apos;s.</source>
        <translation>ユーザーインターフェイスの言語: de、en、es、fr、ja、pt_BR。既定: 設定で選んだ言語。未設定の場合はシステムの言語。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use de, en, es, fr, ja or pt_BR.</source>
        <translation>不明な言語「%1」です。de、en、es、fr、ja、pt_BR のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Filter teammates by name or status</source>
        <translation>名前またはステータスでチームメイトを絞り込み</translation>
    </message>
    <message>
        <source>Filter teammates</source>
        <translation>チームメイトを絞り込み</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>チームメイト</translation>
    </message>
    <message>
        <source>Floorwatch</source>
        <translation>Floorwatch</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <source>Choose a team to see how loaded each teammate is.</source>
        <translation>チームを選択すると、チームメイトごとの負荷が表示されます。</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Intercom から最初の数値を待っています…</translation>
    </message>
    <message>
        <source>Total  ·  %1 open  ·  %2 idle  ·  %3 snoozed  ·  %4 active, %5 away</source>
        <translation>合計  ·  オープン %1  ·  アイドル %2  ·  スヌーズ %3  ·  アクティブ %4、不在 %5</translation>
    </message>
    <message>
        <source>Trend: %1</source>
        <translation>推移: %1</translation>
    </message>
    <message>
        <source>Team trend over the shift</source>
        <translation>シフト中のチームの推移</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>まだデータがありません</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>⚠ Stale — %1</source>
        <translation>⚠ 古いデータ — %1</translation>
    </message>
</context>
<context>
    <name>DemoBackend</name>
    <message>
        <source>The demo workspace could not start: %1</source>
        <translation>デモ用ワークスペースを起動できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>as of %1</source>
        <translation>%1 時点</translation>
    </message>
</context>
<context>
    <name>IntercomClient</name>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Intercom API のアドレスが設定されていません。</translation>
    </message>
    <message>
        <source>No Intercom access token is set.</source>
        <translation>Intercom のアクセストークンが設定されていません。</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB</source>
        <translation>応答が %1 MiB を超えています</translation>
    </message>
    <message>
        <source>the server redirected to %1, which is not the same secure host</source>
        <translation>サーバーが同じ安全なホストではない %1 にリダイレクトしました</translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>%1 秒以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <source>the server answered with a redirect (HTTP %1) that was not followed</source>
        <translation>サーバーがリダイレクト（HTTP %1）で応答しましたが、リダイレクトには従いませんでした</translation>
    </message>
</context>
<context>
    <name>KioskCommands</name>
    <message>
        <source>the demo&apos;s own, made up for each run</source>
        <translation>デモ専用のもの（実行のたびに生成）</translation>
    </message>
    <message>
        <source>from the environment variable FLOORWATCH_ACCESS_TOKEN (not shown)</source>
        <translation>環境変数 FLOORWATCH_ACCESS_TOKEN から（表示しません）</translation>
    </message>
    <message>
        <source>in the system keychain under workspace %1 (not shown)</source>
        <translation>システムキーチェーンのワークスペース %1 の項目（表示しません）</translation>
    </message>
    <message>
        <source>none yet: run floorwatch --sign-in on this computer</source>
        <translation>まだありません: このコンピューターで floorwatch --sign-in を実行してください</translation>
    </message>
    <message>
        <source>Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter; it is not shown:</source>
        <translation>Intercom アプリのアクセストークン（Developer Hub → アプリ → Authentication）を貼り付けて Enter キーを押してください。トークンは表示されません:</translation>
    </message>
    <message>
        <source>No access token was given on standard input.</source>
        <translation>標準入力からアクセストークンが渡されませんでした。</translation>
    </message>
    <message>
        <source>Note: %1 sets auth/workspace=%2, which a wall display uses before this sign-in; change it to %3.</source>
        <translation>注意: %1 で auth/workspace=%2 が設定されており、壁面ディスプレイはこのサインインより先にそれを使用します。%3 に変更してください。</translation>
    </message>
</context>
<context>
    <name>KioskConfig</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>config file</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>user settings</source>
        <translation>ユーザー設定</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Floorwatch %1: effective configuration</source>
        <translation>Floorwatch %1: 実際に使用される設定</translation>
    </message>
    <message>
        <source>Precedence: command line &gt; config file &gt; user settings &gt; defaults.</source>
        <translation>優先順位: コマンドライン &gt; 設定ファイル &gt; ユーザー設定 &gt; 既定値。</translation>
    </message>
    <message>
        <source>Config file:    %1</source>
        <translation>設定ファイル:        %1</translation>
    </message>
    <message>
        <source>(none; use --config FILE)</source>
        <translation>（なし。--config FILE で指定します）</translation>
    </message>
    <message>
        <source>User settings:  %1</source>
        <translation>ユーザー設定:        %1</translation>
    </message>
    <message>
        <source>Access token:   %1</source>
        <translation>アクセストークン:    %1</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>from</source>
        <translation>出どころ</translation>
    </message>
    <message>
        <source>(an invalid value was ignored)</source>
        <translation>（無効な値は無視されました）</translation>
    </message>
    <message>
        <source>open %1/%2, idle %3/%4</source>
        <translation>オープン %1/%2、アイドル %3/%4</translation>
    </message>
    <message>
        <source>Intercom API: %1</source>
        <translation>Intercom API: %1</translation>
    </message>
    <message>
        <source>Active: always (the display is kept awake).</source>
        <translation>稼働時間: 常時（ディスプレイは常にオンのままです）。</translation>
    </message>
    <message>
        <source>Active: %1, %2 (local time); outside these hours a dim clock and no polling.</source>
        <translation>稼働時間: %1、%2（現地時刻）。時間外は暗い時計を表示し、ポーリングしません。</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>終日</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Kiosk settings are locked; %1 exits kiosk mode.</source>
        <translation>キオスクの設定はロックされています。%1 でキオスクモードを終了します。</translation>
    </message>
</context>
<context>
    <name>KioskRunner</name>
    <message>
        <source>Floorwatch wall display during active hours</source>
        <translation>稼働時間中の Floorwatch 壁面ディスプレイ</translation>
    </message>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN; if Intercom refuses it, the keychain is asked.</source>
        <translation>FLOORWATCH_ACCESS_TOKEN のアクセストークンを使用します。Intercom に拒否された場合はキーチェーンを参照します。</translation>
    </message>
    <message>
        <source>There is no screen %1 (screens 0 to %2); using the primary screen until it appears.</source>
        <translation>画面 %1 はありません（画面は 0～%2）。画面が現れるまでプライマリ画面を使用します。</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>60 秒以内にスクリーンショット用のデータが届きませんでした</translation>
    </message>
</context>
<context>
    <name>KioskText</name>
    <message>
        <source>this user&apos;s Floorwatch settings</source>
        <translation>このユーザーの Floorwatch 設定</translation>
    </message>
    <message>
        <source>%1 rate-limited — resuming at %2</source>
        <translation>%1 レート制限中 — %2 に再開</translation>
    </message>
    <message>
        <source>%1 reconnecting — retrying in %2 s</source>
        <translation>%1 再接続中 — %2 秒後に再試行</translation>
    </message>
    <message>
        <source>%1 reconnecting…</source>
        <translation>%1 再接続中…</translation>
    </message>
    <message>
        <source>%1 reconnecting — no new numbers for %2 s</source>
        <translation>%1 再接続中 — %2 秒間新しい数値がありません</translation>
    </message>
    <message>
        <source>updated every %1 s</source>
        <translation>%1 秒ごとに更新</translation>
    </message>
    <message>
        <source>Team %1 was not found</source>
        <translation>チーム %1 が見つかりません</translation>
    </message>
    <message>
        <source>Intercom does not know this team; it may have been deleted or belong to another workspace.</source>
        <translation>Intercom にこのチームが見つかりません。削除されたか、別のワークスペースのチームである可能性があります。</translation>
    </message>
    <message>
        <source>Correct kiosk/teams in %1.</source>
        <translation>%1 の kiosk/teams を修正してください。</translation>
    </message>
    <message>
        <source>%1 cannot be shown</source>
        <translation>%1 を表示できません</translation>
    </message>
    <message>
        <source>Check the settings in %1.</source>
        <translation>%1 の設定を確認してください。</translation>
    </message>
    <message>
        <source>Intercom request id: %1</source>
        <translation>Intercom リクエスト ID: %1</translation>
    </message>
    <message>
        <source>Waiting for the first numbers from Intercom…</source>
        <translation>Intercom から最初の数値を待っています…</translation>
    </message>
    <message>
        <source>%1 appears here as soon as Intercom answers.</source>
        <translation>Intercom が応答すると、ここに %1 が表示されます。</translation>
    </message>
    <message>
        <source>This display needs to be re-authorised</source>
        <translation>このディスプレイの再認証が必要です</translation>
    </message>
    <message>
        <source>Intercom no longer accepts the access token stored on this computer: it was revoked or replaced.</source>
        <translation>このコンピューターに保存されているアクセストークンは、Intercom で受け付けられなくなりました。取り消されたか、置き換えられています。</translation>
    </message>
    <message>
        <source>This display needs to be authorised</source>
        <translation>このディスプレイの認証が必要です</translation>
    </message>
    <message>
        <source>No Intercom access token is stored on this computer for this display yet.</source>
        <translation>このディスプレイ用の Intercom アクセストークンは、このコンピューターにまだ保存されていません。</translation>
    </message>
    <message>
        <source>To fix it, an admin signs in to this computer (%1, as user %2), for example over ssh, and runs:</source>
        <translation>解決するには、管理者がこのコンピューター（%1）にユーザー %2 として ssh などでサインインし、次のコマンドを実行します:</translation>
    </message>
    <message>
        <source>then pastes the access token of the workspace&apos;s Intercom app (Developer Hub → your app → Authentication) and presses Enter.</source>
        <translation>続いて、ワークスペースの Intercom アプリのアクセストークン（Developer Hub → アプリ → Authentication）を貼り付けて Enter キーを押します。</translation>
    </message>
    <message>
        <source>This screen checks the keychain every %1 seconds and comes back by itself; nothing needs to be restarted.</source>
        <translation>この画面は %1 秒ごとにキーチェーンを確認し、自動的に復帰します。再起動は不要です。</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>設定: %1</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>ワークスペース %1</translation>
    </message>
    <message>
        <source>last checked %1</source>
        <translation>最終確認 %1</translation>
    </message>
    <message>
        <source>No teams are set for this display</source>
        <translation>このディスプレイにはチームが設定されていません</translation>
    </message>
    <message>
        <source>List the Intercom team ids to show in kiosk/teams in %1, or start Floorwatch with --team ID (once per team).</source>
        <translation>%1 の kiosk/teams に表示する Intercom のチーム ID を列挙するか、--team ID（チームごとに 1 回）を指定して Floorwatch を起動してください。</translation>
    </message>
    <message>
        <source>lists the teams of the workspace with their ids.</source>
        <translation>ワークスペースのチームを ID とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Floorwatch resumes at %1</source>
        <translation>Floorwatch は %1 に再開します</translation>
    </message>
    <message>
        <source>Floorwatch resumes tomorrow at %1</source>
        <translation>Floorwatch は明日 %1 に再開します</translation>
    </message>
    <message>
        <source>Floorwatch resumes on %1 at %2</source>
        <translation>Floorwatch は%1 %2 に再開します</translation>
    </message>
    <message>
        <source>%1  ·  %2 of %3</source>
        <translation>%1  ·  %2 / %3</translation>
    </message>
    <message>
        <source>%1 %2 at %3+</source>
        <translation>%1 %3以上: %2人</translation>
    </message>
    <message>
        <source>everyone below %1</source>
        <translation>全員 %1 未満</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>%1 of %2 active</source>
        <translation>%2人中 %1人がアクティブ</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Most loaded</source>
        <translation>負荷の高いチームメイト</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>上限 %1</translation>
    </message>
    <message>
        <source>%1 (away)</source>
        <translation>%1（不在）</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>The trend builds up over the shift.</source>
        <translation>シフトが進むと推移が表示されます。</translation>
    </message>
    <message>
        <source>This display tries again every %1 minutes; the other teams keep rotating.</source>
        <translation>このディスプレイは %1 分ごとに再試行します。ほかのチームの表示は続きます。</translation>
    </message>
    <message>
        <source>+ %1 more, less loaded</source>
        <translation>+ ほか %1 人（負荷が低い）</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>KioskView</name>
    <message>
        <source>Floorwatch wall display</source>
        <translation>Floorwatch 壁面ディスプレイ</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <source>%1 not shown</source>
        <translation>%1 非表示</translation>
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
        <translation>チーム</translation>
    </message>
    <message>
        <source>Pinned teams</source>
        <translation>ピン留めしたチーム</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>チーム…</translation>
    </message>
    <message>
        <source>Choose and pin teams (Ctrl+T)</source>
        <translation>チームを選択してピン留め (Ctrl+T)</translation>
    </message>
    <message>
        <source>Idle after</source>
        <translation>アイドル判定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>アイドルしきい値（分）</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>アイドルしきい値（秒）</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>更新間隔</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>ポーリング間隔（秒）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Poll this team now (F5)</source>
        <translation>このチームを今すぐ取得 (F5)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Choose &amp;team…</source>
        <translation>チームを選択(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>サインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Floorwatch</source>
        <translation>Floorwatch について(&amp;A)</translation>
    </message>
    <message>
        <source>About Floorwatch</source>
        <translation>Floorwatch について</translation>
    </message>
    <message>
        <source>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;Live Intercom team load for support supervisors and wall displays.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Floorwatch %1&lt;/b&gt;&lt;p&gt;サポートのスーパーバイザーと壁面ディスプレイのための、Intercom チームの負荷のリアルタイム表示。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(%1 s)</source>
        <translation>（%1 秒）</translation>
    </message>
    <message>
        <source>(%1 s: the nearest Intercom allows)</source>
        <translation>（%1 秒: Intercom で使用できる最も近い値）</translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation>チーム %1</translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>チーム ID %1</translation>
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
        <translation>アドレスに「state」が含まれていないため、Floorwatch はこのサインインのものか判断できません。ブラウザーのアドレスバーからアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>This address does not belong to the sign-in Floorwatch started (its state does not match), so it was refused. If you started signing in more than once, use the address from the last attempt.</source>
        <translation>このアドレスは Floorwatch が開始したサインインのものではないため（state が一致しません）、拒否されました。サインインを複数回開始した場合は、最後の試行のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>Intercom did not give Floorwatch access (%1). Start again and allow access, or ask an Intercom admin to install the app.</source>
        <translation>Intercom は Floorwatch にアクセスを許可しませんでした（%1）。もう一度開始してアクセスを許可するか、Intercom の管理者にアプリのインストールを依頼してください。</translation>
    </message>
    <message>
        <source>The address has no authorization code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>アドレスに認可コードが含まれていません。アクセスを許可した後、ブラウザーのアドレスバーからアドレス全体をコピーしてください。</translation>
    </message>
</context>
<context>
    <name>OAuthRedirectListener</name>
    <message>
        <source>Floorwatch receives the sign-in only at a loopback address such as http://127.0.0.1:PORT/…, not at %1.</source>
        <translation>Floorwatch は http://127.0.0.1:PORT/… のようなループバックアドレスでのみサインインを受け取ります。%1 では受け取りません。</translation>
    </message>
    <message>
        <source>Floorwatch cannot receive the sign-in at %1:%2 (%3). Close the program that uses this port, or paste the address instead.</source>
        <translation>Floorwatch は %1:%2 でサインインを受け取れません（%3）。このポートを使用しているプログラムを閉じるか、代わりにアドレスを貼り付けてください。</translation>
    </message>
    <message>
        <source>Floorwatch could not read this request.</source>
        <translation>Floorwatch はこのリクエストを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>見つかりません。</translation>
    </message>
    <message>
        <source>Floorwatch received the authorization from Intercom. You can close this tab and return to Floorwatch.</source>
        <translation>Floorwatch は Intercom から承認を受け取りました。このタブを閉じて Floorwatch に戻ってください。</translation>
    </message>
</context>
<context>
    <name>OAuthSignIn</name>
    <message>
        <source>No OAuth client id is set. Enter the client id of your organisation&apos;s Intercom app in the settings.</source>
        <translation>OAuth クライアント ID が設定されていません。設定で、組織の Intercom アプリのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>The OAuth redirect address &quot;%1&quot; cannot be used: Intercom needs an https address, or http://127.0.0.1:PORT/… for Floorwatch to receive it itself.</source>
        <translation>OAuth リダイレクトアドレス「%1」は使用できません。Intercom には https のアドレス、または Floorwatch が自分で受け取るための http://127.0.0.1:PORT/… が必要です。</translation>
    </message>
    <message>
        <source>This is not the address Intercom sent you to: it has no code. Copy the whole address from the browser&apos;s address bar after you allowed access.</source>
        <translation>これは Intercom から送られたアドレスではありません。コードが含まれていません。アクセスを許可した後、ブラウザーのアドレスバーからアドレス全体をコピーしてください。</translation>
    </message>
    <message>
        <source>No sign-in with Intercom is in progress. Start it again, then use the address you are sent to.</source>
        <translation>Intercom でのサインインは進行していません。もう一度開始してから、転送先のアドレスを使用してください。</translation>
    </message>
    <message>
        <source>This sign-in is already being completed.</source>
        <translation>このサインインはすでに完了処理中です。</translation>
    </message>
    <message>
        <source>The OAuth client secret is not set. Enter it in the settings.</source>
        <translation>OAuth クライアントシークレットが設定されていません。設定で入力してください。</translation>
    </message>
    <message>
        <source>The OAuth client secret could not be read from the keychain. %1</source>
        <translation>キーチェーンから OAuth クライアントシークレットを読み取れませんでした。%1</translation>
    </message>
</context>
<context>
    <name>OAuthTokenExchange</name>
    <message>
        <source>Intercom did not answer in time while finishing the sign-in. Try again.</source>
        <translation>サインインの完了中に Intercom から時間内に応答がありませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach Intercom to finish the sign-in (%1). Check the network connection and try again.</source>
        <translation>サインインを完了するために Intercom に接続できませんでした（%1）。ネットワーク接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Intercom refused to finish the sign-in (%1): the client id or client secret is wrong, or the code was already used. Check the app&apos;s settings and sign in again.</source>
        <translation>Intercom がサインインの完了を拒否しました（%1）。クライアント ID またはクライアントシークレットが間違っているか、コードが使用済みです。アプリの設定を確認して、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Intercom&apos;s answer had no access token; the sign-in did not finish.</source>
        <translation>Intercom の応答にアクセストークンが含まれていなかったため、サインインは完了しませんでした。</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>away: %1</source>
        <translation>不在: %1</translation>
    </message>
    <message>
        <source>away</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>TEAMMATE</source>
        <translation>チームメイト</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>IDLE</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>SNOOZED</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1 (team %2) · as of %3 · idle after %4 s
</source>
        <translation>%1（チーム %2）· %3 時点 · アイドル判定 %4 秒
</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TEAM</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>TEAMMATES</source>
        <translation>チームメイト数</translation>
    </message>
    <message>
        <source>ASSIGNMENT LIMIT</source>
        <translation>割り当て上限</translation>
    </message>
</context>
<context>
    <name>Parsers</name>
    <message>
        <source>the body is empty</source>
        <translation>本文が空です</translation>
    </message>
    <message>
        <source>the body is an HTML page, not JSON</source>
        <translation>本文が JSON ではなく HTML ページです</translation>
    </message>
    <message>
        <source>the body is not valid JSON (%1 at byte %2)</source>
        <translation>本文が有効な JSON ではありません（%2 バイト目で %1）</translation>
    </message>
    <message>
        <source>expected an object of type &quot;%1&quot; but got &quot;%2&quot;</source>
        <translation>「%1」型のオブジェクトが必要ですが、「%2」を受け取りました</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>文字列ではありません</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>本文が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an array</source>
        <translation>「%1」が配列ではありません</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not an object</source>
        <translation>「%1[%2]」がオブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>「%1」が有効な ID ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>「%1」が文字列ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>「%1」が true でも false でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>「%1」が数値ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number (%2)</source>
        <translation>「%1」が整数ではありません（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is negative (%2)</source>
        <translation>「%1」が負の値です（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large (%2)</source>
        <translation>「%1」が大きすぎます（%2）</translation>
    </message>
    <message>
        <source>&quot;%1[%2]&quot; is not a valid id</source>
        <translation>「%1[%2]」が有効な ID ではありません</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is missing</source>
        <translation>「%1.admin_id」がありません</translation>
    </message>
    <message>
        <source>&quot;%1.admin_id&quot; is not a valid id</source>
        <translation>「%1.admin_id」が有効な ID ではありません</translation>
    </message>
    <message>
        <source>admin_id &quot;%1&quot; appears twice in the metrics</source>
        <translation>admin_id「%1」がメトリクスに 2 回出現しています</translation>
    </message>
    <message>
        <source>&quot;app&quot; is missing</source>
        <translation>「app」がありません</translation>
    </message>
    <message>
        <source>team id &quot;%1&quot; appears twice</source>
        <translation>チーム ID「%1」が 2 回出現しています</translation>
    </message>
    <message>
        <source>admin id &quot;%1&quot; appears twice</source>
        <translation>管理者 ID「%1」が 2 回出現しています</translation>
    </message>
    <message>
        <source>&quot;%1.away_status_reason_id&quot; is not a valid id</source>
        <translation>「%1.away_status_reason_id」が有効な ID ではありません</translation>
    </message>
</context>
<context>
    <name>PrintCommand</name>
    <message>
        <source>(request id: %1)</source>
        <translation>（リクエスト ID: %1）</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>It must not contain spaces.</source>
        <translation>値に空白を含めることはできません。</translation>
    </message>
    <message>
        <source>The API version must not be empty: use 2.16, Preview or Unstable.</source>
        <translation>API バージョンを空にすることはできません。2.16、Preview、Unstable のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The API version is too long.</source>
        <translation>API バージョンが長すぎます。</translation>
    </message>
    <message>
        <source>The API base URL must not start or end with spaces.</source>
        <translation>API ベース URL の先頭と末尾に空白を入れることはできません。</translation>
    </message>
    <message>
        <source>The API base URL must not contain a user name or password.</source>
        <translation>API ベース URL にユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>The value is too long.</source>
        <translation>値が長すぎます。</translation>
    </message>
    <message>
        <source>The redirect URL is not a valid URL.</source>
        <translation>リダイレクト URL が有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The redirect URL must not contain a user name, password or fragment.</source>
        <translation>リダイレクト URL にユーザー名、パスワード、フラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>The redirect URL must use https (plain http only to this computer).</source>
        <translation>リダイレクト URL には https を使用してください（暗号化されていない http はこのコンピューター宛てのみ）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a team id.</source>
        <translation>「%1」はチーム ID ではありません。</translation>
    </message>
    <message>
        <source>At most %1 teams can be listed.</source>
        <translation>指定できるチームは最大 %1 個です。</translation>
    </message>
    <message>
        <source>Team %1 is listed twice.</source>
        <translation>チーム %1 が重複しています。</translation>
    </message>
    <message>
        <source>The value is too large.</source>
        <translation>値が大きすぎます。</translation>
    </message>
    <message>
        <source>Active hours look like 07:00-19:00 (24-hour clock, start and end differ).</source>
        <translation>稼働時間は 07:00-19:00 のように指定します（24 時間表記、開始と終了は別の時刻）。</translation>
    </message>
    <message>
        <source>Active days are day names or ranges such as mon-fri or sat, sun.</source>
        <translation>稼働日は曜日名か、mon-fri や sat, sun のような範囲で指定します。</translation>
    </message>
    <message>
        <source>The exit shortcut needs at least one of Ctrl, Alt, Shift or Meta and a key, e.g. Ctrl+Alt+Shift+Q.</source>
        <translation>終了用ショートカットには、Ctrl、Alt、Shift、Meta のいずれか 1 つ以上とキーが必要です（例: Ctrl+Alt+Shift+Q）。</translation>
    </message>
    <message>
        <source>Use true or false.</source>
        <translation>true または false を使用してください。</translation>
    </message>
    <message>
        <source>Use a whole number from %1 to %2.</source>
        <translation>%1～%2 の整数を使用してください。</translation>
    </message>
    <message>
        <source>Use a single text value.</source>
        <translation>単一のテキスト値を使用してください。</translation>
    </message>
    <message>
        <source>Use a list of text values.</source>
        <translation>テキスト値のリストを使用してください。</translation>
    </message>
    <message>
        <source>Use binary data.</source>
        <translation>バイナリデータを使用してください。</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>次のいずれかを使用してください: %1。</translation>
    </message>
    <message>
        <source>Thresholds must be whole numbers from %1 to %2.</source>
        <translation>しきい値は %1～%2 の整数で指定してください。</translation>
    </message>
    <message>
        <source>The critical level for open conversations (%1) is below the warning level (%2).</source>
        <translation>オープンの会話の重大レベル（%1）が警告レベル（%2）を下回っています。</translation>
    </message>
    <message>
        <source>The critical level for idle conversations (%1) is below the warning level (%2).</source>
        <translation>アイドルの会話の重大レベル（%1）が警告レベル（%2）を下回っています。</translation>
    </message>
    <message>
        <source>The settings version is managed by Floorwatch.</source>
        <translation>設定のバージョンは Floorwatch が管理します。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Floorwatch Settings</source>
        <translation>Floorwatch の設定</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Where your Intercom workspace is hosted</source>
        <translation>Intercom ワークスペースがホストされている場所</translation>
    </message>
    <message>
        <source>API &amp;version:</source>
        <translation>API バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>Sent to Intercom with every request; 2.16 is the stable version</source>
        <translation>すべてのリクエストで Intercom に送信されます。2.16 が安定版です</translation>
    </message>
    <message>
        <source>API version problem</source>
        <translation>API バージョンの問題</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>Custom &amp;base URL:</source>
        <translation>カスタムベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>https://intercom-proxy.example.com</source>
        <translation>https://intercom-proxy.example.com</translation>
    </message>
    <message>
        <source>Custom base URL</source>
        <translation>カスタムベース URL</translation>
    </message>
    <message>
        <source>Custom base URL problem</source>
        <translation>カスタムベース URL の問題</translation>
    </message>
    <message>
        <source>Replaces the region&apos;s server, e.g. for a proxy. Leave empty to use the region.</source>
        <translation>リージョンのサーバーの代わりに使用します（プロキシ用など）。リージョンを使用する場合は空欄のままにします。</translation>
    </message>
    <message>
        <source>Polling</source>
        <translation>ポーリング</translation>
    </message>
    <message>
        <source>Poll e&amp;very:</source>
        <translation>ポーリング間隔(&amp;E):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>ポーリング間隔（秒）</translation>
    </message>
    <message>
        <source>&amp;Idle after:</source>
        <translation>アイドル判定(&amp;I):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Idle threshold, minutes</source>
        <translation>アイドルしきい値（分）</translation>
    </message>
    <message>
        <source>Idle threshold, seconds</source>
        <translation>アイドルしきい値（秒）</translation>
    </message>
    <message>
        <source>Effective idle threshold</source>
        <translation>実際のアイドルしきい値</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Warning at</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical at</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>&amp;Open conversations:</source>
        <translation>オープンの会話(&amp;O):</translation>
    </message>
    <message>
        <source>Open conversations, warning level</source>
        <translation>オープンの会話、警告レベル</translation>
    </message>
    <message>
        <source>Open conversations, critical level</source>
        <translation>オープンの会話、重大レベル</translation>
    </message>
    <message>
        <source>I&amp;dle conversations:</source>
        <translation>アイドルの会話(&amp;D):</translation>
    </message>
    <message>
        <source>Idle conversations, warning level</source>
        <translation>アイドルの会話、警告レベル</translation>
    </message>
    <message>
        <source>Idle conversations, critical level</source>
        <translation>アイドルの会話、重大レベル</translation>
    </message>
    <message>
        <source>Thresholds problem</source>
        <translation>しきい値の問題</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>ダイアログのボタン</translation>
    </message>
    <message>
        <source>United States (api.intercom.io)</source>
        <translation>米国 (api.intercom.io)</translation>
    </message>
    <message>
        <source>Europe (api.eu.intercom.io)</source>
        <translation>ヨーロッパ (api.eu.intercom.io)</translation>
    </message>
    <message>
        <source>Australia (api.au.intercom.io)</source>
        <translation>オーストラリア (api.au.intercom.io)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the shortest threshold Intercom accepts.</source>
        <translation>アイドル判定: %1 分 %2 秒（%3 秒）。Intercom で使用できる最短のしきい値です。</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s): the longest threshold Intercom accepts.</source>
        <translation>アイドル判定: %1 分 %2 秒（%3 秒）。Intercom で使用できる最長のしきい値です。</translation>
    </message>
    <message>
        <source>Idle after %1 min %2 s (%3 s)</source>
        <translation>アイドル判定: %1 分 %2 秒（%3 秒）</translation>
    </message>
    <message>
        <source>Thresholds for the team on screen only</source>
        <translation>表示中のチームのみのしきい値</translation>
    </message>
    <message>
        <source>Use these thresholds for %1 only</source>
        <translation>このしきい値を %1 のみに使用する</translation>
    </message>
</context>
<context>
    <name>SettingsStores</name>
    <message>
        <source>The configuration file %1 does not exist or cannot be read.</source>
        <translation>設定ファイル %1 が存在しないか、読み取れません。</translation>
    </message>
    <message>
        <source>The configuration file %1 is not a valid INI file.</source>
        <translation>設定ファイル %1 は有効な INI ファイルではありません。</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>No access token was given on standard input. Paste the access token of your Intercom app (Developer Hub → your app → Authentication) and press Enter.</source>
        <translation>標準入力からアクセストークンが渡されませんでした。Intercom アプリのアクセストークン（Developer Hub → アプリ → Authentication）を貼り付けて Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Intercom accepted the token, but the system keychain could not keep it: %1 Nothing was saved.</source>
        <translation>Intercom はトークンを受け付けましたが、システムキーチェーンに保存できませんでした: %1 何も保存されていません。</translation>
    </message>
    <message>
        <source>Signed in to %1 (workspace %2, region %3). The access token is in the system keychain; a wall display on this computer picks it up within a minute.</source>
        <translation>%1 にサインインしました（ワークスペース %2、リージョン %3）。アクセストークンはシステムキーチェーンにあります。このコンピューターの壁面ディスプレイは 1 分以内にそれを使い始めます。</translation>
    </message>
</context>
<context>
    <name>SignInController</name>
    <message>
        <source>Using the access token from FLOORWATCH_ACCESS_TOKEN, not the one stored in the keychain for workspace %1.</source>
        <translation>キーチェーンに保存されているワークスペース %1 のトークンではなく、FLOORWATCH_ACCESS_TOKEN のアクセストークンを使用しています。</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>%1 にサインインしました。</translation>
    </message>
    <message>
        <source>Signed in to %1 for this run only.</source>
        <translation>今回の実行中のみ %1 にサインインしました。</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Intercom</source>
        <translation>Intercom にサインイン</translation>
    </message>
    <message>
        <source>Floorwatch reads your team&apos;s load with the access token of a private Intercom app. To find it, open Intercom&apos;s Developer Hub, choose your app, then Authentication, and copy the access token. The app needs the read_admins permission. The token is kept in the system keychain only.</source>
        <translation>Floorwatch は、プライベート Intercom アプリのアクセストークンを使ってチームの負荷を読み取ります。トークンは、Intercom の Developer Hub でアプリを選び、Authentication を開いてコピーしてください。アプリには read_admins 権限が必要です。トークンはシステムキーチェーンにのみ保存されます。</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>アクセストークン(&amp;T):</translation>
    </message>
    <message>
        <source>Paste the access token here</source>
        <translation>ここにアクセストークンを貼り付け</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>The access token of your Intercom app; it is hidden as you type</source>
        <translation>Intercom アプリのアクセストークン。入力中は表示されません</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>確認(&amp;H)</translation>
    </message>
    <message>
        <source>Check the access token</source>
        <translation>アクセストークンを確認</translation>
    </message>
    <message>
        <source>Checking with Intercom</source>
        <translation>Intercom で確認中</translation>
    </message>
    <message>
        <source>Intercom accepted the token</source>
        <translation>Intercom がトークンを受け付けました</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>ワークスペース:</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>リージョン:</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Token of:</source>
        <translation>トークンの所有者:</translation>
    </message>
    <message>
        <source>Admin the token belongs to</source>
        <translation>トークンを所有する管理者</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Use this token for this run only (it is not saved; you sign in again next time)</source>
        <translation>このトークンを今回の実行中のみ使用する(&amp;U)（保存されません。次回はもう一度サインインします）</translation>
    </message>
    <message>
        <source>Use this token for this run only</source>
        <translation>このトークンを今回の実行中のみ使用する</translation>
    </message>
    <message>
        <source>Sign in with Intercom (OAuth)</source>
        <translation>Intercom でサインイン (OAuth)</translation>
    </message>
    <message>
        <source>Your organisation registered its own Intercom app. Sign in in the browser and allow access. If Floorwatch does not continue by itself, paste the address the browser ended on below.</source>
        <translation>組織が独自の Intercom アプリを登録しています。ブラウザーでサインインしてアクセスを許可してください。Floorwatch が自動的に続行しない場合は、ブラウザーが最後に表示したアドレスを下に貼り付けてください。</translation>
    </message>
    <message>
        <source>Sign in with &amp;Intercom…</source>
        <translation>Intercom でサインイン(&amp;I)…</translation>
    </message>
    <message>
        <source>Sign in with Intercom in the browser</source>
        <translation>ブラウザーで Intercom にサインイン</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Paste the address you were redirected to</source>
        <translation>リダイレクト先のアドレスを貼り付け</translation>
    </message>
    <message>
        <source>Address you were redirected to</source>
        <translation>リダイレクト先のアドレス</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <source>Continue with the pasted address</source>
        <translation>貼り付けたアドレスで続行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel signing in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Opening Intercom in your browser…</source>
        <translation>ブラウザーで Intercom を開いています…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1, through the custom API address %2</source>
        <translation>%1（カスタム API アドレス %2 経由）</translation>
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
        <translation>Intercom を待っています。ブラウザーでアクセスを許可してください。Floorwatch が自動的に続行しない場合は、ブラウザーが最後に表示したアドレスを上に貼り付けてください。</translation>
    </message>
    <message>
        <source>Floorwatch could not open a browser. Open this address yourself: %1</source>
        <translation>Floorwatch はブラウザーを開けませんでした。次のアドレスを手動で開いてください: %1</translation>
    </message>
    <message>
        <source>Intercom gave access; checking the token…</source>
        <translation>Intercom がアクセスを許可しました。トークンを確認しています…</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <source>Intercom refused this access token: it is not valid, has been revoked, or belongs to a workspace in another region. Copy it again from the Developer Hub (your app → Authentication). Nothing was saved.</source>
        <translation>Intercom はこのアクセストークンを拒否しました。トークンが無効か、取り消されているか、別のリージョンのワークスペースのものです。Developer Hub（アプリ → Authentication）からもう一度コピーしてください。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 何も保存されていません。</translation>
    </message>
    <message>
        <source>Paste the access token first.</source>
        <translation>まずアクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>No Intercom API address is set.</source>
        <translation>Intercom API のアドレスが設定されていません。</translation>
    </message>
</context>
<context>
    <name>SimApp</name>
    <message>
        <source>round robin</source>
        <translation>ラウンドロビン</translation>
    </message>
    <message>
        <source>load balanced</source>
        <translation>負荷分散</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: %2 teammates in %3 teams, simulated time %4</source>
        <translation>ワークスペース「%1」: %3 チームにチームメイト %2 人、シミュレーション時刻 %4</translation>
    </message>
    <message>
        <source>  team %1  %2 (%3 teammates, %4</source>
        <translation>  チーム %1  %2（チームメイト %3 人、%4</translation>
    </message>
    <message>
        <source>, limit %1</source>
        <translation>、上限 %1</translation>
    </message>
    <message>
        <source>  metrics restricted</source>
        <translation>  メトリクス制限あり</translation>
    </message>
    <message>
        <source>Try &apos;floorwatch-sim --help&apos; for more information.</source>
        <translation>詳しくは「floorwatch-sim --help」を実行してください。</translation>
    </message>
    <message>
        <source>warning: --restricted-team %1 is not a team of this workspace</source>
        <translation>警告: --restricted-team %1 はこのワークスペースのチームではありません</translation>
    </message>
    <message>
        <source>floorwatch-sim: cannot listen on 127.0.0.1 port %1: %2</source>
        <translation>floorwatch-sim: 127.0.0.1 のポート %1 で待ち受けできません: %2</translation>
    </message>
    <message>
        <source>Serves a simulated Intercom workspace on 127.0.0.1 for Floorwatch: teams, teammates and conversations that change over a simulated working day, behind the same REST endpoints, errors and rate limits as Intercom, with faults on demand.</source>
        <translation>Floorwatch 用に、シミュレーションした Intercom ワークスペースを 127.0.0.1 で提供します。チーム、チームメイト、会話がシミュレーション上の勤務日を通して変化し、Intercom と同じ REST エンドポイント、エラー、レート制限で応答します。障害も必要に応じて発生させられます。</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1; 0 picks a free one.</source>
        <translation>127.0.0.1 の TCP ポート。0 で空いているポートを選びます。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Access token clients must send as a bearer token. Default: the FLOORWATCH_SIM_TOKEN environment variable.</source>
        <translation>クライアントが Bearer トークンとして送信する必要があるアクセストークン。既定: 環境変数 FLOORWATCH_SIM_TOKEN。</translation>
    </message>
    <message>
        <source>token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Seed of the simulation; the same seed gives the same workspace.</source>
        <translation>シミュレーションのシード。同じシードからは同じワークスペースが生成されます。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Number of teams.</source>
        <translation>チーム数。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Teammates in each team.</source>
        <translation>各チームのチームメイト数。</translation>
    </message>
    <message>
        <source>Simulated seconds per real second, e.g. 30 for a demo.</source>
        <translation>実時間 1 秒あたりのシミュレーション秒数（例: デモでは 30）。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>倍率</translation>
    </message>
    <message>
        <source>Simulated time of day when serving starts (HH:MM).</source>
        <translation>提供開始時のシミュレーション上の時刻（HH:MM）。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Requests allowed per minute, enforced per 10-second window (a sixth each).</source>
        <translation>1 分あたりに許可するリクエスト数。10 秒ごとのウィンドウで適用します（各 6 分の 1）。</translation>
    </message>
    <message>
        <source>Answer 403 api_plan_restricted on this team&apos;s metrics. Repeatable.</source>
        <translation>このチームのメトリクスに 403 api_plan_restricted で応答します。複数回指定できます。</translation>
    </message>
    <message>
        <source>team-id</source>
        <translation>チーム ID</translation>
    </message>
    <message>
        <source>The workspace lacks real-time monitoring: 403 on all metrics.</source>
        <translation>ワークスペースにリアルタイムモニタリングがない状態: すべてのメトリクスに 403。</translation>
    </message>
    <message>
        <source>Fault: delay every reply by this many milliseconds.</source>
        <translation>障害: すべての応答をこのミリ秒数だけ遅らせます。</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Fault: accept requests and never answer them.</source>
        <translation>障害: リクエストを受け付けるが、応答しません。</translation>
    </message>
    <message>
        <source>Fault: answer this share of requests (0 to 1) with 500, 502, 503 or 504.</source>
        <translation>障害: この割合（0～1）のリクエストに 500、502、503、504 のいずれかで応答します。</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>Fault: the next this many requests get 429 rate_limit_exceeded.</source>
        <translation>障害: 次のこの数のリクエストに 429 rate_limit_exceeded を返します。</translation>
    </message>
    <message>
        <source>Fault: repeat the 429 burst every this many seconds.</source>
        <translation>障害: 429 の連続をこの秒数ごとに繰り返します。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Fault: truncated (Content-Length larger than the body, then the connection closes), malformed-json, html-502, html-200 or redirect-http.</source>
        <translation>障害: truncated（Content-Length が本文より大きく、その後接続を閉じる）、malformed-json、html-502、html-200、redirect-http。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Apply faults to /teams/{id}/metrics only, not to every API path.</source>
        <translation>障害を /teams/{id}/metrics にのみ適用し、他の API パスには適用しません。</translation>
    </message>
    <message>
        <source>unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 には %2～%3 の整数を指定してください</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 には %2～%3 の数値を指定してください</translation>
    </message>
    <message>
        <source>--start-time must be a time of day such as 09:15</source>
        <translation>--start-time には 09:15 のような時刻を指定してください</translation>
    </message>
    <message>
        <source>--body-fault must be one of: none, truncated, malformed-json, html-502, html-200, redirect-http</source>
        <translation>--body-fault には none、truncated、malformed-json、html-502、html-200、redirect-http のいずれかを指定してください</translation>
    </message>
    <message>
        <source>an access token is required: pass --token or set FLOORWATCH_SIM_TOKEN</source>
        <translation>アクセストークンが必要です: --token を指定するか、FLOORWATCH_SIM_TOKEN を設定してください</translation>
    </message>
    <message>
        <source>--rate-limit-burst-every needs --rate-limit-burst to say how many requests get 429</source>
        <translation>--rate-limit-burst-every には、429 を返すリクエスト数を指定する --rate-limit-burst が必要です</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>エラーの詳細を表示</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>サインイン…</translation>
    </message>
    <message>
        <source>Pick a team…</source>
        <translation>チームを選択…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス: %1</translation>
    </message>
    <message>
        <source>Intercom error code: %1</source>
        <translation>Intercom のエラーコード: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>詳細: %1</translation>
    </message>
    <message>
        <source>Failed attempts in a row: %1</source>
        <translation>連続失敗回数: %1</translation>
    </message>
    <message>
        <source>Rate-limited by Intercom: paused until %1 (%2 s).</source>
        <translation>Intercom のレート制限中: %1 まで一時停止（%2 秒）。</translation>
    </message>
    <message>
        <source>Offline — retrying in %1 s. %2</source>
        <translation>オフライン — %1 秒後に再試行します。%2</translation>
    </message>
    <message>
        <source>%1 Retrying in %2 s.</source>
        <translation>%1 %2 秒後に再試行します。</translation>
    </message>
</context>
<context>
    <name>SummaryHeader</name>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Active · away</source>
        <translation>アクティブ · 不在</translation>
    </message>
    <message>
        <source>Capacity in use</source>
        <translation>使用中のキャパシティ</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation(s)</source>
        <translation>
            <numerusform>オープンの会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation(s)</source>
        <translation>
            <numerusform>アイドルの会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation(s)</source>
        <translation>
            <numerusform>スヌーズ中の会話 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 teammates active, %2 away</source>
        <translation>アクティブなチームメイト %1 人、不在 %2 人</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Capacity in use (%1 of %2)</source>
        <translation>使用中のキャパシティ（%2 件中 %1 件）</translation>
    </message>
</context>
<context>
    <name>TeamPicker</name>
    <message>
        <source>Choose a team</source>
        <translation>チームを選択</translation>
    </message>
    <message>
        <source>Search teams</source>
        <translation>チームを検索</translation>
    </message>
    <message>
        <source>Teams; tick a team to pin it as a tab</source>
        <translation>チーム。チェックを入れるとタブとしてピン留めされます</translation>
    </message>
    <message>
        <source>Loading teams…</source>
        <translation>チームを読み込んでいます…</translation>
    </message>
    <message>
        <source>Tick teams to keep them as tabs; double-click or press Enter to open one.</source>
        <translation>チェックを入れたチームはタブとして残ります。ダブルクリックするか Enter キーを押すとチームを開きます。</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n teammate(s)</source>
        <translation>
            <numerusform>%1  ·  チームメイト %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Team id %1</source>
        <translation>チーム ID %1</translation>
    </message>
    <message>
        <source>This workspace has no teams.</source>
        <translation>このワークスペースにはチームがありません。</translation>
    </message>
</context>
<context>
    <name>TeamSnapshot</name>
    <message>
        <source>Teammate %1</source>
        <translation>チームメイト %1</translation>
    </message>
</context>
<context>
    <name>TeammateTableModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>アイドル</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>スヌーズ</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Since change</source>
        <translation>変化後</translation>
    </message>
    <message>
        <source>Open conversations assigned to the teammate</source>
        <translation>チームメイトに割り当てられたオープンの会話</translation>
    </message>
    <message>
        <source>Open conversations waiting for a reply longer than the idle threshold</source>
        <translation>アイドルしきい値より長く返信を待っているオープンの会話</translation>
    </message>
    <message>
        <source>Snoozed conversations</source>
        <translation>スヌーズ中の会話</translation>
    </message>
    <message>
        <source>Open conversations as a share of the team&apos;s assignment limit</source>
        <translation>チームの割り当て上限に対するオープンの会話の割合</translation>
    </message>
    <message>
        <source>Time since the teammate&apos;s open, idle or snoozed counts last changed</source>
        <translation>チームメイトのオープン・アイドル・スヌーズの件数が最後に変化してからの時間</translation>
    </message>
    <message>
        <source>now</source>
        <translation>今</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Away · %1</source>
        <translation>不在 · %1</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 — critical, at or above %2</source>
        <translation>%1 — 重大（%2 以上）</translation>
    </message>
    <message>
        <source>%1 — warning, at or above %2</source>
        <translation>%1 — 警告（%2 以上）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 — not in the teammate directory yet</source>
        <translation>%1 — まだチームメイト一覧にありません</translation>
    </message>
    <message>
        <source>Away: %1</source>
        <translation>不在: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open conversation</source>
        <translation>
            <numerusform>オープンの会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open conversations</source>
        <translation>
            <numerusform>オープンの会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversation</source>
        <translation>
            <numerusform>アイドルの会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idle conversations</source>
        <translation>
            <numerusform>アイドルの会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversation</source>
        <translation>
            <numerusform>スヌーズ中の会話 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n snoozed conversations</source>
        <translation>
            <numerusform>スヌーズ中の会話 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the assignment limit of %2 (%3 %)</source>
        <translation>割り当て上限 %2 件のうち %1 件（%3%）</translation>
    </message>
    <message>
        <source>This team has no assignment limit</source>
        <translation>このチームには割り当て上限がありません</translation>
    </message>
    <message>
        <source>Counts changed just now</source>
        <translation>件数はたった今変化しました</translation>
    </message>
    <message>
        <source>Counts last changed %1 ago</source>
        <translation>件数の最終変化: %1前</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>&quot;%1&quot; cannot name a workspace.</source>
        <translation>「%1」はワークスペース名として使用できません。</translation>
    </message>
    <message>
        <source>There is no access token to store.</source>
        <translation>保存するアクセストークンがありません。</translation>
    </message>
</context>
<context>
    <name>TokenStoreError</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS のキーチェーン</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Windows の資格情報マネージャー</translation>
    </message>
    <message>
        <source>a Secret Service keyring such as GNOME Keyring or KWallet</source>
        <translation>GNOME Keyring や KWallet などの Secret Service キーリング</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>（キーチェーンからのメッセージ: %1）</translation>
    </message>
    <message>
        <source>No access token is stored for this workspace. If you signed in before, the keyring may be locked, which looks the same: unlock it and try again, or sign in again.</source>
        <translation>このワークスペースのアクセストークンは保存されていません。以前にサインインしたことがある場合は、キーリングがロックされている可能性があります（同じように見えます）。ロックを解除してもう一度お試しいただくか、もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>No keychain is available: Floorwatch stores the access token only in the system keychain (%1). Install or unlock one and try again, or use the token for this run only; it is never written to disk.</source>
        <translation>キーチェーンを利用できません。Floorwatch はアクセストークンをシステムキーチェーン（%1）にのみ保存します。キーチェーンをインストールするかロックを解除してもう一度お試しいただくか、今回の実行中のみトークンを使用してください。トークンがディスクに書き込まれることはありません。</translation>
    </message>
    <message>
        <source>Floorwatch was not allowed to use the keychain (%1). Unlock it or allow access when asked, then try again, or use the token for this run only.</source>
        <translation>Floorwatch はキーチェーンの使用を許可されませんでした（%1）。ロックを解除するか、確認されたらアクセスを許可してからもう一度お試しいただくか、今回の実行中のみトークンを使用してください。</translation>
    </message>
    <message>
        <source>The keychain reported an error.</source>
        <translation>キーチェーンでエラーが発生しました。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try --help.</source>
        <translation>--help を参照してください。</translation>
    </message>
    <message>
        <source>--config is read by the wall display (--kiosk, or kiosk/enabled=true in it); this window uses your own settings.</source>
        <translation>--config は壁面ディスプレイ（--kiosk、またはファイル内の kiosk/enabled=true）が読み取ります。このウィンドウではご自身の設定を使用します。</translation>
    </message>
    <message>
        <source>No access token: set the environment variable FLOORWATCH_ACCESS_TOKEN to a private app&apos;s access token, or try --demo.</source>
        <translation>アクセストークンがありません。環境変数 FLOORWATCH_ACCESS_TOKEN にプライベートアプリのアクセストークンを設定するか、--demo をお試しください。</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 に書き込めませんでした</translation>
    </message>
    <message>
        <source>no data arrived for the screenshot within 60 s</source>
        <translation>60 秒以内にスクリーンショット用のデータが届きませんでした</translation>
    </message>
</context>
</TS>
