<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the network connection and that %1 is reachable.</source>
        <translation>Prüfen Sie die Netzwerkverbindung und ob %1 erreichbar ist.</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed for this computer (loopback).</source>
        <translation>Verwenden Sie eine https://-Adresse; unverschlüsseltes http ist nur für diesen Computer (loopback) erlaubt.</translation>
    </message>
    <message>
        <source>Download links expire: refresh the artifact to get fresh links.</source>
        <translation>Download-Links laufen ab: Laden Sie das Artefakt neu, um neue Links zu erhalten.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; if this persists, check the base URL.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden; falls das Problem weiterhin auftritt, prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>Check the API key and the region: a key works only in the region it was created in.</source>
        <translation>Prüfen Sie den API-Schlüssel und die Region: Ein Schlüssel funktioniert nur in der Region, in der er erstellt wurde.</translation>
    </message>
    <message>
        <source>The workspace&apos;s credit balance is too low.</source>
        <translation>Das Guthaben des Arbeitsbereichs ist zu niedrig.</translation>
    </message>
    <message>
        <source>The request was blocked before it reached the API (firewall). Try again later or from another network.</source>
        <translation>Die Anfrage wurde blockiert, bevor sie die API erreicht hat (Firewall). Versuchen Sie es später oder aus einem anderen Netzwerk erneut.</translation>
    </message>
    <message>
        <source>The id is unknown, belongs to another region, or was deleted.</source>
        <translation>Die ID ist unbekannt, gehört zu einer anderen Region oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>The same change is still being processed; it will be retried.</source>
        <translation>Dieselbe Änderung wird noch verarbeitet; sie wird erneut versucht.</translation>
    </message>
    <message>
        <source>Rate limited: the request waits for the server&apos;s Retry-After and is retried.</source>
        <translation>Anfragelimit erreicht: Die Anfrage wartet die per Retry-After vom Server angegebene Zeit ab und wird dann wiederholt.</translation>
    </message>
    <message>
        <source>The server is overloaded; the request is retried with backoff.</source>
        <translation>Der Server ist überlastet; die Anfrage wird mit zunehmenden Wartezeiten wiederholt.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>%1 konnte nicht erreicht werden: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: %2</source>
        <translation>Anfrage an %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>Der Server hat fehlerhaftes JSON gesendet (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what the API documents: %1</source>
        <translation>Die Antwort des Servers entspricht nicht der API-Dokumentation: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>an artifact has no id</source>
        <translation>ein Artefakt hat keine ID</translation>
    </message>
    <message>
        <source>expected an artifact object</source>
        <translation>Artefakt-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a page with a &quot;results&quot; list</source>
        <translation>Seite mit einer „results“-Liste erwartet</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Payment Required</source>
        <translation>Zahlung erforderlich</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation>Der Server hat mit %1 geantwortet, ohne Einzelheiten zu nennen.</translation>
    </message>
    <message>
        <source>The server answered %1 with a web page instead of API data.</source>
        <translation>Der Server hat mit %1 und einer Webseite statt API-Daten geantwortet.</translation>
    </message>
    <message>
        <source>The server answered %1; its explanation was not readable JSON (%2 at byte %3).</source>
        <translation>Der Server hat mit %1 geantwortet; seine Erläuterung war kein lesbares JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server rejected some fields (%1).</source>
        <translation>Der Server hat einige Felder abgelehnt (%1).</translation>
    </message>
    <message>
        <source>expected a recording object</source>
        <translation>Aufnahme-Objekt erwartet</translation>
    </message>
    <message>
        <source>the address is not a valid URL</source>
        <translation>die Adresse ist keine gültige URL</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback addresses</source>
        <translation>unverschlüsseltes http ist nur für Adressen des eigenen Computers (loopback) erlaubt</translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported</source>
        <translation>das Schema „%1“ wird nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>ArtifactListModel</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status updated</source>
        <translation>Status aktualisiert</translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation>Untercode</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participant Inspector — %1</source>
        <translation>Participant Inspector — %1</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>The workspace&apos;s participant-events artifacts; more load as you scroll</source>
        <translation>Die Artefakte vom Typ participant-events im Arbeitsbereich; beim Scrollen werden weitere geladen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Retrying %1 (attempt %2) in %3 s</source>
        <translation>Neuer Versuch für %1 (Versuch %2) in %3 s</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Load the artifact list again from the first page (%1)</source>
        <translation>Artefaktliste ab der ersten Seite neu laden (%1)</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load the next page of artifacts (%1)</source>
        <translation>Nächste Seite mit Artefakten laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Participant Inspector</source>
        <translation>Ü&amp;ber Participant Inspector</translation>
    </message>
    <message>
        <source>About Participant Inspector</source>
        <translation>Über Participant Inspector</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Find Recall.ai participant-events artifacts, correct their metadata and see who spoke when.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Finden Sie Recall.ai-Artefakte vom Typ participant-events, korrigieren Sie deren Metadaten und sehen Sie, wer wann gesprochen hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Loaded artifacts</source>
        <translation>Geladene Artefakte</translation>
    </message>
    <message>
        <source>Rate budget</source>
        <translation>Anfragekontingent</translation>
    </message>
    <message>
        <source>Requests waiting for the API&apos;s rate limit (60 list and 300 per-artifact requests a minute by default)</source>
        <translation>Anfragen, die auf das Anfragelimit der API warten (standardmäßig 60 Listen- und 300 Einzelartefakt-Anfragen pro Minute)</translation>
    </message>
    <message>
        <source>Rate limited: retrying in %1 s</source>
        <translation>Anfragelimit erreicht: neuer Versuch in %1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n Anfrage in der Warteschlange</numerusform>
            <numerusform>%n Anfragen in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate budget: OK</source>
        <translation>Anfragekontingent: OK</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s)</source>
        <translation>
            <numerusform>%n Artefakt</numerusform>
            <numerusform>%n Artefakte</numerusform>
        </translation>
    </message>
    <message>
        <source>, loading…</source>
        <translation>, wird geladen …</translation>
    </message>
    <message>
        <source>, more available</source>
        <translation>, weitere verfügbar</translation>
    </message>
    <message>
        <source>Participant Inspector</source>
        <translation>Participant Inspector</translation>
    </message>
    <message>
        <source>Artifact %1: %2</source>
        <translation>Artefakt %1: %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>RecallClient</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Too many redirects (last to %1).</source>
        <translation>Zu viele Weiterleitungen (zuletzt nach %1).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The download link was refused (%1): it has probably expired.</source>
        <translation>Der Download-Link wurde abgelehnt (%1): Er ist vermutlich abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben)</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>USA Ost (Nord-Virginia)</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>USA West (Oregon)</translation>
    </message>
    <message>
        <source>EU (Frankfurt)</source>
        <translation>EU (Frankfurt)</translation>
    </message>
    <message>
        <source>Asia (Tokyo)</source>
        <translation>Asien (Tokio)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and correct Recall.ai participant-events artifacts.
The API key is read from the RECALL_API_KEY environment variable.</source>
        <translation>Recall.ai-Artefakte vom Typ participant-events prüfen und korrigieren.
Der API-Schlüssel wird aus der Umgebungsvariable RECALL_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>Start the built-in demo workspace and connect to it.</source>
        <translation>Den integrierten Demo-Arbeitsbereich starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>Recall region: us-east-1, us-west-2, eu-central-1 or ap-northeast-1.</source>
        <translation>Recall-Region: us-east-1, us-west-2, eu-central-1 oder ap-northeast-1.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>A custom API base URL instead of a region (https, or http on loopback).</source>
        <translation>Eigene API-Basis-URL anstelle einer Region (https oder http über loopback).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>An artifact id to open.</source>
        <translation>ID des zu öffnenden Artefakts.</translation>
    </message>
    <message>
        <source>RECALL_API_KEY is not set: opening the demo workspace.</source>
        <translation>RECALL_API_KEY ist nicht gesetzt: Der Demo-Arbeitsbereich wird geöffnet.</translation>
    </message>
    <message>
        <source>Could not start the demo workspace: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Unbekannte Region „%1“.</translation>
    </message>
</context>
</TS>
