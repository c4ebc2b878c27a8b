<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Timeline analysis</source>
        <translation>Zeitleistenanalyse</translation>
    </message>
    <message>
        <source>Statistics and more about the meeting shown (F6 moves here from the chart)</source>
        <translation>Statistik und mehr zur angezeigten Besprechung (F6 wechselt vom Diagramm hierher)</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>S&amp;tatistik</translation>
    </message>
    <message>
        <source>Talk time, turns and overlap per speaker, for the meeting or a range</source>
        <translation>Sprechzeit, Wortbeiträge und Überlappung pro Sprecher, für die Besprechung oder einen Bereich</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>Every participant event: joins, leaves, webcam, screen sharing, chat; choosing one shows it on the chart</source>
        <translation>Alle Teilnehmerereignisse: Beitritte, Austritte, Webcam, Bildschirmfreigabe, Chat; die Auswahl eines Ereignisses zeigt es im Diagramm</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>Te&amp;ilnehmende</translation>
    </message>
    <message>
        <source>Everyone in the participants file with every field, extra_data unfolded</source>
        <translation>Alle in der Teilnehmerdatei mit allen Feldern, extra_data aufgeklappt</translation>
    </message>
    <message>
        <source>&amp;Data checks</source>
        <translation>Daten&amp;prüfungen</translation>
    </message>
    <message>
        <source>What looks odd in the files, how often, and what it usually means; choosing a finding shows it on the chart</source>
        <translation>Was in den Dateien auffällig ist, wie oft, und was es meist bedeutet; die Auswahl eines Befunds zeigt ihn im Diagramm</translation>
    </message>
</context>
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
    <message>
        <source>expected a bot object</source>
        <translation>ein Bot-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>ArtifactBrowser</name>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>Filters the loaded rows across all columns as you type; case-insensitive, regular expressions allowed</source>
        <translation>Filtert die geladenen Zeilen während der Eingabe über alle Spalten; ohne Beachtung der Groß-/Kleinschreibung, reguläre Ausdrücke erlaubt</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Artifact %1 is now %2</source>
        <translation>Artefakt %1 ist jetzt %2</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Ungültiges Muster: %1</translation>
    </message>
    <message>
        <source>Showing the artifacts of recording %1</source>
        <translation>Artefakte der Aufnahme %1 werden angezeigt</translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation>%1 %2 kopiert</translation>
    </message>
    <message>
        <source>Removed %1 from the list</source>
        <translation>%1 aus der Liste entfernt</translation>
    </message>
    <message>
        <source>Cleared the list filters, which %1 does not match</source>
        <translation>Die Listenfilter wurden entfernt, da %1 nicht zu ihnen passt</translation>
    </message>
    <message>
        <source>Loading artifacts…</source>
        <translation>Artefakte werden geladen …</translation>
    </message>
    <message>
        <source>No loaded artifact matches the quick filter or the chosen statuses.</source>
        <translation>Kein geladenes Artefakt passt zum Schnellfilter oder zu den gewählten Status.</translation>
    </message>
    <message>
        <source>No artifact matches the filters above.</source>
        <translation>Kein Artefakt passt zu den Filtern oben.</translation>
    </message>
    <message>
        <source>This workspace has no artifacts yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Artefakte.</translation>
    </message>
    <message>
        <source>Quick filter (%1): text or regular expression</source>
        <translation>Schnellfilter (%1): Text oder regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Search all pages</source>
        <translation>Alle Seiten durchsuchen</translation>
    </message>
    <message>
        <source>Loading every page to search them all…</source>
        <translation>Alle Seiten werden geladen, um sie zu durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Ask for the first page again</source>
        <translation>Die erste Seite erneut anfordern</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>Verbindungen &amp;verwalten …</translation>
    </message>
    <message>
        <source>Check the API key, the region or the address of this connection</source>
        <translation>API-Schlüssel, Region oder Adresse dieser Verbindung prüfen</translation>
    </message>
    <message>
        <source>%1 is a recording id; showing its artifacts</source>
        <translation>%1 ist eine Aufnahme-ID; ihre Artefakte werden angezeigt</translation>
    </message>
    <message>
        <source>No loaded artifact or recording starts with %1; short ids match loaded rows only (Load all, or paste the whole id)</source>
        <translation>Kein geladenes Artefakt und keine Aufnahme beginnt mit %1; kurze IDs passen nur auf geladene Zeilen (alle laden oder die ganze ID einfügen)</translation>
    </message>
    <message>
        <source>No artifact or recording of this list starts with %1</source>
        <translation>Kein Artefakt und keine Aufnahme dieser Liste beginnt mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded id(s) start with %1: choose one, or type more</source>
        <translation>
            <numerusform>%n geladene ID beginnt mit %1: auswählen oder weiter tippen</numerusform>
            <numerusform>%n geladene IDs beginnen mit %1: eine auswählen oder weiter tippen</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n more id(s) in the text</source>
        <translation>
            <numerusform>%n weitere ID im Text</numerusform>
            <numerusform>%n weitere IDs im Text</numerusform>
        </translation>
    </message>
    <message>
        <source>More pages exist; the filter searches only the loaded ones.</source>
        <translation>Es gibt weitere Seiten; der Filter durchsucht nur die geladenen.</translation>
    </message>
    <message>
        <source>Loading the artifacts failed: %1</source>
        <translation>Die Artefakte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>No artifact of the list could be read: %n skipped (Details above).</source>
        <translation>
            <numerusform>Kein Artefakt der Liste war lesbar: %n übersprungen (Details oben).</numerusform>
            <numerusform>Kein Artefakt der Liste war lesbar: %n übersprungen (Details oben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load every remaining page of the list, then filter them all: one request per page, within the workspace&apos;s limit of %n list request(s) a minute</source>
        <translation>
            <numerusform>Alle übrigen Seiten der Liste laden und dann alle filtern: eine Anfrage pro Seite, im Rahmen der Grenze des Arbeitsbereichs von %n Listenanfrage pro Minute</numerusform>
            <numerusform>Alle übrigen Seiten der Liste laden und dann alle filtern: eine Anfrage pro Seite, im Rahmen der Grenze des Arbeitsbereichs von %n Listenanfragen pro Minute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not found in this workspace as an artifact, bot or recording (it may be in another region)</source>
        <translation>%1 wurde in diesem Arbeitsbereich weder als Artefakt noch als Bot oder Aufnahme gefunden (vielleicht liegt es in einer anderen Region)</translation>
    </message>
    <message numerus="yes">
        <source>Bot %1 has %n recording(s) with participant events: choose one</source>
        <translation>
            <numerusform>Bot %1 hat %n Aufnahme mit Participant Events: eine auswählen</numerusform>
            <numerusform>Bot %1 hat %n Aufnahmen mit Participant Events: eine auswählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n Aufnahme</numerusform>
            <numerusform>%n Aufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1 has no recording yet, so no participant events</source>
        <translation>Bot %1 hat noch keine Aufnahme und damit keine Participant Events</translation>
    </message>
    <message numerus="yes">
        <source>Bot %1 has no participant events in its %n recording(s) (not captured)</source>
        <translation>
            <numerusform>Bot %1 hat in seiner %n Aufnahme keine Participant Events (nicht erfasst)</numerusform>
            <numerusform>Bot %1 hat in seinen %n Aufnahmen keine Participant Events (nicht erfasst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1 names participant events %2, which this workspace no longer has (deleted?)</source>
        <translation>Bot %1 nennt die Participant Events %2, die dieser Arbeitsbereich nicht mehr hat (gelöscht?)</translation>
    </message>
    <message>
        <source>Bot %1 was not found in this workspace (it may be in another region)</source>
        <translation>Bot %1 wurde in diesem Arbeitsbereich nicht gefunden (vielleicht liegt er in einer anderen Region)</translation>
    </message>
    <message>
        <source>No bot, artifact or recording id found in “%1”</source>
        <translation>Keine Bot-, Artefakt- oder Aufnahme-ID in „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>ArtifactDeleter</name>
    <message>
        <source>&amp;Delete artifact…</source>
        <translation>Artefakt &amp;löschen …</translation>
    </message>
    <message>
        <source>Delete the selected artifact on the server, after a confirmation</source>
        <translation>Das ausgewählte Artefakt nach einer Bestätigung auf dem Server löschen</translation>
    </message>
    <message>
        <source>Delete the selected artifact on the server, after a confirmation (%1)</source>
        <translation>Das ausgewählte Artefakt nach einer Bestätigung auf dem Server löschen (%1)</translation>
    </message>
    <message>
        <source>Left the workspace while deleting artifact %1: whether it was deleted is unknown there (switch back and reload to see)</source>
        <translation>Arbeitsbereich verlassen, während Artefakt %1 gelöscht wurde: Ob es gelöscht wurde, ist dort unbekannt (zurückwechseln und neu laden, um es zu sehen)</translation>
    </message>
    <message>
        <source>Deleting artifact %1…</source>
        <translation>Artefakt %1 wird gelöscht …</translation>
    </message>
    <message>
        <source>Could not delete artifact %1: %2</source>
        <translation>Artefakt %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Could not delete artifact %1: the server answered 404 but still lists it as %2</source>
        <translation>Artefakt %1 konnte nicht gelöscht werden: Der Server hat mit 404 geantwortet, führt es aber weiterhin als %2</translation>
    </message>
    <message>
        <source>Artifact %1 is gone: the server no longer knows it (404)</source>
        <translation>Artefakt %1 ist nicht mehr vorhanden: Der Server kennt es nicht mehr (404)</translation>
    </message>
    <message>
        <source>Deleted artifact %1, but reading it back failed: %2 Reload to see its status.</source>
        <translation>Artefakt %1 gelöscht, aber das erneute Lesen ist fehlgeschlagen: %2 Laden Sie neu, um seinen Status zu sehen.</translation>
    </message>
    <message>
        <source>Deleted artifact %1</source>
        <translation>Artefakt %1 gelöscht</translation>
    </message>
    <message>
        <source>Deleted artifact %1; the server still reports its status as %2</source>
        <translation>Artefakt %1 gelöscht; der Server meldet als Status weiterhin %2</translation>
    </message>
</context>
<context>
    <name>ArtifactDetailPane</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select an artifact to see its details</source>
        <translation>Wählen Sie ein Artefakt aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Refreshing the artifact</source>
        <translation>Artefakt wird aktualisiert</translation>
    </message>
    <message>
        <source>Retrieving the latest version of this artifact</source>
        <translation>Die neueste Version dieses Artefakts wird abgerufen</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Sub code:</source>
        <translation>Untercode:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Copy artifact id</source>
        <translation>Artefakt-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the full artifact id to the clipboard</source>
        <translation>Die vollständige Artefakt-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>artifact id</source>
        <translation>Artefakt-ID</translation>
    </message>
    <message>
        <source>Copy recording id</source>
        <translation>Aufnahme-ID kopieren</translation>
    </message>
    <message>
        <source>Copy the full recording id to the clipboard</source>
        <translation>Die vollständige Aufnahme-ID in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>recording id</source>
        <translation>Aufnahme-ID</translation>
    </message>
    <message>
        <source>Artifact id:</source>
        <translation>Artefakt-ID:</translation>
    </message>
    <message>
        <source>Recording id:</source>
        <translation>Aufnahme-ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Artifact metadata</source>
        <translation>Metadaten des Artefakts</translation>
    </message>
    <message>
        <source>Recording metadata</source>
        <translation>Metadaten der Aufnahme</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>A status this version does not know yet, shown as the server sent it</source>
        <translation>Ein Status, den diese Version noch nicht kennt, so angezeigt, wie der Server ihn gesendet hat</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Sub code</source>
        <translation>Untercode</translation>
    </message>
    <message>
        <source>Recall&apos;s free-text reason, mostly sent when processing failed</source>
        <translation>Begründung von Recall als Freitext, meist gesendet, wenn die Verarbeitung fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Artifact id</source>
        <translation>Artefakt-ID</translation>
    </message>
    <message>
        <source>Recording id</source>
        <translation>Aufnahme-ID</translation>
    </message>
    <message>
        <source>The server sent no recording id</source>
        <translation>Der Server hat keine Aufnahme-ID gesendet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The server sent no readable time</source>
        <translation>Der Server hat keine lesbare Zeitangabe gesendet</translation>
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
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>The recording&apos;s metadata is null</source>
        <translation>Die Metadaten der Aufnahme sind null</translation>
    </message>
    <message>
        <source>none (empty)</source>
        <translation>keine (leer)</translation>
    </message>
    <message>
        <source>An empty object</source>
        <translation>Ein leeres Objekt</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove this artifact&apos;s row from the list (nothing is deleted on the server)</source>
        <translation>Die Zeile dieses Artefakts aus der Liste entfernen (auf dem Server wird nichts gelöscht)</translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more: %1 It was removed for good, or it belongs to a workspace in another region. The details below are as last seen.</source>
        <translation>Recall kennt dieses Artefakt nicht mehr: %1 Es wurde endgültig entfernt oder gehört zu einem Arbeitsbereich in einer anderen Region. Die Details unten zeigen den zuletzt gesehenen Stand.</translation>
    </message>
    <message>
        <source>Fields that could not be read</source>
        <translation>Felder, die nicht gelesen werden konnten</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid character sequence(s) shown as �</source>
        <translation>
            <numerusform>%n ungültige Zeichenfolge als � dargestellt</numerusform>
            <numerusform>%n ungültige Zeichenfolgen als � dargestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown as far as it could be read:</source>
        <translation>So weit angezeigt, wie es lesbar war:</translation>
    </message>
    <message>
        <source>Back to the artifact&apos;s metadata</source>
        <translation>Zurück zu den Metadaten des Artefakts</translation>
    </message>
    <message>
        <source>Edit the artifact&apos;s metadata again</source>
        <translation>Wieder die Metadaten des Artefakts bearbeiten</translation>
    </message>
    <message>
        <source>Leave the recording&apos;s metadata and edit the artifact&apos;s own again</source>
        <translation>Die Metadaten der Aufnahme verlassen und wieder die des Artefakts selbst bearbeiten</translation>
    </message>
    <message>
        <source>Edit recording metadata</source>
        <translation>Metadaten der Aufnahme bearbeiten</translation>
    </message>
    <message>
        <source>Edit the recording&apos;s metadata</source>
        <translation>Die Metadaten der Aufnahme bearbeiten</translation>
    </message>
    <message>
        <source>Open the parent recording&apos;s metadata in the editor above; it is shared by every artifact of the recording, and values that are not text are edited as JSON</source>
        <translation>Die Metadaten der übergeordneten Aufnahme im Editor oben öffnen; alle Artefakte der Aufnahme teilen sie, und Werte, die kein Text sind, werden als JSON bearbeitet</translation>
    </message>
    <message>
        <source>Recording metadata (editing)</source>
        <translation>Metadaten der Aufnahme (in Bearbeitung)</translation>
    </message>
    <message>
        <source>Recording metadata being edited</source>
        <translation>Metadaten der Aufnahme in Bearbeitung</translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more, so its recording cannot be saved from here.</source>
        <translation>Recall kennt dieses Artefakt nicht mehr, daher können die Metadaten seiner Aufnahme nicht von hier aus gespeichert werden.</translation>
    </message>
    <message>
        <source>Loading the recording&apos;s metadata…</source>
        <translation>Metadaten der Aufnahme werden geladen …</translation>
    </message>
    <message>
        <source>The server sent metadata that could not be read as a map of keys to values (see the note above); saving would overwrite what could not be read, so it is read-only here.</source>
        <translation>Der Server hat Metadaten gesendet, die sich nicht als Zuordnung von Schlüsseln zu Werten lesen ließen (siehe den Hinweis oben); Speichern würde das Unlesbare überschreiben, daher sind sie hier schreibgeschützt.</translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more, so its metadata cannot be saved. Your edits stay here and in the draft until you discard them.</source>
        <translation>Recall kennt dieses Artefakt nicht mehr, daher können seine Metadaten nicht gespeichert werden. Ihre Änderungen bleiben hier und im Entwurf erhalten, bis Sie sie verwerfen.</translation>
    </message>
    <message>
        <source>The artifact is deleted: its metadata can no longer be changed.</source>
        <translation>Das Artefakt ist gelöscht: Seine Metadaten können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The parent recording&apos;s metadata as the server has it; values that are not text are shown as JSON. Ctrl+C copies the cell, Enter shows the whole value. “Edit recording metadata” opens it in the editor</source>
        <translation>Die Metadaten der übergeordneten Aufnahme, wie sie auf dem Server stehen; Werte, die kein Text sind, werden als JSON angezeigt. Strg+C kopiert die Zelle, die Eingabetaste zeigt den ganzen Wert. „Metadaten der Aufnahme bearbeiten“ öffnet sie im Editor</translation>
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
    <message>
        <source>Click to sort the loaded rows; more pages exist, so rows still to load are not included (Load all sorts every artifact)</source>
        <translation>Klicken sortiert die geladenen Zeilen; es gibt weitere Seiten, noch nicht geladene Zeilen fehlen also (Alle laden sortiert jedes Artefakt)</translation>
    </message>
    <message>
        <source>Click to sort every artifact of the list</source>
        <translation>Klicken sortiert alle Artefakte der Liste</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>The server&apos;s link to the next page could not be read, so loading stopped here.</source>
        <translation>Der Link des Servers zur nächsten Seite war nicht lesbar; das Laden endet daher hier.</translation>
    </message>
</context>
<context>
    <name>ArtifactParser</name>
    <message>
        <source>The artifact is not valid JSON.</source>
        <translation>Das Artefakt ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The artifact has no id, so it cannot be identified.</source>
        <translation>Das Artefakt hat keine ID und kann daher nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 war nicht lesbar: %2</translation>
    </message>
    <message>
        <source>The artifact&apos;s id is null, so it cannot be identified.</source>
        <translation>Die ID des Artefakts ist null und es kann daher nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>The artifact&apos;s id is %1, not text, so it cannot be identified.</source>
        <translation>Die ID des Artefakts ist %1, kein Text, und es kann daher nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>The artifact&apos;s id is empty, so it cannot be identified.</source>
        <translation>Die ID des Artefakts ist leer und es kann daher nicht zugeordnet werden.</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>es ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>%1, not an object</source>
        <translation>%1, kein Objekt</translation>
    </message>
    <message>
        <source>a value is not valid JSON</source>
        <translation>ein Wert ist kein gültiges JSON</translation>
    </message>
    <message>
        <source>The item is %1, not an artifact object.</source>
        <translation>Der Eintrag ist %1, kein Artefaktobjekt.</translation>
    </message>
</context>
<context>
    <name>ArtifactTable</name>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>The workspace&apos;s participant-events artifacts; more load as you scroll</source>
        <translation>Die Participant-Events-Artefakte des Arbeitsbereichs; beim Scrollen werden weitere geladen</translation>
    </message>
    <message>
        <source>Artifact columns</source>
        <translation>Artefaktspalten</translation>
    </message>
    <message>
        <source>Load all pages to sort every artifact</source>
        <translation>Alle Seiten laden, um jedes Artefakt zu sortieren</translation>
    </message>
    <message>
        <source>Copy artifact id</source>
        <translation>Artefakt-ID kopieren</translation>
    </message>
    <message>
        <source>artifact id</source>
        <translation>Artefakt-ID</translation>
    </message>
    <message>
        <source>Copy recording id</source>
        <translation>Aufnahme-ID kopieren</translation>
    </message>
    <message>
        <source>recording id</source>
        <translation>Aufnahme-ID</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>&amp;Batch edit…</source>
        <translation>Stapel&amp;bearbeitung …</translation>
    </message>
    <message>
        <source>Change the metadata of the selected artifacts (or every row shown) in one go, with a dry run first (%1)</source>
        <translation>Die Metadaten der ausgewählten Artefakte (oder aller angezeigten Zeilen) in einem Durchgang ändern, mit vorherigem Probelauf (%1)</translation>
    </message>
    <message>
        <source>The connection changed to %1, so this batch edit on %2 stopped; nothing more is sent here. Its journal keeps it: it is offered for resuming when %2 is open again.</source>
        <translation>Es wurde zur Verbindung %1 gewechselt, daher wurde diese Stapelbearbeitung auf %2 angehalten; hier wird nichts mehr gesendet. Ihr Journal bewahrt sie auf: Sie wird zum Fortsetzen angeboten, sobald %2 wieder geöffnet ist.</translation>
    </message>
    <message>
        <source>Batch edit finished: %1</source>
        <translation>Stapelbearbeitung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Batch edit stopped: %1</source>
        <translation>Stapelbearbeitung angehalten: %1</translation>
    </message>
    <message>
        <source>Batch edits need a connection.</source>
        <translation>Stapelbearbeitungen erfordern eine Verbindung.</translation>
    </message>
    <message>
        <source>Discarded the unfinished batch edit.</source>
        <translation>Die nicht abgeschlossene Stapelbearbeitung wurde verworfen.</translation>
    </message>
    <message>
        <source>The unfinished batch edit could not be removed from %1.</source>
        <translation>Die nicht abgeschlossene Stapelbearbeitung konnte nicht aus %1 entfernt werden.</translation>
    </message>
    <message>
        <source>Another batch edit is under way; resume this one once it is done.</source>
        <translation>Eine andere Stapelbearbeitung läuft; setzen Sie diese fort, sobald jene abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The batch edit could not be resumed.</source>
        <translation>Die Stapelbearbeitung konnte nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>The editor cannot take the batch&apos;s change for %1 now: go back to the artifact&apos;s own metadata and choose Review in editor again.</source>
        <translation>Der Editor kann die Änderung des Stapels für %1 gerade nicht übernehmen: Kehren Sie zu den Metadaten des Artefakts selbst zurück und wählen Sie erneut „Im Editor prüfen“.</translation>
    </message>
    <message>
        <source>The batch changes nothing on %1 any more: %2</source>
        <translation>Der Stapel ändert an %1 nichts mehr: %2</translation>
    </message>
    <message>
        <source>Batch edit</source>
        <translation>Stapelbearbeitung</translation>
    </message>
    <message>
        <source>The batch&apos;s change to %1 is in the editor, unsaved: review it, then save with Ctrl+S.</source>
        <translation>Die Änderung des Stapels an %1 steht ungespeichert im Editor: Prüfen Sie sie und speichern Sie dann mit Strg+S.</translation>
    </message>
    <message>
        <source>Batch edit under way</source>
        <translation>Stapelbearbeitung läuft</translation>
    </message>
    <message>
        <source>The dry run of a batch edit is under way (%1 of %2 artifacts fetched).</source>
        <translation>Der Probelauf einer Stapelbearbeitung läuft (%1 von %2 Artefakten abgerufen).</translation>
    </message>
    <message>
        <source>A batch edit is sending its changes (%1 of %2 settled).</source>
        <translation>Eine Stapelbearbeitung sendet ihre Änderungen (%1 von %2 abgeschlossen).</translation>
    </message>
    <message>
        <source>Nothing has been sent; quitting drops the dry run.</source>
        <translation>Es wurde nichts gesendet; beim Beenden wird der Probelauf verworfen.</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>An&amp;halten und beenden</translation>
    </message>
    <message>
        <source>Resume unfinished batch edit…</source>
        <translation>Unterbrochene Stapelbearbeitung fortsetzen …</translation>
    </message>
    <message>
        <source>Offer the newest batch edit of this connection that stopped before its end</source>
        <translation>Die neueste Stapelbearbeitung dieser Verbindung anbieten, die vor ihrem Ende angehalten wurde</translation>
    </message>
    <message>
        <source>No batch edit of %1 stopped before its end.</source>
        <translation>Keine Stapelbearbeitung von %1 wurde vor ihrem Ende angehalten.</translation>
    </message>
    <message>
        <source>Stop and quit: no further changes are sent. Those the server took are kept, and the rest is offered for resuming at the next start; nothing is sent twice.</source>
        <translation>Anhalten und beenden: Es werden keine weiteren Änderungen gesendet. Was der Server angenommen hat, bleibt erhalten, und der Rest wird beim nächsten Start zum Fortsetzen angeboten; nichts wird doppelt gesendet.</translation>
    </message>
    <message>
        <source>Review in editor opens another artifact.</source>
        <translation>„Im Editor prüfen“ öffnet ein anderes Artefakt.</translation>
    </message>
</context>
<context>
    <name>BatchCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>wird gesendet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>bereits erledigt</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch edit — %1</source>
        <translation>Stapelbearbeitung — %1</translation>
    </message>
    <message>
        <source>Describe the changes, in order. The dry run fetches every artifact and shows what would change; nothing is sent until you press Run.</source>
        <translation>Beschreiben Sie die Änderungen in ihrer Reihenfolge. Der Probelauf ruft jedes Artefakt ab und zeigt, was sich ändern würde; gesendet wird erst, wenn Sie „Ausführen“ drücken.</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source>The rows selected in the list (Ctrl+click or Shift+click to select several)</source>
        <translation>Die in der Liste ausgewählten Zeilen (Strg+Klick oder Umschalt+Klick, um mehrere auszuwählen)</translation>
    </message>
    <message>
        <source>Every row the list shows now: the server filters, the quick filter and the legend&apos;s statuses all apply</source>
        <translation>Jede Zeile, die die Liste jetzt anzeigt: Die Serverfilter, der Schnellfilter und die Status der Legende gelten alle</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this window; nothing was sent</source>
        <translation>Dieses Fenster schließen; nichts wurde gesendet</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected artifact(s)</source>
        <translation>
            <numerusform>%n &amp;ausgewähltes Artefakt</numerusform>
            <numerusform>%n &amp;ausgewählte Artefakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected artifact(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Artefakt</numerusform>
            <numerusform>%n ausgewählte Artefakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n row(s) shown in the list</source>
        <translation>
            <numerusform>Die %n in der Liste angezeigte &amp;Zeile</numerusform>
            <numerusform>Alle %n in der Liste angezeigten &amp;Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) shown in the list</source>
        <translation>
            <numerusform>Die %n in der Liste angezeigte Zeile</numerusform>
            <numerusform>Alle %n in der Liste angezeigten Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The list has more pages: only the loaded rows are included (Load all first to include every artifact).</source>
        <translation>Die Liste hat weitere Seiten: Nur die geladenen Zeilen sind enthalten (zuerst „Alle laden“, um jedes Artefakt einzuschließen).</translation>
    </message>
    <message>
        <source>The connection this window was opened for is closed.</source>
        <translation>Die Verbindung, für die dieses Fenster geöffnet wurde, ist geschlossen.</translation>
    </message>
    <message>
        <source>A batch is under way.</source>
        <translation>Eine Stapelbearbeitung läuft.</translation>
    </message>
    <message>
        <source>No artifact to work on: select rows in the list, or show some.</source>
        <translation>Kein Artefakt zu bearbeiten: Wählen Sie Zeilen in der Liste aus oder lassen Sie welche anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>Fetch each of the %n artifact(s) and show what would change; nothing is sent</source>
        <translation>
            <numerusform>Das %n Artefakt abrufen und zeigen, was sich ändern würde; nichts wird gesendet</numerusform>
            <numerusform>Jedes der %n Artefakte abrufen und zeigen, was sich ändern würde; nichts wird gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>The dry run did not start.</source>
        <translation>Der Probelauf wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>Batch edit under way</source>
        <translation>Stapelbearbeitung läuft</translation>
    </message>
    <message>
        <source>%1 of %2 changes are settled; the others are still to be sent.</source>
        <translation>%1 von %2 Änderungen sind abgeschlossen; die übrigen müssen noch gesendet werden.</translation>
    </message>
    <message>
        <source>Pause and close: the artifacts under way finish, no others start; the batch can be resumed later, also after a restart. Keep running: the changes go on being sent with this window closed.</source>
        <translation>Pausieren und schließen: Die laufenden Artefakte werden fertig, keine weiteren beginnen; der Stapel kann später fortgesetzt werden, auch nach einem Neustart. Weiterlaufen lassen: Die Änderungen werden weiter gesendet, während dieses Fenster geschlossen ist.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Pausieren und schließen</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>The batch edit goes on in the background: Edit &gt; Batch edit shows it.</source>
        <translation>Die Stapelbearbeitung läuft im Hintergrund weiter: Bearbeiten &gt; Stapelbearbeitung zeigt sie an.</translation>
    </message>
    <message>
        <source>Export the batch as CSV</source>
        <translation>Stapel als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n artifact(s) to %1</source>
        <translation>
            <numerusform>%n Artefakt nach %1 exportiert</numerusform>
            <numerusform>%n Artefakte nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>The batch id “%1” cannot name a file.</source>
        <translation>Die Stapel-ID „%1“ taugt nicht als Dateiname.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Das Journal %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged or cut short.</source>
        <translation>Das Journal %1 ist beschädigt oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of the app.</source>
        <translation>Das Journal %1 wurde von einer neueren Version der App geschrieben.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to another batch (%2).</source>
        <translation>Das Journal %1 gehört zu einem anderen Stapel (%2).</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: operation %2 cannot be read.</source>
        <translation>Das Journal %1 ist beschädigt: Operation %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: artifact %2 of the batch cannot be read.</source>
        <translation>Das Journal %1 ist beschädigt: Artefakt %2 des Stapels kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>BatchOperationRow</name>
    <message>
        <source>Set key to value</source>
        <translation>Schlüssel auf Wert setzen</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Schlüssel umbenennen</translation>
    </message>
    <message>
        <source>Only where key has value</source>
        <translation>Nur wo der Schlüssel den Wert hat</translation>
    </message>
    <message>
        <source>What this operation does; a condition (Only where) limits the whole batch to the artifacts where it holds</source>
        <translation>Was diese Operation bewirkt; eine Bedingung („Nur wo …“) beschränkt die ganze Stapelbearbeitung auf die Artefakte, bei denen sie zutrifft</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>where the new key exists: keep both</source>
        <translation>wo der neue Schlüssel existiert: beide behalten</translation>
    </message>
    <message>
        <source>where the new key exists: overwrite it</source>
        <translation>wo der neue Schlüssel existiert: ihn überschreiben</translation>
    </message>
    <message>
        <source>where the new key exists: skip the artifact</source>
        <translation>wo der neue Schlüssel existiert: Artefakt überspringen</translation>
    </message>
    <message>
        <source>What the rename does on an artifact that already has the new key: leave both keys as they are, give the new key the old key&apos;s value, or leave the artifact alone</source>
        <translation>Was die Umbenennung bei einem Artefakt bewirkt, das den neuen Schlüssel schon hat: beide Schlüssel unverändert lassen, dem neuen Schlüssel den Wert des alten geben oder das Artefakt unverändert lassen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>→</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Operation %1: kind</source>
        <translation>Operation %1: Art</translation>
    </message>
    <message>
        <source>Operation %1: key</source>
        <translation>Operation %1: Schlüssel</translation>
    </message>
    <message>
        <source>Operation %1: where the new key exists</source>
        <translation>Operation %1: wo der neue Schlüssel existiert</translation>
    </message>
    <message>
        <source>Operation %1: problem</source>
        <translation>Operation %1: Problem</translation>
    </message>
    <message>
        <source>The key to set; it is added where missing</source>
        <translation>Der zu setzende Schlüssel; wo er fehlt, wird er hinzugefügt</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The value the key gets (up to 500 characters)</source>
        <translation>Der Wert, den der Schlüssel erhält (bis zu 500 Zeichen)</translation>
    </message>
    <message>
        <source>Operation %1: value</source>
        <translation>Operation %1: Wert</translation>
    </message>
    <message>
        <source>The key to remove; artifacts without it stay as they are</source>
        <translation>Der zu entfernende Schlüssel; Artefakte ohne ihn bleiben unverändert</translation>
    </message>
    <message>
        <source>The key to rename; artifacts without it stay as they are</source>
        <translation>Der umzubenennende Schlüssel; Artefakte ohne ihn bleiben unverändert</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>neuer Schlüssel</translation>
    </message>
    <message>
        <source>The key&apos;s new name; it keeps its value</source>
        <translation>Der neue Name des Schlüssels; er behält seinen Wert</translation>
    </message>
    <message>
        <source>Operation %1: new key</source>
        <translation>Operation %1: neuer Schlüssel</translation>
    </message>
    <message>
        <source>The key the condition looks at, on the artifact as fetched</source>
        <translation>Der Schlüssel, den die Bedingung prüft, am Artefakt im abgerufenen Zustand</translation>
    </message>
    <message>
        <source>Only artifacts where the key has exactly this value are changed</source>
        <translation>Nur Artefakte, bei denen der Schlüssel genau diesen Wert hat, werden geändert</translation>
    </message>
    <message>
        <source>Operation %1: required value</source>
        <translation>Operation %1: geforderter Wert</translation>
    </message>
</context>
<context>
    <name>BatchOperationsEditor</name>
    <message>
        <source>&amp;Add operation</source>
        <translation>Operation &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add an operation at the end</source>
        <translation>Eine Operation am Ende hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove operation</source>
        <translation>Operation &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the operation that has the focus</source>
        <translation>Die Operation mit dem Fokus entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the operation that has the focus up one place</source>
        <translation>Die Operation mit dem Fokus um eine Stelle nach oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the operation that has the focus down one place</source>
        <translation>Die Operation mit dem Fokus um eine Stelle nach unten verschieben</translation>
    </message>
    <message>
        <source>Why the operations cannot run</source>
        <translation>Warum die Operationen nicht ausgeführt werden können</translation>
    </message>
</context>
<context>
    <name>BatchOps</name>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>Not changed: %1 is missing here, and the batch is only for artifacts where it is %2.</source>
        <translation>Nicht geändert: Der Schlüssel %1 fehlt hier, und der Stapel gilt nur für Artefakte, bei denen er den Wert %2 hat.</translation>
    </message>
    <message>
        <source>Not changed: %1 is %2 here, and the batch is only for artifacts where it is %3.</source>
        <translation>Nicht geändert: Der Schlüssel %1 hat hier den Wert %2, und der Stapel gilt nur für Artefakte, bei denen er den Wert %3 hat.</translation>
    </message>
    <message>
        <source>The new key is empty.</source>
        <translation>Der neue Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The new key is the key itself: there is nothing to rename.</source>
        <translation>Der neue Schlüssel ist der Schlüssel selbst: Es gibt nichts umzubenennen.</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Operation %1: %2</translation>
    </message>
    <message>
        <source>There is nothing to do: add an operation that sets, removes or renames a key.</source>
        <translation>Es gibt nichts zu tun: Fügen Sie eine Operation hinzu, die einen Schlüssel setzt, entfernt oder umbenennt.</translation>
    </message>
    <message>
        <source>Skipped: %1 already exists here, and the rename of %2 skips such artifacts.</source>
        <translation>Übersprungen: Der Schlüssel %1 existiert hier bereits, und das Umbenennen von %2 überspringt solche Artefakte.</translation>
    </message>
    <message>
        <source>Not changed: %1 already exists here, so %2 was not renamed (both kept).</source>
        <translation>Nicht geändert: Der Schlüssel %1 existiert hier bereits, daher wurde %2 nicht umbenannt (beide bleiben erhalten).</translation>
    </message>
    <message>
        <source>Not changed: the metadata already is as the operations want it.</source>
        <translation>Nicht geändert: Die Metadaten sind bereits so, wie die Operationen es vorsehen.</translation>
    </message>
    <message>
        <source>Not sent: after the operations, key %1 would break a rule. %2</source>
        <translation>Nicht gesendet: Nach den Operationen würde der Schlüssel %1 gegen eine Regel verstoßen. %2</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Rename %1 to %2 (keep both where %2 exists)</source>
        <translation>%1 in %2 umbenennen (beide behalten, wo %2 existiert)</translation>
    </message>
    <message>
        <source>Rename %1 to %2 (overwrite %2 where it exists)</source>
        <translation>%1 in %2 umbenennen (%2 überschreiben, wo es existiert)</translation>
    </message>
    <message>
        <source>Rename %1 to %2 (skip the artifact where %2 exists)</source>
        <translation>%1 in %2 umbenennen (das Artefakt überspringen, wo %2 existiert)</translation>
    </message>
    <message>
        <source>Only where %1 is %2</source>
        <translation>Nur wo %1 den Wert %2 hat</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>wird geändert</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1: hinzugefügt mit %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: entfernt</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
</context>
<context>
    <name>BatchResultModel</name>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>BatchResumePrompt</name>
    <message>
        <source>Unfinished batch edit</source>
        <translation>Unvollendete Stapelbearbeitung</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Operationen:</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Open the batch and send the changes not sent yet</source>
        <translation>Die Stapelbearbeitung öffnen und die noch nicht gesendeten Änderungen senden</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Ask again the next time this connection opens</source>
        <translation>Beim nächsten Öffnen dieser Verbindung erneut fragen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget the batch: the changes not sent yet are never sent (those sent stay)</source>
        <translation>Die Stapelbearbeitung vergessen: Die noch nicht gesendeten Änderungen werden nie gesendet (die gesendeten bleiben bestehen)</translation>
    </message>
</context>
<context>
    <name>BatchRunPage</name>
    <message>
        <source>Batch phase</source>
        <translation>Phase der Stapelbearbeitung</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Fortschritt der Stapelbearbeitung</translation>
    </message>
    <message>
        <source>Requests count the GETs and PATCHes of this batch answered in the last minute; time left is estimated from the artifacts settled so far</source>
        <translation>Die Anfragen zählen die GETs und PATCHes dieser Stapelbearbeitung, die in der letzten Minute beantwortet wurden; die Restzeit wird aus den bisher erledigten Artefakten geschätzt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Start no further artifacts; those under way finish</source>
        <translation>Keine weiteren Artefakte starten; die laufenden werden abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop now. A dry run is dropped; a run stops where it is and can be resumed from its journal</source>
        <translation>Jetzt anhalten. Ein Probelauf wird verworfen; ein Lauf hält an, wo er gerade ist, und kann aus seinem Journal fortgesetzt werden</translation>
    </message>
    <message>
        <source>&amp;Back to operations</source>
        <translation>&amp;Zurück zu den Operationen</translation>
    </message>
    <message>
        <source>Change the operations or the artifacts</source>
        <translation>Die Operationen oder die Artefakte ändern</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the table as a CSV file: each artifact&apos;s change, verdict and result</source>
        <translation>Die Tabelle als CSV-Datei speichern: Änderung, Befund und Ergebnis jedes Artefakts</translation>
    </message>
    <message>
        <source>Re&amp;view in editor</source>
        <translation>Im Editor p&amp;rüfen</translation>
    </message>
    <message>
        <source>Open the selected conflict in the metadata editor with the operations applied, unsaved, to review and save by hand</source>
        <translation>Den ausgewählten Konflikt mit den angewendeten, nicht gespeicherten Operationen im Metadaten-Editor öffnen, um ihn von Hand zu prüfen und zu speichern</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Send the changes not sent yet; those already sent are not sent again</source>
        <translation>Die noch nicht gesendeten Änderungen senden; bereits gesendete werden nicht erneut gesendet</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Which artifacts the table shows</source>
        <translation>Welche Artefakte die Tabelle zeigt</translation>
    </message>
    <message>
        <source>All artifacts</source>
        <translation>Alle Artefakte</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Werden geändert</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ohne Änderung</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Anzei&amp;gen:</translation>
    </message>
    <message>
        <source>Artifacts of the batch</source>
        <translation>Artefakte der Stapelbearbeitung</translation>
    </message>
    <message>
        <source>Each artifact with its change (before → after per key), the dry run&apos;s verdict and the run&apos;s result; Enter on a conflict reviews it in the editor</source>
        <translation>Jedes Artefakt mit seiner Änderung (vorher → nachher je Schlüssel), dem Befund des Probelaufs und dem Ergebnis des Laufs; die Eingabetaste auf einem Konflikt öffnet ihn zur Prüfung im Editor</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>Zusammenfassung der Stapelbearbeitung</translation>
    </message>
    <message>
        <source>The run did not start: nothing is to be sent, or the journal could not be written.</source>
        <translation>Der Lauf hat nicht begonnen: Es ist nichts zu senden, oder das Journal konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Dry run: fetching each artifact and applying the operations; nothing is sent</source>
        <translation>Probelauf: Jedes Artefakt wird abgerufen und die Operationen werden angewendet; nichts wird gesendet</translation>
    </message>
    <message>
        <source>Dry run complete: check what will change, then Run</source>
        <translation>Probelauf abgeschlossen: Prüfen Sie, was sich ändern wird, und wählen Sie dann „Ausführen“</translation>
    </message>
    <message>
        <source>Sending the changes</source>
        <translation>Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>Stopped: Resume sends the changes not sent yet</source>
        <translation>Angehalten: „Fortsetzen“ sendet die noch nicht gesendeten Änderungen</translation>
    </message>
    <message>
        <source>Batch edit finished</source>
        <translation>Stapelbearbeitung abgeschlossen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n artifact(s) still under way</source>
        <translation>
            <numerusform>Pausiert: %n Artefakt noch in Arbeit</numerusform>
            <numerusform>Pausiert: %n Artefakte noch in Arbeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % erledigt</translation>
    </message>
    <message>
        <source>The journal could not be written, so the run stopped before sending anything it could not record: %1. Make room or fix the folder, then resume.</source>
        <translation>Das Journal konnte nicht geschrieben werden, daher hat der Lauf angehalten, bevor etwas gesendet wurde, das er nicht festhalten konnte: %1. Schaffen Sie Platz oder beheben Sie das Problem mit dem Ordner, und setzen Sie dann fort.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Start the remaining artifacts again</source>
        <translation>Die übrigen Artefakte wieder starten</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Neue Stapelbearbeitung …</translation>
    </message>
    <message>
        <source>Back to operations</source>
        <translation>Zurück zu den Operationen</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Neue Stapelbearbeitung</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run: send %n change(s)</source>
        <translation>
            <numerusform>A&amp;usführen: %n Änderung senden</numerusform>
            <numerusform>A&amp;usführen: %n Änderungen senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run: send %n change(s)</source>
        <translation>
            <numerusform>Ausführen: %n Änderung senden</numerusform>
            <numerusform>Ausführen: %n Änderungen senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each change: a fresh GET right before each PATCH, so that an artifact changed since the dry run is a conflict, never overwritten</source>
        <translation>Jede Änderung senden: unmittelbar vor jedem PATCH ein neues GET, damit ein seit dem Probelauf geändertes Artefakt als Konflikt gilt und nie überschrieben wird</translation>
    </message>
    <message>
        <source>Nothing to send: no artifact would change</source>
        <translation>Nichts zu senden: Kein Artefakt würde sich ändern</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server holds something else for %n key(s): %1</source>
        <translation>
            <numerusform>Auf dem Server steht für %n Schlüssel etwas anderes: %1</numerusform>
            <numerusform>Auf dem Server steht für %n Schlüssel etwas anderes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifact is gone (deleted, or not in this region).</source>
        <translation>Das Artefakt ist nicht mehr vorhanden (gelöscht oder nicht in dieser Region).</translation>
    </message>
    <message>
        <source>The server&apos;s metadata of this artifact could not be read; it is left alone.</source>
        <translation>Die Metadaten dieses Artefakts auf dem Server konnten nicht gelesen werden; es bleibt unverändert.</translation>
    </message>
    <message>
        <source>The map already was as wanted; nothing was sent.</source>
        <translation>Die Metadaten waren bereits wie gewünscht; nichts wurde gesendet.</translation>
    </message>
    <message>
        <source>Changed on the server since the dry run; not overwritten. Review it in the editor.</source>
        <translation>Seit dem Probelauf auf dem Server geändert; nicht überschrieben. Prüfen Sie es im Editor.</translation>
    </message>
    <message>
        <source>The batch journal could not be written (%1). The batch stopped before sending anything it could not record.</source>
        <translation>Das Journal der Stapelbearbeitung konnte nicht geschrieben werden (%1). Die Stapelbearbeitung hat angehalten, bevor etwas gesendet wurde, das sie nicht festhalten konnte.</translation>
    </message>
    <message>
        <source>The artifact is deleted: its metadata can no longer be changed.</source>
        <translation>Das Artefakt ist gelöscht: Seine Metadaten können nicht mehr geändert werden.</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <source>%n will change</source>
        <translation>
            <numerusform>%n wird geändert</numerusform>
            <numerusform>%n werden geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no change</source>
        <translation>
            <numerusform>%n ohne Änderung</numerusform>
            <numerusform>%n ohne Änderung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n ungültig</numerusform>
            <numerusform>%n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n nicht mehr vorhanden</numerusform>
            <numerusform>%n nicht mehr vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched</source>
        <translation>
            <numerusform>%n konnte nicht abgerufen werden</numerusform>
            <numerusform>%n konnten nicht abgerufen werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n erledigt</numerusform>
            <numerusform>%n erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n noch nicht gesendet</numerusform>
            <numerusform>%n noch nicht gesendet</numerusform>
        </translation>
    </message>
    <message>
        <source>finishing in under a minute</source>
        <translation>voraussichtlich fertig in weniger als einer Minute</translation>
    </message>
    <message>
        <source>finishing %1</source>
        <extracomment>%1 is a relative time such as &quot;in 3 min&quot;</extracomment>
        <translation>voraussichtlich fertig %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <extracomment>&quot;120 of 412 sent&quot;; %3 says what the count is (&quot;fetched&quot;, &quot;sent&quot;)</extracomment>
        <translation>%1 von %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>A batch edit of %n artifact(s) on %1 stopped after %2 of them (started %3).</source>
        <translation>
            <numerusform>Eine Stapelbearbeitung von %n Artefakt auf %1 wurde nach %2 davon angehalten (gestartet: %3).</numerusform>
            <numerusform>Eine Stapelbearbeitung von %n Artefakten auf %1 wurde nach %2 davon angehalten (gestartet: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume sends the other %n; nothing is sent twice.</source>
        <translation>
            <numerusform>„Fortsetzen“ sendet %n verbleibende Änderung; nichts wird doppelt gesendet.</numerusform>
            <numerusform>„Fortsetzen“ sendet die %n verbleibenden Änderungen; nichts wird doppelt gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>last minute: %1, %2</source>
        <extracomment>%1 is &quot;41 requests&quot;, %2 is &quot;20 artifacts&quot;: both counted over the last minute</extracomment>
        <translation>letzte Minute: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s)</source>
        <translation>
            <numerusform>%n Artefakt</numerusform>
            <numerusform>%n Artefakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotParser</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 war nicht lesbar: %2</translation>
    </message>
</context>
<context>
    <name>CacheSettings</name>
    <message>
        <source>Timeline cache</source>
        <translation>Zeitleisten-Cache</translation>
    </message>
    <message>
        <source>Downloaded timeline files, kept so that opening a timeline again needs no download</source>
        <translation>Heruntergeladene Zeitleistendateien, aufbewahrt, damit beim erneuten Öffnen einer Zeitleiste kein Download nötig ist</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Cache-Speicherort</translation>
    </message>
    <message>
        <source>The folder that holds the downloaded participants, participant events and speaker timeline files</source>
        <translation>Der Ordner mit den heruntergeladenen Dateien für Teilnehmende, Teilnehmerereignisse und Sprecherzeitleisten</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Cache-Größe</translation>
    </message>
    <message>
        <source>How much disk space the cached timeline files take</source>
        <translation>Wie viel Speicherplatz die zwischengespeicherten Zeitleistendateien belegen</translation>
    </message>
    <message>
        <source>&amp;Clear cache…</source>
        <translation>Cache &amp;leeren …</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Delete every cached timeline file; they are downloaded again when needed</source>
        <translation>Alle zwischengespeicherten Zeitleistendateien löschen; sie werden bei Bedarf erneut heruntergeladen</translation>
    </message>
    <message>
        <source>Cache status</source>
        <translation>Cache-Status</translation>
    </message>
    <message>
        <source>The outcome of the last clear</source>
        <translation>Das Ergebnis des letzten Leerens</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Speicherort:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Clear timeline cache</source>
        <translation>Zeitleisten-Cache leeren</translation>
    </message>
    <message>
        <source>Delete the cached timeline files (%1)?</source>
        <translation>Die zwischengespeicherten Zeitleistendateien löschen (%1)?</translation>
    </message>
    <message>
        <source>Timelines opened later are downloaded again.</source>
        <translation>Später geöffnete Zeitleisten werden erneut heruntergeladen.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>The timeline cache was cleared.</source>
        <translation>Der Zeitleisten-Cache wurde geleert.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Use all &amp;mine</source>
        <translation>Alle &amp;meine Werte verwenden</translation>
    </message>
    <message>
        <source>Use all &amp;theirs</source>
        <translation>Alle Server&amp;werte verwenden</translation>
    </message>
    <message>
        <source>Use all my values</source>
        <translation>Alle meine Werte verwenden</translation>
    </message>
    <message>
        <source>Keep your value for every conflicting key</source>
        <translation>Für jeden Schlüssel im Konflikt Ihren Wert behalten</translation>
    </message>
    <message>
        <source>Use all the server&apos;s values</source>
        <translation>Alle Werte des Servers verwenden</translation>
    </message>
    <message>
        <source>Take the value now on the server for every conflicting key</source>
        <translation>Für jeden Schlüssel im Konflikt den jetzt auf dem Server stehenden Wert übernehmen</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Beim Laden</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>Keep my value for %1</source>
        <translation>Meinen Wert für %1 behalten</translation>
    </message>
    <message>
        <source>Keep your value:
%1</source>
        <translation>Ihren Wert behalten:
%1</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for %1</source>
        <translation>Den Wert des Servers für %1 übernehmen</translation>
    </message>
    <message>
        <source>Take the value now on the server:
%1</source>
        <translation>Den jetzt auf dem Server stehenden Wert übernehmen:
%1</translation>
    </message>
    <message>
        <source>Keys changed both here and on the server since the map was loaded: %1. Choose which value to keep.</source>
        <translation>Seit dem Laden sowohl hier als auch auf dem Server geänderte Schlüssel: %1. Wählen Sie, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <source>Left to choose: %1.</source>
        <translation>Noch zu wählen: %1.</translation>
    </message>
    <message>
        <source>Keys without a conflict, kept as merged: %1.</source>
        <translation>Schlüssel ohne Konflikt, wie zusammengeführt übernommen: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Select a connection to edit or test it; the active one is in bold</source>
        <translation>Wählen Sie eine Verbindung aus, um sie zu bearbeiten oder zu testen; die aktive ist fett dargestellt</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Enter a new connection (Alt+A)</source>
        <translation>Eine neue Verbindung eingeben (Alt+H)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the selected connection and its key (Alt+R)</source>
        <translation>Die ausgewählte Verbindung und ihren Schlüssel entfernen (Alt+E)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>A name for this connection, e.g. the customer or workspace</source>
        <translation>Ein Name für diese Verbindung, z. B. der Kunde oder der Arbeitsbereich</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The Recall region the workspace lives in; a key works only in its own region</source>
        <translation>Die Recall-Region, in der sich der Arbeitsbereich befindet; ein Schlüssel funktioniert nur in seiner eigenen Region</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>Eigene URL …</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>The API&apos;s address for “Custom URL”: https, or http on this computer only</source>
        <translation>Die Adresse der API für „Eigene URL“: https, oder http nur auf diesem Computer</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Formularmeldung</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Fetch one page of artifacts with these settings and explain the result (Alt+T)</source>
        <translation>Mit diesen Einstellungen eine Seite Artefakte abrufen und das Ergebnis erläutern (Alt+T)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>What the last connection test found</source>
        <translation>Was der letzte Verbindungstest ergeben hat</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <source>Save the connection; its key goes to the key store (Enter)</source>
        <translation>Die Verbindung speichern; ihr Schlüssel wird im Schlüsselspeicher abgelegt (Eingabetaste)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Saved co&amp;nnections:</source>
        <translation>Gespeicherte &amp;Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>Started on this computer when first used</source>
        <translation>Wird bei der ersten Verwendung auf diesem Computer gestartet</translation>
    </message>
    <message>
        <source>The demo workspace runs inside the app with its own key; it cannot be edited.</source>
        <translation>Der Demo-Arbeitsbereich läuft innerhalb der Anwendung mit einem eigenen Schlüssel; er kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>This connection comes from the command line and is not saved.</source>
        <translation>Diese Verbindung stammt aus der Befehlszeile und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>This connection&apos;s key cannot be changed here</source>
        <translation>Der Schlüssel dieser Verbindung kann hier nicht geändert werden</translation>
    </message>
    <message>
        <source>Leave empty to keep the key in the OS keychain</source>
        <translation>Leer lassen, um den Schlüssel im Schlüsselbund des Betriebssystems zu behalten</translation>
    </message>
    <message>
        <source>Stored in the OS keychain</source>
        <translation>Im Schlüsselbund des Betriebssystems gespeichert</translation>
    </message>
    <message>
        <source>The key is stored in the OS keychain, never in the settings file.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Betriebssystems gespeichert, niemals in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Leave empty to keep this session&apos;s key</source>
        <translation>Leer lassen, um den Schlüssel dieser Sitzung zu behalten</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Nur für diese Sitzung aufbewahrt</translation>
    </message>
    <message>
        <source>The workspace&apos;s API key (Token). %1</source>
        <translation>Der API-Schlüssel des Arbeitsbereichs (Token). %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Enter the API key for the new connection.</source>
        <translation>Geben Sie den API-Schlüssel für die neue Verbindung ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1”; its key is in the OS keychain.</source>
        <translation>„%1“ gespeichert; der Schlüssel liegt im Schlüsselbund des Betriebssystems.</translation>
    </message>
    <message>
        <source>Saved “%1”. %2</source>
        <translation>„%1“ gespeichert. %2</translation>
    </message>
    <message>
        <source>Remove “%1” and its stored key?</source>
        <translation>„%1“ und den gespeicherten Schlüssel entfernen?</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Close this window (Esc); asks first when there are unsaved changes</source>
        <translation>Dieses Fenster schließen (Esc); fragt zuerst nach, wenn es ungespeicherte Änderungen gibt</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the connection you are entering?</source>
        <translation>Die gerade eingegebene Verbindung verwerfen?</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Die Änderungen an „%1“ verwerfen?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Not saved yet: Save (Enter) adds it to the saved connections</source>
        <translation>Noch nicht gespeichert: Speichern (Eingabetaste) fügt sie den gespeicherten Verbindungen hinzu</translation>
    </message>
    <message>
        <source>To work in it, choose “%1” in the connection box at the left of the toolbar.</source>
        <translation>Um darin zu arbeiten, „%1“ im Verbindungsfeld links in der Werkzeugleiste wählen.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Could not start the demo workspace: %1</source>
        <translation>Der Demo-Arbeitsbereich konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>No API key for “%1”: set RECALL_API_KEY or save the connection with a key.</source>
        <translation>Kein API-Schlüssel für „%1“: Setzen Sie RECALL_API_KEY oder speichern Sie die Verbindung mit einem Schlüssel.</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Edit the connection to enter one, or set RECALL_API_KEY.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Bearbeiten Sie die Verbindung, um einen einzugeben, oder setzen Sie RECALL_API_KEY.</translation>
    </message>
    <message>
        <source>There is no saved connection with the id %1.</source>
        <translation>Es gibt keine gespeicherte Verbindung mit der ID %1.</translation>
    </message>
    <message>
        <source>This connection cannot be changed.</source>
        <translation>Diese Verbindung kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Built-in demo workspace on this computer</source>
        <translation>Integrierter Demo-Arbeitsbereich auf diesem Computer</translation>
    </message>
    <message>
        <source>Built-in demo workspace on this computer, %1</source>
        <translation>Integrierter Demo-Arbeitsbereich auf diesem Computer, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Custom URL (not set)</source>
        <translation>Eigene URL (nicht festgelegt)</translation>
    </message>
    <message>
        <source>Custom URL %1</source>
        <translation>Eigene URL %1</translation>
    </message>
    <message>
        <source>Enter a label for the connection.</source>
        <translation>Geben Sie eine Bezeichnung für die Verbindung ein.</translation>
    </message>
    <message>
        <source>Enter a base URL, or choose a region.</source>
        <translation>Geben Sie eine Basis-URL ein oder wählen Sie eine Region.</translation>
    </message>
    <message>
        <source>“%1” is not a complete URL; write it like https://api.example.com.</source>
        <translation>„%1“ ist keine vollständige URL; schreiben Sie sie in der Form https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL cannot be used: %1.</source>
        <translation>Die Basis-URL kann nicht verwendet werden: %1.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo-Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Verbindungen verwalten …</translation>
    </message>
    <message>
        <source>Add, edit, test or remove connections</source>
        <translation>Verbindungen hinzufügen, bearbeiten, testen oder entfernen</translation>
    </message>
    <message>
        <source>Choose the workspace to connect to</source>
        <translation>Den Arbeitsbereich wählen, mit dem verbunden werden soll</translation>
    </message>
    <message>
        <source>Connected to %1. Choose another connection, or manage them.</source>
        <translation>Verbunden mit %1. Wählen Sie eine andere Verbindung oder verwalten Sie die Verbindungen.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the custom address %1</source>
        <translation>die eigene Adresse %1</translation>
    </message>
    <message>
        <source>No API key to test with.</source>
        <translation>Kein API-Schlüssel zum Testen vorhanden.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s API key. Keys are created in the Recall dashboard of the region they belong to.</source>
        <translation>Geben Sie den API-Schlüssel des Arbeitsbereichs ein. Schlüssel werden im Recall-Dashboard der Region erstellt, zu der sie gehören.</translation>
    </message>
    <message>
        <source>No address to test.</source>
        <translation>Keine Adresse zum Testen vorhanden.</translation>
    </message>
    <message>
        <source>Choose a region or enter a base URL.</source>
        <translation>Wählen Sie eine Region oder geben Sie eine Basis-URL ein.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the first page lists %n artifact(s).</source>
        <translation>
            <numerusform>Verbunden mit %1: Die erste Seite enthält %n Artefakt.</numerusform>
            <numerusform>Verbunden mit %1: Die erste Seite enthält %n Artefakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key works at %1. There are no further pages.</source>
        <translation>Der Schlüssel funktioniert bei %1. Es gibt keine weiteren Seiten.</translation>
    </message>
    <message>
        <source>The key works at %1. More pages follow.</source>
        <translation>Der Schlüssel funktioniert bei %1. Weitere Seiten folgen.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>%1 konnte nicht erreicht werden.</translation>
    </message>
    <message>
        <source>%1
Check the address, the network connection and any proxy or VPN.</source>
        <translation>%1
Prüfen Sie die Adresse, die Netzwerkverbindung sowie einen eventuellen Proxy oder ein VPN.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>%1
The server may be overloaded or the network slow; try again in a moment.</source>
        <translation>%1
Der Server ist möglicherweise überlastet oder das Netzwerk langsam; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The address %1 is not allowed.</source>
        <translation>Die Adresse %1 ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>%1
The key is only sent over https (plain http only to this computer).</source>
        <translation>%1
Der Schlüssel wird nur über https gesendet (unverschlüsseltes http nur an diesen Computer).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Recall API.</source>
        <translation>%1 hat geantwortet, aber nicht wie die Recall-API.</translation>
    </message>
    <message>
        <source>%1
Check the base URL: it is the server&apos;s address without /api/v1.</source>
        <translation>%1
Prüfen Sie die Basis-URL: Sie ist die Adresse des Servers ohne /api/v1.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The API key was refused by %1 (401).</source>
        <translation>Der API-Schlüssel wurde von %1 abgelehnt (401).</translation>
    </message>
    <message>
        <source>Keys work only in the region they were created in, and this connection uses %1. Check that the key is complete and belongs to that region, or choose the key&apos;s region.</source>
        <translation>Schlüssel funktionieren nur in der Region, in der sie erstellt wurden, und diese Verbindung verwendet %1. Prüfen Sie, ob der Schlüssel vollständig ist und zu dieser Region gehört, oder wählen Sie die Region des Schlüssels.</translation>
    </message>
    <message>
        <source>Blocked before reaching the API: HTTP 403 from %1.</source>
        <translation>Blockiert, bevor die API erreicht wurde: HTTP 403 von %1.</translation>
    </message>
    <message>
        <source>The answer was a web page, not the API&apos;s JSON: “%1”. A firewall or proxy probably blocks the request; try again later or from another network.</source>
        <translation>Die Antwort war eine Webseite, nicht das JSON der API: „%1“. Vermutlich blockiert eine Firewall oder ein Proxy die Anfrage; versuchen Sie es später oder aus einem anderen Netzwerk erneut.</translation>
    </message>
    <message>
        <source>%1 has no participant-events API at this address (404).</source>
        <translation>%1 hat unter dieser Adresse keine participant-events-API (404).</translation>
    </message>
    <message>
        <source>Check the base URL: it is the server&apos;s address without /api/v1.</source>
        <translation>Prüfen Sie die Basis-URL: Sie ist die Adresse des Servers ohne /api/v1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 hat mit HTTP %2 geantwortet.</translation>
    </message>
</context>
<context>
    <name>DataCheckModel</name>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message>
        <source>%1 found; the first %2 are listed.</source>
        <extracomment>%1 locations are listed of %2 found</extracomment>
        <translation>%1 gefunden; die ersten %2 sind aufgeführt.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>(no name) #%1</source>
        <extracomment>A participant without a name; %1 is their id</extracomment>
        <translation>(ohne Namen) #%1</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>before joining</source>
        <translation>vor dem Beitritt</translation>
    </message>
    <message>
        <source>after leaving</source>
        <translation>nach dem Verlassen</translation>
    </message>
    <message>
        <source>between leaving and rejoining</source>
        <translation>zwischen Verlassen und erneutem Beitritt</translation>
    </message>
    <message>
        <source>No speaker has join or leave events in the participant events file.</source>
        <translation>Kein Sprecher hat Beitritts- oder Austrittsereignisse in der Datei der Teilnehmerereignisse.</translation>
    </message>
    <message>
        <source>No speaker timeline is loaded.</source>
        <translation>Keine Sprecherzeitleiste geladen.</translation>
    </message>
    <message>
        <source>Needs the participant events file, which is not loaded.</source>
        <translation>Benötigt die Datei der Teilnehmerereignisse, die nicht geladen ist.</translation>
    </message>
    <message>
        <source>Needs the participants file, which is not loaded.</source>
        <translation>Benötigt die Teilnehmerdatei, die nicht geladen ist.</translation>
    </message>
    <message>
        <source>Needs the participants file or the participant events file; neither is loaded.</source>
        <translation>Benötigt die Teilnehmerdatei oder die Datei der Teilnehmerereignisse; keine davon ist geladen.</translation>
    </message>
    <message>
        <source>Speech while not in the meeting</source>
        <translation>Sprechen außerhalb der Besprechung</translation>
    </message>
    <message>
        <source>Segments that end before they start</source>
        <translation>Segmente, die vor ihrem Beginn enden</translation>
    </message>
    <message>
        <source>Segments of zero length</source>
        <translation>Segmente der Länge null</translation>
    </message>
    <message>
        <source>Repeated segments</source>
        <translation>Wiederholte Segmente</translation>
    </message>
    <message>
        <source>Speakers missing from the participants file</source>
        <translation>Sprecher, die in der Teilnehmerdatei fehlen</translation>
    </message>
    <message>
        <source>Participants who never spoke</source>
        <translation>Teilnehmende, die nie gesprochen haben</translation>
    </message>
    <message>
        <source>Open-ended segments</source>
        <translation>Offene Segmente</translation>
    </message>
    <message>
        <source>Speech more than %1 s before the recording started</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Sprechen mehr als %1 s vor Beginn der Aufnahme</translation>
    </message>
    <message>
        <source>Silences longer than %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Stille länger als %1 s</translation>
    </message>
    <message>
        <source>Several ids with the same name</source>
        <translation>Mehrere IDs mit demselben Namen</translation>
    </message>
    <message>
        <source>The timeline has them speaking while the events file has them out of the meeting. Usually a join or leave event arrived late or was lost, or the speech was attributed to the wrong id.</source>
        <translation>Laut Zeitleiste sprechen sie, während sie laut Ereignisdatei nicht in der Besprechung sind. Meist kam ein Beitritts- oder Austrittsereignis verspätet an oder ging verloren, oder der Wortbeitrag wurde der falschen ID zugeordnet.</translation>
    </message>
    <message>
        <source>The file&apos;s end timestamp is earlier than its start. Usually a clock correction or a fault upstream; these segments count no talk time.</source>
        <translation>Der Endzeitstempel in der Datei liegt vor dem Beginn. Meist eine Uhrkorrektur oder ein Fehler in einem vorgelagerten System; diese Segmente zählen keine Sprechzeit.</translation>
    </message>
    <message>
        <source>The segment starts and ends at the same instant. Usually a turn too short to measure or a glitch; it counts no talk time.</source>
        <translation>Das Segment beginnt und endet im selben Augenblick. Meist ein Wortbeitrag, der zu kurz zum Messen ist, oder eine Störung; es zählt keine Sprechzeit.</translation>
    </message>
    <message>
        <source>The same speaker has the same segment more than once. Usually a duplicate in the file; talk time counts it once.</source>
        <translation>Derselbe Sprecher hat dasselbe Segment mehrmals. Meist ein Duplikat in der Datei; die Sprechzeit zählt es einmal.</translation>
    </message>
    <message>
        <source>Someone spoke who is not in the participants file. Usually the participants file is incomplete or belongs to another recording.</source>
        <translation>Jemand hat gesprochen, der nicht in der Teilnehmerdatei steht. Meist ist die Teilnehmerdatei unvollständig oder gehört zu einer anderen Aufnahme.</translation>
    </message>
    <message>
        <source>Listed as a participant, but with no speech in the timeline. Usually a muted listener or a bot, or their speech went to another id (see several ids with the same name).</source>
        <translation>Als teilnehmende Person aufgeführt, aber ohne Wortbeitrag in der Zeitleiste. Meist eine stummgeschaltete zuhörende Person oder ein Bot, oder die Wortbeiträge gingen an eine andere ID (siehe „Mehrere IDs mit demselben Namen“).</translation>
    </message>
    <message>
        <source>The recording ended while they were speaking, or the bot lost the end of the turn; talk time counts to the end of the recording and is an estimate.</source>
        <translation>Die Aufnahme endete, während sie sprachen, oder der Bot hat das Ende des Wortbeitrags verpasst; die Sprechzeit zählt bis zum Ende der Aufnahme und ist geschätzt.</translation>
    </message>
    <message>
        <source>Speech long before the recording&apos;s start. Usually audio from before the recording started, or timestamps from a wrong clock; it counts in the statistics and is marked there.</source>
        <translation>Sprechen lange vor Beginn der Aufnahme. Meist Audio von vor dem Aufnahmebeginn oder Zeitstempel einer falsch gehenden Uhr; es zählt in der Statistik und ist dort markiert.</translation>
    </message>
    <message>
        <source>Nobody speaks for this long. Usually a break, a screen share without talk, or audio that did not reach the bot (a muted or broken microphone, a bot that lost its audio).</source>
        <translation>So lange spricht niemand. Meist eine Pause, eine Bildschirmfreigabe ohne Gespräch oder Audio, das den Bot nicht erreicht hat (ein stummgeschaltetes oder defektes Mikrofon, ein Bot, der sein Audio verloren hat).</translation>
    </message>
    <message>
        <source>Usually one person who left and rejoined (a new id each time), or two people with the same display name. Merge the rows in Statistics if it is one person.</source>
        <translation>Meist eine Person, die gegangen und erneut beigetreten ist (jedes Mal eine neue ID), oder zwei Personen mit demselben Anzeigenamen. Führen Sie die Zeilen unter „Statistik“ zusammen, wenn es eine Person ist.</translation>
    </message>
</context>
<context>
    <name>DataChecksPane</name>
    <message>
        <source>Data checks</source>
        <translation>Datenprüfungen</translation>
    </message>
    <message>
        <source>Data checks summary</source>
        <translation>Zusammenfassung der Datenprüfungen</translation>
    </message>
    <message>
        <source>Silences longer than, in seconds</source>
        <translation>Stille länger als, in Sekunden</translation>
    </message>
    <message>
        <source>Report stretches where nobody speaks for longer than this</source>
        <translation>Abschnitte melden, in denen länger als diese Dauer niemand spricht</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the silence threshold: seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Silences longer than</source>
        <translation>Stille &amp;länger als</translation>
    </message>
    <message>
        <source>Data check findings</source>
        <translation>Befunde der Datenprüfungen</translation>
    </message>
    <message>
        <source>Each check with what it found; choose a finding to show it on the chart</source>
        <translation>Jede Prüfung mit ihren Befunden; einen Befund auswählen, um ihn im Diagramm zu zeigen</translation>
    </message>
    <message>
        <source>What the finding usually means</source>
        <translation>Was der Befund meist bedeutet</translation>
    </message>
    <message>
        <source>Checking the meeting…</source>
        <translation>Besprechung wird geprüft …</translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation>Keine Besprechung geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1</source>
        <extracomment>%n findings in &quot;%1&quot; (the number of checks that found something, e.g. &quot;3 checks&quot;)</extracomment>
        <translation>
            <numerusform>%n Befund in %1</numerusform>
            <numerusform>%n Befunde in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n Prüfung</numerusform>
            <numerusform>%n Prüfungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found in %n check(s)</source>
        <translation>
            <numerusform>Keine Probleme in %n Prüfung gefunden</numerusform>
            <numerusform>Keine Probleme in %n Prüfungen gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run</source>
        <translation>
            <numerusform>%n Prüfung konnte nicht ausgeführt werden</numerusform>
            <numerusform>%n Prüfungen konnten nicht ausgeführt werden</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Die ersten %1 von %2 sind aufgeführt.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 local time</source>
        <translation>%1 Ortszeit</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Delete artifact</source>
        <translation>Artefakt löschen</translation>
    </message>
    <message>
        <source>Confirm deleting participant events %1</source>
        <translation>Löschen der Participant Events %1 bestätigen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Delete these participant events?</source>
        <translation>Diese Participant Events löschen?</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>The full id of the artifact to delete</source>
        <translation>Die vollständige ID des zu löschenden Artefakts</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>The recording these participant events belong to</source>
        <translation>Die Aufnahme, zu der diese Participant Events gehören</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>When the artifact was created, in this computer&apos;s time zone and in UTC</source>
        <translation>Wann das Artefakt erstellt wurde, in der Zeitzone dieses Computers und in UTC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The artifact&apos;s status as last loaded</source>
        <translation>Der Status des Artefakts beim letzten Laden</translation>
    </message>
    <message>
        <source>Cancel, delete nothing</source>
        <translation>Abbrechen, nichts löschen</translation>
    </message>
    <message>
        <source>Close without deleting anything (Esc)</source>
        <translation>Schließen, ohne etwas zu löschen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Delete artifact</source>
        <translation>Artefakt &amp;löschen</translation>
    </message>
    <message>
        <source>Delete artifact %1</source>
        <translation>Artefakt %1 löschen</translation>
    </message>
    <message>
        <source>Ask the server to delete this artifact; this cannot be undone from this app</source>
        <translation>Den Server bitten, dieses Artefakt zu löschen; dies kann in dieser Anwendung nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>The server marks the artifact as deleted; its row will then show the status “deleted”. This cannot be undone from Participant Inspector.</source>
        <translation>Der Server markiert das Artefakt als gelöscht; seine Zeile zeigt dann den Status „deleted“. Dies kann in Participant Inspector nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>DetailFeeder</name>
    <message>
        <source>Could not refresh %1: %2</source>
        <translation>%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>DownloadsGroup</name>
    <message>
        <source>Participants download</source>
        <translation>Teilnehmer-Download</translation>
    </message>
    <message>
        <source>Participant events download</source>
        <translation>Participant-Events-Download</translation>
    </message>
    <message>
        <source>Speaker timeline download</source>
        <translation>Sprecherzeitleisten-Download</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Participant events:</source>
        <translation>Participant Events:</translation>
    </message>
    <message>
        <source>Speaker timeline:</source>
        <translation>Sprecherzeitleiste:</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the signed download link (it works without the API key until it expires)</source>
        <translation>Den signierten Download-Link kopieren (er funktioniert ohne API-Schlüssel, bis er abläuft)</translation>
    </message>
    <message>
        <source>Download links carry a signed token and expire after a while; refreshing the artifact brings fresh ones.</source>
        <translation>Download-Links tragen ein signiertes Token und laufen nach einer Weile ab; das Aktualisieren des Artefakts bringt neue.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>The server sent no link for this file</source>
        <translation>Der Server hat keinen Link für diese Datei gesendet</translation>
    </message>
    <message>
        <source>The artifact was deleted, and its files with it</source>
        <translation>Das Artefakt wurde gelöscht und mit ihm seine Dateien</translation>
    </message>
    <message>
        <source>available, %1</source>
        <translation>verfügbar, %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>Hosted on %1; the link expires, refresh the artifact for a fresh one</source>
        <translation>Liegt auf %1; der Link läuft ab, das Artefakt aktualisieren für einen neuen</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <source>Retrieving the latest version of this artifact</source>
        <translation>Die neueste Version dieses Artefakts wird abgerufen</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>noch nicht verfügbar</translation>
    </message>
    <message>
        <source>Recall is still processing this artifact; the file appears when it is done</source>
        <translation>Recall verarbeitet dieses Artefakt noch; die Datei erscheint, wenn es fertig ist</translation>
    </message>
    <message>
        <source>Processing failed, so there is no file</source>
        <translation>Die Verarbeitung ist fehlgeschlagen, daher gibt es keine Datei</translation>
    </message>
    <message>
        <source>Copy link: %1</source>
        <translation>Link kopieren: %1</translation>
    </message>
    <message>
        <source>link: %1</source>
        <translation>Link: %1</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is not a draft any more (damaged or cut short).</source>
        <translation>Die Datei ist kein Entwurf mehr (beschädigt oder abgeschnitten).</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved metadata edits</source>
        <translation>Ungespeicherte Metadatenänderungen</translation>
    </message>
    <message>
        <source>These metadata edits were not saved when the app last closed. Restore one to open its artifact with the edits in place (they merge with the live map when you save), or discard it.</source>
        <translation>Diese Metadatenänderungen waren beim letzten Schließen der Anwendung nicht gespeichert. Stellen Sie eine wieder her, um ihr Artefakt mit den Änderungen zu öffnen (sie werden beim Speichern mit den aktuellen Metadaten auf dem Server zusammengeführt), oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Ungespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>Each draft: its workspace, artifact, when it was last changed and how many keys</source>
        <translation>Jeder Entwurf: sein Arbeitsbereich, sein Artefakt, wann er zuletzt geändert wurde und wie viele Schlüssel</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 (its recording&apos;s metadata)</source>
        <translation>%1 (Metadaten seiner Aufnahme)</translation>
    </message>
    <message>
        <source>Drafts that could not be read</source>
        <translation>Entwürfe, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) could not be read and are left where they are:</source>
        <translation>
            <numerusform>%n Entwurfsdatei konnte nicht gelesen werden und bleibt, wo sie ist:</numerusform>
            <numerusform>%n Entwurfsdateien konnten nicht gelesen werden und bleiben, wo sie sind:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Open the selected draft&apos;s artifact with the edits in place</source>
        <translation>Das Artefakt des ausgewählten Entwurfs mit den Änderungen öffnen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Delete the selected draft; its edits are lost</source>
        <translation>Den ausgewählten Entwurf löschen; seine Änderungen gehen verloren</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>Keep every draft and ask again at the next start</source>
        <translation>Alle Entwürfe behalten und beim nächsten Start erneut fragen</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Save &amp;history…</source>
        <translation>Speicher&amp;verlauf …</translation>
    </message>
    <message>
        <source>The saves of this artifact&apos;s metadata made from this computer, with “Revert to this” (Ctrl+H)</source>
        <translation>Die Speicherungen der Metadaten dieses Artefakts, die von diesem Computer aus erfolgten, mit „Auf den Stand davor zurücksetzen“ (Strg+H)</translation>
    </message>
    <message>
        <source>&amp;Preview requests before saving</source>
        <translation>&amp;Anfragevorschau vor dem Speichern</translation>
    </message>
    <message>
        <source>Show the exact request and what it changes before each save; a conflict with a change made elsewhere is always shown</source>
        <translation>Vor jedem Speichern die genaue Anfrage und ihre Änderungen zeigen; ein Konflikt mit einer anderswo vorgenommenen Änderung wird immer angezeigt</translation>
    </message>
    <message>
        <source>The recording&apos;s metadata is being opened in the editor.</source>
        <translation>Die Metadaten der Aufnahme werden im Editor geöffnet.</translation>
    </message>
    <message>
        <source>The artifact&apos;s metadata is being opened in the editor.</source>
        <translation>Die Metadaten des Artefakts werden im Editor geöffnet.</translation>
    </message>
    <message>
        <source>Fetching the metadata on the server…</source>
        <translation>Metadaten werden vom Server abgerufen …</translation>
    </message>
    <message>
        <source>Someone changed the same keys on the server: choose which value each keeps.</source>
        <translation>Jemand hat dieselben Schlüssel auf dem Server geändert: Wählen Sie für jeden, welcher Wert bleibt.</translation>
    </message>
    <message>
        <source>Check the request, then send it.</source>
        <translation>Prüfen Sie die Anfrage und senden Sie sie dann.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>A save is under way; wait for it to finish, or cancel it.</source>
        <translation>Ein Speichervorgang läuft; warten Sie, bis er abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Unsaved metadata</source>
        <translation>Ungespeicherte Metadaten</translation>
    </message>
    <message>
        <source>The metadata of artifact %1 has unsaved changes (%2).</source>
        <translation>Die Metadaten von Artefakt %1 haben ungespeicherte Änderungen (%2).</translation>
    </message>
    <message>
        <source>Save them first, discard them, or stay here?</source>
        <translation>Zuerst speichern, verwerfen oder hierbleiben?</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Not saved: there is no connection to save with.</source>
        <translation>Nicht gespeichert: Es gibt keine Verbindung zum Speichern.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved, but the local history could not be written: %1</source>
        <translation>Gespeichert, aber der lokale Verlauf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Saved the metadata of recording %1</source>
        <translation>Metadaten der Aufnahme %1 gespeichert</translation>
    </message>
    <message>
        <source>Saved the metadata of %1</source>
        <translation>Metadaten von %1 gespeichert</translation>
    </message>
    <message>
        <source>Your edits are kept in the draft.</source>
        <translation>Ihre Änderungen bleiben im Entwurf erhalten.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>Der Entwurf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the unsaved edits of %1</source>
        <translation>Die ungespeicherten Änderungen von %1 wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>Save history</source>
        <translation>Speicherverlauf</translation>
    </message>
    <message>
        <source>Save history of %1</source>
        <translation>Speicherverlauf von %1</translation>
    </message>
    <message>
        <source>Open the artifact again to revert it.</source>
        <translation>Öffnen Sie das Artefakt erneut, um es zurückzusetzen.</translation>
    </message>
    <message>
        <source>That save changed the recording&apos;s metadata: open it in the editor first.</source>
        <translation>Diese Speicherung hat die Metadaten der Aufnahme geändert: Öffnen Sie sie zuerst im Editor.</translation>
    </message>
    <message>
        <source>That save changed the artifact&apos;s metadata: go back to it first.</source>
        <translation>Diese Speicherung hat die Metadaten des Artefakts geändert: Wechseln Sie zuerst dorthin zurück.</translation>
    </message>
    <message>
        <source>Prepared the change; review it and save with Ctrl+S.</source>
        <translation>Änderung vorbereitet; prüfen Sie sie und speichern Sie mit Strg+S.</translation>
    </message>
    <message>
        <source>Revert to an earlier save</source>
        <translation>Auf eine frühere Speicherung zurücksetzen</translation>
    </message>
    <message>
        <source>Apply a save again</source>
        <translation>Eine Speicherung erneut anwenden</translation>
    </message>
    <message>
        <source>Not saved: cancelled before anything was sent. Your edits are kept.</source>
        <translation>Nicht gespeichert: abgebrochen, bevor etwas gesendet wurde. Ihre Änderungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>EventLookup</name>
    <message>
        <source>%1 · %2 · to everyone: %3</source>
        <extracomment>chat message: sender, time, text</extracomment>
        <translation>%1 · %2 · an alle: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · to the bot only: %3</source>
        <extracomment>chat message sent only to the recording bot: sender, time, text</extracomment>
        <translation>%1 · %2 · nur an den Bot: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · to %3: %4</source>
        <extracomment>chat message: sender, time, recipient as the file has it, text</extracomment>
        <translation>%1 · %2 · an %3: %4</translation>
    </message>
    <message>
        <source>%1 · %2 · chat: %3</source>
        <extracomment>chat message without a recipient: sender, time, text</extracomment>
        <translation>%1 · %2 · Chat: %3</translation>
    </message>
    <message>
        <source>%1 (details changed) · %2 · %3</source>
        <extracomment>an &quot;update&quot; event (the participant&apos;s details changed): action, participant, time</extracomment>
        <translation>%1 (Angaben geändert) · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (unknown action) · %2 · %3</source>
        <extracomment>an event whose action this version does not know, shown as sent: action, participant, time</extracomment>
        <translation>%1 (unbekannte Aktion) · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>solid line under the bars</source>
        <translation>durchgezogene Linie unter den Balken</translation>
    </message>
    <message>
        <source>no webcam_on seen: on from the start</source>
        <translation>kein webcam_on gesehen: ab Beginn eingeschaltet</translation>
    </message>
    <message>
        <source>no webcam_off seen: on to the end</source>
        <translation>kein webcam_off gesehen: bis zum Ende eingeschaltet</translation>
    </message>
    <message>
        <source>%1 · Webcam on %2 (%3)</source>
        <extracomment>participant, time range, notes</extracomment>
        <translation>%1 · Webcam an %2 (%3)</translation>
    </message>
    <message>
        <source>dashed line under the bars</source>
        <translation>gestrichelte Linie unter den Balken</translation>
    </message>
    <message>
        <source>no screenshare_on seen: sharing from the start</source>
        <translation>kein screenshare_on gesehen: teilt ab Beginn</translation>
    </message>
    <message>
        <source>no screenshare_off seen: sharing to the end</source>
        <translation>kein screenshare_off gesehen: teilt bis zum Ende</translation>
    </message>
    <message>
        <source>%1 · Screen shared %2 (%3)</source>
        <extracomment>participant, time range, notes</extracomment>
        <translation>%1 · Bildschirm geteilt %2 (%3)</translation>
    </message>
    <message>
        <source>no join seen: present from the start</source>
        <translation>kein join gesehen: ab Beginn anwesend</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>beigetreten</translation>
    </message>
    <message>
        <source>no leave seen: present to the end</source>
        <translation>kein leave gesehen: bis zum Ende anwesend</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gegangen</translation>
    </message>
    <message>
        <source>%1 · Present %2 (%3; %4)</source>
        <extracomment>participant, time range, how it started; how it ended</extracomment>
        <translation>%1 · Anwesend %2 (%3; %4)</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Wall clock: %1 local time, %2 UTC</source>
        <translation>Uhrzeit: %1 Ortszeit, %2 UTC</translation>
    </message>
    <message>
        <source>Unknown action “%1”: shown as the file has it</source>
        <extracomment>An action in the participant events file that this version does not know; %1 as sent</extracomment>
        <translation>Unbekannte Aktion „%1“: so angezeigt, wie sie in der Datei steht</translation>
    </message>
    <message>
        <source>Action in the file: %1</source>
        <extracomment>%1 is the action as the file has it, e.g. speech_on</extracomment>
        <translation>Aktion in der Datei: %1</translation>
    </message>
    <message>
        <source>This event has only a wall-clock time, and with no speaker timeline that has wall-clock times it cannot be placed on the chart&apos;s axis.</source>
        <translation>Dieses Ereignis hat nur eine Uhrzeit, und ohne Sprecherzeitleiste mit Uhrzeiten lässt es sich nicht auf der Achse des Diagramms einordnen.</translation>
    </message>
    <message>
        <source>This event has no usable time: neither a relative time nor a wall-clock time.</source>
        <translation>Dieses Ereignis hat keine verwendbare Zeit: weder eine relative Zeit noch eine Uhrzeit.</translation>
    </message>
    <message>
        <source>Recording time: %1</source>
        <extracomment>Time since the recording started, as on the chart&apos;s axis</extracomment>
        <translation>Aufnahmezeit: %1</translation>
    </message>
    <message>
        <source>Derived from the wall-clock time (the file has no relative time)</source>
        <translation>Aus der Uhrzeit abgeleitet (die Datei hat keine relative Zeit)</translation>
    </message>
    <message>
        <source>(the file has no wall-clock time: estimated from the speaker timeline)</source>
        <translation>(die Datei hat keine Uhrzeit: aus der Sprecherzeitleiste geschätzt)</translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation>Teilnehmer-ID: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <extracomment>A participant of the events file who is not in the speaker timeline</extracomment>
        <translation>Hat nie gesprochen: nicht in der Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>to everyone: %1</source>
        <translation>an alle: %1</translation>
    </message>
    <message>
        <source>to the bot only: %1</source>
        <translation>nur an den Bot: %1</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <extracomment>A chat message to someone the file names; %1 the recipient as sent, %2 the text</extracomment>
        <translation>an %1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Time since the recording started, as on the chart&apos;s axis; the wall-clock time is in each cell&apos;s tooltip. Events without a usable time show — and sort last.</source>
        <translation>Zeit seit Beginn der Aufnahme, wie auf der Achse des Diagramms; die Uhrzeit steht im Tooltip jeder Zelle. Ereignisse ohne verwendbare Zeit zeigen — und stehen beim Sortieren am Ende.</translation>
    </message>
    <message>
        <source>Who the event is about</source>
        <translation>Wen das Ereignis betrifft</translation>
    </message>
    <message>
        <source>What happened; the action as sent is in each cell&apos;s tooltip</source>
        <translation>Was geschah; die Aktion, wie gesendet, steht im Tooltip jeder Zelle</translation>
    </message>
    <message>
        <source>The chat message and its recipients, or the data an event carries</source>
        <translation>Die Chatnachricht und ihre Empfänger oder die Daten eines Ereignisses</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>A participant&apos;s details changed (the &quot;update&quot; action)</extracomment>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Started speaking</source>
        <translation>Sprechen begonnen</translation>
    </message>
    <message>
        <source>Stopped speaking</source>
        <translation>Sprechen beendet</translation>
    </message>
    <message>
        <source>Webcam on</source>
        <translation>Webcam an</translation>
    </message>
    <message>
        <source>Webcam off</source>
        <translation>Webcam aus</translation>
    </message>
    <message>
        <source>Started screen sharing</source>
        <translation>Bildschirmfreigabe gestartet</translation>
    </message>
    <message>
        <source>Stopped screen sharing</source>
        <translation>Bildschirmfreigabe beendet</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Chatnachricht</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Copy event</source>
        <translation>Ereignis &amp;kopieren</translation>
    </message>
    <message>
        <source>Participant events</source>
        <translation>Teilnehmerereignisse</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>Show events of this action</source>
        <translation>Ereignisse dieser Aktion anzeigen</translation>
    </message>
    <message>
        <source>Show only the events of one action; the count of each is beside it</source>
        <translation>Nur die Ereignisse einer Aktion anzeigen; die jeweilige Anzahl steht daneben</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Show events of this participant</source>
        <translation>Ereignisse dieser Person anzeigen</translation>
    </message>
    <message>
        <source>Show only the events of one participant (by id: people who share a name are listed apart)</source>
        <translation>Nur die Ereignisse einer teilnehmenden Person anzeigen (nach ID: Personen mit gleichem Namen werden getrennt aufgeführt)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Show only events whose details (a chat message, an update&apos;s data), participant or action contain this text; case does not matter</source>
        <translation>Nur Ereignisse anzeigen, deren Details (eine Chatnachricht, die Daten einer Aktualisierung), Person oder Aktion diesen Text enthalten; ohne Beachtung der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>Search details…</source>
        <translation>Details durchsuchen …</translation>
    </message>
    <message>
        <source>Select an event to show its moment and participant on the chart</source>
        <translation>Ein Ereignis auswählen, um seinen Zeitpunkt und seine Person im Diagramm zu zeigen</translation>
    </message>
    <message>
        <source>Copy the selected event: time, participant, action as sent and details, tab-separated</source>
        <translation>Das ausgewählte Ereignis kopieren: Zeit, Person, Aktion wie gesendet und Details, durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Wieder alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>All actions (%1)</source>
        <translation>Alle Aktionen (%1)</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, unknown action)</source>
        <extracomment>An action this version does not know, as sent, and its count</extracomment>
        <translation>%1 (%2, unbekannte Aktion)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Events of every participant</source>
        <translation>Ereignisse aller Teilnehmenden</translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation>Teilnehmer-ID: %1</translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <translation>Hat nie gesprochen: nicht in der Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Ereignisse</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>The participant events file is not loaded: %1</source>
        <extracomment>%1 says why, e.g. that the download failed</extracomment>
        <translation>Die Datei mit Teilnehmerereignissen ist nicht geladen: %1</translation>
    </message>
    <message>
        <source>it could not be downloaded or read, or only a speaker timeline was opened.</source>
        <translation>Sie konnte nicht heruntergeladen oder gelesen werden, oder es wurde nur eine Sprecherzeitleiste geöffnet.</translation>
    </message>
    <message>
        <source>The participant events file has no events.</source>
        <translation>Die Datei mit Teilnehmerereignissen enthält keine Ereignisse.</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Kein Ereignis entspricht den Filtern.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG …</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image of a chosen size</source>
        <translation>Das Diagramm als PNG-Bild in einer gewählten Größe speichern</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG …</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing of a chosen size</source>
        <translation>Das Diagramm als SVG-Zeichnung in einer gewählten Größe speichern</translation>
    </message>
    <message>
        <source>&amp;Segments as CSV…</source>
        <translation>Se&amp;gmente als CSV …</translation>
    </message>
    <message>
        <source>Save every speaking segment as CSV</source>
        <translation>Alle Sprechsegmente als CSV speichern</translation>
    </message>
    <message>
        <source>S&amp;tatistics as CSV…</source>
        <translation>S&amp;tatistik als CSV …</translation>
    </message>
    <message>
        <source>Save the per-speaker statistics as CSV</source>
        <translation>Die Statistik je Sprecher als CSV speichern</translation>
    </message>
    <message>
        <source>&amp;RTTM…</source>
        <translation>&amp;RTTM …</translation>
    </message>
    <message>
        <source>Save the speaker timeline as RTTM, for diarization tools</source>
        <translation>Die Sprecherzeitleiste als RTTM speichern, für Diarisierungswerkzeuge</translation>
    </message>
    <message>
        <source>&amp;Audacity labels…</source>
        <translation>&amp;Audacity-Marken …</translation>
    </message>
    <message>
        <source>Save the speaker timeline as an Audacity label track, to check it against the recording</source>
        <translation>Die Sprecherzeitleiste als Audacity-Markenspur speichern, um sie mit der Aufnahme abzugleichen</translation>
    </message>
    <message>
        <source>Support &amp;bundle…</source>
        <translation>Supportpa&amp;ket …</translation>
    </message>
    <message>
        <source>Save one zip for a support ticket: the chart, the statistics, the three files, the artifact and the app&apos;s requests about it, without the API key</source>
        <translation>Eine ZIP-Datei für ein Support-Ticket speichern: das Diagramm, die Statistik, die drei Dateien, das Artefakt und die Anfragen der App dazu, ohne den API-Schlüssel</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Diagramm als SVG speichern</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save segments as CSV</source>
        <translation>Segmente als CSV speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Save statistics as CSV</source>
        <translation>Statistik als CSV speichern</translation>
    </message>
    <message>
        <source>Save as RTTM</source>
        <translation>Als RTTM speichern</translation>
    </message>
    <message>
        <source>RTTM files (*.rttm)</source>
        <translation>RTTM-Dateien (*.rttm)</translation>
    </message>
    <message>
        <source>Save as Audacity labels</source>
        <translation>Als Audacity-Marken speichern</translation>
    </message>
    <message>
        <source>Label tracks (*.txt)</source>
        <translation>Markenspuren (*.txt)</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Supportpaket speichern</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 x %2 is the image&apos;s size in pixels</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not downloaded, or it could not be read.</source>
        <translation>nicht heruntergeladen oder nicht lesbar.</translation>
    </message>
    <message>
        <source>the app keeps no request log here.</source>
        <translation>die App führt hier kein Anfrageprotokoll.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 is the file written, %2 what it holds (a size, a number of files)</extracomment>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>Gespeichert: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Recording id</source>
        <translation>Aufnahme-ID</translation>
    </message>
    <message>
        <source>Recording id filter</source>
        <translation>Filter nach Aufnahme-ID</translation>
    </message>
    <message>
        <source>Only artifacts of this recording (a UUID)</source>
        <translation>Nur Artefakte dieser Aufnahme (eine UUID)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Ask the server for artifacts with this status only</source>
        <translation>Beim Server nur Artefakte mit diesem Status anfragen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Created after</source>
        <translation>Erstellt nach</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>Created before</source>
        <translation>Erstellt vor</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Load the list again with these filters (Enter)</source>
        <translation>Die Liste mit diesen Filtern neu laden (Eingabetaste)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved filters: apply one, or save the current filter under a name</source>
        <translation>Gespeicherte Filter: einen anwenden oder den aktuellen Filter unter einem Namen speichern</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>Aktuellen Filter speichern …</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Remove every filter: these, the quick filter and the chosen statuses</source>
        <translation>Alle Filter entfernen: diese, den Schnellfilter und die gewählten Status</translation>
    </message>
    <message>
        <source>No recording id here yet: type or paste a UUID like 9a8b7c6d-0000-4000-8000-00000000000a, or a link or text that contains one</source>
        <translation>Noch keine Aufnahme-ID: Geben Sie eine UUID wie 9a8b7c6d-0000-4000-8000-00000000000a ein oder fügen Sie einen Link oder Text ein, der eine enthält</translation>
    </message>
    <message>
        <source>Only artifacts created at or after the given time</source>
        <translation>Nur Artefakte, die zum angegebenen Zeitpunkt oder danach erstellt wurden</translation>
    </message>
    <message>
        <source>Created at or after this local time (inclusive: from the start of the minute shown)</source>
        <translation>Erstellt zu dieser Ortszeit oder danach (einschließlich: ab Beginn der angezeigten Minute)</translation>
    </message>
    <message>
        <source>Only artifacts created at or before the given time</source>
        <translation>Nur Artefakte, die zum angegebenen Zeitpunkt oder davor erstellt wurden</translation>
    </message>
    <message>
        <source>Created at or before this local time (inclusive: up to the start of the minute shown)</source>
        <translation>Erstellt zu dieser Ortszeit oder davor (einschließlich: bis zum Beginn der angezeigten Minute)</translation>
    </message>
    <message>
        <source>No loaded recording starts with %1: paste the whole id</source>
        <translation>Keine geladene Aufnahme beginnt mit %1: die ganze ID einfügen</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded recordings start with %1: type more of the id</source>
        <translation>
            <numerusform>%n geladene Aufnahme beginnt mit %1: mehr von der ID tippen</numerusform>
            <numerusform>%n geladene Aufnahmen beginnen mit %1: mehr von der ID tippen</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording id here: type or paste one, or a link or text that contains one</source>
        <translation>Hier steht keine Aufnahme-ID: eine tippen oder einfügen, oder einen Link oder Text, der eine enthält</translation>
    </message>
    <message>
        <source>Only artifacts of this recording: its id, the short id the table shows, or a link with it</source>
        <translation>Nur Artefakte dieser Aufnahme: ihre ID, die kurze ID aus der Tabelle oder ein Link damit</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Revert to this</source>
        <translation>Auf den Stand davor zurücksetzen</translation>
    </message>
    <message>
        <source>Apply this again</source>
        <translation>Erneut anwenden</translation>
    </message>
    <message>
        <source>Save history</source>
        <translation>Speicherverlauf</translation>
    </message>
    <message>
        <source>No saves from this computer yet</source>
        <translation>Noch keine Speicherungen von diesem Computer</translation>
    </message>
    <message>
        <source>Saves of this artifact, newest first</source>
        <translation>Speicherungen dieses Artefakts, neueste zuerst</translation>
    </message>
    <message>
        <source>The saves made from this computer, newest first. Select one (or press Enter) to see what it changed.</source>
        <translation>Die Speicherungen von diesem Computer, neueste zuerst. Wählen Sie eine aus (oder drücken Sie die Eingabetaste), um zu sehen, was sie geändert hat.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Keys the selected save changed, before and after</source>
        <translation>Von der ausgewählten Speicherung geänderte Schlüssel, vorher und nachher</translation>
    </message>
    <message>
        <source>Every key the selected save changed: its value before and after the save</source>
        <translation>Jeder von der ausgewählten Speicherung geänderte Schlüssel: sein Wert vor und nach der Speicherung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Revert to the map before this save</source>
        <translation>Auf die Metadaten vor dieser Speicherung zurücksetzen</translation>
    </message>
    <message>
        <source>Prepare an edit that puts back the map as it was before this save. Nothing is sent until you save it; it is merged, previewed and verified like any edit.</source>
        <translation>Eine Änderung vorbereiten, die die Metadaten auf den Stand vor dieser Speicherung zurückbringt. Nichts wird gesendet, bis Sie sie speichern; sie wird wie jede Änderung zusammengeführt, in der Vorschau gezeigt und geprüft.</translation>
    </message>
    <message>
        <source>Apply the map this save left again</source>
        <translation>Die Metadaten nach dieser Speicherung erneut anwenden</translation>
    </message>
    <message>
        <source>Prepare an edit that sets the map as this save left it (after someone changed it since). Nothing is sent until you save it.</source>
        <translation>Eine Änderung vorbereiten, die die Metadaten so setzt, wie diese Speicherung sie hinterlassen hat (wenn sie seitdem jemand geändert hat). Nichts wird gesendet, bis Sie sie speichern.</translation>
    </message>
    <message numerus="yes">
        <source>%n save(s) in this artifact&apos;s history could not be read (the file is damaged or cut short); the others are listed.</source>
        <translation>
            <numerusform>%n Speicherung im Verlauf dieses Artefakts konnte nicht gelesen werden (die Datei ist beschädigt oder abgeschnitten); die übrigen werden aufgeführt.</numerusform>
            <numerusform>%n Speicherungen im Verlauf dieses Artefakts konnten nicht gelesen werden (die Datei ist beschädigt oder abgeschnitten); die übrigen werden aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The metadata of recording %1 (of artifact %2)</source>
        <translation>Die Metadaten der Aufnahme %1 (von Artefakt %2)</translation>
    </message>
    <message>
        <source>The metadata of artifact %1</source>
        <translation>Die Metadaten von Artefakt %1</translation>
    </message>
    <message>
        <source>Saved %1 on %2, %3: %4</source>
        <translation>Gespeichert %1 über %2, %3: %4</translation>
    </message>
    <message>
        <source>Select a save to see what it changed.</source>
        <translation>Wählen Sie eine Speicherung aus, um zu sehen, was sie geändert hat.</translation>
    </message>
    <message>
        <source>Saved %1 on %2 (%3)</source>
        <translation>Gespeichert %1 über %2 (%3)</translation>
    </message>
    <message>
        <source>This save changed no key.</source>
        <translation>Diese Speicherung hat keinen Schlüssel geändert.</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>%1: %2, before: %3, after: %4</source>
        <translation>%1: %2, vorher: %3, nachher: %4</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>This save is not readable any more (damaged or cut short).</source>
        <translation>Diese Speicherung ist nicht mehr lesbar (beschädigt oder abgeschnitten).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <source>Chart as %1</source>
        <extracomment>%1 is the image format, PNG or SVG</extracomment>
        <translation>Diagramm als %1</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Größenvorgabe</translation>
    </message>
    <message>
        <source>A common size, or the chart&apos;s size on screen</source>
        <translation>Eine gängige Größe oder die Größe des Diagramms auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Chart size (%1 × %2)</source>
        <extracomment>%1 x %2 is the chart&apos;s size on screen in pixels</extracomment>
        <translation>Diagrammgröße (%1 × %2)</translation>
    </message>
    <message>
        <source>HD (1280 × 720)</source>
        <translation>HD (1280 × 720)</translation>
    </message>
    <message>
        <source>Full HD (1920 × 1080)</source>
        <translation>Full HD (1920 × 1080)</translation>
    </message>
    <message>
        <source>4K (3840 × 2160)</source>
        <translation>4K (3840 × 2160)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1 to %2 pixels</source>
        <translation>%1 bis %2 Pixel</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>&amp;Current view (visible time range and row order)</source>
        <translation>Aktuelle A&amp;nsicht (sichtbarer Zeitbereich und Zeilenfolge)</translation>
    </message>
    <message>
        <source>The time range and rows the chart shows now</source>
        <translation>Der Zeitbereich und die Zeilen, die das Diagramm gerade zeigt</translation>
    </message>
    <message>
        <source>&amp;Whole meeting</source>
        <translation>&amp;Ganze Besprechung</translation>
    </message>
    <message>
        <source>The whole meeting, every row, in the chart&apos;s row order</source>
        <translation>Die ganze Besprechung, alle Zeilen, in der Zeilenfolge des Diagramms</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorgabe:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
</context>
<context>
    <name>JsonTypeName</name>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>No keychain available: the key is kept for this session only.</source>
        <translation>Kein Schlüsselbund verfügbar: Der Schlüssel wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain refused to give out the key: %1</source>
        <translation>Der Schlüsselbund hat die Herausgabe des Schlüssels verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht entfernt: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
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
        <source>Load &amp;more</source>
        <translation>&amp;Mehr laden</translation>
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
        <translation>Anfragelimit erreicht: neuer Versuch in %1&#xa0;s</translation>
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
    <message numerus="yes">
        <source>Loading all: %n page(s)</source>
        <translation>
            <numerusform>Alle werden geladen: %n Seite</numerusform>
            <numerusform>Alle werden geladen: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Every artifact is loaded.</source>
        <translation>Alle Artefakte sind geladen.</translation>
    </message>
    <message>
        <source>Loading all was stopped.</source>
        <translation>Das Laden aller Artefakte wurde angehalten.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Load the artifact list again from the first page</source>
        <translation>Die Artefaktliste erneut ab der ersten Seite laden</translation>
    </message>
    <message>
        <source>Load the next page of artifacts</source>
        <translation>Die nächste Seite mit Artefakten laden</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>&amp;Alle laden</translation>
    </message>
    <message>
        <source>Load every page of artifacts, within the rate limit</source>
        <translation>Alle Seiten mit Artefakten laden, innerhalb des Anfragelimits</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>Filter the loaded rows across all columns</source>
        <translation>Die geladenen Zeilen über alle Spalten filtern</translation>
    </message>
    <message>
        <source>Server &amp;filters</source>
        <translation>Server&amp;filter</translation>
    </message>
    <message>
        <source>Edit the server-side filters (recording, status, created)</source>
        <translation>Die serverseitigen Filter bearbeiten (Aufnahme, Status, Erstellungszeit)</translation>
    </message>
    <message>
        <source>Artifact &amp;list</source>
        <translation>Artefakt&amp;liste</translation>
    </message>
    <message>
        <source>Move the focus to the artifact list</source>
        <translation>Den Fokus auf die Artefaktliste setzen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Recent artifacts</source>
        <translation>&amp;Zuletzt geöffnete Artefakte</translation>
    </message>
    <message>
        <source>Loading all artifacts</source>
        <translation>Alle Artefakte werden geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation>Laden aller Artefakte abbrechen</translation>
    </message>
    <message>
        <source>Stop loading more pages (Esc)</source>
        <translation>Das Laden weiterer Seiten anhalten (Esc)</translation>
    </message>
    <message>
        <source>next in %1 s</source>
        <translation>nächste in %1 s</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Desktop</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>D&amp;unkel</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Find Recall.ai participant-events artifacts and see their status and details at a glance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Recall.ai-participant-events-Artefakte finden und ihren Status und ihre Details auf einen Blick sehen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n artifact(s) shown</source>
        <translation>
            <numerusform>%1 von %n Artefakt angezeigt</numerusform>
            <numerusform>%1 von %n Artefakten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest message</source>
        <translation>Die neueste Meldung</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited %n time(s) in a row: waiting %1 s</source>
        <translation>
            <numerusform>%n-mal in Folge gedrosselt: %1 s Wartezeit</numerusform>
            <numerusform>%n-mal in Folge gedrosselt: %1 s Wartezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open bot, artifact or recording…</source>
        <translation>Bot, Artefakt oder Aufnahme &amp;öffnen …</translation>
    </message>
    <message>
        <source>Open a bot id, an artifact id, a recording id, or a pasted URL or text containing one</source>
        <translation>Eine Bot-, Artefakt- oder Aufnahme-ID öffnen, oder eine eingefügte URL oder einen Text, der eine enthält</translation>
    </message>
    <message>
        <source>Open a bot, artifact or recording id, or a URL (%1)</source>
        <translation>Bot-, Artefakt- oder Aufnahme-ID oder URL öffnen (%1)</translation>
    </message>
    <message>
        <source>Open bot, artifact or recording</source>
        <translation>Bot, Artefakt oder Aufnahme öffnen</translation>
    </message>
    <message>
        <source>Paste a bot id, an artifact id, a recording id, or any URL or text containing one, then Enter</source>
        <translation>Eine Bot-, Artefakt- oder Aufnahme-ID einfügen, oder eine URL oder einen Text, der eine enthält, dann Eingabetaste</translation>
    </message>
    <message>
        <source>, refreshing…</source>
        <translation>, wird aktualisiert …</translation>
    </message>
    <message>
        <source>, loading failed</source>
        <translation>, Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>The list is being reloaded.</source>
        <translation>Die Liste wird neu geladen.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>The window is being closed.</source>
        <translation>Das Fenster wird geschlossen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Show whole value…</source>
        <translation>Ganzen Wert anzeigen …</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>The whole value, as stored; select text to copy a part</source>
        <translation>Der ganze Wert, wie gespeichert; Text markieren, um einen Teil zu kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole value</source>
        <translation>Den ganzen Wert kopieren</translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <source>Keys are kept in memory: the key is kept for this session only.</source>
        <translation>Schlüssel werden im Arbeitsspeicher gehalten: Der Schlüssel wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>MetadataDiff</name>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>No keys changed</source>
        <translation>Keine Schlüssel geändert</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed: %1</source>
        <translation>
            <numerusform>%n Schlüssel geändert: %1</numerusform>
            <numerusform>%n Schlüssel geändert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
</context>
<context>
    <name>MetadataEditDelegate</name>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>Wert (JSON)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>A JSON value: a number, true, false, a list or an object; &quot;quoted&quot; makes it text</source>
        <translation>Ein JSON-Wert: eine Zahl, true, false, eine Liste oder ein Objekt; in &quot;Anführungszeichen&quot; wird er zu Text</translation>
    </message>
    <message>
        <source>Type a JSON value, such as 42, true, [1, 2] or &quot;text&quot;.</source>
        <translation>Geben Sie einen JSON-Wert ein, etwa 42, true, [1, 2] oder &quot;Text&quot;.</translation>
    </message>
    <message>
        <source>This is not one JSON value.</source>
        <translation>Das ist kein einzelner JSON-Wert.</translation>
    </message>
    <message>
        <source>The value; Enter keeps it, Esc cancels, Shift+F2 edits it in a larger box</source>
        <translation>Der Wert; die Eingabetaste übernimmt ihn, Esc bricht ab, Umschalt+F2 bearbeitet ihn in einem größeren Feld</translation>
    </message>
    <message>
        <source>The key; Enter keeps it, Tab goes on to the value, Esc cancels</source>
        <translation>Der Schlüssel; die Eingabetaste übernimmt ihn, Tab geht weiter zum Wert, Esc bricht ab</translation>
    </message>
</context>
<context>
    <name>MetadataEditModel</name>
    <message>
        <source>Add key</source>
        <translation>Schlüssel hinzufügen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>„%1“ wiederherstellen</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>Der Schlüssel ist leer.</translation>
    </message>
    <message>
        <source>The value has %1 characters; the API takes at most %2.</source>
        <translation>Der Wert hat %1 Zeichen; die API nimmt höchstens %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name key “%1”</source>
        <translation>Schlüssel „%1“ benennen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
    <message>
        <source>Set “%1” to null</source>
        <translation>„%1“ auf null setzen</translation>
    </message>
    <message>
        <source>It contains a NUL character (U+0000), which servers storing JSON reject.</source>
        <translation>Er enthält ein NUL-Zeichen (U+0000), das Server ablehnen, die JSON speichern.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>umbenannt</translation>
    </message>
    <message>
        <source>renamed, changed</source>
        <translation>umbenannt, geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Renamed from “%1”.</source>
        <translation>Umbenannt von „%1“.</translation>
    </message>
    <message>
        <source>Removed: the key goes when you save. Restore brings it back.</source>
        <translation>Entfernt: Der Schlüssel verschwindet beim Speichern. Wiederherstellen holt ihn zurück.</translation>
    </message>
    <message>
        <source>A JSON value that is not text, kept as the server wrote it; edit it as JSON.</source>
        <translation>Ein JSON-Wert, der kein Text ist, so belassen, wie der Server ihn geschrieben hat; bearbeiten Sie ihn als JSON.</translation>
    </message>
    <message>
        <source>null: the key has no value.</source>
        <translation>null: Der Schlüssel hat keinen Wert.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The key is already on row %1.</source>
        <translation>Der Schlüssel steht schon in Zeile %1.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>NUL character</source>
        <translation>NUL-Zeichen</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>&amp;Add key</source>
        <translation>Schlüssel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a key and start typing its name</source>
        <translation>Einen Schlüssel hinzufügen und seinen Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>Schlüssel &amp;entfernen</translation>
    </message>
    <message>
        <source>Mark the current key removed; it stays visible, struck through, until you save or restore it</source>
        <translation>Den aktuellen Schlüssel als entfernt markieren; er bleibt durchgestrichen sichtbar, bis Sie speichern oder ihn wiederherstellen</translation>
    </message>
    <message>
        <source>Re&amp;store key</source>
        <translation>Schlüssel wie&amp;derherstellen</translation>
    </message>
    <message>
        <source>Bring back the removed key in the current row</source>
        <translation>Den entfernten Schlüssel in der aktuellen Zeile zurückholen</translation>
    </message>
    <message>
        <source>Re&amp;vert all</source>
        <translation>Alles &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Undo every change since the map was loaded, as one step that can itself be undone</source>
        <translation>Alle Änderungen seit dem Laden der Metadaten zurücknehmen, in einem Schritt, der sich selbst rückgängig machen lässt</translation>
    </message>
    <message>
        <source>Edit as &amp;text</source>
        <translation>Als &amp;Text bearbeiten</translation>
    </message>
    <message>
        <source>Switch between the table and the same map as key: value lines</source>
        <translation>Zwischen der Tabelle und denselben Metadaten als Zeilen im Format key: value wechseln</translation>
    </message>
    <message>
        <source>Edit &amp;whole value…</source>
        <translation>&amp;Ganzen Wert bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the current value in a larger box, where Enter starts a new line</source>
        <translation>Den aktuellen Wert in einem größeren Feld bearbeiten, in dem die Eingabetaste eine neue Zeile beginnt</translation>
    </message>
    <message>
        <source>&amp;Save metadata…</source>
        <translation>Metadaten &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Artifact metadata</source>
        <translation>Metadaten des Artefakts</translation>
    </message>
    <message>
        <source>F2 or Enter edits a cell, Shift+F2 the whole value; Insert adds a key, Delete removes one; Ctrl+C copies a cell; Ctrl+Z undoes</source>
        <translation>F2 oder die Eingabetaste bearbeitet eine Zelle, Umschalt+F2 den ganzen Wert; Einfg fügt einen Schlüssel hinzu, Entf entfernt einen; Strg+C kopiert eine Zelle; Strg+Z macht rückgängig</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Set value to &amp;null</source>
        <translation>Wert auf &amp;null setzen</translation>
    </message>
    <message>
        <source>Metadata editor status</source>
        <translation>Status des Metadaten-Editors</translation>
    </message>
    <message>
        <source>Why the metadata is read-only</source>
        <translation>Warum die Metadaten schreibgeschützt sind</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>Als Text bearbeiten</translation>
    </message>
    <message>
        <source>There is no metadata to edit.</source>
        <translation>Es gibt keine Metadaten zu bearbeiten.</translation>
    </message>
    <message>
        <source>A save is under way.</source>
        <translation>Ein Speichervorgang läuft.</translation>
    </message>
    <message>
        <source>Line %1 of the text cannot be read.</source>
        <translation>Zeile %1 des Textes ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Nothing to save: the map is as loaded.</source>
        <translation>Nichts zu speichern: Die Metadaten sind seit dem Laden unverändert.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <source>A JSON value</source>
        <translation>Ein JSON-Wert</translation>
    </message>
    <message>
        <source>The whole value; Enter starts a new line</source>
        <translation>Der ganze Wert; die Eingabetaste beginnt eine neue Zeile</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 Zeichen</translation>
    </message>
    <message>
        <source>Fetch the live map, merge your changes into it, preview the request and send it</source>
        <translation>Die aktuellen Metadaten vom Server abrufen, Ihre Änderungen einarbeiten, die Anfrage in der Vorschau zeigen und sie senden</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <source>A JSON value; Enter keeps it.</source>
        <translation>Ein JSON-Wert; die Eingabetaste übernimmt ihn.</translation>
    </message>
    <message>
        <source>%1 / %2 characters: %3 too many</source>
        <translation>%1 / %2 Zeichen: %3 zu viel</translation>
    </message>
    <message numerus="yes">
        <source>(%n rows cannot be saved)</source>
        <translation>
            <numerusform>(%n Zeile kann nicht gespeichert werden)</numerusform>
            <numerusform>(%n Zeilen können nicht gespeichert werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes. Ctrl+S saves, Ctrl+Z undoes.</source>
        <translation>Ungespeicherte Änderungen. Strg+S speichert, Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>The map no longer has the key %1: copy the value before closing.</source>
        <translation>Die Metadaten haben den Schlüssel %1 nicht mehr: Kopieren Sie den Wert, bevor Sie schließen.</translation>
    </message>
</context>
<context>
    <name>MetadataSaver</name>
    <message>
        <source>There is no connection to save with.</source>
        <translation>Es gibt keine Verbindung zum Speichern.</translation>
    </message>
    <message>
        <source>The server&apos;s metadata of this artifact could not be read; saving would overwrite whatever it holds, so nothing was sent.</source>
        <translation>Die Metadaten dieses Artefakts auf dem Server konnten nicht gelesen werden; Speichern würde überschreiben, was auch immer dort steht, daher wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The artifact names no recording, so there is no recording metadata to save.</source>
        <translation>Das Artefakt nennt keine Aufnahme, daher gibt es keine Metadaten der Aufnahme zu speichern.</translation>
    </message>
    <message>
        <source>The connection changed after the request was shown; nothing was sent. Save again.</source>
        <translation>Die Verbindung hat sich geändert, nachdem die Anfrage angezeigt wurde; nichts wurde gesendet. Speichern Sie erneut.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The artifact is gone (deleted, or not in this region). Nothing was saved; your edits are kept.</source>
        <translation>Das Artefakt ist nicht mehr vorhanden (gelöscht oder nicht in dieser Region). Nichts wurde gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The recording or its artifact is gone (deleted, or not in this region). Nothing was saved; your edits are kept.</source>
        <translation>Die Aufnahme oder ihr Artefakt ist nicht mehr vorhanden (gelöscht oder nicht in dieser Region). Nichts wurde gespeichert; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n value(s). Nothing was saved; your edits are kept.</source>
        <translation>
            <numerusform>Der Server hat %n Wert abgelehnt. Nichts wurde gespeichert; Ihre Änderungen bleiben erhalten.</numerusform>
            <numerusform>Der Server hat %n Werte abgelehnt. Nichts wurde gespeichert; Ihre Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifact&apos;s metadata changed on the server since it was looked at; nothing was sent.</source>
        <translation>Die Metadaten des Artefakts wurden auf dem Server geändert, seit sie angesehen wurden; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>MetadataTableModel</name>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>An empty key</source>
        <translation>Ein leerer Schlüssel</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Kein Wert (null)</translation>
    </message>
    <message>
        <source>An empty string</source>
        <translation>Eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>MetadataText</name>
    <message>
        <source>The quoted key does not end, or is not a valid JSON string.</source>
        <translation>Der Schlüssel in Anführungszeichen endet nicht oder ist kein gültiger JSON-String.</translation>
    </message>
    <message>
        <source>After the quoted key, “: ” and a value are missing.</source>
        <translation>Nach dem Schlüssel in Anführungszeichen fehlen „: “ und ein Wert.</translation>
    </message>
    <message>
        <source>There is no “: ” between a key and its value.</source>
        <translation>Zwischen Schlüssel und Wert fehlt „: “.</translation>
    </message>
    <message>
        <source>The key is empty (write &quot;&quot; for an empty key).</source>
        <translation>Der Schlüssel ist leer (&quot;&quot; für einen leeren Schlüssel schreiben).</translation>
    </message>
    <message>
        <source>After “=” comes a JSON value that is not text (a number, true, a list…); this one is not valid JSON.</source>
        <translation>Nach „=“ folgt ein JSON-Wert, der kein Text ist (eine Zahl, true, eine Liste …); dieser ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The quoted value does not end where the line ends, or is not a valid JSON string.</source>
        <translation>Der Wert in Anführungszeichen endet nicht mit der Zeile oder ist kein gültiger JSON-String.</translation>
    </message>
    <message>
        <source>The value is missing: write &quot;&quot; for an empty value, or null.</source>
        <translation>Der Wert fehlt: &quot;&quot; für einen leeren Wert schreiben, oder null.</translation>
    </message>
    <message>
        <source>The key “%1” is already on line %2.</source>
        <translation>Der Schlüssel „%1“ steht schon in Zeile %2.</translation>
    </message>
</context>
<context>
    <name>MetadataTextEdit</name>
    <message>
        <source>Metadata as text</source>
        <translation>Metadaten als Text</translation>
    </message>
    <message>
        <source>One key: value per line. Values with a newline, spaces at either end or no characters are written in &quot;quotes&quot; with JSON escapes; null is null; =42 is a JSON value; # starts a comment. See README, &quot;Editing metadata&quot;.</source>
        <translation>Pro Zeile ein key: value. Werte mit Zeilenumbruch, Leerzeichen am Anfang oder Ende oder ohne Zeichen stehen in &quot;Anführungszeichen&quot; mit JSON-Escapes; null ist null; =42 ist ein JSON-Wert; # beginnt einen Kommentar. Siehe README, „Editing metadata“.</translation>
    </message>
    <message>
        <source>Lines that cannot be read</source>
        <translation>Zeilen, die nicht lesbar sind</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;line:%1&quot;&gt;Line %1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;line:%1&quot;&gt;Zeile %1&lt;/a&gt;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more lines</source>
        <translation>
            <numerusform>und %n weitere Zeile</numerusform>
            <numerusform>und %n weitere Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>Auf den Hinweis reagieren</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Den Hinweis schließen</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>OpenFieldHint</name>
    <message>
        <source>Artifact %1</source>
        <translation>Artefakt %1</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <source>Open one of these instead</source>
        <translation>Stattdessen eines davon öffnen</translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation>Bot %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A choice in the Open field&apos;s menu: &quot;Artifact &lt;id&gt;&quot;, then what it belongs to.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>OpenResolver</name>
    <message>
        <source>recording started %1</source>
        <translation>Aufnahme gestartet %1</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
</context>
<context>
    <name>PageProblemsBar</name>
    <message numerus="yes">
        <source>%n artifact(s) could not be read and were skipped (page %1)</source>
        <translation>
            <numerusform>%n Artefakt war nicht lesbar und wurde übersprungen (Seite %1)</numerusform>
            <numerusform>%n Artefakte waren nicht lesbar und wurden übersprungen (Seite %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid character sequence(s) are shown as �</source>
        <translation>
            <numerusform>%n ungültige Zeichenfolge wird als � dargestellt</numerusform>
            <numerusform>%n ungültige Zeichenfolgen werden als � dargestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details …</translation>
    </message>
    <message>
        <source>Why each artifact was skipped, with the data the server sent for it</source>
        <translation>Warum jedes Artefakt übersprungen wurde, mit den Daten, die der Server dafür gesendet hat</translation>
    </message>
    <message>
        <source>Page %1, item %2: %3</source>
        <translation>Seite %1, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>Artifacts that could not be read</source>
        <translation>Artefakte, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>The server sent these items in its list; they are left out of the table. Each shows why, and the start of what was sent.</source>
        <translation>Der Server hat diese Einträge in seiner Liste gesendet; sie fehlen in der Tabelle. Zu jedem steht der Grund und der Anfang dessen, was gesendet wurde.</translation>
    </message>
    <message>
        <source>Skipped artifacts</source>
        <translation>Übersprungene Artefakte</translation>
    </message>
    <message>
        <source>Reason and raw data of each skipped artifact</source>
        <translation>Grund und Rohdaten jedes übersprungenen Artefakts</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole list, for a ticket</source>
        <translation>Die ganze Liste kopieren, für ein Ticket</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, filters, list, details</source>
        <translation>Den Fokus in den nächsten Bereich setzen: Werkzeugleiste, Filter, Liste, Details</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Den Fokus in den vorherigen Bereich setzen</translation>
    </message>
</context>
<context>
    <name>ParticipantFilesParser</name>
    <message>
        <source>%1 %2 (byte %3): %4</source>
        <translation>%1 %2 (Byte %3): %4</translation>
    </message>
    <message>
        <source>it has no action</source>
        <translation>keine Aktion vorhanden</translation>
    </message>
    <message>
        <source>its action</source>
        <translation>die Aktion</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>keine ID vorhanden</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>die ID</translation>
    </message>
    <message>
        <source>it has no participant</source>
        <translation>keine Teilnehmerangabe vorhanden</translation>
    </message>
    <message>
        <source>it has no timestamp</source>
        <translation>kein Zeitstempel vorhanden</translation>
    </message>
    <message>
        <source>its chat data is %1, not an object</source>
        <translation>die Chatdaten sind %1, kein Objekt</translation>
    </message>
    <message>
        <source>%1 is %2, not text</source>
        <translation>%1 ist %2, kein Text</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 ist kein gültiger Text</translation>
    </message>
    <message>
        <source>its timestamp is %1, not an object</source>
        <translation>der Zeitstempel ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>its timestamp has no usable time</source>
        <translation>der Zeitstempel enthält keine verwendbare Zeit</translation>
    </message>
    <message>
        <source>a list of participants</source>
        <translation>eine Liste von Teilnehmenden</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>Teilnehmereintrag</translation>
    </message>
    <message>
        <source>a list of events</source>
        <translation>eine Liste von Ereignissen</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>ParticipantTreeModel</name>
    <message>
        <source>speaker timeline</source>
        <translation>Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>participant events file</source>
        <translation>Datei der Teilnehmerereignisse</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>spoke %1</source>
        <extracomment>%1 is the talk time, h:mm:ss</extracomment>
        <translation>sprach %1</translation>
    </message>
    <message>
        <source>never spoke</source>
        <translation>hat nie gesprochen</translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation>Teilnehmer-ID: %1</translation>
    </message>
    <message>
        <source>First spoke at %1; select to show it on the chart</source>
        <translation>Sprach zuerst bei %1; auswählen, um es im Diagramm zu zeigen</translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <translation>Hat nie gesprochen: nicht in der Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>The participants file is not loaded: this participant comes from the %1, without email or extra_data.</source>
        <extracomment>%1 names the file this participant was found in</extracomment>
        <translation>Die Teilnehmerdatei ist nicht geladen: Diese Person stammt aus der %1, ohne email und extra_data.</translation>
    </message>
    <message>
        <source>The name is null (or missing)</source>
        <translation>Der Name ist null (oder fehlt)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>The name is an empty string</source>
        <translation>Der Name ist eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>is_host is null or missing</source>
        <translation>is_host ist null oder fehlt</translation>
    </message>
    <message>
        <source>The platform is null, missing or empty</source>
        <translation>Die Plattform ist null, fehlt oder ist leer</translation>
    </message>
    <message>
        <source>The email is an empty string</source>
        <translation>Die E-Mail-Adresse ist eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>The file has an email member that is null</source>
        <translation>Die Datei hat ein Feld email mit dem Wert null</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>The file has no email member for this participant</source>
        <translation>Die Datei hat für diese Person kein Feld email</translation>
    </message>
    <message>
        <source>extra_data is null or missing</source>
        <translation>extra_data ist null oder fehlt</translation>
    </message>
    <message>
        <source>not one value</source>
        <translation>nicht genau ein Wert</translation>
    </message>
    <message>
        <source>extra_data could not be read as JSON (%1); shown as the file has it:
%2</source>
        <extracomment>%1 is why the JSON could not be read, %2 the text as the file has it</extracomment>
        <translation>extra_data konnte nicht als JSON gelesen werden (%1); so angezeigt, wie es in der Datei steht:
%2</translation>
    </message>
    <message numerus="yes">
        <source>object, %n key(s)</source>
        <translation>
            <numerusform>Objekt, %n Schlüssel</numerusform>
            <numerusform>Objekt, %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>array, %n item(s)</source>
        <translation>
            <numerusform>Array, %n Element</numerusform>
            <numerusform>Array, %n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The participant, or a field of the participant object as the file has it</source>
        <translation>Die teilnehmende Person oder ein Feld des Teilnehmerobjekts, wie es in der Datei steht</translation>
    </message>
    <message>
        <source>Its value: null, (empty) and (missing) are told apart; strings inside extra_data are quoted</source>
        <translation>Sein Wert: null, (leer) und (fehlt) werden unterschieden; Zeichenketten in extra_data stehen in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>ParticipantsPane</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>Wert &amp;kopieren</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Participants and their fields</source>
        <translation>Teilnehmende und ihre Felder</translation>
    </message>
    <message>
        <source>Every participant and every field the file has for them. Select a participant who spoke to show their first speech on the chart; Ctrl+C copies the value.</source>
        <translation>Alle Teilnehmenden mit allen Feldern, die die Datei für sie enthält. Wählen Sie eine Person aus, die gesprochen hat, um ihren ersten Wortbeitrag im Diagramm zu zeigen; Strg+C kopiert den Wert.</translation>
    </message>
    <message>
        <source>Copy the selected value (strings without quotes, objects and arrays as JSON)</source>
        <translation>Den ausgewählten Wert kopieren (Zeichenketten ohne Anführungszeichen, Objekte und Arrays als JSON)</translation>
    </message>
    <message>
        <source>The participants file is not loaded: these participants come from the speaker timeline and the events file, without email or extra_data.</source>
        <translation>Die Teilnehmerdatei ist nicht geladen: Diese Teilnehmenden stammen aus der Sprecherzeitleiste und der Ereignisdatei, ohne email und extra_data.</translation>
    </message>
    <message>
        <source>The participants file lists nobody.</source>
        <translation>Die Teilnehmerdatei führt niemanden auf.</translation>
    </message>
    <message>
        <source>No participants: none of this meeting&apos;s files is loaded.</source>
        <translation>Keine Teilnehmenden: Keine Datei dieser Besprechung ist geladen.</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes of the answer.</source>
        <translation>Die Verbindung zu %1 brach nach %2 von %3 Bytes der Antwort ab.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during the answer: %2</source>
        <translation>Die Verbindung zu %1 brach während der Antwort ab: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
    <name>RenderCommand</name>
    <message>
        <source>The speaker timeline file (JSON) to draw.</source>
        <translation>Die Datei mit der zu zeichnenden Sprecherzeitleiste (JSON).</translation>
    </message>
    <message>
        <source>timeline.json</source>
        <translation>zeitleiste.json</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>diagramm.png</translation>
    </message>
    <message>
        <source>The chart&apos;s size in pixels (default 1920x1080).</source>
        <translation>Die Größe des Diagramms in Pixeln (Standard: 1920x1080).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>The colour scheme: light or dark (default light).</source>
        <translation>Das Farbschema: light oder dark (Standard: light).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>schema</translation>
    </message>
    <message>
        <source>The size must read WIDTHxHEIGHT, from 100x60 to 16384x16384: %1</source>
        <translation>Die Größe muss BREITExHÖHE lauten, von 100x60 bis 16384x16384: %1</translation>
    </message>
    <message>
        <source>The scheme must be light or dark: %1</source>
        <translation>Das Farbschema muss light oder dark sein: %1</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2 segment(s) of the wrong shape were skipped.</source>
        <translation>%1: %2 Segment(e) mit falschem Aufbau übersprungen.</translation>
    </message>
    <message>
        <source>Draws the speaker timeline of a local file as PNG or SVG, or writes it as CSV, RTTM or Audacity labels, and exits.</source>
        <translation>Zeichnet die Sprecherzeitleiste einer lokalen Datei als PNG oder SVG oder schreibt sie als CSV, RTTM oder Audacity-Marken und beendet sich.</translation>
    </message>
    <message>
        <source>With a .csv output: the per-speaker statistics instead of the segments.</source>
        <translation>Bei einer .csv-Ausgabe: die Statistik je Sprecher statt der Segmente.</translation>
    </message>
    <message>
        <source>FROM,TO</source>
        <translation>VON,BIS</translation>
    </message>
    <message>
        <source>Where to write: a .png or .svg chart, a .csv of the segments (or of the statistics with --stats), a .rttm file, Audacity labels (.txt) or a support bundle (.zip).</source>
        <translation>Wohin geschrieben wird: ein Diagramm als .png oder .svg, eine .csv der Segmente (oder mit --stats der Statistik), eine .rttm-Datei, Audacity-Marken (.txt) oder ein Supportpaket (.zip).</translation>
    </message>
    <message>
        <source>With a .zip output: the participants file to include.</source>
        <translation>Bei einer .zip-Ausgabe: die aufzunehmende Datei mit Teilnehmenden.</translation>
    </message>
    <message>
        <source>participants.json</source>
        <translation>participants.json</translation>
    </message>
    <message>
        <source>The participant events file (JSON) of the same meeting: drawn over the rows of a .png or .svg (presence, webcam, screen sharing, chat and other events), included in a .zip.</source>
        <translation>Die Datei mit Teilnehmerereignissen (JSON) derselben Besprechung: in einer .png oder .svg über die Zeilen gezeichnet (Anwesenheit, Webcam, Bildschirmfreigabe, Chat und andere Ereignisse), in eine .zip aufgenommen.</translation>
    </message>
    <message>
        <source>participant_events.json</source>
        <translation>participant_events.json</translation>
    </message>
    <message>
        <source>--render needs a timeline file and --output a .png, .svg, .csv, .rttm, .txt or .zip file.</source>
        <translation>--render braucht eine Zeitleistendatei und --output eine .png-, .svg-, .csv-, .rttm-, .txt- oder .zip-Datei.</translation>
    </message>
    <message>
        <source>The output must end in .png, .svg, .csv, .rttm, .txt or .zip: %1</source>
        <translation>Die Ausgabe muss auf .png, .svg, .csv, .rttm, .txt oder .zip enden: %1</translation>
    </message>
    <message>
        <source>--participants goes with a support bundle (--output bundle.zip), --events with a bundle or a chart (.png, .svg).</source>
        <translation>--participants gehört zu einem Supportpaket (--output bundle.zip), --events zu einem Supportpaket oder einem Diagramm (.png, .svg).</translation>
    </message>
    <message>
        <source>Only the range FROM,TO of the recording, in seconds or h:mm:ss (default: the whole meeting): the statistics of --stats, the time shown in a .png or .svg chart.</source>
        <translation>Nur der Bereich VON,BIS der Aufnahme, in Sekunden oder h:mm:ss (Standard: die ganze Besprechung): die Statistik von --stats, die gezeigte Zeit eines .png- oder .svg-Diagramms.</translation>
    </message>
    <message>
        <source>The range must read FROM,TO in seconds or h:mm:ss, FROM before TO: %1</source>
        <translation>Der Bereich muss VON,BIS in Sekunden oder h:mm:ss lauten, VON vor BIS: %1</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>•••• (hidden)</source>
        <translation>•••• (verborgen)</translation>
    </message>
</context>
<context>
    <name>RetryAfter</name>
    <message>
        <source>the server asked to wait %1; treated as a broken header</source>
        <translation>der Server verlangte %1 Wartezeit; als fehlerhafter Header behandelt</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryText</name>
    <message>
        <source>a request to %1</source>
        <translation>eine Anfrage an %1</translation>
    </message>
    <message>
        <source>loading page %1</source>
        <translation>Seite %1 wird geladen</translation>
    </message>
    <message>
        <source>loading the list</source>
        <translation>die Liste wird geladen</translation>
    </message>
    <message>
        <source>artifact %1</source>
        <translation>Artefakt %1</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>Aufnahme %1</translation>
    </message>
    <message>
        <source>bot %1</source>
        <translation>Bot %1</translation>
    </message>
    <message numerus="yes">
        <source>retry %1 in %n s</source>
        <translation>
            <numerusform>Versuch %1 in %n s</numerusform>
            <numerusform>Versuch %1 in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the rate limit: %1, %2</source>
        <translation>Warten auf das Anfragekontingent: %1, %2</translation>
    </message>
    <message>
        <source>No answer yet: %1, %2</source>
        <translation>Noch keine Antwort: %1, %2</translation>
    </message>
</context>
<context>
    <name>SaveOutcomeBar</name>
    <message>
        <source>Remove &amp;kept keys</source>
        <translation>&amp;Verbliebene Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Fortschritt des Speicherns</translation>
    </message>
    <message>
        <source>Rate limit wait</source>
        <translation>Warten auf das Anfragelimit</translation>
    </message>
    <message>
        <source>Remove kept keys</source>
        <translation>Verbliebene Schlüssel entfernen</translation>
    </message>
    <message>
        <source>Send the map again with each kept key set to null</source>
        <translation>Die Metadaten erneut senden, mit jedem verbliebenen Schlüssel auf null gesetzt</translation>
    </message>
    <message>
        <source>Dismiss the save result</source>
        <translation>Das Ergebnis des Speicherns schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Waiting for the rate limit: %1 s</source>
        <translation>Warten auf das Anfragelimit: %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 kept: still there although removed; the server merges instead of replacing. The answer holds %2.</source>
        <translation>%1 verblieben: trotz Entfernen noch vorhanden; der Server führt zusammen, statt zu ersetzen. Die Antwort enthält %2.</translation>
    </message>
    <message>
        <source>%1 dropped: sent as %2, missing from the answer.</source>
        <translation>%1 weggefallen: als %2 gesendet, fehlt in der Antwort.</translation>
    </message>
    <message>
        <source>%1 altered: sent %2, the answer holds %3.</source>
        <translation>%1 verändert: %2 gesendet, die Antwort enthält %3.</translation>
    </message>
    <message>
        <source>%1 added: in the answer without being sent, as %2.</source>
        <translation>%1 hinzugekommen: in der Antwort, ohne gesendet worden zu sein, als %2.</translation>
    </message>
    <message>
        <source>Saved. The server&apos;s answer matches what was sent.</source>
        <translation>Gespeichert. Die Antwort des Servers stimmt mit dem Gesendeten überein.</translation>
    </message>
    <message>
        <source>Saved, but the server&apos;s answer differs from what was sent:</source>
        <translation>Gespeichert, aber die Antwort des Servers weicht vom Gesendeten ab:</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Gesendet: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>This server merges the map it receives into the one it has, so leaving a key out does not remove it. “Remove kept keys” sends those keys again as null; the answer will show whether that removes them.</source>
        <translation>Dieser Server führt die empfangenen Metadaten mit seinen vorhandenen zusammen, daher wird ein weggelassener Schlüssel nicht entfernt. „Verbliebene Schlüssel entfernen“ sendet diese Schlüssel erneut als null; die Antwort zeigt, ob sie damit entfernt werden.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SavePreviewDialog</name>
    <message>
        <source>Review the Save</source>
        <translation>Speichern prüfen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Choose a value for every conflicting key above to see the request that will be sent.</source>
        <translation>Wählen Sie oben für jeden Schlüssel im Konflikt einen Wert, um die Anfrage zu sehen, die gesendet wird.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Nach dem Senden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Changes on the server</source>
        <translation>Änderungen auf dem Server</translation>
    </message>
    <message>
        <source>Every key this save adds, changes or removes on the server</source>
        <translation>Jeder Schlüssel, den dieses Speichern auf dem Server hinzufügt, ändert oder entfernt</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Anfrage-Header</translation>
    </message>
    <message>
        <source>The headers sent with the request; the API key is hidden</source>
        <translation>Die mit der Anfrage gesendeten Header; der API-Schlüssel ist verborgen</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>The JSON body sent, indented for reading; values exactly as sent</source>
        <translation>Der gesendete JSON-Inhalt, zum Lesen eingerückt; Werte genau wie gesendet</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>What changes on the server, and the request that does it (Ctrl+Tab switches)</source>
        <translation>Was sich auf dem Server ändert, und die Anfrage, die es bewirkt (Strg+Tab wechselt)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Än&amp;derungen</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this preview before saving</source>
        <translation>Diese Vorschau vor dem Speichern &amp;nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Don&apos;t show this preview before saving</source>
        <translation>Diese Vorschau vor dem Speichern nicht mehr zeigen</translation>
    </message>
    <message>
        <source>Save without this preview from now on; it still opens when a conflict needs a choice</source>
        <translation>Ab jetzt ohne diese Vorschau speichern; sie öffnet sich weiterhin, wenn ein Konflikt eine Wahl erfordert</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close without saving; your edits stay (Esc)</source>
        <translation>Schließen, ohne zu speichern; Ihre Änderungen bleiben erhalten (Esc)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command for this request; it reads the key from $RECALL_API_KEY</source>
        <translation>Einen curl-Befehl für diese Anfrage kopieren; er liest den Schlüssel aus $RECALL_API_KEY</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s map since you loaded it. Resolve each conflict, check the changes, then send.</source>
        <translation>Jemand hat die Metadaten auf dem Server geändert, seit Sie sie geladen haben. Lösen Sie jeden Konflikt, prüfen Sie die Änderungen und senden Sie dann.</translation>
    </message>
    <message>
        <source>Saving sends the complete map. Check what changes on the server, then send.</source>
        <translation>Beim Speichern werden die vollständigen Metadaten gesendet. Prüfen Sie, was sich auf dem Server ändert, und senden Sie dann.</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflicting key first (left to choose: %1)</source>
        <translation>Wählen Sie zuerst für jeden Schlüssel im Konflikt Ihren Wert oder den des Servers (noch zu wählen: %1)</translation>
    </message>
    <message>
        <source>Nothing to send yet</source>
        <translation>Noch nichts zu senden</translation>
    </message>
    <message>
        <source>Send this request and save the map (Enter)</source>
        <translation>Diese Anfrage senden und die Metadaten speichern (Eingabetaste)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Anfrage: %1</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(leerer Schlüssel)</translation>
    </message>
    <message>
        <source>Nothing changes: the map to send equals the map on the server now.</source>
        <translation>Nichts ändert sich: Die zu sendenden Metadaten entsprechen denen, die jetzt auf dem Server stehen.</translation>
    </message>
    <message>
        <source>On the server: %1 added, %2 changed, %3 removed.</source>
        <translation>Auf dem Server: %1 hinzugefügt, %2 geändert, %3 entfernt.</translation>
    </message>
    <message>
        <source>C&amp;hanges (%1)</source>
        <translation>Än&amp;derungen (%1)</translation>
    </message>
    <message>
        <source>Copied; set RECALL_API_KEY before running it.</source>
        <translation>Kopiert; setzen Sie RECALL_API_KEY, bevor Sie ihn ausführen.</translation>
    </message>
</context>
<context>
    <name>SegmentLookup</name>
    <message>
        <source>Participant id: %1</source>
        <translation>Teilnehmer-ID: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Beginn: %1</translation>
    </message>
    <message>
        <source>End: open-ended, still speaking when the recording ended (%1)</source>
        <extracomment>The end of a segment whose end_timestamp is null; %1 is the recording&apos;s end</extracomment>
        <translation>Ende: offen, sprach noch, als die Aufnahme endete (%1)</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Wall clock: %1 to %2</source>
        <extracomment>Local wall-clock start and end of a segment</extracomment>
        <translation>Uhrzeit: %1 bis %2</translation>
    </message>
    <message>
        <source>(open-ended)</source>
        <translation>(offen)</translation>
    </message>
    <message>
        <source>Started before the recording did</source>
        <translation>Begann vor der Aufnahme</translation>
    </message>
    <message>
        <source>%1, %2 to the end of the recording (open-ended)</source>
        <translation>%1, %2 bis zum Ende der Aufnahme (offen)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
</context>
<context>
    <name>SelectionGate</name>
    <message>
        <source>Another artifact was selected.</source>
        <translation>Ein anderes Artefakt wurde ausgewählt.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the preferences</source>
        <translation>Die Einstellungen schließen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>Settings of the app, such as the timeline cache</source>
        <translation>Einstellungen der Anwendung, etwa der Zeitleisten-Cache</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Apply the filters (in a filter field)</source>
        <translation>Die Filter anwenden (in einem Filterfeld)</translation>
    </message>
    <message>
        <source>Clear the quick filter (in it)</source>
        <translation>Den Schnellfilter leeren (in ihm)</translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation>Laden aller Artefakte abbrechen</translation>
    </message>
    <message>
        <source>Timeline: zoom in, zoom out (also Ctrl+wheel)</source>
        <translation>Zeitleiste: vergrößern, verkleinern (auch Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Timeline: move earlier, later (also drag, Shift+wheel)</source>
        <translation>Zeitleiste: nach früher, nach später verschieben (auch Ziehen, Umschalt+Mausrad)</translation>
    </message>
    <message>
        <source>Timeline: show the whole meeting</source>
        <translation>Zeitleiste: die gesamte Besprechung zeigen</translation>
    </message>
    <message>
        <source>Timeline: zoom to a range</source>
        <translation>Zeitleiste: auf einen Bereich zoomen</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
    <message>
        <source>Timeline: next, previous segment of the row</source>
        <translation>Zeitleiste: nächstes, vorheriges Segment der Zeile</translation>
    </message>
    <message>
        <source>Timeline: row above, below</source>
        <translation>Zeitleiste: Zeile darüber, darunter</translation>
    </message>
    <message>
        <source>Timeline: choose a range for the statistics</source>
        <translation>Zeitleiste: einen Bereich für die Statistik wählen</translation>
    </message>
    <message>
        <source>Drag on the axis</source>
        <translation>Auf der Achse ziehen</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Alle Tastenkürzel des Fensters</translation>
    </message>
</context>
<context>
    <name>SpeakerStatsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>speech %1 · silence %2 · overlap %3</source>
        <translation>Sprechzeit %1 · Stille %2 · Überlappung %3</translation>
    </message>
    <message>
        <source>Whole meeting %1 · %2</source>
        <translation>Gesamte Besprechung %1 · %2</translation>
    </message>
    <message>
        <source>Range %1 – %2 (%3) · %4</source>
        <translation>Bereich %1 – %2 (%3) · %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ids merged)</source>
        <translation>
            <numerusform>%1 (%n ID zusammengeführt)</numerusform>
            <numerusform>%1 (%n IDs zusammengeführt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 count as one speaker. Unmerge to see them apart.</source>
        <translation>Zusammengeführt: %1 zählen als ein Sprecher. Heben Sie die Zusammenführung auf, um sie getrennt zu sehen.</translation>
    </message>
    <message>
        <source>Estimated: an open-ended turn counts up to the end of the recording.</source>
        <translation>Geschätzt: Ein offener Wortbeitrag zählt bis zum Ende der Aufnahme.</translation>
    </message>
    <message>
        <source>Includes speech before the recording started (negative times).</source>
        <translation>Enthält Wortbeiträge vor Beginn der Aufnahme (negative Zeiten).</translation>
    </message>
    <message>
        <source>Time this speaker talked in the range; their own overlapping turns count once</source>
        <translation>Zeit, die dieser Sprecher im Bereich gesprochen hat; eigene überlappende Wortbeiträge zählen einmal</translation>
    </message>
    <message>
        <source>Time this speaker talked while someone else talked too</source>
        <translation>Zeit, in der dieser Sprecher sprach, während auch jemand anderes sprach</translation>
    </message>
    <message>
        <source>Length %1, silence (nobody speaks) %2</source>
        <translation>Länge %1, Stille (niemand spricht) %2</translation>
    </message>
    <message>
        <source>Time anyone speaks</source>
        <translation>Zeit, in der jemand spricht</translation>
    </message>
    <message>
        <source>Share of the range in which anyone speaks</source>
        <translation>Anteil des Bereichs, in dem jemand spricht</translation>
    </message>
    <message>
        <source>Time two or more speak at once</source>
        <translation>Zeit, in der zwei oder mehr gleichzeitig sprechen</translation>
    </message>
    <message>
        <source>The speaker; merged rows count several ids as one person</source>
        <translation>Der Sprecher; zusammengeführte Zeilen zählen mehrere IDs als eine Person</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Talk time in the range (≈: estimated from an open-ended turn)</source>
        <translation>Sprechzeit im Bereich (≈: geschätzt wegen eines offenen Wortbeitrags)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Sprechzeit</translation>
    </message>
    <message>
        <source>Share of all speech in the range</source>
        <translation>Anteil an der gesamten Sprechzeit im Bereich</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Stretches of speech; a speaker&apos;s turns that touch or overlap count as one</source>
        <translation>Redeabschnitte; Wortbeiträge eines Sprechers, die sich berühren oder überlappen, zählen als einer</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>The longest turn, as far as it lies in the range</source>
        <translation>Der längste Wortbeitrag, soweit er im Bereich liegt</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längster</translation>
    </message>
    <message>
        <source>Time spoken while someone else spoke</source>
        <translation>Gesprochene Zeit, während jemand anderes sprach</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>When they first spoke (recording time; negative: before the recording)</source>
        <translation>Wann zum ersten Mal gesprochen wurde (Aufnahmezeit; negativ: vor der Aufnahme)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Zuerst</translation>
    </message>
    <message>
        <source>When they last stopped speaking</source>
        <translation>Wann der letzte Wortbeitrag endete</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>When anyone first spoke in the range</source>
        <translation>Wann im Bereich zuerst jemand sprach</translation>
    </message>
    <message>
        <source>When anyone last stopped speaking in the range</source>
        <translation>Wann im Bereich zuletzt jemand aufhörte zu sprechen</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Alle Sprechenden</translation>
    </message>
</context>
<context>
    <name>StatsPane</name>
    <message>
        <source>Speaker statistics</source>
        <translation>Sprecherstatistik</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Bereichsbeginn</translation>
    </message>
    <message>
        <source>Where the range starts, as h:mm:ss or seconds (negative: before the recording); Enter applies. Or drag on the chart&apos;s axis.</source>
        <translation>Wo der Bereich beginnt, als h:mm:ss oder Sekunden (negativ: vor der Aufnahme); die Eingabetaste übernimmt. Oder auf der Achse des Diagramms ziehen.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Bereichsende</translation>
    </message>
    <message>
        <source>Where the range ends, as h:mm:ss or seconds; Enter applies</source>
        <translation>Wo der Bereich endet, als h:mm:ss oder Sekunden; die Eingabetaste übernimmt</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Statistics for the whole meeting</source>
        <translation>Statistik für die gesamte Besprechung</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Berei&amp;ch:</translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>Gesamte Besprechung</translation>
    </message>
    <message>
        <source>Clear the range: statistics for the whole meeting (Esc in the range fields)</source>
        <translation>Bereich aufheben: Statistik für die gesamte Besprechung (Esc in den Bereichsfeldern)</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Problem mit dem Bereich</translation>
    </message>
    <message>
        <source>Statistics summary</source>
        <translation>Zusammenfassung der Statistik</translation>
    </message>
    <message>
        <source>Statistics per speaker</source>
        <translation>Statistik pro Sprecher</translation>
    </message>
    <message>
        <source>Click a column to sort; choosing a speaker selects their row in the chart. ≈ marks estimates (an open-ended turn).</source>
        <translation>Klicken Sie auf eine Spalte, um zu sortieren; die Wahl eines Sprechers wählt seine Zeile im Diagramm aus. ≈ kennzeichnet Schätzungen (ein offener Wortbeitrag).</translation>
    </message>
    <message>
        <source>&amp;Merge same names</source>
        <translation>Gleiche &amp;Namen zusammenführen</translation>
    </message>
    <message>
        <source>Count rows that share a name as one speaker (someone who left and rejoined gets a new id); undoable</source>
        <translation>Zeilen mit gleichem Namen als einen Sprecher zählen (wer gegangen und wieder beigetreten ist, erhält eine neue ID); rückgängig machbar</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>Zusammenführung a&amp;ufheben</translation>
    </message>
    <message>
        <source>Count the selected merged row&apos;s ids apart again (all merged rows when none is selected)</source>
        <translation>Die IDs der ausgewählten zusammengeführten Zeile wieder getrennt zählen (alle zusammengeführten Zeilen, wenn keine ausgewählt ist)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo the last merge or unmerge</source>
        <translation>Letztes Zusammenführen oder Aufheben rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the merge or unmerge undone last</source>
        <translation>Zuletzt rückgängig gemachtes Zusammenführen oder Aufheben wiederherstellen</translation>
    </message>
    <message>
        <source>Merge rows that share a name</source>
        <translation>Zeilen mit gleichem Namen zusammenführen</translation>
    </message>
    <message>
        <source>Unmerge rows</source>
        <translation>Zusammenführung der Zeilen aufheben</translation>
    </message>
    <message>
        <source>Type times as h:mm:ss (for example 0:12:30 or 1:02:03.5) or as seconds.</source>
        <translation>Geben Sie Zeiten als h:mm:ss (zum Beispiel 0:12:30 oder 1:02:03.5) oder als Sekunden ein.</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>Der Bereich muss nach seinem Beginn enden.</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>Zusammenführung</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>Aufheben der Zusammenführung</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Show only status %1</source>
        <translation>Nur Status %1 anzeigen</translation>
    </message>
    <message>
        <source>Show only loaded artifacts whose status is “%1”; click again to show all</source>
        <translation>Nur geladene Artefakte mit dem Status „%1“ anzeigen; erneut klicken, um alle anzuzeigen</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not add %1: %2 changed while it was read.</source>
        <translation>%1 konnte nicht hinzugefügt werden: %2 hat sich beim Lesen geändert.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The chart holds the API key; the bundle was not written.</source>
        <translation>Das Diagramm enthält den API-Schlüssel; das Supportpaket wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1 in %2: %3</source>
        <translation>%1 in %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>In %1 fehlt %2.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>TimelineCache</name>
    <message>
        <source>The cache needs a connection and an artifact id.</source>
        <translation>Der Cache benötigt eine Verbindung und eine Artefakt-ID.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Some files in %1 could not be removed.</source>
        <translation>Einige Dateien in %1 konnten nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Speaker timeline</source>
        <translation>Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>No speaker timeline loaded.</source>
        <translation>Keine Sprecherzeitleiste geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s). Showing %1 to %2 of %3 to %4.</source>
        <translation>
            <numerusform>%n Sprecher. Angezeigt: %1 bis %2 von %3 bis %4.</numerusform>
            <numerusform>%n Sprecher. Angezeigt: %1 bis %2 von %3 bis %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <source>Selected row: %1.</source>
        <translation>Ausgewählte Zeile: %1.</translation>
    </message>
    <message>
        <source>No speaker timeline loaded</source>
        <translation>Keine Sprecherzeitleiste geladen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who spoke when: one row per participant, bars where they spoke, the Overlap lane where two or more spoke at once, and the whole meeting in the strip at the bottom.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+wheel&lt;/b&gt; or &lt;b&gt;W&lt;/b&gt;/&lt;b&gt;S&lt;/b&gt; zoom, &lt;b&gt;Shift+wheel&lt;/b&gt;, dragging or &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;D&lt;/b&gt; pan, &lt;b&gt;Shift+drag&lt;/b&gt; or right-drag zooms to a range, &lt;b&gt;0&lt;/b&gt; or &lt;b&gt;Home&lt;/b&gt; shows the whole meeting. Click a bar to select it; &lt;b&gt;Right&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; and &lt;b&gt;Left&lt;/b&gt;/&lt;b&gt;P&lt;/b&gt; go to the next and previous segment of its row, &lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt; change the row, &lt;b&gt;Escape&lt;/b&gt; clears the selection and the highlight. Hatched bars are still running when the recording ended; the shaded part is before the recording started.&lt;/p&gt;&lt;p&gt;With the participant events, a light tint in a row&apos;s colour shows when the participant was in the meeting, a solid thin line under the bars when their webcam was on and a dashed one when they shared their screen. Diamonds mark chat messages, grey rings other events (including actions this version does not know). Hover any of them for details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wer wann gesprochen hat: eine Zeile pro teilnehmender Person, Balken, wo gesprochen wurde, die Spur „Überlappung“, wo zwei oder mehr gleichzeitig sprachen, und die gesamte Besprechung im Streifen unten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Strg+Mausrad&lt;/b&gt; oder &lt;b&gt;W&lt;/b&gt;/&lt;b&gt;S&lt;/b&gt; zoomen, &lt;b&gt;Umschalt+Mausrad&lt;/b&gt;, Ziehen oder &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;D&lt;/b&gt; verschieben, &lt;b&gt;Umschalt+Ziehen&lt;/b&gt; oder Ziehen mit der rechten Maustaste zoomt auf einen Bereich, &lt;b&gt;0&lt;/b&gt; oder &lt;b&gt;Pos1&lt;/b&gt; zeigt die gesamte Besprechung. Klicken Sie auf einen Balken, um ihn auszuwählen; &lt;b&gt;Rechts&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; und &lt;b&gt;Links&lt;/b&gt;/&lt;b&gt;P&lt;/b&gt; gehen zum nächsten und vorherigen Segment seiner Zeile, &lt;b&gt;Hoch&lt;/b&gt;/&lt;b&gt;Herunter&lt;/b&gt; wechseln die Zeile, &lt;b&gt;Esc&lt;/b&gt; hebt die Auswahl und die Hervorhebung auf. Schraffierte Balken liefen noch, als die Aufnahme endete; der schattierte Teil liegt vor dem Beginn der Aufnahme.&lt;/p&gt;&lt;p&gt;Mit den Teilnehmerereignissen zeigt eine helle Tönung in der Farbe der Zeile, wann die Person in der Besprechung war, eine durchgehende dünne Linie unter den Balken, wann ihre Webcam an war, und eine gestrichelte, wann sie ihren Bildschirm geteilt hat. Rauten markieren Chatnachrichten, graue Ringe andere Ereignisse (auch Aktionen, die diese Version nicht kennt). Zeigen Sie mit der Maus darauf, um Details zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drag on the axis to choose another range for the statistics; a click or Esc returns to the whole meeting</source>
        <translation>Auf der Achse ziehen, um einen anderen Bereich für die Statistik zu wählen; ein Klick oder Esc kehrt zur gesamten Besprechung zurück</translation>
    </message>
    <message>
        <source>Drag on the axis to choose a range for the statistics</source>
        <translation>Auf der Achse ziehen, um einen Bereich für die Statistik zu wählen</translation>
    </message>
    <message numerus="yes">
        <source>%n participant event(s) shown in view.</source>
        <translation>
            <numerusform>%n Teilnehmerereignis in der Ansicht angezeigt.</numerusform>
            <numerusform>%n Teilnehmerereignisse in der Ansicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted: %1 to %2.</source>
        <translation>Hervorgehoben: %1 bis %2.</translation>
    </message>
    <message>
        <source>Highlighted: %1.</source>
        <translation>Hervorgehoben: %1.</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Speaker timeline</source>
        <translation>Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>Speaker &amp;timeline</source>
        <translation>Sprecher&amp;zeitleiste</translation>
    </message>
    <message>
        <source>Show or hide who spoke when for the selected artifact (%1)</source>
        <translation>Für das ausgewählte Artefakt anzeigen oder ausblenden, wer wann gesprochen hat (%1)</translation>
    </message>
    <message>
        <source>Show or hide the speaker timeline</source>
        <translation>Die Sprecherzeitleiste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>Datei &amp;öffnen …</translation>
    </message>
    <message>
        <source>Open a speaker timeline, participants or participant events file from disk (%1)</source>
        <translation>Eine Datei mit Sprecherzeitleiste, Teilnehmenden oder Teilnehmerereignissen vom Datenträger öffnen (%1)</translation>
    </message>
    <message>
        <source>Open a Recall file from disk; no connection needed</source>
        <translation>Eine Recall-Datei vom Datenträger öffnen; keine Verbindung nötig</translation>
    </message>
    <message>
        <source>Open a Recall file</source>
        <translation>Recall-Datei öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TimelineDocument</name>
    <message>
        <source>(no name) #%1</source>
        <extracomment>A speaker row whose participant has no name; %1 is the participant id</extracomment>
        <translation>(ohne Namen) #%1</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>a name several rows share, and the row&apos;s participant id</comment>
        <translation>%1 #%2</translation>
    </message>
</context>
<context>
    <name>TimelineFetcher</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The %1 file is not available: the artifact is %2, not done.</source>
        <translation>Die Datei „%1“ ist nicht verfügbar: Das Artefakt hat den Status %2, es ist nicht fertig.</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: there is no connection.</source>
        <translation>Die Datei „%1“ konnte nicht heruntergeladen werden: Es besteht keine Verbindung.</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the artifact has no link for it.</source>
        <translation>Die Datei „%1“ konnte nicht heruntergeladen werden: Das Artefakt hat keinen Link dafür.</translation>
    </message>
    <message>
        <source>The %1 file could not be stored: %2</source>
        <translation>Die Datei „%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: %2</source>
        <translation>Die Datei „%1“ konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the download link expired and a fresh one failed too: %2</source>
        <translation>Die Datei „%1“ konnte nicht heruntergeladen werden: Der Download-Link ist abgelaufen, und auch ein neuer ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the download link expired and a fresh one could not be fetched: %2</source>
        <translation>Die Datei „%1“ konnte nicht heruntergeladen werden: Der Download-Link ist abgelaufen, und ein neuer konnte nicht abgerufen werden: %2</translation>
    </message>
</context>
<context>
    <name>TimelineFile</name>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>participant events</source>
        <translation>Teilnehmerereignisse</translation>
    </message>
    <message>
        <source>speaker timeline</source>
        <translation>Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <translation>%1: %2 von %3 (%4&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>TimelineFileKind</name>
    <message>
        <source>speaker timeline</source>
        <translation>Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>participant events</source>
        <translation>Teilnehmerereignisse</translation>
    </message>
    <message>
        <source>empty list</source>
        <translation>leere Liste</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>TimelineLoader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a Recall download: perhaps an error page saved instead.</source>
        <translation>Die Datei ist eine Webseite (HTML), kein Recall-Download: Vielleicht wurde stattdessen eine Fehlerseite gespeichert.</translation>
    </message>
    <message>
        <source>The file is not a JSON list: a Recall download starts with &apos;[&apos; (byte %1).</source>
        <translation>Die Datei ist keine JSON-Liste: Ein Recall-Download beginnt mit „[“ (Byte %1).</translation>
    </message>
    <message>
        <source>The file is a list, but its first element is not a speaker timeline segment, a participant or a participant event.</source>
        <translation>Die Datei ist eine Liste, aber ihr erstes Element ist weder ein Segment einer Sprecherzeitleiste noch ein Teilnehmereintrag noch ein Teilnehmerereignis.</translation>
    </message>
    <message>
        <source>This is a %1 file, not a %2 file.</source>
        <translation>Dies ist eine Datei vom Typ „%1“, nicht vom Typ „%2“.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: not enough memory for %2 bytes</source>
        <translation>%1 kann nicht gelesen werden: nicht genug Speicher für %2 Bytes</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file ends early at byte %1, before its first element is complete: expecting the rest of a speaker timeline segment (the download may have been cut short).</source>
        <translation>Die Datei endet vorzeitig bei Byte %1, bevor ihr erstes Element vollständig ist: Erwartet wurde der Rest eines Abschnitts der Sprecherzeitleiste (der Download wurde vielleicht abgebrochen).</translation>
    </message>
    <message>
        <source>The file ends early at byte %1, before its first element is complete: expecting the rest of a speaker timeline segment, a participant or a participant event (the download may have been cut short).</source>
        <translation>Die Datei endet vorzeitig bei Byte %1, bevor ihr erstes Element vollständig ist: Erwartet wurde der Rest eines Abschnitts der Sprecherzeitleiste, eines Teilnehmereintrags oder eines Teilnehmerereignisses (der Download wurde vielleicht abgebrochen).</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Seit Beginn</translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>Gesamte Besprechung</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Speaker timeline</source>
        <translation>Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>Timeline shown</source>
        <translation>Angezeigte Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation>Zeitleistenstatus</translation>
    </message>
    <message>
        <source>Timeline progress</source>
        <translation>Zeitleistenfortschritt</translation>
    </message>
    <message>
        <source>Downloading and reading the timeline</source>
        <translation>Die Zeitleiste wird heruntergeladen und gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the timeline download</source>
        <translation>Den Download der Zeitleiste abbrechen</translation>
    </message>
    <message>
        <source>Stop downloading or reading the timeline</source>
        <translation>Das Herunterladen oder Lesen der Zeitleiste anhalten</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try the timeline again</source>
        <translation>Zeitleiste erneut versuchen</translation>
    </message>
    <message>
        <source>Download and read the timeline again</source>
        <translation>Die Zeitleiste erneut herunterladen und lesen</translation>
    </message>
    <message>
        <source>First speech</source>
        <translation>Erster Wortbeitrag</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Sprechzeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sort speakers by</source>
        <translation>Sprecher sortieren nach</translation>
    </message>
    <message>
        <source>The order of the speaker rows</source>
        <translation>Die Reihenfolge der Sprecherzeilen</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Sortieren nach:</translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation>Aufnahmezeit</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Label the axis with the time since the recording started, or with local wall-clock time</source>
        <translation>Die Achse mit der Zeit seit Beginn der Aufnahme oder mit der lokalen Uhrzeit beschriften</translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation>&amp;Zeitachse:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole meeting</source>
        <translation>Gesamte Besprechung einpassen</translation>
    </message>
    <message>
        <source>Show the whole meeting (0 or Home in the chart)</source>
        <translation>Die gesamte Besprechung zeigen (0 oder Pos1 im Diagramm)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Datei öffnen …</translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation>Eine Zeitleistendatei öffnen</translation>
    </message>
    <message>
        <source>Open a speaker timeline, participants or participant events file from disk</source>
        <translation>Eine Datei mit Sprecherzeitleiste, Teilnehmenden oder Teilnehmerereignissen vom Datenträger öffnen</translation>
    </message>
    <message>
        <source>Reading the timeline… %1%</source>
        <translation>Zeitleiste wird gelesen … %1&#xa0;%</translation>
    </message>
    <message>
        <source>Downloading the %1… %2 of %3</source>
        <translation>Datei „%1“ wird heruntergeladen … %2 von %3</translation>
    </message>
    <message>
        <source>Downloading the %1… %2</source>
        <translation>Datei „%1“ wird heruntergeladen … %2</translation>
    </message>
    <message>
        <source>Select a done artifact to see who spoke when, or open a file (Ctrl+O) or drop one here.</source>
        <translation>Wählen Sie ein fertiges Artefakt aus, um zu sehen, wer wann gesprochen hat, oder öffnen Sie eine Datei (Strg+O) oder ziehen Sie eine hierher.</translation>
    </message>
    <message>
        <source>Artifact %1</source>
        <translation>Artefakt %1</translation>
    </message>
    <message>
        <source>Stopped. Try again to download and read the timeline.</source>
        <translation>Angehalten. Mit „Erneut versuchen“ wird die Zeitleiste heruntergeladen und gelesen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>This artifact is %1: its speaker timeline is there once it is done.</source>
        <translation>Dieses Artefakt hat den Status %1: Seine Sprecherzeitleiste ist verfügbar, sobald es fertig ist.</translation>
    </message>
    <message>
        <source>There is no connection to download the timeline with.</source>
        <translation>Es gibt keine Verbindung, über die die Zeitleiste heruntergeladen werden kann.</translation>
    </message>
    <message>
        <source>The artifact has no speaker timeline link. Reload it, or ask Recall.ai support if it stays so.</source>
        <translation>Das Artefakt hat keinen Link zur Sprecherzeitleiste. Laden Sie es neu, oder fragen Sie den Recall.ai-Support, wenn es so bleibt.</translation>
    </message>
    <message>
        <source>Preparing the download…</source>
        <translation>Download wird vorbereitet …</translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation>Zeitleiste wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the wrong shape were skipped</source>
        <translation>
            <numerusform>%n Eintrag mit falschem Aufbau wurde übersprungen</numerusform>
            <numerusform>%n Einträge mit falschem Aufbau wurden übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) were replaced</source>
        <translation>
            <numerusform>%n ungültige UTF-8-Sequenz wurde ersetzt</numerusform>
            <numerusform>%n ungültige UTF-8-Sequenzen wurden ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant id(s) appear under more than one name; the first is shown</source>
        <translation>
            <numerusform>%n Teilnehmer-ID erscheint unter mehr als einem Namen; der erste wird angezeigt</numerusform>
            <numerusform>%n Teilnehmer-IDs erscheinen unter mehr als einem Namen; jeweils der erste wird angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n Sprecher</numerusform>
            <numerusform>%n Sprecher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n Segment</numerusform>
            <numerusform>%n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name) #%1</source>
        <translation>(ohne Namen) #%1</translation>
    </message>
    <message numerus="yes">
        <source>A participants file: %n participant(s).</source>
        <translation>
            <numerusform>Eine Datei mit Teilnehmenden: %n Person.</numerusform>
            <numerusform>Eine Datei mit Teilnehmenden: %n Personen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A participant events file: %n event(s).</source>
        <translation>
            <numerusform>Eine Datei mit Teilnehmerereignissen: %n Ereignis.</numerusform>
            <numerusform>Eine Datei mit Teilnehmerereignissen: %n Ereignisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no speech at all.</source>
        <translation>Die Datei enthält überhaupt keine Wortbeiträge.</translation>
    </message>
    <message>
        <source>Getting the timeline ready…</source>
        <translation>Zeitleiste wird vorbereitet …</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>E&amp;reignisse</translation>
    </message>
    <message>
        <source>Show participant events on the chart</source>
        <translation>Teilnehmerereignisse im Diagramm zeigen</translation>
    </message>
    <message>
        <source>Draw presence, webcam and screen sharing, chat and other events on the rows</source>
        <translation>Anwesenheit, Webcam und Bildschirmfreigabe, Chat und andere Ereignisse in den Zeilen zeichnen</translation>
    </message>
    <message>
        <source>The %1 could not be read completely: %2</source>
        <translation>Die Datei „%1“ konnte nicht vollständig gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %1 had %n item(s) of the wrong shape; they were skipped.</source>
        <translation>
            <numerusform>Die Datei „%1“ enthielt %n Eintrag mit falschem Aufbau; er wurde übersprungen.</numerusform>
            <numerusform>Die Datei „%1“ enthielt %n Einträge mit falschem Aufbau; sie wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of people who never spoke: see Events)</source>
        <translation>
            <numerusform>(%n davon von Personen, die nie gesprochen haben: siehe „Ereignisse“)</numerusform>
            <numerusform>(%n davon von Personen, die nie gesprochen haben: siehe „Ereignisse“)</numerusform>
        </translation>
    </message>
    <message>
        <source>This artifact failed: Recall.ai made no speaker timeline for it.</source>
        <translation>Dieses Artefakt ist fehlgeschlagen: Recall.ai hat keine Sprecherzeitleiste dafür erstellt.</translation>
    </message>
    <message>
        <source>This artifact was deleted: its files are gone.</source>
        <translation>Dieses Artefakt wurde gelöscht: Seine Dateien gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TimelineParser</name>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>„,“ oder „}“ nach einem Element erwartet</translation>
    </message>
    <message>
        <source>expected a JSON value (%1)</source>
        <translation>JSON-Wert erwartet (%1)</translation>
    </message>
    <message>
        <source>the file ends early: %1</source>
        <translation>die Datei endet vorzeitig: %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>the file is empty: expected &apos;[&apos;</source>
        <translation>die Datei ist leer: „[“ erwartet</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; (%1)</source>
        <translation>„[“ erwartet (%1)</translation>
    </message>
    <message>
        <source>the file ends early: expected &apos;&quot;&apos; to close a text</source>
        <translation>die Datei endet vorzeitig: „&quot;“ zum Schließen eines Textes erwartet</translation>
    </message>
    <message>
        <source>expected the end of the file after &apos;]&apos;</source>
        <translation>Dateiende nach „]“ erwartet</translation>
    </message>
    <message>
        <source>its participant is %1, not an object</source>
        <translation>die Teilnehmerangabe ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>dies ist %1, kein Objekt</translation>
    </message>
    <message>
        <source>its participant has no id</source>
        <translation>die Teilnehmerangabe hat keine ID</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>keine ID vorhanden</translation>
    </message>
    <message>
        <source>its participant id %1 is not a whole number</source>
        <translation>die Teilnehmer-ID %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>its id %1 is not a whole number</source>
        <translation>die ID %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>its participant id is %1, not a whole number</source>
        <translation>die Teilnehmer-ID ist %1, keine ganze Zahl</translation>
    </message>
    <message>
        <source>its id is %1, not a whole number</source>
        <translation>die ID ist %1, keine ganze Zahl</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close a text</source>
        <translation>„&quot;“ zum Schließen eines Textes erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“ erwartet</translation>
    </message>
    <message>
        <source>it has no participant</source>
        <translation>keine Teilnehmerangabe vorhanden</translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation>%1 ist %2, kein Objekt</translation>
    </message>
    <message>
        <source>%1.relative is %2, not a number</source>
        <translation>%1.relative ist %2, keine Zahl</translation>
    </message>
    <message>
        <source>start_timestamp has no usable time</source>
        <translation>start_timestamp enthält keine verwendbare Zeit</translation>
    </message>
    <message>
        <source>it has no start_timestamp</source>
        <translation>kein start_timestamp vorhanden</translation>
    </message>
    <message>
        <source>a list of segments</source>
        <translation>eine Liste von Segmenten</translation>
    </message>
    <message>
        <source>segment %1 (byte %2): %3</source>
        <translation>Segment %1 (Byte %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) have only an absolute start, and no segment relates absolute to relative time</source>
        <translation>
            <numerusform>%n Segment hat nur einen absoluten Beginn, und kein Segment setzt absolute und relative Zeit zueinander in Beziehung</numerusform>
            <numerusform>%n Segmente haben nur einen absoluten Beginn, und kein Segment setzt absolute und relative Zeit zueinander in Beziehung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Cannot render to %1: the file name must end in .png or .svg.</source>
        <extracomment>%1 is the output file the user asked for</extracomment>
        <translation>Ausgabe nach %1 nicht möglich: Der Dateiname muss auf .png oder .svg enden.</translation>
    </message>
    <message>
        <source>Cannot render %1: %2 x %3 pixels is not a size from 1 to 16384 pixels each way.</source>
        <extracomment>%1 is the output file, %2 x %3 the size asked for</extracomment>
        <translation>%1 kann nicht gezeichnet werden: %2 x %3 Pixel ist keine Größe von 1 bis 16384 Pixeln je Richtung.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>%1 kann nicht geschrieben werden: Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Speaker timeline</source>
        <translation>Sprecherzeitleiste</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started.</source>
        <translation>%1 kann nicht geschrieben werden: Das SVG konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>No such key</source>
        <translation>Diesen Schlüssel gibt es nicht</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Kein Wert (null)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>An empty string</source>
        <translation>Eine leere Zeichenkette</translation>
    </message>
    <message>
        <source>Not a string: kept as the server wrote it
%1</source>
        <translation>Keine Zeichenkette: so belassen, wie der Server ihn geschrieben hat
%1</translation>
    </message>
</context>
<context>
    <name>main</name>
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
        <source>Unknown region “%1”.</source>
        <translation>Unbekannte Region „%1“.</translation>
    </message>
    <message>
        <source>Inspect and correct Recall.ai participant-events artifacts.
The API key is read from the RECALL_API_KEY environment variable or the OS keychain.</source>
        <translation>Recall.ai-Artefakte vom Typ participant-events untersuchen und korrigieren.
Der API-Schlüssel wird aus der Umgebungsvariablen RECALL_API_KEY oder dem Schlüsselbund des Betriebssystems gelesen.</translation>
    </message>
    <message>
        <source>--region and --base-url need the key in RECALL_API_KEY.</source>
        <translation>--region und --base-url benötigen den Schlüssel in RECALL_API_KEY.</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>Verbindungen &amp;verwalten …</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 konnte nicht hergestellt werden: %2</translation>
    </message>
    <message>
        <source>Another connection was chosen.</source>
        <translation>Eine andere Verbindung wurde gewählt.</translation>
    </message>
    <message>
        <source>An artifact id to open, or a local speaker timeline, participants or participant events file.</source>
        <translation>Eine zu öffnende Artefakt-ID oder eine lokale Datei mit Sprecherzeitleiste, Teilnehmenden oder Teilnehmerereignissen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Write a speaker timeline file without a window, then exit: --render FILE --output chart.png|chart.svg|segments.csv|speakers.rttm|labels.txt|bundle.zip [--size WIDTHxHEIGHT] [--scheme light|dark] [--stats] [--range FROM,TO] [--events FILE] [--participants FILE]. --render FILE --help lists them all.</source>
        <translation>Eine Sprecherzeitleisten-Datei ohne Fenster schreiben, dann beenden: --render DATEI --output chart.png|chart.svg|segments.csv|speakers.rttm|labels.txt|bundle.zip [--size BREITExHÖHE] [--scheme light|dark] [--stats] [--range VON,BIS] [--events DATEI] [--participants DATEI]. --render DATEI --help listet alle auf.</translation>
    </message>
</context>
</TS>
