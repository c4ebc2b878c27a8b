<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Timeline analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics and more about the meeting shown (F6 moves here from the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time, turns and overlap per speaker, for the meeting or a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant event: joins, leaves, webcam, screen sharing, chat; choosing one shows it on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the participants file with every field, extra_data unfolded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What looks odd in the files, how often, and what it usually means; choosing a finding shows it on the chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Check the network connection and that %1 is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed for this computer (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download links expire: refresh the artifact to get fresh links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; if this persists, check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key and the region: a key works only in the region it was created in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s credit balance is too low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was blocked before it reached the API (firewall). Try again later or from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is unknown, belongs to another region, or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same change is still being processed; it will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: the request waits for the server&apos;s Retry-After and is retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is overloaded; the request is retried with backoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to send a request to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what the API documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an artifact object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a page with a &quot;results&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 with a web page instead of API data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1; its explanation was not readable JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected some fields (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a recording object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a bot object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactBrowser</name>
    <message>
        <source>Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the loaded rows across all columns as you type; case-insensitive, regular expressions allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the artifacts of recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the list filters, which %1 does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading artifacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded artifact matches the quick filter or the chosen statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact matches the filters above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no artifacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick filter (%1): text or regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading every page to search them all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the first page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the API key, the region or the address of this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a recording id; showing its artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded artifact or recording starts with %1; short ids match loaded rows only (Load all, or paste the whole id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact or recording of this list starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded id(s) start with %1: choose one, or type more</source>
        <translation>
            <numerusform>%n loaded id starts with %1: choose one, or type more</numerusform>
            <numerusform>%n loaded ids start with %1: choose one, or type more</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more id(s) in the text</source>
        <translation>
            <numerusform>%n more id in the text</numerusform>
            <numerusform>%n more ids in the text</numerusform>
        </translation>
    </message>
    <message>
        <source>More pages exist; the filter searches only the loaded ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the artifacts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No artifact of the list could be read: %n skipped (Details above).</source>
        <translation>
            <numerusform>No artifact of the list could be read: %n skipped (Details above).</numerusform>
            <numerusform>No artifact of the list could be read: %n skipped (Details above).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load every remaining page of the list, then filter them all: one request per page, within the workspace&apos;s limit of %n list request(s) a minute</source>
        <translation>
            <numerusform>Load every remaining page of the list, then filter them all: one request per page, within the workspace&apos;s limit of %n list request a minute</numerusform>
            <numerusform>Load every remaining page of the list, then filter them all: one request per page, within the workspace&apos;s limit of %n list requests a minute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not found in this workspace as an artifact, bot or recording (it may be in another region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bot %1 has %n recording(s) with participant events: choose one</source>
        <translation>
            <numerusform>Bot %1 has %n recording with participant events: choose one</numerusform>
            <numerusform>Bot %1 has %n recordings with participant events: choose one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n recording</numerusform>
            <numerusform>%n recordings</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1 has no recording yet, so no participant events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bot %1 has no participant events in its %n recording(s) (not captured)</source>
        <translation>
            <numerusform>Bot %1 has no participant events in its %n recording (not captured)</numerusform>
            <numerusform>Bot %1 has no participant events in its %n recordings (not captured)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1 names participant events %2, which this workspace no longer has (deleted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot %1 was not found in this workspace (it may be in another region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bot, artifact or recording id found in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactDeleter</name>
    <message>
        <source>&amp;Delete artifact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected artifact on the server, after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected artifact on the server, after a confirmation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the workspace while deleting artifact %1: whether it was deleted is unknown there (switch back and reload to see)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting artifact %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete artifact %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete artifact %1: the server answered 404 but still lists it as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact %1 is gone: the server no longer knows it (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted artifact %1, but reading it back failed: %2 Reload to see its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted artifact %1; the server still reports its status as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactDetailPane</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an artifact to see its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieving the latest version of this artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy artifact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full artifact id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full recording id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status this version does not know yet, shown as the server sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall&apos;s free-text reason, mostly sent when processing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no readable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording&apos;s metadata is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this artifact&apos;s row from the list (nothing is deleted on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more: %1 It was removed for good, or it belongs to a workspace in another region. The details below are as last seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid character sequence(s) shown as �</source>
        <translation>
            <numerusform>%n invalid character sequence shown as �</numerusform>
            <numerusform>%n invalid character sequences shown as �</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown as far as it could be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the artifact&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the artifact&apos;s metadata again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the recording&apos;s metadata and edit the artifact&apos;s own again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recording metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the recording&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the parent recording&apos;s metadata in the editor above; it is shared by every artifact of the recording, and values that are not text are edited as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording metadata (editing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording metadata being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more, so its recording cannot be saved from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the recording&apos;s metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent metadata that could not be read as a map of keys to values (see the note above); saving would overwrite what could not be read, so it is read-only here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more, so its metadata cannot be saved. Your edits stay here and in the draft until you discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact is deleted: its metadata can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent recording&apos;s metadata as the server has it; values that are not text are shown as JSON. Ctrl+C copies the cell, Enter shows the whole value. “Edit recording metadata” opens it in the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactListModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort the loaded rows; more pages exist, so rows still to load are not included (Load all sorts every artifact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort every artifact of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s link to the next page could not be read, so loading stopped here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactParser</name>
    <message>
        <source>The artifact is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact has no id, so it cannot be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact&apos;s id is null, so it cannot be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact&apos;s id is %1, not text, so it cannot be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact&apos;s id is empty, so it cannot be identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is %1, not an artifact object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArtifactTable</name>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s participant-events artifacts; more load as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load all pages to sort every artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy artifact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>&amp;Batch edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the metadata of the selected artifacts (or every row shown) in one go, with a dry run first (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection changed to %1, so this batch edit on %2 stopped; nothing more is sent here. Its journal keeps it: it is offered for resuming when %2 is open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch edit finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch edit stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch edits need a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the unfinished batch edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished batch edit could not be removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another batch edit is under way; resume this one once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch edit could not be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor cannot take the batch&apos;s change for %1 now: go back to the artifact&apos;s own metadata and choose Review in editor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch changes nothing on %1 any more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch&apos;s change to %1 is in the editor, unsaved: review it, then save with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch edit under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run of a batch edit is under way (%1 of %2 artifacts fetched).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch edit is sending its changes (%1 of %2 settled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent; quitting drops the dry run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume unfinished batch edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer the newest batch edit of this connection that stopped before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch edit of %1 stopped before its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and quit: no further changes are sent. Those the server took are kept, and the rest is offered for resuming at the next start; nothing is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review in editor opens another artifact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch edit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the changes, in order. The dry run fetches every artifact and shows what would change; nothing is sent until you press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows selected in the list (Ctrl+click or Shift+click to select several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row the list shows now: the server filters, the quick filter and the legend&apos;s statuses all apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected artifact(s)</source>
        <translation>
            <numerusform>The %n &amp;selected artifact</numerusform>
            <numerusform>The %n &amp;selected artifacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected artifact(s)</source>
        <translation>
            <numerusform>The %n selected artifact</numerusform>
            <numerusform>The %n selected artifacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n row(s) shown in the list</source>
        <translation>
            <numerusform>&amp;All %n row shown in the list</numerusform>
            <numerusform>&amp;All %n rows shown in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) shown in the list</source>
        <translation>
            <numerusform>All %n row shown in the list</numerusform>
            <numerusform>All %n rows shown in the list</numerusform>
        </translation>
    </message>
    <message>
        <source>The list has more pages: only the loaded rows are included (Load all first to include every artifact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection this window was opened for is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No artifact to work on: select rows in the list, or show some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fetch each of the %n artifact(s) and show what would change; nothing is sent</source>
        <translation>
            <numerusform>Fetch the %n artifact and show what would change; nothing is sent</numerusform>
            <numerusform>Fetch each of the %n artifacts and show what would change; nothing is sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch edit under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 changes are settled; the others are still to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause and close: the artifacts under way finish, no others start; the batch can be resumed later, also after a restart. Keep running: the changes go on being sent with this window closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch edit goes on in the background: Edit &gt; Batch edit shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the batch as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n artifact(s) to %1</source>
        <translation>
            <numerusform>Exported %n artifact to %1</numerusform>
            <numerusform>Exported %n artifacts to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>The batch id “%1” cannot name a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is damaged or cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 belongs to another batch (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is damaged: operation %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is damaged: artifact %2 of the batch cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOperationRow</name>
    <message>
        <source>Set key to value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where key has value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this operation does; a condition (Only where) limits the whole batch to the artifacts where it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the new key exists: keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the new key exists: overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the new key exists: skip the artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rename does on an artifact that already has the new key: leave both keys as they are, give the new key the old key&apos;s value, or leave the artifact alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: where the new key exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to set; it is added where missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value the key gets (up to 500 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to remove; artifacts without it stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key to rename; artifacts without it stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s new name; it keeps its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key the condition looks at, on the artifact as fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only artifacts where the key has exactly this value are changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: required value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOperationsEditor</name>
    <message>
        <source>&amp;Add operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an operation at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the operation that has the focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the operation that has the focus up one place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the operation that has the focus down one place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the operations cannot run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchOps</name>
    <message>
        <source>(empty key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1 is missing here, and the batch is only for artifacts where it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1 is %2 here, and the batch is only for artifacts where it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key is the key itself: there is nothing to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to do: add an operation that sets, removes or renames a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 already exists here, and the rename of %2 skips such artifacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1 already exists here, so %2 was not renamed (both kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: the metadata already is as the operations want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: after the operations, key %1 would break a rule. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2 (keep both where %2 exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2 (overwrite %2 where it exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2 (skip the artifact where %2 exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultModel</name>
    <message>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResumePrompt</name>
    <message>
        <source>Unfinished batch edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the batch and send the changes not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again the next time this connection opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the batch: the changes not sent yet are never sent (those sent stay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRunPage</name>
    <message>
        <source>Batch phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests count the GETs and PATCHes of this batch answered in the last minute; time left is estimated from the artifacts settled so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no further artifacts; those under way finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now. A dry run is dropped; a run stops where it is and can be resumed from its journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the operations or the artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as a CSV file: each artifact&apos;s change, verdict and result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view in editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected conflict in the metadata editor with the operations applied, unsaved, to review and save by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes not sent yet; those already sent are not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which artifacts the table shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each artifact with its change (before → after per key), the dry run&apos;s verdict and the run&apos;s result; Enter on a conflict reviews it in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not start: nothing is to be sent, or the journal could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: fetching each artifact and applying the operations; nothing is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run complete: check what will change, then Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: Resume sends the changes not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch edit finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n artifact(s) still under way</source>
        <translation>
            <numerusform>Paused: %n artifact still under way</numerusform>
            <numerusform>Paused: %n artifacts still under way</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal could not be written, so the run stopped before sending anything it could not record: %1. Make room or fix the folder, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the remaining artifacts again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run: send %n change(s)</source>
        <translation>
            <numerusform>&amp;Run: send %n change</numerusform>
            <numerusform>&amp;Run: send %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run: send %n change(s)</source>
        <translation>
            <numerusform>Run: send %n change</numerusform>
            <numerusform>Run: send %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each change: a fresh GET right before each PATCH, so that an artifact changed since the dry run is a conflict, never overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send: no artifact would change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server holds something else for %n key(s): %1</source>
        <translation>
            <numerusform>The server holds something else for %n key: %1</numerusform>
            <numerusform>The server holds something else for %n keys: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifact is gone (deleted, or not in this region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s metadata of this artifact could not be read; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map already was as wanted; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on the server since the dry run; not overwritten. Review it in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch journal could not be written (%1). The batch stopped before sending anything it could not record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact is deleted: its metadata can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <source>%n will change</source>
        <translation>
            <numerusform>%n will change</numerusform>
            <numerusform>%n will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no change</source>
        <translation>
            <numerusform>%n no change</numerusform>
            <numerusform>%n no change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalid</numerusform>
            <numerusform>%n invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n gone</numerusform>
            <numerusform>%n gone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched</source>
        <translation>
            <numerusform>%n could not be fetched</numerusform>
            <numerusform>%n could not be fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n not sent yet</numerusform>
            <numerusform>%n not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>finishing in under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing %1</source>
        <extracomment>%1 is a relative time such as &quot;in 3 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <extracomment>&quot;120 of 412 sent&quot;; %3 says what the count is (&quot;fetched&quot;, &quot;sent&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A batch edit of %n artifact(s) on %1 stopped after %2 of them (started %3).</source>
        <translation>
            <numerusform>A batch edit of %n artifact on %1 stopped after %2 of them (started %3).</numerusform>
            <numerusform>A batch edit of %n artifacts on %1 stopped after %2 of them (started %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume sends the other %n; nothing is sent twice.</source>
        <translation>
            <numerusform>Resume sends the other %n; nothing is sent twice.</numerusform>
            <numerusform>Resume sends the other %n; nothing is sent twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>last minute: %1, %2</source>
        <extracomment>%1 is &quot;41 requests&quot;, %2 is &quot;20 artifacts&quot;: both counted over the last minute</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s)</source>
        <translation>
            <numerusform>%n artifact</numerusform>
            <numerusform>%n artifacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotParser</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CacheSettings</name>
    <message>
        <source>Timeline cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded timeline files, kept so that opening a timeline again needs no download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder that holds the downloaded participants, participant events and speaker timeline files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much disk space the cached timeline files take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear cache…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every cached timeline file; they are downloaded again when needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the last clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear timeline cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cached timeline files (%1)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timelines opened later are downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline cache was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Use all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use all my values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your value for every conflicting key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use all the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the value now on the server for every conflicting key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your value:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the value now on the server:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys changed both here and on the server since the map was loaded: %1. Choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to choose: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys without a conflict, kept as merged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a connection to edit or test it; the active one is in bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new connection (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected connection and its key (Alt+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this connection, e.g. the customer or workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Recall region the workspace lives in; a key works only in its own region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API&apos;s address for “Custom URL”: https, or http on this computer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch one page of artifacts with these settings and explain the result (Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last connection test found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the connection; its key goes to the key store (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved co&amp;nnections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on this computer when first used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo workspace runs inside the app with its own key; it cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection comes from the command line and is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection&apos;s key cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the key in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored in the OS keychain, never in the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep this session&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s API key (Token). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key for the new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”; its key is in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” and its stored key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window (Esc); asks first when there are unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the connection you are entering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: Save (Enter) adds it to the saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To work in it, choose “%1” in the connection box at the left of the toolbar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Could not start the demo workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for “%1”: set RECALL_API_KEY or save the connection with a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Edit the connection to enter one, or set RECALL_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved connection with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Built-in demo workspace on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in demo workspace on this computer, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a label for the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a base URL, or choose a region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a complete URL; write it like https://api.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL cannot be used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit, test or remove connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspace to connect to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Choose another connection, or manage them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custom address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key to test with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s API key. Keys are created in the Recall dashboard of the region they belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region or enter a base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the first page lists %n artifact(s).</source>
        <translation>
            <numerusform>Connected to %1: the first page lists %n artifact.</numerusform>
            <numerusform>Connected to %1: the first page lists %n artifacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key works at %1. There are no further pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key works at %1. More pages follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Check the address, the network connection and any proxy or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The server may be overloaded or the network slow; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The key is only sent over https (plain http only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like the Recall API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Check the base URL: it is the server&apos;s address without /api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was refused by %1 (401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys work only in the region they were created in, and this connection uses %1. Check that the key is complete and belongs to that region, or choose the key&apos;s region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked before reaching the API: HTTP 403 from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was a web page, not the API&apos;s JSON: “%1”. A firewall or proxy probably blocks the request; try again later or from another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no participant-events API at this address (404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL: it is the server&apos;s address without /api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataCheckModel</name>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 found; the first %2 are listed.</source>
        <extracomment>%1 locations are listed of %2 found</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <source>%1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name) #%1</source>
        <extracomment>A participant without a name; %1 is their id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between leaving and rejoining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker has join or leave events in the participant events file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker timeline is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the participant events file, which is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the participants file, which is not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the participants file or the participant events file; neither is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech while not in the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments that end before they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of zero length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speakers missing from the participants file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who never spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open-ended segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech more than %1 s before the recording started</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silences longer than %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several ids with the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline has them speaking while the events file has them out of the meeting. Usually a join or leave event arrived late or was lost, or the speech was attributed to the wrong id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s end timestamp is earlier than its start. Usually a clock correction or a fault upstream; these segments count no talk time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The segment starts and ends at the same instant. Usually a turn too short to measure or a glitch; it counts no talk time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same speaker has the same segment more than once. Usually a duplicate in the file; talk time counts it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone spoke who is not in the participants file. Usually the participants file is incomplete or belongs to another recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed as a participant, but with no speech in the timeline. Usually a muted listener or a bot, or their speech went to another id (see several ids with the same name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording ended while they were speaking, or the bot lost the end of the turn; talk time counts to the end of the recording and is an estimate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech long before the recording&apos;s start. Usually audio from before the recording started, or timestamps from a wrong clock; it counts in the statistics and is marked there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody speaks for this long. Usually a break, a screen share without talk, or audio that did not reach the bot (a muted or broken microphone, a bot that lost its audio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually one person who left and rejoined (a new id each time), or two people with the same display name. Merge the rows in Statistics if it is one person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataChecksPane</name>
    <message>
        <source>Data checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data checks summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silences longer than, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report stretches where nobody speaks for longer than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the silence threshold: seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Silences longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data check findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check with what it found; choose a finding to show it on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the finding usually means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1</source>
        <extracomment>%n findings in &quot;%1&quot; (the number of checks that found something, e.g. &quot;3 checks&quot;)</extracomment>
        <translation>
            <numerusform>%n finding in %1</numerusform>
            <numerusform>%n findings in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n check</numerusform>
            <numerusform>%n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found in %n check(s)</source>
        <translation>
            <numerusform>No problems found in %n check</numerusform>
            <numerusform>No problems found in %n checks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run</source>
        <translation>
            <numerusform>%n check could not run</numerusform>
            <numerusform>%n checks could not run</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm deleting participant events %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete these participant events?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full id of the artifact to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording these participant events belong to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the artifact was created, in this computer&apos;s time zone and in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact&apos;s status as last loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, delete nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without deleting anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server to delete this artifact; this cannot be undone from this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server marks the artifact as deleted; its row will then show the status “deleted”. This cannot be undone from Participant Inspector.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailFeeder</name>
    <message>
        <source>Could not refresh %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DownloadsGroup</name>
    <message>
        <source>Participants download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant events download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker timeline download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the signed download link (it works without the API key until it expires)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download links carry a signed token and expire after a while; refreshing the artifact brings fresh ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no link for this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact was deleted, and its files with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosted on %1; the link expires, refresh the artifact for a fresh one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieving the latest version of this artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall is still processing this artifact; the file appears when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing failed, so there is no file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a draft any more (damaged or cut short).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved metadata edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These metadata edits were not saved when the app last closed. Restore one to open its artifact with the edits in place (they merge with the live map when you save), or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each draft: its workspace, artifact, when it was last changed and how many keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (its recording&apos;s metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) could not be read and are left where they are:</source>
        <translation>
            <numerusform>%n draft file could not be read and is left where it is:</numerusform>
            <numerusform>%n draft files could not be read and are left where they are:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected draft&apos;s artifact with the edits in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected draft; its edits are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every draft and ask again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Save &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saves of this artifact&apos;s metadata made from this computer, with “Revert to this” (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview requests before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact request and what it changes before each save; a conflict with a change made elsewhere is always shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording&apos;s metadata is being opened in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact&apos;s metadata is being opened in the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the metadata on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the same keys on the server: choose which value each keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the request, then send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save is under way; wait for it to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata of artifact %1 has unsaved changes (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them first, discard them, or stay here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: there is no connection to save with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the local history could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the metadata of recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the metadata of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are kept in the draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved edits of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save history of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the artifact again to revert it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That save changed the recording&apos;s metadata: open it in the editor first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That save changed the artifact&apos;s metadata: go back to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared the change; review it and save with Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to an earlier save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a save again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: cancelled before anything was sent. Your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLookup</name>
    <message>
        <source>%1 · %2 · to everyone: %3</source>
        <extracomment>chat message: sender, time, text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · to the bot only: %3</source>
        <extracomment>chat message sent only to the recording bot: sender, time, text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · to %3: %4</source>
        <extracomment>chat message: sender, time, recipient as the file has it, text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · chat: %3</source>
        <extracomment>chat message without a recipient: sender, time, text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (details changed) · %2 · %3</source>
        <extracomment>an &quot;update&quot; event (the participant&apos;s details changed): action, participant, time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unknown action) · %2 · %3</source>
        <extracomment>an event whose action this version does not know, shown as sent: action, participant, time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>solid line under the bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webcam_on seen: on from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no webcam_off seen: on to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Webcam on %2 (%3)</source>
        <extracomment>participant, time range, notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashed line under the bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no screenshare_on seen: sharing from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no screenshare_off seen: sharing to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Screen shared %2 (%3)</source>
        <extracomment>participant, time range, notes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no join seen: present from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leave seen: present to the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Present %2 (%3; %4)</source>
        <extracomment>participant, time range, how it started; how it ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Wall clock: %1 local time, %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action “%1”: shown as the file has it</source>
        <extracomment>An action in the participant events file that this version does not know; %1 as sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action in the file: %1</source>
        <extracomment>%1 is the action as the file has it, e.g. speech_on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has only a wall-clock time, and with no speaker timeline that has wall-clock times it cannot be placed on the chart&apos;s axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This event has no usable time: neither a relative time nor a wall-clock time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording time: %1</source>
        <extracomment>Time since the recording started, as on the chart&apos;s axis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the wall-clock time (the file has no relative time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the file has no wall-clock time: estimated from the speaker timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <extracomment>A participant of the events file who is not in the speaker timeline</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to everyone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to the bot only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <extracomment>A chat message to someone the file names; %1 the recipient as sent, %2 the text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since the recording started, as on the chart&apos;s axis; the wall-clock time is in each cell&apos;s tooltip. Events without a usable time show — and sort last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the event is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened; the action as sent is in each cell&apos;s tooltip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat message and its recipients, or the data an event carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>A participant&apos;s details changed (the &quot;update&quot; action)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcam on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webcam off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events of this action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events of one action; the count of each is beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events of this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the events of one participant (by id: people who share a name are listed apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events whose details (a chat message, an update&apos;s data), participant or action contain this text; case does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to show its moment and participant on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected event: time, participant, action as sent and details, tab-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, unknown action)</source>
        <extracomment>An action this version does not know, as sent, and its count</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of every participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant events file is not loaded: %1</source>
        <extracomment>%1 says why, e.g. that the download failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be downloaded or read, or only a speaker timeline was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant events file has no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as a PNG image of a chosen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing of a chosen size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every speaking segment as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatistics as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the per-speaker statistics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RTTM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the speaker timeline as RTTM, for diarization tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audacity labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the speaker timeline as an Audacity label track, to check it against the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one zip for a support ticket: the chart, the statistics, the three files, the artifact and the app&apos;s requests about it, without the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save segments as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save statistics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as RTTM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTTM files (*.rttm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Audacity labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label tracks (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 x %2 is the image&apos;s size in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not downloaded, or it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app keeps no request log here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 is the file written, %2 what it holds (a size, a number of files)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Recording id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording id filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only artifacts of this recording (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for artifacts with this status only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again with these filters (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters: apply one, or save the current filter under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter: these, the quick filter and the chosen statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recording id here yet: type or paste a UUID like 9a8b7c6d-0000-4000-8000-00000000000a, or a link or text that contains one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only artifacts created at or after the given time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at or after this local time (inclusive: from the start of the minute shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only artifacts created at or before the given time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created at or before this local time (inclusive: up to the start of the minute shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No loaded recording starts with %1: paste the whole id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n loaded recordings start with %1: type more of the id</source>
        <translation>
            <numerusform>%n loaded recording starts with %1: type more of the id</numerusform>
            <numerusform>%n loaded recordings start with %1: type more of the id</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording id here: type or paste one, or a link or text that contains one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only artifacts of this recording: its id, the short id the table shows, or a link with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saves from this computer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves of this artifact, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saves made from this computer, newest first. Select one (or press Enter) to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys the selected save changed, before and after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key the selected save changed: its value before and after the save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the map before this save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare an edit that puts back the map as it was before this save. Nothing is sent until you save it; it is merged, previewed and verified like any edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the map this save left again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare an edit that sets the map as this save left it (after someone changed it since). Nothing is sent until you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n save(s) in this artifact&apos;s history could not be read (the file is damaged or cut short); the others are listed.</source>
        <translation>
            <numerusform>%n save in this artifact&apos;s history could not be read (the file is damaged or cut short); the others are listed.</numerusform>
            <numerusform>%n saves in this artifact&apos;s history could not be read (the file is damaged or cut short); the others are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The metadata of recording %1 (of artifact %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The metadata of artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 on %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a save to see what it changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This save changed no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, before: %3, after: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This save is not readable any more (damaged or cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <source>Chart as %1</source>
        <extracomment>%1 is the image format, PNG or SVG</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A common size, or the chart&apos;s size on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart size (%1 × %2)</source>
        <extracomment>%1 x %2 is the chart&apos;s size on screen in pixels</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HD (1280 × 720)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full HD (1920 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4K (3840 × 2160)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current view (visible time range and row order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range and rows the chart shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole meeting, every row, in the chart&apos;s row order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTypeName</name>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>No keychain available: the key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to give out the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not remove the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participant Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loading all: %n page(s)</source>
        <translation>
            <numerusform>Loading all: %n page</numerusform>
            <numerusform>Loading all: %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s)</source>
        <translation>
            <numerusform>%n artifact</numerusform>
            <numerusform>%n artifacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Every artifact is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the artifact list again from the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the next page of artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load every page of artifacts, within the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the loaded rows across all columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the server-side filters (recording, status, created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the artifact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Participant Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Participant Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for the API&apos;s rate limit (60 list and 300 per-artifact requests a minute by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading all artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading more pages (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited: retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n request queued</numerusform>
            <numerusform>%n requests queued</numerusform>
        </translation>
    </message>
    <message>
        <source>next in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate budget: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, more available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Find Recall.ai participant-events artifacts and see their status and details at a glance.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n artifact(s) shown</source>
        <translation>
            <numerusform>%1 of %n artifact shown</numerusform>
            <numerusform>%1 of %n artifacts shown</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited %n time(s) in a row: waiting %1 s</source>
        <translation>
            <numerusform>Rate limited %n time in a row: waiting %1 s</numerusform>
            <numerusform>Rate limited %n times in a row: waiting %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open bot, artifact or recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bot id, an artifact id, a recording id, or a pasted URL or text containing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a bot, artifact or recording id, or a URL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bot, artifact or recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a bot id, an artifact id, a recording id, or any URL or text containing one, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, loading failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is being reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is being closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whole value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole value, as stored; select text to copy a part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <source>Keys are kept in memory: the key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataDiff</name>
    <message>
        <source>(empty key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed: %1</source>
        <translation>
            <numerusform>%n key changed: %1</numerusform>
            <numerusform>%n keys changed: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditDelegate</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON value: a number, true, false, a list or an object; &quot;quoted&quot; makes it text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a JSON value, such as 42, true, [1, 2] or &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not one JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value; Enter keeps it, Esc cancels, Shift+F2 edits it in a larger box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key; Enter keeps it, Tab goes on to the value, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditModel</name>
    <message>
        <source>Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has %1 characters; the API takes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name key “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set “%1” to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It contains a NUL character (U+0000), which servers storing JSON reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed, changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: the key goes when you save. Restore brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON value that is not text, kept as the server wrote it; edit it as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null: the key has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is already on row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL character</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>&amp;Add key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key and start typing its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the current key removed; it stays visible, struck through, until you save or restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;store key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring back the removed key in the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo every change since the map was loaded, as one step that can itself be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the table and the same map as key: value lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;whole value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the current value in a larger box, where Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save metadata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or Enter edits a cell, Shift+F2 the whole value; Insert adds a key, Delete removes one; Ctrl+C copies a cell; Ctrl+Z undoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set value to &amp;null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata editor status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the metadata is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no metadata to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the text cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the map is as loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole value; Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the live map, merge your changes into it, preview the request and send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON value; Enter keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 characters: %3 too many</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n rows cannot be saved)</source>
        <translation>
            <numerusform>(%n row cannot be saved)</numerusform>
            <numerusform>(%n rows cannot be saved)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes. Ctrl+S saves, Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map no longer has the key %1: copy the value before closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataSaver</name>
    <message>
        <source>There is no connection to save with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s metadata of this artifact could not be read; saving would overwrite whatever it holds, so nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact names no recording, so there is no recording metadata to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection changed after the request was shown; nothing was sent. Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact is gone (deleted, or not in this region). Nothing was saved; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording or its artifact is gone (deleted, or not in this region). Nothing was saved; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n value(s). Nothing was saved; your edits are kept.</source>
        <translation>
            <numerusform>The server refused %n value. Nothing was saved; your edits are kept.</numerusform>
            <numerusform>The server refused %n values. Nothing was saved; your edits are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifact&apos;s metadata changed on the server since it was looked at; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataTableModel</name>
    <message>
        <source>(empty key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataText</name>
    <message>
        <source>The quoted key does not end, or is not a valid JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the quoted key, “: ” and a value are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no “: ” between a key and its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is empty (write &quot;&quot; for an empty key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After “=” comes a JSON value that is not text (a number, true, a list…); this one is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted value does not end where the line ends, or is not a valid JSON string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is missing: write &quot;&quot; for an empty value, or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataTextEdit</name>
    <message>
        <source>Metadata as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key: value per line. Values with a newline, spaces at either end or no characters are written in &quot;quotes&quot; with JSON escapes; null is null; =42 is a JSON value; # starts a comment. See README, &quot;Editing metadata&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;a href=&quot;line:%1&quot;&gt;Line %1&lt;/a&gt;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more lines</source>
        <translation>
            <numerusform>and %n more line</numerusform>
            <numerusform>and %n more lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenFieldHint</name>
    <message>
        <source>Artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one of these instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A choice in the Open field&apos;s menu: &quot;Artifact &lt;id&gt;&quot;, then what it belongs to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenResolver</name>
    <message>
        <source>recording started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageProblemsBar</name>
    <message numerus="yes">
        <source>%n artifact(s) could not be read and were skipped (page %1)</source>
        <translation>
            <numerusform>%n artifact could not be read and was skipped (page %1)</numerusform>
            <numerusform>%n artifacts could not be read and were skipped (page %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid character sequence(s) are shown as �</source>
        <translation>
            <numerusform>%n invalid character sequence is shown as �</numerusform>
            <numerusform>%n invalid character sequences are shown as �</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why each artifact was skipped, with the data the server sent for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifacts that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent these items in its list; they are left out of the table. Each shows why, and the start of what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped artifacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason and raw data of each skipped artifact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole list, for a ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, filters, list, details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantFilesParser</name>
    <message>
        <source>%1 %2 (byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its chat data is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its timestamp is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its timestamp has no usable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTreeModel</name>
    <message>
        <source>speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant events file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spoke %1</source>
        <extracomment>%1 is the talk time, h:mm:ss</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First spoke at %1; select to show it on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants file is not loaded: this participant comes from the %1, without email or extra_data.</source>
        <extracomment>%1 names the file this participant was found in</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is null (or missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is_host is null or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is null, missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email is an empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has an email member that is null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no email member for this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra_data is null or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra_data could not be read as JSON (%1); shown as the file has it:
%2</source>
        <extracomment>%1 is why the JSON could not be read, %2 the text as the file has it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>object, %n key(s)</source>
        <translation>
            <numerusform>object, %n key</numerusform>
            <numerusform>object, %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>array, %n item(s)</source>
        <translation>
            <numerusform>array, %n item</numerusform>
            <numerusform>array, %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant, or a field of the participant object as the file has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its value: null, (empty) and (missing) are told apart; strings inside extra_data are quoted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsPane</name>
    <message>
        <source>&amp;Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants and their fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every participant and every field the file has for them. Select a participant who spoke to show their first speech on the chart; Ctrl+C copies the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected value (strings without quotes, objects and arrays as JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants file is not loaded: these participants come from the speaker timeline and the events file, without email or extra_data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants file lists nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants: none of this meeting&apos;s files is loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecallClient</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many redirects (last to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download link was refused (%1): it has probably expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes of the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 broke during the answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East (N. Virginia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU (Frankfurt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia (Tokyo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>The speaker timeline file (JSON) to draw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s size in pixels (default 1920x1080).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour scheme: light or dark (default light).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must read WIDTHxHEIGHT, from 100x60 to 16384x16384: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme must be light or dark: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 segment(s) of the wrong shape were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the speaker timeline of a local file as PNG or SVG, or writes it as CSV, RTTM or Audacity labels, and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a .csv output: the per-speaker statistics instead of the segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM,TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write: a .png or .svg chart, a .csv of the segments (or of the statistics with --stats), a .rttm file, Audacity labels (.txt) or a support bundle (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a .zip output: the participants file to include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant events file (JSON) of the same meeting: drawn over the rows of a .png or .svg (presence, webcam, screen sharing, chat and other events), included in a .zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant_events.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--render needs a timeline file and --output a .png, .svg, .csv, .rttm, .txt or .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output must end in .png, .svg, .csv, .rttm, .txt or .zip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--participants goes with a support bundle (--output bundle.zip), --events with a bundle or a chart (.png, .svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the range FROM,TO of the recording, in seconds or h:mm:ss (default: the whole meeting): the statistics of --stats, the time shown in a .png or .svg chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range must read FROM,TO in seconds or h:mm:ss, FROM before TO: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>•••• (hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryAfter</name>
    <message>
        <source>the server asked to wait %1; treated as a broken header</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetryText</name>
    <message>
        <source>a request to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>retry %1 in %n s</source>
        <translation>
            <numerusform>retry %1 in %n s</numerusform>
            <numerusform>retry %1 in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the rate limit: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveOutcomeBar</name>
    <message>
        <source>Remove &amp;kept keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove kept keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the map again with each kept key set to null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the save result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the rate limit: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept: still there although removed; the server merges instead of replacing. The answer holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dropped: sent as %2, missing from the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 altered: sent %2, the answer holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added: in the answer without being sent, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The server&apos;s answer matches what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but the server&apos;s answer differs from what was sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server merges the map it receives into the one it has, so leaving a key out does not remove it. “Remove kept keys” sends those keys again as null; the answer will show whether that removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePreviewDialog</name>
    <message>
        <source>Review the Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a value for every conflicting key above to see the request that will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key this save adds, changes or removes on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headers sent with the request; the API key is hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body sent, indented for reading; values exactly as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes on the server, and the request that does it (Ctrl+Tab switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this preview before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t show this preview before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without this preview from now on; it still opens when a conflict needs a choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving; your edits stay (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command for this request; it reads the key from $RECALL_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s map since you loaded it. Resolve each conflict, check the changes, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving sends the complete map. Check what changes on the server, then send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflicting key first (left to choose: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this request and save the map (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changes: the map to send equals the map on the server now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server: %1 added, %2 changed, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hanges (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied; set RECALL_API_KEY before running it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentLookup</name>
    <message>
        <source>Participant id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: open-ended, still speaking when the recording ended (%1)</source>
        <extracomment>The end of a segment whose end_timestamp is null; %1 is the recording&apos;s end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall clock: %1 to %2</source>
        <extracomment>Local wall-clock start and end of a segment</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started before the recording did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to the end of the recording (open-ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelectionGate</name>
    <message>
        <source>Another artifact was selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings of the app, such as the timeline cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the filters (in a filter field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the quick filter (in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: zoom in, zoom out (also Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: move earlier, later (also drag, Shift+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: show the whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: zoom to a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: next, previous segment of the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: row above, below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline: choose a range for the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeakerStatsModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speech %1 · silence %2 · overlap %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole meeting %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range %1 – %2 (%3) · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ids merged)</source>
        <translation>
            <numerusform>%1 (%n id merged)</numerusform>
            <numerusform>%1 (%n ids merged)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 count as one speaker. Unmerge to see them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated: an open-ended turn counts up to the end of the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes speech before the recording started (negative times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time this speaker talked in the range; their own overlapping turns count once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time this speaker talked while someone else talked too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length %1, silence (nobody speaks) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time anyone speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the range in which anyone speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time two or more speak at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speaker; merged rows count several ids as one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time in the range (≈: estimated from an open-ended turn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of all speech in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretches of speech; a speaker&apos;s turns that touch or overlap count as one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest turn, as far as it lies in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spoken while someone else spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they first spoke (recording time; negative: before the recording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they last stopped speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When anyone first spoke in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When anyone last stopped speaking in the range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPane</name>
    <message>
        <source>Speaker statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the range starts, as h:mm:ss or seconds (negative: before the recording); Enter applies. Or drag on the chart&apos;s axis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the range ends, as h:mm:ss or seconds; Enter applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics for the whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the range: statistics for the whole meeting (Esc in the range fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics per speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column to sort; choosing a speaker selects their row in the chart. ≈ marks estimates (an open-ended turn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge same names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count rows that share a name as one speaker (someone who left and rejoined gets a new id); undoable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the selected merged row&apos;s ids apart again (all merged rows when none is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last merge or unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the merge or unmerge undone last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge rows that share a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmerge rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type times as h:mm:ss (for example 0:12:30 or 1:02:03.5) or as seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Show only status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only loaded artifacts whose status is “%1”; click again to show all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add %1: %2 changed while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart holds the API key; the bundle was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineCache</name>
    <message>
        <source>The cache needs a connection and an artifact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files in %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker timeline loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s). Showing %1 to %2 of %3 to %4.</source>
        <translation>
            <numerusform>%n speaker. Showing %1 to %2 of %3 to %4.</numerusform>
            <numerusform>%n speakers. Showing %1 to %2 of %3 to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected row: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speaker timeline loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Who spoke when: one row per participant, bars where they spoke, the Overlap lane where two or more spoke at once, and the whole meeting in the strip at the bottom.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+wheel&lt;/b&gt; or &lt;b&gt;W&lt;/b&gt;/&lt;b&gt;S&lt;/b&gt; zoom, &lt;b&gt;Shift+wheel&lt;/b&gt;, dragging or &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;D&lt;/b&gt; pan, &lt;b&gt;Shift+drag&lt;/b&gt; or right-drag zooms to a range, &lt;b&gt;0&lt;/b&gt; or &lt;b&gt;Home&lt;/b&gt; shows the whole meeting. Click a bar to select it; &lt;b&gt;Right&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; and &lt;b&gt;Left&lt;/b&gt;/&lt;b&gt;P&lt;/b&gt; go to the next and previous segment of its row, &lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt; change the row, &lt;b&gt;Escape&lt;/b&gt; clears the selection and the highlight. Hatched bars are still running when the recording ended; the shaded part is before the recording started.&lt;/p&gt;&lt;p&gt;With the participant events, a light tint in a row&apos;s colour shows when the participant was in the meeting, a solid thin line under the bars when their webcam was on and a dashed one when they shared their screen. Diamonds mark chat messages, grey rings other events (including actions this version does not know). Hover any of them for details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the axis to choose another range for the statistics; a click or Esc returns to the whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the axis to choose a range for the statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant event(s) shown in view.</source>
        <translation>
            <numerusform>%n participant event shown in view.</numerusform>
            <numerusform>%n participant events shown in view.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted: %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide who spoke when for the selected artifact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a speaker timeline, participants or participant events file from disk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Recall file from disk; no connection needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Recall file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineDocument</name>
    <message>
        <source>(no name) #%1</source>
        <extracomment>A speaker row whose participant has no name; %1 is the participant id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <comment>a name several rows share, and the row&apos;s participant id</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFetcher</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file is not available: the artifact is %2, not done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: there is no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the artifact has no link for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the download link expired and a fresh one failed too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the download link expired and a fresh one could not be fetched: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFile</name>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineFileKind</name>
    <message>
        <source>speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineLoader</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a Recall download: perhaps an error page saved instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a JSON list: a Recall download starts with &apos;[&apos; (byte %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a list, but its first element is not a speaker timeline segment, a participant or a participant event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a %1 file, not a %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: not enough memory for %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early at byte %1, before its first element is complete: expecting the rest of a speaker timeline segment (the download may have been cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early at byte %1, before its first element is complete: expecting the rest of a speaker timeline segment, a participant or a participant event (the download may have been cut short).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading and reading the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the timeline download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop downloading or reading the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the timeline again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download and read the timeline again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort speakers by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the speaker rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the axis with the time since the recording started, or with local wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the whole meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole meeting (0 or Home in the chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a speaker timeline, participants or participant events file from disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the timeline… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the %1… %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a done artifact to see who spoke when, or open a file (Ctrl+O) or drop one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artifact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Try again to download and read the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This artifact is %1: its speaker timeline is there once it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to download the timeline with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The artifact has no speaker timeline link. Reload it, or ask Recall.ai support if it stays so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the wrong shape were skipped</source>
        <translation>
            <numerusform>%n item of the wrong shape was skipped</numerusform>
            <numerusform>%n items of the wrong shape were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) were replaced</source>
        <translation>
            <numerusform>%n invalid UTF-8 sequence was replaced</numerusform>
            <numerusform>%n invalid UTF-8 sequences were replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant id(s) appear under more than one name; the first is shown</source>
        <translation>
            <numerusform>%n participant id appears under more than one name; the first is shown</numerusform>
            <numerusform>%n participant ids appear under more than one name; the first is shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n speaker</numerusform>
            <numerusform>%n speakers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s)</source>
        <translation>
            <numerusform>%n segment</numerusform>
            <numerusform>%n segments</numerusform>
        </translation>
    </message>
    <message>
        <source>(no name) #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A participants file: %n participant(s).</source>
        <translation>
            <numerusform>A participants file: %n participant.</numerusform>
            <numerusform>A participants file: %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A participant events file: %n event(s).</source>
        <translation>
            <numerusform>A participant events file: %n event.</numerusform>
            <numerusform>A participant events file: %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no speech at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the timeline ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show participant events on the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw presence, webcam and screen sharing, chat and other events on the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be read completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 had %n item(s) of the wrong shape; they were skipped.</source>
        <translation>
            <numerusform>The %1 had %n item of the wrong shape; it was skipped.</numerusform>
            <numerusform>The %1 had %n items of the wrong shape; they were skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of people who never spoke: see Events)</source>
        <translation>
            <numerusform>(%n of people who never spoke: see Events)</numerusform>
            <numerusform>(%n of people who never spoke: see Events)</numerusform>
        </translation>
    </message>
    <message>
        <source>This artifact failed: Recall.ai made no speaker timeline for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This artifact was deleted: its files are gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineParser</name>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON value (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: expected &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;[&apos; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends early: expected &apos;&quot;&apos; to close a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the end of the file after &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its participant is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its participant has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its participant id %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id %1 is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its participant id is %1, not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its id is %1, not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.relative is %2, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start_timestamp has no usable time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no start_timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment %1 (byte %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) have only an absolute start, and no segment relates absolute to relative time</source>
        <translation>
            <numerusform>%n segment has only an absolute start, and no segment relates absolute to relative time</numerusform>
            <numerusform>%n segments have only an absolute start, and no segment relates absolute to relative time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Cannot render to %1: the file name must end in .png or .svg.</source>
        <extracomment>%1 is the output file the user asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot render %1: %2 x %3 pixels is not a size from 1 to 16384 pixels each way.</source>
        <extracomment>%1 is the output file, %2 x %3 the size asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a string: kept as the server wrote it
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Inspect and correct Recall.ai participant-events artifacts.
The API key is read from the RECALL_API_KEY environment variable or the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in demo workspace and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall region: us-east-1, us-west-2, eu-central-1 or ap-northeast-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom API base URL instead of a region (https, or http on loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region and --base-url need the key in RECALL_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another connection was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An artifact id to open, or a local speaker timeline, participants or participant events file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a speaker timeline file without a window, then exit: --render FILE --output chart.png|chart.svg|segments.csv|speakers.rttm|labels.txt|bundle.zip [--size WIDTHxHEIGHT] [--scheme light|dark] [--stats] [--range FROM,TO] [--events FILE] [--participants FILE]. --render FILE --help lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
