<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AnalysisTabs</name>
    <message>
        <source>Timeline analysis</source>
        <translation>Analyse de la chronologie</translation>
    </message>
    <message>
        <source>Statistics and more about the meeting shown (F6 moves here from the chart)</source>
        <translation>Statistiques et plus sur la réunion affichée (F6 y mène depuis le graphique)</translation>
    </message>
    <message>
        <source>S&amp;tatistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Talk time, turns and overlap per speaker, for the meeting or a range</source>
        <translation>Temps de parole, tours de parole et chevauchement par intervenant, pour la réunion ou une plage</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message>
        <source>Every participant event: joins, leaves, webcam, screen sharing, chat; choosing one shows it on the chart</source>
        <translation>Tous les événements des participants&#xa0;: arrivées, départs, webcam, partage d’écran, chat&#x202f;; en choisir un l’affiche sur le graphique</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Everyone in the participants file with every field, extra_data unfolded</source>
        <translation>Toutes les personnes du fichier des participants avec tous leurs champs, extra_data déplié</translation>
    </message>
    <message>
        <source>&amp;Data checks</source>
        <translation>C&amp;ontrôles des données</translation>
    </message>
    <message>
        <source>What looks odd in the files, how often, and what it usually means; choosing a finding shows it on the chart</source>
        <translation>Ce qui semble anormal dans les fichiers, à quelle fréquence, et ce que cela signifie en général&#x202f;; choisir un constat l’affiche sur le graphique</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Check the network connection and that %1 is reachable.</source>
        <translation>Vérifiez la connexion réseau et assurez-vous que %1 est joignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again later.</source>
        <translation>Le serveur n’a pas répondu à temps&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed for this computer (loopback).</source>
        <translation>Utilisez une adresse https://&#x202f;; le http non chiffré n’est autorisé que pour cet ordinateur (loopback).</translation>
    </message>
    <message>
        <source>Download links expire: refresh the artifact to get fresh links.</source>
        <translation>Les liens de téléchargement expirent&#xa0;: actualisez l’artefact pour obtenir de nouveaux liens.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; if this persists, check the base URL.</source>
        <translation>La réponse du serveur n’a pas pu être lue&#x202f;; si le problème persiste, vérifiez l’URL de base.</translation>
    </message>
    <message>
        <source>Check the API key and the region: a key works only in the region it was created in.</source>
        <translation>Vérifiez la clé API et la région&#xa0;: une clé ne fonctionne que dans la région où elle a été créée.</translation>
    </message>
    <message>
        <source>The workspace&apos;s credit balance is too low.</source>
        <translation>Le solde de crédits de l’espace de travail est insuffisant.</translation>
    </message>
    <message>
        <source>The request was blocked before it reached the API (firewall). Try again later or from another network.</source>
        <translation>La requête a été bloquée avant d’atteindre l’API (pare-feu). Réessayez plus tard ou depuis un autre réseau.</translation>
    </message>
    <message>
        <source>The id is unknown, belongs to another region, or was deleted.</source>
        <translation>L’identifiant est inconnu, appartient à une autre région ou a été supprimé.</translation>
    </message>
    <message>
        <source>The same change is still being processed; it will be retried.</source>
        <translation>La même modification est encore en cours de traitement&#x202f;; elle sera retentée.</translation>
    </message>
    <message>
        <source>Rate limited: the request waits for the server&apos;s Retry-After and is retried.</source>
        <translation>Limite de requêtes atteinte&#xa0;: la requête attend le délai Retry-After indiqué par le serveur, puis est renvoyée.</translation>
    </message>
    <message>
        <source>The server is overloaded; the request is retried with backoff.</source>
        <translation>Le serveur est surchargé&#x202f;; la requête est renvoyée à intervalles croissants.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n’a pas répondu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: %2</source>
        <translation>Envoi de la requête à %1 refusé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>Le serveur a envoyé du JSON mal formé (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what the API documents: %1</source>
        <translation>La réponse du serveur ne correspond pas à la documentation de l’API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>expected an artifact object</source>
        <translation>objet artefact attendu</translation>
    </message>
    <message>
        <source>expected a page with a &quot;results&quot; list</source>
        <translation>page avec une liste «&#xa0;results&#xa0;» attendue</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Payment Required</source>
        <translation>Paiement requis</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Délai d’attente de la passerelle dépassé</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Erreur HTTP</translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation>Le serveur a répondu %1 sans donner de détails.</translation>
    </message>
    <message>
        <source>The server answered %1 with a web page instead of API data.</source>
        <translation>Le serveur a répondu %1 avec une page web au lieu de données de l’API.</translation>
    </message>
    <message>
        <source>The server answered %1; its explanation was not readable JSON (%2 at byte %3).</source>
        <translation>Le serveur a répondu %1&#x202f;; son explication n’était pas du JSON lisible (%2 à l’octet %3).</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <source>The server rejected some fields (%1).</source>
        <translation>Le serveur a refusé certains champs (%1).</translation>
    </message>
    <message>
        <source>expected a recording object</source>
        <translation>objet enregistrement attendu</translation>
    </message>
    <message>
        <source>the address is not a valid URL</source>
        <translation>l’adresse n’est pas une URL valide</translation>
    </message>
    <message>
        <source>plain http is only allowed for loopback addresses</source>
        <translation>le http non chiffré n’est autorisé que pour les adresses locales (loopback)</translation>
    </message>
    <message>
        <source>the scheme “%1” is not supported</source>
        <translation>le schéma «&#xa0;%1&#xa0;» n’est pas pris en charge</translation>
    </message>
    <message>
        <source>expected a bot object</source>
        <translation>un objet bot était attendu</translation>
    </message>
</context>
<context>
    <name>ArtifactBrowser</name>
    <message>
        <source>Quick filter</source>
        <translation>Filtre rapide</translation>
    </message>
    <message>
        <source>Filters the loaded rows across all columns as you type; case-insensitive, regular expressions allowed</source>
        <translation>Filtre les lignes chargées sur toutes les colonnes pendant la saisie&#x202f;; insensible à la casse, expressions régulières autorisées</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 copié</translation>
    </message>
    <message>
        <source>Artifact %1 is now %2</source>
        <translation>L’artefact %1 est maintenant %2</translation>
    </message>
    <message>
        <source>Invalid pattern: %1</source>
        <translation>Motif non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Showing the artifacts of recording %1</source>
        <translation>Affichage des artefacts de l’enregistrement %1</translation>
    </message>
    <message>
        <source>Copied %1 %2</source>
        <translation>%1 %2 copié</translation>
    </message>
    <message>
        <source>Removed %1 from the list</source>
        <translation>%1 retiré de la liste</translation>
    </message>
    <message>
        <source>Cleared the list filters, which %1 does not match</source>
        <translation>Filtres de la liste effacés : %1 ne leur correspond pas</translation>
    </message>
    <message>
        <source>Loading artifacts…</source>
        <translation>Chargement des artefacts…</translation>
    </message>
    <message>
        <source>No loaded artifact matches the quick filter or the chosen statuses.</source>
        <translation>Aucun artefact chargé ne correspond au filtre rapide ou aux statuts choisis.</translation>
    </message>
    <message>
        <source>No artifact matches the filters above.</source>
        <translation>Aucun artefact ne correspond aux filtres ci-dessus.</translation>
    </message>
    <message>
        <source>This workspace has no artifacts yet.</source>
        <translation>Cet espace de travail n’a pas encore d’artefacts.</translation>
    </message>
    <message>
        <source>Quick filter (%1): text or regular expression</source>
        <translation>Filtre rapide (%1) : texte ou expression régulière</translation>
    </message>
    <message>
        <source>Search all pages</source>
        <translation>Chercher dans toutes les pages</translation>
    </message>
    <message>
        <source>Loading every page to search them all…</source>
        <translation>Chargement de toutes les pages pour les parcourir…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Ask for the first page again</source>
        <translation>Redemander la première page</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <source>Check the API key, the region or the address of this connection</source>
        <translation>Vérifier la clé d&apos;API, la région ou l&apos;adresse de cette connexion</translation>
    </message>
    <message>
        <source>%1 is a recording id; showing its artifacts</source>
        <translation>%1 est un identifiant d&apos;enregistrement ; ses artefacts sont affichés</translation>
    </message>
    <message>
        <source>No loaded artifact or recording starts with %1; short ids match loaded rows only (Load all, or paste the whole id)</source>
        <translation>Aucun artefact ni enregistrement chargé ne commence par %1 ; les identifiants courts ne portent que sur les lignes chargées (tout charger, ou coller l&apos;identifiant complet)</translation>
    </message>
    <message>
        <source>No artifact or recording of this list starts with %1</source>
        <translation>Aucun artefact ni enregistrement de cette liste ne commence par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded id(s) start with %1: choose one, or type more</source>
        <translation>
            <numerusform>%n identifiant chargé commence par %1 : choisissez-le, ou tapez la suite</numerusform>
            <numerusform>%n identifiants chargés commencent par %1 : choisissez-en un, ou tapez la suite</numerusform>
        </translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Correspondances</translation>
    </message>
    <message numerus="yes">
        <source>%n more id(s) in the text</source>
        <translation>
            <numerusform>%n autre identifiant dans le texte</numerusform>
            <numerusform>%n autres identifiants dans le texte</numerusform>
        </translation>
    </message>
    <message>
        <source>More pages exist; the filter searches only the loaded ones.</source>
        <translation>Il reste des pages ; le filtre ne parcourt que celles qui sont chargées.</translation>
    </message>
    <message>
        <source>Loading the artifacts failed: %1</source>
        <translation>Le chargement des artefacts a échoué : %1</translation>
    </message>
    <message numerus="yes">
        <source>No artifact of the list could be read: %n skipped (Details above).</source>
        <translation>
            <numerusform>Aucun artefact de la liste n&apos;a pu être lu : %n ignoré (détails ci-dessus).</numerusform>
            <numerusform>Aucun artefact de la liste n&apos;a pu être lu : %n ignorés (détails ci-dessus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Load every remaining page of the list, then filter them all: one request per page, within the workspace&apos;s limit of %n list request(s) a minute</source>
        <translation>
            <numerusform>Charger toutes les pages restantes de la liste, puis les filtrer : une requête par page, dans la limite de l&apos;espace de travail de %n requête de liste par minute</numerusform>
            <numerusform>Charger toutes les pages restantes de la liste, puis les filtrer : une requête par page, dans la limite de l&apos;espace de travail de %n requêtes de liste par minute</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not found in this workspace as an artifact, bot or recording (it may be in another region)</source>
        <translation>%1 est introuvable dans cet espace de travail, ni comme artefact, ni comme bot, ni comme enregistrement (il se trouve peut-être dans une autre région)</translation>
    </message>
    <message numerus="yes">
        <source>Bot %1 has %n recording(s) with participant events: choose one</source>
        <translation>
            <numerusform>Le bot %1 a %n enregistrement avec des participant events : choisissez-en un</numerusform>
            <numerusform>Le bot %1 a %n enregistrements avec des participant events : choisissez-en un</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recording(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1 has no recording yet, so no participant events</source>
        <translation>Le bot %1 n&apos;a pas encore d&apos;enregistrement, donc pas de participant events</translation>
    </message>
    <message numerus="yes">
        <source>Bot %1 has no participant events in its %n recording(s) (not captured)</source>
        <translation>
            <numerusform>Le bot %1 n&apos;a pas de participant events dans son %n enregistrement (non capturés)</numerusform>
            <numerusform>Le bot %1 n&apos;a pas de participant events dans ses %n enregistrements (non capturés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Bot %1 names participant events %2, which this workspace no longer has (deleted?)</source>
        <translation>Le bot %1 désigne les participant events %2, que cet espace de travail n&apos;a plus (supprimés ?)</translation>
    </message>
    <message>
        <source>Bot %1 was not found in this workspace (it may be in another region)</source>
        <translation>Le bot %1 est introuvable dans cet espace de travail (il se trouve peut-être dans une autre région)</translation>
    </message>
    <message>
        <source>No bot, artifact or recording id found in “%1”</source>
        <translation>Aucun identifiant de bot, d&apos;artefact ou d&apos;enregistrement trouvé dans « %1 »</translation>
    </message>
</context>
<context>
    <name>ArtifactDeleter</name>
    <message>
        <source>&amp;Delete artifact…</source>
        <translation>Supprimer l’arte&amp;fact…</translation>
    </message>
    <message>
        <source>Delete the selected artifact on the server, after a confirmation</source>
        <translation>Supprimer l’artefact sélectionné sur le serveur, après confirmation</translation>
    </message>
    <message>
        <source>Delete the selected artifact on the server, after a confirmation (%1)</source>
        <translation>Supprimer l’artefact sélectionné sur le serveur, après confirmation (%1)</translation>
    </message>
    <message>
        <source>Left the workspace while deleting artifact %1: whether it was deleted is unknown there (switch back and reload to see)</source>
        <translation>Espace de travail quitté pendant la suppression de l’artefact %1&#xa0;: on ne sait pas s’il y a été supprimé (revenez-y et rechargez pour le voir)</translation>
    </message>
    <message>
        <source>Deleting artifact %1…</source>
        <translation>Suppression de l’artefact %1…</translation>
    </message>
    <message>
        <source>Could not delete artifact %1: %2</source>
        <translation>Impossible de supprimer l’artefact %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not delete artifact %1: the server answered 404 but still lists it as %2</source>
        <translation>Impossible de supprimer l’artefact %1&#xa0;: le serveur a répondu 404 mais l’indique toujours comme %2</translation>
    </message>
    <message>
        <source>Artifact %1 is gone: the server no longer knows it (404)</source>
        <translation>L’artefact %1 n’existe plus&#xa0;: le serveur ne le connaît plus (404)</translation>
    </message>
    <message>
        <source>Deleted artifact %1, but reading it back failed: %2 Reload to see its status.</source>
        <translation>Artefact %1 supprimé, mais sa relecture a échoué&#xa0;: %2 Rechargez pour voir son statut.</translation>
    </message>
    <message>
        <source>Deleted artifact %1</source>
        <translation>Artefact %1 supprimé</translation>
    </message>
    <message>
        <source>Deleted artifact %1; the server still reports its status as %2</source>
        <translation>Artefact %1 supprimé&#x202f;; le serveur indique toujours le statut %2</translation>
    </message>
</context>
<context>
    <name>ArtifactDetailPane</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Select an artifact to see its details</source>
        <translation>Sélectionnez un artefact pour en voir les détails</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Refreshing the artifact</source>
        <translation>Actualisation de l’artefact</translation>
    </message>
    <message>
        <source>Retrieving the latest version of this artifact</source>
        <translation>Récupération de la dernière version de cet artefact</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Sub code:</source>
        <translation>Sous-code&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Copy artifact id</source>
        <translation>Copier l’identifiant de l’artefact</translation>
    </message>
    <message>
        <source>Copy the full artifact id to the clipboard</source>
        <translation>Copier l’identifiant complet de l’artefact dans le presse-papiers</translation>
    </message>
    <message>
        <source>artifact id</source>
        <translation>identifiant de l’artefact</translation>
    </message>
    <message>
        <source>Copy recording id</source>
        <translation>Copier l’identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>Copy the full recording id to the clipboard</source>
        <translation>Copier l’identifiant complet de l’enregistrement dans le presse-papiers</translation>
    </message>
    <message>
        <source>recording id</source>
        <translation>identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>Artifact id:</source>
        <translation>Identifiant de l’artefact&#xa0;:</translation>
    </message>
    <message>
        <source>Recording id:</source>
        <translation>Identifiant de l’enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <source>Artifact metadata</source>
        <translation>Métadonnées de l’artefact</translation>
    </message>
    <message>
        <source>Recording metadata</source>
        <translation>Métadonnées de l’enregistrement</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <source>A status this version does not know yet, shown as the server sent it</source>
        <translation>Un statut que cette version ne connaît pas encore, affiché tel que le serveur l’a envoyé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Sub code</source>
        <translation>Sous-code</translation>
    </message>
    <message>
        <source>Recall&apos;s free-text reason, mostly sent when processing failed</source>
        <translation>Motif en texte libre fourni par Recall, envoyé surtout en cas d’échec du traitement</translation>
    </message>
    <message>
        <source>Artifact id</source>
        <translation>Identifiant de l’artefact</translation>
    </message>
    <message>
        <source>Recording id</source>
        <translation>Identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>The server sent no recording id</source>
        <translation>Le serveur n’a envoyé aucun identifiant d’enregistrement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>The server sent no readable time</source>
        <translation>Le serveur n’a envoyé aucune heure lisible</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Status updated</source>
        <translation>Statut mis à jour</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>The recording&apos;s metadata is null</source>
        <translation>Les métadonnées de l’enregistrement sont null</translation>
    </message>
    <message>
        <source>none (empty)</source>
        <translation>aucune (vide)</translation>
    </message>
    <message>
        <source>An empty object</source>
        <translation>Un objet vide</translation>
    </message>
    <message>
        <source>&amp;Remove from list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove this artifact&apos;s row from the list (nothing is deleted on the server)</source>
        <translation>Retirer la ligne de cet artefact de la liste (rien n’est supprimé sur le serveur)</translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more: %1 It was removed for good, or it belongs to a workspace in another region. The details below are as last seen.</source>
        <translation>Recall ne connaît plus cet artefact : %1 Il a été supprimé définitivement, ou il appartient à un espace de travail d’une autre région. Les détails ci-dessous sont ceux vus en dernier.</translation>
    </message>
    <message>
        <source>Fields that could not be read</source>
        <translation>Champs qui n&apos;ont pas pu être lus</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid character sequence(s) shown as �</source>
        <translation>
            <numerusform>%n séquence de caractères invalide affichée comme �</numerusform>
            <numerusform>%n séquences de caractères invalides affichées comme �</numerusform>
        </translation>
    </message>
    <message>
        <source>Shown as far as it could be read:</source>
        <translation>Affiché dans la mesure où il a pu être lu :</translation>
    </message>
    <message>
        <source>Back to the artifact&apos;s metadata</source>
        <translation>Revenir aux métadonnées de l’artefact</translation>
    </message>
    <message>
        <source>Edit the artifact&apos;s metadata again</source>
        <translation>Modifier à nouveau les métadonnées de l’artefact</translation>
    </message>
    <message>
        <source>Leave the recording&apos;s metadata and edit the artifact&apos;s own again</source>
        <translation>Quitter les métadonnées de l’enregistrement et modifier à nouveau celles de l’artefact</translation>
    </message>
    <message>
        <source>Edit recording metadata</source>
        <translation>Modifier les métadonnées de l’enregistrement</translation>
    </message>
    <message>
        <source>Edit the recording&apos;s metadata</source>
        <translation>Modifier les métadonnées de l’enregistrement</translation>
    </message>
    <message>
        <source>Open the parent recording&apos;s metadata in the editor above; it is shared by every artifact of the recording, and values that are not text are edited as JSON</source>
        <translation>Ouvrir les métadonnées de l’enregistrement parent dans l’éditeur ci-dessus&#x202f;; elles sont partagées par tous les artefacts de l’enregistrement, et les valeurs qui ne sont pas du texte se modifient en JSON</translation>
    </message>
    <message>
        <source>Recording metadata (editing)</source>
        <translation>Métadonnées de l’enregistrement (en cours de modification)</translation>
    </message>
    <message>
        <source>Recording metadata being edited</source>
        <translation>Métadonnées de l’enregistrement en cours de modification</translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more, so its recording cannot be saved from here.</source>
        <translation>Recall ne connaît plus cet artefact&#x202f;; les métadonnées de son enregistrement ne peuvent donc pas être sauvegardées d’ici.</translation>
    </message>
    <message>
        <source>Loading the recording&apos;s metadata…</source>
        <translation>Chargement des métadonnées de l’enregistrement…</translation>
    </message>
    <message>
        <source>The server sent metadata that could not be read as a map of keys to values (see the note above); saving would overwrite what could not be read, so it is read-only here.</source>
        <translation>Le serveur a envoyé des métadonnées qui n’ont pas pu être lues comme une table de clés et de valeurs (voir la note ci-dessus)&#x202f;; enregistrer écraserait ce qui n’a pas pu être lu, elles sont donc en lecture seule ici.</translation>
    </message>
    <message>
        <source>Recall does not know this artifact any more, so its metadata cannot be saved. Your edits stay here and in the draft until you discard them.</source>
        <translation>Recall ne connaît plus cet artefact&#x202f;; ses métadonnées ne peuvent donc pas être enregistrées. Vos modifications restent ici et dans le brouillon jusqu’à ce que vous les abandonniez.</translation>
    </message>
    <message>
        <source>The artifact is deleted: its metadata can no longer be changed.</source>
        <translation>L’artefact est supprimé&#xa0;: ses métadonnées ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>The parent recording&apos;s metadata as the server has it; values that are not text are shown as JSON. Ctrl+C copies the cell, Enter shows the whole value. “Edit recording metadata” opens it in the editor</source>
        <translation>Les métadonnées de l’enregistrement parent telles que le serveur les détient&#x202f;; les valeurs qui ne sont pas du texte sont affichées en JSON. Ctrl+C copie la cellule, Entrée affiche la valeur complète. «&#xa0;Modifier les métadonnées de l’enregistrement&#xa0;» les ouvre dans l’éditeur</translation>
    </message>
</context>
<context>
    <name>ArtifactListModel</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Status updated</source>
        <translation>Statut mis à jour</translation>
    </message>
    <message>
        <source>Sub-code</source>
        <translation>Sous-code</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Métadonnées</translation>
    </message>
    <message>
        <source>Click to sort the loaded rows; more pages exist, so rows still to load are not included (Load all sorts every artifact)</source>
        <translation>Cliquer trie les lignes chargées ; il reste des pages, les lignes encore à charger n&apos;y sont donc pas (Tout charger trie tous les artefacts)</translation>
    </message>
    <message>
        <source>Click to sort every artifact of the list</source>
        <translation>Cliquer trie tous les artefacts de la liste</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>The server&apos;s link to the next page could not be read, so loading stopped here.</source>
        <translation>Le lien du serveur vers la page suivante était illisible ; le chargement s&apos;arrête donc ici.</translation>
    </message>
</context>
<context>
    <name>ArtifactParser</name>
    <message>
        <source>The artifact is not valid JSON.</source>
        <translation>L&apos;artefact n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The artifact has no id, so it cannot be identified.</source>
        <translation>L&apos;artefact n&apos;a pas d&apos;identifiant et ne peut donc pas être identifié.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>The artifact&apos;s id is null, so it cannot be identified.</source>
        <translation>L&apos;identifiant de l&apos;artefact est null ; il ne peut donc pas être identifié.</translation>
    </message>
    <message>
        <source>The artifact&apos;s id is %1, not text, so it cannot be identified.</source>
        <translation>L&apos;identifiant de l&apos;artefact est %1, pas du texte ; il ne peut donc pas être identifié.</translation>
    </message>
    <message>
        <source>The artifact&apos;s id is empty, so it cannot be identified.</source>
        <translation>L&apos;identifiant de l&apos;artefact est vide ; il ne peut donc pas être identifié.</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ce n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>%1, not an object</source>
        <translation>%1, pas un objet</translation>
    </message>
    <message>
        <source>a value is not valid JSON</source>
        <translation>une valeur n&apos;est pas du JSON valide</translation>
    </message>
    <message>
        <source>The item is %1, not an artifact object.</source>
        <translation>L&apos;élément est %1, pas un objet artefact.</translation>
    </message>
</context>
<context>
    <name>ArtifactTable</name>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>The workspace&apos;s participant-events artifacts; more load as you scroll</source>
        <translation>Les artefacts participant-events de l&apos;espace de travail ; d&apos;autres se chargent au défilement</translation>
    </message>
    <message>
        <source>Artifact columns</source>
        <translation>Colonnes des artefacts</translation>
    </message>
    <message>
        <source>Load all pages to sort every artifact</source>
        <translation>Charger toutes les pages pour trier tous les artefacts</translation>
    </message>
    <message>
        <source>Copy artifact id</source>
        <translation>Copier l&apos;identifiant de l&apos;artefact</translation>
    </message>
    <message>
        <source>artifact id</source>
        <translation>l&apos;identifiant de l&apos;artefact</translation>
    </message>
    <message>
        <source>Copy recording id</source>
        <translation>Copier l&apos;identifiant de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>recording id</source>
        <translation>l&apos;identifiant de l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>BatchController</name>
    <message>
        <source>&amp;Batch edit…</source>
        <translation>Modification &amp;groupée…</translation>
    </message>
    <message>
        <source>Change the metadata of the selected artifacts (or every row shown) in one go, with a dry run first (%1)</source>
        <translation>Modifier d’un coup les métadonnées des artefacts sélectionnés (ou de toutes les lignes affichées), avec d’abord un essai à blanc (%1)</translation>
    </message>
    <message>
        <source>The connection changed to %1, so this batch edit on %2 stopped; nothing more is sent here. Its journal keeps it: it is offered for resuming when %2 is open again.</source>
        <translation>La connexion est passée à %1, donc cette modification groupée sur %2 s’est arrêtée&#x202f;; plus rien n’est envoyé ici. Son journal la conserve&#xa0;: sa reprise sera proposée quand %2 sera de nouveau ouverte.</translation>
    </message>
    <message>
        <source>Batch edit finished: %1</source>
        <translation>Modification groupée terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Batch edit stopped: %1</source>
        <translation>Modification groupée arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Batch edits need a connection.</source>
        <translation>Les modifications groupées nécessitent une connexion.</translation>
    </message>
    <message>
        <source>Discarded the unfinished batch edit.</source>
        <translation>La modification groupée inachevée a été abandonnée.</translation>
    </message>
    <message>
        <source>The unfinished batch edit could not be removed from %1.</source>
        <translation>La modification groupée inachevée n’a pas pu être retirée de %1.</translation>
    </message>
    <message>
        <source>Another batch edit is under way; resume this one once it is done.</source>
        <translation>Une autre modification groupée est en cours&#x202f;; reprenez celle-ci une fois l’autre terminée.</translation>
    </message>
    <message>
        <source>The batch edit could not be resumed.</source>
        <translation>La modification groupée n’a pas pu être reprise.</translation>
    </message>
    <message>
        <source>The editor cannot take the batch&apos;s change for %1 now: go back to the artifact&apos;s own metadata and choose Review in editor again.</source>
        <translation>L’éditeur ne peut pas recevoir maintenant la modification du lot pour %1&#xa0;: revenez aux métadonnées propres de l’artefact et choisissez à nouveau «&#xa0;Vérifier dans l’éditeur&#xa0;».</translation>
    </message>
    <message>
        <source>The batch changes nothing on %1 any more: %2</source>
        <translation>Le lot ne modifie plus rien sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Batch edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>The batch&apos;s change to %1 is in the editor, unsaved: review it, then save with Ctrl+S.</source>
        <translation>La modification du lot pour %1 est dans l’éditeur, non enregistrée&#xa0;: vérifiez-la, puis enregistrez avec Ctrl+S.</translation>
    </message>
    <message>
        <source>Batch edit under way</source>
        <translation>Modification groupée en cours</translation>
    </message>
    <message>
        <source>The dry run of a batch edit is under way (%1 of %2 artifacts fetched).</source>
        <translation>L’essai à blanc d’une modification groupée est en cours (%1 artefacts récupérés sur %2).</translation>
    </message>
    <message>
        <source>A batch edit is sending its changes (%1 of %2 settled).</source>
        <translation>Une modification groupée envoie ses modifications (%1 sur %2 traitées).</translation>
    </message>
    <message>
        <source>Nothing has been sent; quitting drops the dry run.</source>
        <translation>Rien n’a été envoyé&#x202f;; quitter abandonne l’essai à blanc.</translation>
    </message>
    <message>
        <source>&amp;Stop and quit</source>
        <translation>A&amp;rrêter et quitter</translation>
    </message>
    <message>
        <source>Resume unfinished batch edit…</source>
        <translation>Reprendre la modification groupée interrompue…</translation>
    </message>
    <message>
        <source>Offer the newest batch edit of this connection that stopped before its end</source>
        <translation>Proposer la plus récente modification groupée de cette connexion arrêtée avant sa fin</translation>
    </message>
    <message>
        <source>No batch edit of %1 stopped before its end.</source>
        <translation>Aucune modification groupée de %1 ne s’est arrêtée avant sa fin.</translation>
    </message>
    <message>
        <source>Stop and quit: no further changes are sent. Those the server took are kept, and the rest is offered for resuming at the next start; nothing is sent twice.</source>
        <translation>Arrêter et quitter&#xa0;: aucune autre modification n’est envoyée. Celles que le serveur a acceptées sont conservées, et le reste est proposé à la reprise au prochain démarrage&#x202f;; rien n’est envoyé deux fois.</translation>
    </message>
    <message>
        <source>Review in editor opens another artifact.</source>
        <translation>«&#xa0;Vérifier dans l’éditeur&#xa0;» ouvre un autre artefact.</translation>
    </message>
</context>
<context>
    <name>BatchCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>envoi en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>already done</source>
        <translation>déjà fait</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Batch edit — %1</source>
        <translation>Modification groupée — %1</translation>
    </message>
    <message>
        <source>Describe the changes, in order. The dry run fetches every artifact and shows what would change; nothing is sent until you press Run.</source>
        <translation>Décrivez les modifications, dans l’ordre. L’essai à blanc récupère chaque artefact et montre ce qui changerait&#x202f;; rien n’est envoyé avant que vous n’appuyiez sur «&#xa0;Exécuter&#xa0;».</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>The rows selected in the list (Ctrl+click or Shift+click to select several)</source>
        <translation>Les lignes sélectionnées dans la liste (Ctrl+clic ou Maj+clic pour en sélectionner plusieurs)</translation>
    </message>
    <message>
        <source>Every row the list shows now: the server filters, the quick filter and the legend&apos;s statuses all apply</source>
        <translation>Toutes les lignes que la liste affiche maintenant&#xa0;: les filtres du serveur, le filtre rapide et les statuts de la légende s’appliquent tous</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this window; nothing was sent</source>
        <translation>Fermer cette fenêtre&#x202f;; rien n’a été envoyé</translation>
    </message>
    <message numerus="yes">
        <source>The %n &amp;selected artifact(s)</source>
        <translation>
            <numerusform>%n artefact &amp;sélectionné</numerusform>
            <numerusform>%n artefacts &amp;sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n selected artifact(s)</source>
        <translation>
            <numerusform>%n artefact sélectionné</numerusform>
            <numerusform>%n artefacts sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n row(s) shown in the list</source>
        <translation>
            <numerusform>&amp;Tout ce que montre la liste (%n ligne)</numerusform>
            <numerusform>&amp;Tout ce que montre la liste (%n lignes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) shown in the list</source>
        <translation>
            <numerusform>Tout ce que montre la liste (%n ligne)</numerusform>
            <numerusform>Tout ce que montre la liste (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The list has more pages: only the loaded rows are included (Load all first to include every artifact).</source>
        <translation>La liste a d’autres pages&#xa0;: seules les lignes chargées sont incluses (utilisez d’abord «&#xa0;Tout charger&#xa0;» pour inclure tous les artefacts).</translation>
    </message>
    <message>
        <source>The connection this window was opened for is closed.</source>
        <translation>La connexion pour laquelle cette fenêtre a été ouverte est fermée.</translation>
    </message>
    <message>
        <source>A batch is under way.</source>
        <translation>Un lot est en cours.</translation>
    </message>
    <message>
        <source>No artifact to work on: select rows in the list, or show some.</source>
        <translation>Aucun artefact à traiter&#xa0;: sélectionnez des lignes dans la liste, ou affichez-en.</translation>
    </message>
    <message numerus="yes">
        <source>Fetch each of the %n artifact(s) and show what would change; nothing is sent</source>
        <translation>
            <numerusform>Récupérer %n artefact et montrer ce qui changerait&#x202f;; rien n’est envoyé</numerusform>
            <numerusform>Récupérer chacun des %n artefacts et montrer ce qui changerait&#x202f;; rien n’est envoyé</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Impossible de démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The dry run did not start.</source>
        <translation>L’essai à blanc n’a pas démarré.</translation>
    </message>
    <message>
        <source>Batch edit under way</source>
        <translation>Modification groupée en cours</translation>
    </message>
    <message>
        <source>%1 of %2 changes are settled; the others are still to be sent.</source>
        <translation>%1 modifications sur %2 sont traitées&#x202f;; les autres restent à envoyer.</translation>
    </message>
    <message>
        <source>Pause and close: the artifacts under way finish, no others start; the batch can be resumed later, also after a restart. Keep running: the changes go on being sent with this window closed.</source>
        <translation>Mettre en pause et fermer&#xa0;: les artefacts en cours se terminent, aucun autre ne commence&#x202f;; le lot pourra être repris plus tard, même après un redémarrage. Continuer l’exécution&#xa0;: les modifications continuent d’être envoyées, cette fenêtre fermée.</translation>
    </message>
    <message>
        <source>&amp;Pause and close</source>
        <translation>&amp;Mettre en pause et fermer</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>&amp;Continuer l’exécution</translation>
    </message>
    <message>
        <source>The batch edit goes on in the background: Edit &gt; Batch edit shows it.</source>
        <translation>La modification groupée se poursuit en arrière-plan&#xa0;: Édition &gt; Modification groupée l’affiche.</translation>
    </message>
    <message>
        <source>Export the batch as CSV</source>
        <translation>Exporter le lot en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n artifact(s) to %1</source>
        <translation>
            <numerusform>%n artefact exporté vers %1</numerusform>
            <numerusform>%n artefacts exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Impossible d’exporter vers %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BatchJournal</name>
    <message>
        <source>The batch id “%1” cannot name a file.</source>
        <translation>L’identifiant de lot «&#xa0;%1&#xa0;» ne peut pas servir de nom de fichier.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 could not be opened: %2</source>
        <translation>Le journal %1 n’a pas pu être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <source>The journal %1 is damaged or cut short.</source>
        <translation>Le journal %1 est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>The journal %1 was written by a newer version of the app.</source>
        <translation>Le journal %1 a été écrit par une version plus récente de l’application.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to another batch (%2).</source>
        <translation>Le journal %1 appartient à un autre lot (%2).</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: operation %2 cannot be read.</source>
        <translation>Le journal %1 est endommagé&#xa0;: l’opération %2 ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged: artifact %2 of the batch cannot be read.</source>
        <translation>Le journal %1 est endommagé&#xa0;: l’artefact %2 du lot ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>BatchOperationRow</name>
    <message>
        <source>Set key to value</source>
        <translation>Attribuer une valeur à la clé</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Rename key</source>
        <translation>Renommer la clé</translation>
    </message>
    <message>
        <source>Only where key has value</source>
        <translation>Seulement là où la clé a la valeur</translation>
    </message>
    <message>
        <source>What this operation does; a condition (Only where) limits the whole batch to the artifacts where it holds</source>
        <translation>Ce que fait cette opération&#x202f;; une condition («&#xa0;Seulement là où…&#xa0;») limite toute la modification groupée aux artefacts pour lesquels elle est remplie</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>where the new key exists: keep both</source>
        <translation>là où la nouvelle clé existe&#xa0;: garder les deux</translation>
    </message>
    <message>
        <source>where the new key exists: overwrite it</source>
        <translation>là où la nouvelle clé existe&#xa0;: l’écraser</translation>
    </message>
    <message>
        <source>where the new key exists: skip the artifact</source>
        <translation>là où la nouvelle clé existe&#xa0;: ignorer l’artefact</translation>
    </message>
    <message>
        <source>What the rename does on an artifact that already has the new key: leave both keys as they are, give the new key the old key&apos;s value, or leave the artifact alone</source>
        <translation>Ce que fait le renommage sur un artefact qui a déjà la nouvelle clé&#xa0;: laisser les deux clés telles quelles, donner à la nouvelle clé la valeur de l’ancienne, ou laisser l’artefact tel quel</translation>
    </message>
    <message>
        <source>to</source>
        <translation>→</translation>
    </message>
    <message>
        <source>is</source>
        <translation>vaut</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Operation %1: kind</source>
        <translation>Opération %1&#xa0;: type</translation>
    </message>
    <message>
        <source>Operation %1: key</source>
        <translation>Opération %1&#xa0;: clé</translation>
    </message>
    <message>
        <source>Operation %1: where the new key exists</source>
        <translation>Opération %1&#xa0;: là où la nouvelle clé existe</translation>
    </message>
    <message>
        <source>Operation %1: problem</source>
        <translation>Opération %1&#xa0;: problème</translation>
    </message>
    <message>
        <source>The key to set; it is added where missing</source>
        <translation>La clé à définir&#x202f;; elle est ajoutée là où elle manque</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>The value the key gets (up to 500 characters)</source>
        <translation>La valeur que reçoit la clé (jusqu’à 500 caractères)</translation>
    </message>
    <message>
        <source>Operation %1: value</source>
        <translation>Opération %1&#xa0;: valeur</translation>
    </message>
    <message>
        <source>The key to remove; artifacts without it stay as they are</source>
        <translation>La clé à supprimer&#x202f;; les artefacts qui ne l’ont pas restent tels quels</translation>
    </message>
    <message>
        <source>The key to rename; artifacts without it stay as they are</source>
        <translation>La clé à renommer&#x202f;; les artefacts qui ne l’ont pas restent tels quels</translation>
    </message>
    <message>
        <source>new key</source>
        <translation>nouvelle clé</translation>
    </message>
    <message>
        <source>The key&apos;s new name; it keeps its value</source>
        <translation>Le nouveau nom de la clé&#x202f;; elle garde sa valeur</translation>
    </message>
    <message>
        <source>Operation %1: new key</source>
        <translation>Opération %1&#xa0;: nouvelle clé</translation>
    </message>
    <message>
        <source>The key the condition looks at, on the artifact as fetched</source>
        <translation>La clé examinée par la condition, sur l’artefact tel qu’il a été récupéré</translation>
    </message>
    <message>
        <source>Only artifacts where the key has exactly this value are changed</source>
        <translation>Seuls les artefacts où la clé a exactement cette valeur sont modifiés</translation>
    </message>
    <message>
        <source>Operation %1: required value</source>
        <translation>Opération %1&#xa0;: valeur requise</translation>
    </message>
</context>
<context>
    <name>BatchOperationsEditor</name>
    <message>
        <source>&amp;Add operation</source>
        <translation>&amp;Ajouter une opération</translation>
    </message>
    <message>
        <source>Add an operation at the end</source>
        <translation>Ajouter une opération à la fin</translation>
    </message>
    <message>
        <source>&amp;Remove operation</source>
        <translation>&amp;Supprimer l’opération</translation>
    </message>
    <message>
        <source>Remove the operation that has the focus</source>
        <translation>Supprimer l’opération qui a le focus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the operation that has the focus up one place</source>
        <translation>Monter d’un rang l’opération qui a le focus</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>D&amp;escendre</translation>
    </message>
    <message>
        <source>Move the operation that has the focus down one place</source>
        <translation>Descendre d’un rang l’opération qui a le focus</translation>
    </message>
    <message>
        <source>Why the operations cannot run</source>
        <translation>Pourquoi les opérations ne peuvent pas être exécutées</translation>
    </message>
</context>
<context>
    <name>BatchOps</name>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>Not changed: %1 is missing here, and the batch is only for artifacts where it is %2.</source>
        <translation>Non modifié&#xa0;: la clé %1 est absente ici, et le lot ne concerne que les artefacts où elle vaut %2.</translation>
    </message>
    <message>
        <source>Not changed: %1 is %2 here, and the batch is only for artifacts where it is %3.</source>
        <translation>Non modifié&#xa0;: la clé %1 vaut %2 ici, et le lot ne concerne que les artefacts où elle vaut %3.</translation>
    </message>
    <message>
        <source>The new key is empty.</source>
        <translation>La nouvelle clé est vide.</translation>
    </message>
    <message>
        <source>The new key is the key itself: there is nothing to rename.</source>
        <translation>La nouvelle clé est la clé elle-même&#xa0;: il n’y a rien à renommer.</translation>
    </message>
    <message>
        <source>Operation %1: %2</source>
        <translation>Opération %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is nothing to do: add an operation that sets, removes or renames a key.</source>
        <translation>Il n’y a rien à faire&#xa0;: ajoutez une opération qui définit, supprime ou renomme une clé.</translation>
    </message>
    <message>
        <source>Skipped: %1 already exists here, and the rename of %2 skips such artifacts.</source>
        <translation>Ignoré&#xa0;: la clé %1 existe déjà ici, et le renommage de %2 ignore ces artefacts.</translation>
    </message>
    <message>
        <source>Not changed: %1 already exists here, so %2 was not renamed (both kept).</source>
        <translation>Non modifié&#xa0;: la clé %1 existe déjà ici, donc la clé %2 n’a pas été renommée (les deux sont conservées).</translation>
    </message>
    <message>
        <source>Not changed: the metadata already is as the operations want it.</source>
        <translation>Non modifié&#xa0;: les métadonnées sont déjà telles que les opérations le demandent.</translation>
    </message>
    <message>
        <source>Not sent: after the operations, key %1 would break a rule. %2</source>
        <translation>Non envoyé&#xa0;: après les opérations, la clé %1 enfreindrait une règle. %2</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Définir %1 à %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Rename %1 to %2 (keep both where %2 exists)</source>
        <translation>Renommer %1 en %2 (garder les deux là où %2 existe)</translation>
    </message>
    <message>
        <source>Rename %1 to %2 (overwrite %2 where it exists)</source>
        <translation>Renommer %1 en %2 (écraser %2 là où elle existe)</translation>
    </message>
    <message>
        <source>Rename %1 to %2 (skip the artifact where %2 exists)</source>
        <translation>Renommer %1 en %2 (ignorer l’artefact là où %2 existe)</translation>
    </message>
    <message>
        <source>Only where %1 is %2</source>
        <translation>Seulement là où %1 vaut %2</translation>
    </message>
    <message>
        <source>will change</source>
        <translation>sera modifié</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absente)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>%1: added %2</source>
        <translation>%1&#xa0;: ajoutée avec %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1&#xa0;: supprimée</translation>
    </message>
    <message>
        <source>not fetched yet</source>
        <translation>pas encore récupéré</translation>
    </message>
</context>
<context>
    <name>BatchResultModel</name>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>BatchResumePrompt</name>
    <message>
        <source>Unfinished batch edit</source>
        <translation>Modification groupée inachevée</translation>
    </message>
    <message>
        <source>Operations:</source>
        <translation>Opérations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Open the batch and send the changes not sent yet</source>
        <translation>Ouvrir la modification groupée et envoyer les modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Ask again the next time this connection opens</source>
        <translation>Redemander à la prochaine ouverture de cette connexion</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Forget the batch: the changes not sent yet are never sent (those sent stay)</source>
        <translation>Oublier la modification groupée&#xa0;: les modifications pas encore envoyées ne le seront jamais (celles déjà envoyées restent)</translation>
    </message>
</context>
<context>
    <name>BatchRunPage</name>
    <message>
        <source>Batch phase</source>
        <translation>Phase de la modification groupée</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Progression de la modification groupée</translation>
    </message>
    <message>
        <source>Requests count the GETs and PATCHes of this batch answered in the last minute; time left is estimated from the artifacts settled so far</source>
        <translation>Les requêtes comptent les GET et PATCH de cette modification groupée ayant reçu une réponse dans la dernière minute&#x202f;; le temps restant est estimé d’après les artefacts traités jusqu’ici</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Start no further artifacts; those under way finish</source>
        <translation>Ne plus démarrer d’autres artefacts&#x202f;; ceux en cours se terminent</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop now. A dry run is dropped; a run stops where it is and can be resumed from its journal</source>
        <translation>Arrêter maintenant. Un essai à blanc est abandonné&#x202f;; une exécution s’arrête là où elle en est et peut être reprise depuis son journal</translation>
    </message>
    <message>
        <source>&amp;Back to operations</source>
        <translation>Retour aux &amp;opérations</translation>
    </message>
    <message>
        <source>Change the operations or the artifacts</source>
        <translation>Modifier les opérations ou les artefacts</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table as a CSV file: each artifact&apos;s change, verdict and result</source>
        <translation>Enregistrer le tableau dans un fichier CSV&#xa0;: modification, verdict et résultat de chaque artefact</translation>
    </message>
    <message>
        <source>Re&amp;view in editor</source>
        <translation>&amp;Vérifier dans l’éditeur</translation>
    </message>
    <message>
        <source>Open the selected conflict in the metadata editor with the operations applied, unsaved, to review and save by hand</source>
        <translation>Ouvrir le conflit sélectionné dans l’éditeur de métadonnées avec les opérations appliquées, non enregistrées, pour le vérifier et l’enregistrer à la main</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Send the changes not sent yet; those already sent are not sent again</source>
        <translation>Envoyer les modifications pas encore envoyées&#x202f;; celles déjà envoyées ne sont pas renvoyées</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Which artifacts the table shows</source>
        <translation>Les artefacts que le tableau affiche</translation>
    </message>
    <message>
        <source>All artifacts</source>
        <translation>Tous les artefacts</translation>
    </message>
    <message>
        <source>Will change</source>
        <translation>Seront modifiés</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sans changement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Artifacts of the batch</source>
        <translation>Artefacts de la modification groupée</translation>
    </message>
    <message>
        <source>Each artifact with its change (before → after per key), the dry run&apos;s verdict and the run&apos;s result; Enter on a conflict reviews it in the editor</source>
        <translation>Chaque artefact avec sa modification (avant → après par clé), le verdict de l’essai à blanc et le résultat de l’exécution&#x202f;; Entrée sur un conflit l’ouvre dans l’éditeur pour le vérifier</translation>
    </message>
    <message>
        <source>Batch summary</source>
        <translation>Résumé de la modification groupée</translation>
    </message>
    <message>
        <source>The run did not start: nothing is to be sent, or the journal could not be written.</source>
        <translation>L’exécution n’a pas démarré&#xa0;: il n’y a rien à envoyer, ou le journal n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Dry run: fetching each artifact and applying the operations; nothing is sent</source>
        <translation>Essai à blanc&#xa0;: récupération de chaque artefact et application des opérations&#x202f;; rien n’est envoyé</translation>
    </message>
    <message>
        <source>Dry run complete: check what will change, then Run</source>
        <translation>Essai à blanc terminé&#xa0;: vérifiez ce qui va changer, puis cliquez sur «&#xa0;Exécuter&#xa0;»</translation>
    </message>
    <message>
        <source>Sending the changes</source>
        <translation>Envoi des modifications</translation>
    </message>
    <message>
        <source>Stopped: Resume sends the changes not sent yet</source>
        <translation>Arrêtée&#xa0;: «&#xa0;Reprendre&#xa0;» envoie les modifications pas encore envoyées</translation>
    </message>
    <message>
        <source>Batch edit finished</source>
        <translation>Modification groupée terminée</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>fetched</source>
        <translation>récupérés</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>traités</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n artifact(s) still under way</source>
        <translation>
            <numerusform>En pause&#xa0;: %n artefact encore en cours</numerusform>
            <numerusform>En pause&#xa0;: %n artefacts encore en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % done</source>
        <translation>%1 % terminé</translation>
    </message>
    <message>
        <source>The journal could not be written, so the run stopped before sending anything it could not record: %1. Make room or fix the folder, then resume.</source>
        <translation>Le journal n’a pas pu être écrit, l’exécution s’est donc arrêtée avant d’envoyer quoi que ce soit qu’elle ne pouvait pas consigner&#xa0;: %1. Libérez de l’espace ou corrigez le dossier, puis reprenez.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Start the remaining artifacts again</source>
        <translation>Reprendre avec les artefacts restants</translation>
    </message>
    <message>
        <source>&amp;New batch…</source>
        <translation>&amp;Nouvelle modification groupée…</translation>
    </message>
    <message>
        <source>Back to operations</source>
        <translation>Retour aux opérations</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Nouvelle modification groupée</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Run: send %n change(s)</source>
        <translation>
            <numerusform>E&amp;xécuter&#xa0;: envoyer %n modification</numerusform>
            <numerusform>E&amp;xécuter&#xa0;: envoyer %n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run: send %n change(s)</source>
        <translation>
            <numerusform>Exécuter&#xa0;: envoyer %n modification</numerusform>
            <numerusform>Exécuter&#xa0;: envoyer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Send each change: a fresh GET right before each PATCH, so that an artifact changed since the dry run is a conflict, never overwritten</source>
        <translation>Envoyer chaque modification&#xa0;: un nouveau GET juste avant chaque PATCH, pour qu’un artefact modifié depuis l’essai à blanc soit un conflit, jamais écrasé</translation>
    </message>
    <message>
        <source>Nothing to send: no artifact would change</source>
        <translation>Rien à envoyer&#xa0;: aucun artefact ne changerait</translation>
    </message>
</context>
<context>
    <name>BatchRunner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The server holds something else for %n key(s): %1</source>
        <translation>
            <numerusform>Le serveur contient autre chose pour %n clé&#xa0;: %1</numerusform>
            <numerusform>Le serveur contient autre chose pour %n clés&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifact is gone (deleted, or not in this region).</source>
        <translation>L’artefact n’existe plus (supprimé, ou pas dans cette région).</translation>
    </message>
    <message>
        <source>The server&apos;s metadata of this artifact could not be read; it is left alone.</source>
        <translation>Les métadonnées de cet artefact sur le serveur n’ont pas pu être lues&#x202f;; il reste tel quel.</translation>
    </message>
    <message>
        <source>The map already was as wanted; nothing was sent.</source>
        <translation>Les métadonnées étaient déjà comme voulu&#x202f;; rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Changed on the server since the dry run; not overwritten. Review it in the editor.</source>
        <translation>Modifié sur le serveur depuis l’essai à blanc&#x202f;; non écrasé. Vérifiez-le dans l’éditeur.</translation>
    </message>
    <message>
        <source>The batch journal could not be written (%1). The batch stopped before sending anything it could not record.</source>
        <translation>Le journal de la modification groupée n’a pas pu être écrit (%1). La modification groupée s’est arrêtée avant d’envoyer quoi que ce soit qu’elle ne pouvait pas consigner.</translation>
    </message>
    <message>
        <source>The artifact is deleted: its metadata can no longer be changed.</source>
        <translation>L’artefact est supprimé&#xa0;: ses métadonnées ne peuvent plus être modifiées.</translation>
    </message>
</context>
<context>
    <name>BatchText</name>
    <message numerus="yes">
        <source>%n will change</source>
        <translation>
            <numerusform>%n sera modifié</numerusform>
            <numerusform>%n seront modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no change</source>
        <translation>
            <numerusform>%n sans changement</numerusform>
            <numerusform>%n sans changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid</source>
        <translation>
            <numerusform>%n invalide</numerusform>
            <numerusform>%n invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone</source>
        <translation>
            <numerusform>%n disparu</numerusform>
            <numerusform>%n disparus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be fetched</source>
        <translation>
            <numerusform>%n n’a pas pu être récupéré</numerusform>
            <numerusform>%n n’ont pas pu être récupérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n terminé</numerusform>
            <numerusform>%n terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent yet</source>
        <translation>
            <numerusform>%n pas encore envoyé</numerusform>
            <numerusform>%n pas encore envoyés</numerusform>
        </translation>
    </message>
    <message>
        <source>finishing in under a minute</source>
        <translation>fin prévue dans moins d’une minute</translation>
    </message>
    <message>
        <source>finishing %1</source>
        <extracomment>%1 is a relative time such as &quot;in 3 min&quot;</extracomment>
        <translation>fin prévue %1</translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <extracomment>&quot;120 of 412 sent&quot;; %3 says what the count is (&quot;fetched&quot;, &quot;sent&quot;)</extracomment>
        <translation>%1 sur %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>A batch edit of %n artifact(s) on %1 stopped after %2 of them (started %3).</source>
        <translation>
            <numerusform>Une modification groupée de %n artefact sur %1 s’est arrêtée après %2 d’entre eux (démarrée&#xa0;: %3).</numerusform>
            <numerusform>Une modification groupée de %n artefacts sur %1 s’est arrêtée après %2 d’entre eux (démarrée&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resume sends the other %n; nothing is sent twice.</source>
        <translation>
            <numerusform>«&#xa0;Reprendre&#xa0;» envoie %n modification restante&#x202f;; rien n’est envoyé deux fois.</numerusform>
            <numerusform>«&#xa0;Reprendre&#xa0;» envoie les %n modifications restantes&#x202f;; rien n’est envoyé deux fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>last minute: %1, %2</source>
        <extracomment>%1 is &quot;41 requests&quot;, %2 is &quot;20 artifacts&quot;: both counted over the last minute</extracomment>
        <translation>dernière minute&#xa0;: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n requête</numerusform>
            <numerusform>%n requêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s)</source>
        <translation>
            <numerusform>%n artefact</numerusform>
            <numerusform>%n artefacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BotParser</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n&apos;a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>CacheSettings</name>
    <message>
        <source>Timeline cache</source>
        <translation>Cache des chronologies</translation>
    </message>
    <message>
        <source>Downloaded timeline files, kept so that opening a timeline again needs no download</source>
        <translation>Fichiers de chronologie téléchargés, conservés pour que rouvrir une chronologie ne demande aucun téléchargement</translation>
    </message>
    <message>
        <source>Cache location</source>
        <translation>Emplacement du cache</translation>
    </message>
    <message>
        <source>The folder that holds the downloaded participants, participant events and speaker timeline files</source>
        <translation>Le dossier qui contient les fichiers téléchargés de participants, d’événements des participants et de chronologie des intervenants</translation>
    </message>
    <message>
        <source>Cache size</source>
        <translation>Taille du cache</translation>
    </message>
    <message>
        <source>How much disk space the cached timeline files take</source>
        <translation>L’espace disque occupé par les fichiers de chronologie en cache</translation>
    </message>
    <message>
        <source>&amp;Clear cache…</source>
        <translation>&amp;Vider le cache…</translation>
    </message>
    <message>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <source>Delete every cached timeline file; they are downloaded again when needed</source>
        <translation>Supprimer tous les fichiers de chronologie en cache&#x202f;; ils seront de nouveau téléchargés si nécessaire</translation>
    </message>
    <message>
        <source>Cache status</source>
        <translation>État du cache</translation>
    </message>
    <message>
        <source>The outcome of the last clear</source>
        <translation>Le résultat du dernier vidage</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Clear timeline cache</source>
        <translation>Vider le cache des chronologies</translation>
    </message>
    <message>
        <source>Delete the cached timeline files (%1)?</source>
        <translation>Supprimer les fichiers de chronologie en cache (%1)&#x202f;?</translation>
    </message>
    <message>
        <source>Timelines opened later are downloaded again.</source>
        <translation>Les chronologies ouvertes par la suite seront de nouveau téléchargées.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>The timeline cache was cleared.</source>
        <translation>Le cache des chronologies a été vidé.</translation>
    </message>
</context>
<context>
    <name>ConflictView</name>
    <message>
        <source>Use all &amp;mine</source>
        <translation>Utiliser toutes les &amp;miennes</translation>
    </message>
    <message>
        <source>Use all &amp;theirs</source>
        <translation>Utiliser toutes celles du &amp;serveur</translation>
    </message>
    <message>
        <source>Use all my values</source>
        <translation>Utiliser toutes mes valeurs</translation>
    </message>
    <message>
        <source>Keep your value for every conflicting key</source>
        <translation>Garder votre valeur pour chaque clé en conflit</translation>
    </message>
    <message>
        <source>Use all the server&apos;s values</source>
        <translation>Utiliser toutes les valeurs du serveur</translation>
    </message>
    <message>
        <source>Take the value now on the server for every conflicting key</source>
        <translation>Prendre la valeur actuellement sur le serveur pour chaque clé en conflit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>When loaded</source>
        <translation>Au chargement</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Votre valeur</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>Keep my value for %1</source>
        <translation>Garder ma valeur pour %1</translation>
    </message>
    <message>
        <source>Keep your value:
%1</source>
        <translation>Garder votre valeur&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Take the server&apos;s value for %1</source>
        <translation>Prendre la valeur du serveur pour %1</translation>
    </message>
    <message>
        <source>Take the value now on the server:
%1</source>
        <translation>Prendre la valeur actuellement sur le serveur&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Keys changed both here and on the server since the map was loaded: %1. Choose which value to keep.</source>
        <translation>Clés modifiées à la fois ici et sur le serveur depuis le chargement&#xa0;: %1. Choisissez la valeur à garder.</translation>
    </message>
    <message>
        <source>Left to choose: %1.</source>
        <translation>Reste à choisir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keys without a conflict, kept as merged: %1.</source>
        <translation>Clés sans conflit, gardées telles que fusionnées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <source>Select a connection to edit or test it; the active one is in bold</source>
        <translation>Sélectionnez une connexion pour la modifier ou la tester&#x202f;; la connexion active est en gras</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Ajouter une connexion</translation>
    </message>
    <message>
        <source>Enter a new connection (Alt+A)</source>
        <translation>Saisir une nouvelle connexion (Alt+A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the selected connection and its key (Alt+R)</source>
        <translation>Supprimer la connexion sélectionnée et sa clé (Alt+S)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>A name for this connection, e.g. the customer or workspace</source>
        <translation>Un nom pour cette connexion, par exemple le client ou l’espace de travail</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>The Recall region the workspace lives in; a key works only in its own region</source>
        <translation>La région Recall où se trouve l’espace de travail&#x202f;; une clé ne fonctionne que dans sa propre région</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom URL…</source>
        <translation>URL personnalisée…</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>The API&apos;s address for “Custom URL”: https, or http on this computer only</source>
        <translation>L’adresse de l’API pour «&#xa0;URL personnalisée&#xa0;»&#xa0;: https, ou http uniquement sur cet ordinateur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Form message</source>
        <translation>Message du formulaire</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Fetch one page of artifacts with these settings and explain the result (Alt+T)</source>
        <translation>Récupérer une page d’artefacts avec ces paramètres et expliquer le résultat (Alt+T)</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>What the last connection test found</source>
        <translation>Ce qu’a révélé le dernier test de connexion</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save connection</source>
        <translation>Enregistrer la connexion</translation>
    </message>
    <message>
        <source>Save the connection; its key goes to the key store (Enter)</source>
        <translation>Enregistrer la connexion&#x202f;; sa clé est placée dans le magasin de clés (Entrée)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Saved co&amp;nnections:</source>
        <translation>Co&amp;nnexions enregistrées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>Started on this computer when first used</source>
        <translation>Démarré sur cet ordinateur lors de la première utilisation</translation>
    </message>
    <message>
        <source>The demo workspace runs inside the app with its own key; it cannot be edited.</source>
        <translation>L’espace de travail de démonstration s’exécute dans l’application avec sa propre clé&#x202f;; il ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>This connection comes from the command line and is not saved.</source>
        <translation>Cette connexion provient de la ligne de commande et n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>This connection&apos;s key cannot be changed here</source>
        <translation>La clé de cette connexion ne peut pas être modifiée ici</translation>
    </message>
    <message>
        <source>Leave empty to keep the key in the OS keychain</source>
        <translation>Laissez vide pour conserver la clé du trousseau de clés du système</translation>
    </message>
    <message>
        <source>Stored in the OS keychain</source>
        <translation>Stockée dans le trousseau de clés du système</translation>
    </message>
    <message>
        <source>The key is stored in the OS keychain, never in the settings file.</source>
        <translation>La clé est stockée dans le trousseau de clés du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Leave empty to keep this session&apos;s key</source>
        <translation>Laissez vide pour conserver la clé de cette session</translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation>Conservée pour cette session uniquement</translation>
    </message>
    <message>
        <source>The workspace&apos;s API key (Token). %1</source>
        <translation>La clé API de l’espace de travail (jeton). %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Enter the API key for the new connection.</source>
        <translation>Saisissez la clé API de la nouvelle connexion.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée.</translation>
    </message>
    <message>
        <source>Saved “%1”; its key is in the OS keychain.</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée&#x202f;; sa clé se trouve dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>Saved “%1”. %2</source>
        <translation>«&#xa0;%1&#xa0;» enregistrée. %2</translation>
    </message>
    <message>
        <source>Remove “%1” and its stored key?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et sa clé enregistrée&#x202f;?</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Close this window (Esc); asks first when there are unsaved changes</source>
        <translation>Fermer cette fenêtre (Échap) ; demande d’abord s’il y a des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the connection you are entering?</source>
        <translation>Abandonner la connexion en cours de saisie ?</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Abandonner les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Not saved yet: Save (Enter) adds it to the saved connections</source>
        <translation>Pas encore enregistrée : Enregistrer (Entrée) l&apos;ajoute aux connexions enregistrées</translation>
    </message>
    <message>
        <source>To work in it, choose “%1” in the connection box at the left of the toolbar.</source>
        <translation>Pour y travailler, choisissez « %1 » dans la liste des connexions à gauche de la barre d&apos;outils.</translation>
    </message>
</context>
<context>
    <name>ConnectionManager</name>
    <message>
        <source>Could not start the demo workspace: %1</source>
        <translation>Impossible de démarrer l’espace de travail de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>No API key for “%1”: set RECALL_API_KEY or save the connection with a key.</source>
        <translation>Aucune clé API pour «&#xa0;%1&#xa0;»&#xa0;: définissez RECALL_API_KEY ou enregistrez la connexion avec une clé.</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Edit the connection to enter one, or set RECALL_API_KEY.</source>
        <translation>Aucune clé API n’est stockée pour «&#xa0;%1&#xa0;». Modifiez la connexion pour en saisir une, ou définissez RECALL_API_KEY.</translation>
    </message>
    <message>
        <source>There is no saved connection with the id %1.</source>
        <translation>Il n’existe aucune connexion enregistrée avec l’identifiant %1.</translation>
    </message>
    <message>
        <source>This connection cannot be changed.</source>
        <translation>Cette connexion ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The connection could not be saved.</source>
        <translation>La connexion n’a pas pu être enregistrée.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Built-in demo workspace on this computer</source>
        <translation>Espace de travail de démonstration intégré sur cet ordinateur</translation>
    </message>
    <message>
        <source>Built-in demo workspace on this computer, %1</source>
        <translation>Espace de travail de démonstration intégré sur cet ordinateur, %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Custom URL (not set)</source>
        <translation>URL personnalisée (non définie)</translation>
    </message>
    <message>
        <source>Custom URL %1</source>
        <translation>URL personnalisée %1</translation>
    </message>
    <message>
        <source>Enter a label for the connection.</source>
        <translation>Saisissez un libellé pour la connexion.</translation>
    </message>
    <message>
        <source>Enter a base URL, or choose a region.</source>
        <translation>Saisissez une URL de base ou choisissez une région.</translation>
    </message>
    <message>
        <source>“%1” is not a complete URL; write it like https://api.example.com.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL complète&#x202f;; écrivez-la sous la forme https://api.example.com.</translation>
    </message>
    <message>
        <source>The base URL cannot be used: %1.</source>
        <translation>L’URL de base ne peut pas être utilisée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Manage connections…</source>
        <translation>Gérer les connexions…</translation>
    </message>
    <message>
        <source>Add, edit, test or remove connections</source>
        <translation>Ajouter, modifier, tester ou supprimer des connexions</translation>
    </message>
    <message>
        <source>Choose the workspace to connect to</source>
        <translation>Choisir l’espace de travail auquel se connecter</translation>
    </message>
    <message>
        <source>Connected to %1. Choose another connection, or manage them.</source>
        <translation>Connecté à %1. Choisissez une autre connexion ou gérez les connexions.</translation>
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
        <translation>l’adresse personnalisée %1</translation>
    </message>
    <message>
        <source>No API key to test with.</source>
        <translation>Aucune clé API à tester.</translation>
    </message>
    <message>
        <source>Enter the workspace&apos;s API key. Keys are created in the Recall dashboard of the region they belong to.</source>
        <translation>Saisissez la clé API de l’espace de travail. Les clés sont créées dans le tableau de bord Recall de la région à laquelle elles appartiennent.</translation>
    </message>
    <message>
        <source>No address to test.</source>
        <translation>Aucune adresse à tester.</translation>
    </message>
    <message>
        <source>Choose a region or enter a base URL.</source>
        <translation>Choisissez une région ou saisissez une URL de base.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the first page lists %n artifact(s).</source>
        <translation>
            <numerusform>Connecté à %1&#xa0;: la première page contient %n artefact.</numerusform>
            <numerusform>Connecté à %1&#xa0;: la première page contient %n artefacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key works at %1. There are no further pages.</source>
        <translation>La clé fonctionne sur %1. Il n’y a pas d’autres pages.</translation>
    </message>
    <message>
        <source>The key works at %1. More pages follow.</source>
        <translation>La clé fonctionne sur %1. D’autres pages suivent.</translation>
    </message>
    <message>
        <source>Could not reach %1.</source>
        <translation>Impossible de joindre %1.</translation>
    </message>
    <message>
        <source>%1
Check the address, the network connection and any proxy or VPN.</source>
        <translation>%1
Vérifiez l’adresse, la connexion réseau ainsi que l’éventuel proxy ou VPN.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>%1
The server may be overloaded or the network slow; try again in a moment.</source>
        <translation>%1
Le serveur est peut-être surchargé ou le réseau lent&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The address %1 is not allowed.</source>
        <translation>L’adresse %1 n’est pas autorisée.</translation>
    </message>
    <message>
        <source>%1
The key is only sent over https (plain http only to this computer).</source>
        <translation>%1
La clé n’est envoyée qu’en https (http non chiffré uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>%1 answered, but not like the Recall API.</source>
        <translation>%1 a répondu, mais pas comme l’API Recall.</translation>
    </message>
    <message>
        <source>%1
Check the base URL: it is the server&apos;s address without /api/v1.</source>
        <translation>%1
Vérifiez l’URL de base&#xa0;: c’est l’adresse du serveur sans /api/v1.</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>The API key was refused by %1 (401).</source>
        <translation>La clé API a été refusée par %1 (401).</translation>
    </message>
    <message>
        <source>Keys work only in the region they were created in, and this connection uses %1. Check that the key is complete and belongs to that region, or choose the key&apos;s region.</source>
        <translation>Les clés ne fonctionnent que dans la région où elles ont été créées, et cette connexion utilise %1. Vérifiez que la clé est complète et appartient à cette région, ou choisissez la région de la clé.</translation>
    </message>
    <message>
        <source>Blocked before reaching the API: HTTP 403 from %1.</source>
        <translation>Bloquée avant d’atteindre l’API&#xa0;: HTTP 403 de %1.</translation>
    </message>
    <message>
        <source>The answer was a web page, not the API&apos;s JSON: “%1”. A firewall or proxy probably blocks the request; try again later or from another network.</source>
        <translation>La réponse était une page web, et non le JSON de l’API&#xa0;: «&#xa0;%1&#xa0;». Un pare-feu ou un proxy bloque probablement la requête&#x202f;; réessayez plus tard ou depuis un autre réseau.</translation>
    </message>
    <message>
        <source>%1 has no participant-events API at this address (404).</source>
        <translation>%1 n’a pas d’API participant-events à cette adresse (404).</translation>
    </message>
    <message>
        <source>Check the base URL: it is the server&apos;s address without /api/v1.</source>
        <translation>Vérifiez l’URL de base&#xa0;: c’est l’adresse du serveur sans /api/v1.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 a répondu HTTP %2.</translation>
    </message>
</context>
<context>
    <name>DataCheckModel</name>
    <message>
        <source>Not checked</source>
        <translation>Non contrôlé</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <source>%1 found; the first %2 are listed.</source>
        <extracomment>%1 locations are listed of %2 found</extracomment>
        <translation>%1 trouvés&#x202f;; les %2 premiers sont listés.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvés</translation>
    </message>
</context>
<context>
    <name>DataChecks</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>(no name) #%1</source>
        <extracomment>A participant without a name; %1 is their id</extracomment>
        <translation>(sans nom) #%1</translation>
    </message>
    <message>
        <source>%1 (%2 s)</source>
        <translation>%1 (%2 s)</translation>
    </message>
    <message>
        <source>before joining</source>
        <translation>avant l’arrivée</translation>
    </message>
    <message>
        <source>after leaving</source>
        <translation>après le départ</translation>
    </message>
    <message>
        <source>between leaving and rejoining</source>
        <translation>entre le départ et le retour</translation>
    </message>
    <message>
        <source>No speaker has join or leave events in the participant events file.</source>
        <translation>Aucun intervenant n’a d’événement d’arrivée ou de départ dans le fichier des événements des participants.</translation>
    </message>
    <message>
        <source>No speaker timeline is loaded.</source>
        <translation>Aucune chronologie des intervenants n’est chargée.</translation>
    </message>
    <message>
        <source>Needs the participant events file, which is not loaded.</source>
        <translation>Nécessite le fichier des événements des participants, qui n’est pas chargé.</translation>
    </message>
    <message>
        <source>Needs the participants file, which is not loaded.</source>
        <translation>Nécessite le fichier des participants, qui n’est pas chargé.</translation>
    </message>
    <message>
        <source>Needs the participants file or the participant events file; neither is loaded.</source>
        <translation>Nécessite le fichier des participants ou celui des événements des participants&#x202f;; aucun n’est chargé.</translation>
    </message>
    <message>
        <source>Speech while not in the meeting</source>
        <translation>Parole hors de la réunion</translation>
    </message>
    <message>
        <source>Segments that end before they start</source>
        <translation>Segments qui finissent avant de commencer</translation>
    </message>
    <message>
        <source>Segments of zero length</source>
        <translation>Segments de durée nulle</translation>
    </message>
    <message>
        <source>Repeated segments</source>
        <translation>Segments répétés</translation>
    </message>
    <message>
        <source>Speakers missing from the participants file</source>
        <translation>Intervenants absents du fichier des participants</translation>
    </message>
    <message>
        <source>Participants who never spoke</source>
        <translation>Participants qui n’ont jamais parlé</translation>
    </message>
    <message>
        <source>Open-ended segments</source>
        <translation>Segments à fin ouverte</translation>
    </message>
    <message>
        <source>Speech more than %1 s before the recording started</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Parole plus de %1 s avant le début de l’enregistrement</translation>
    </message>
    <message>
        <source>Silences longer than %1 s</source>
        <extracomment>%1 is a number of seconds</extracomment>
        <translation>Silences de plus de %1 s</translation>
    </message>
    <message>
        <source>Several ids with the same name</source>
        <translation>Plusieurs identifiants avec le même nom</translation>
    </message>
    <message>
        <source>The timeline has them speaking while the events file has them out of the meeting. Usually a join or leave event arrived late or was lost, or the speech was attributed to the wrong id.</source>
        <translation>La chronologie les montre en train de parler alors que le fichier des événements les indique hors de la réunion. En général, un événement d’arrivée ou de départ est arrivé en retard ou a été perdu, ou la parole a été attribuée au mauvais identifiant.</translation>
    </message>
    <message>
        <source>The file&apos;s end timestamp is earlier than its start. Usually a clock correction or a fault upstream; these segments count no talk time.</source>
        <translation>L’horodatage de fin dans le fichier est antérieur à celui de début. En général, une correction d’horloge ou une erreur en amont&#x202f;; ces segments ne comptent aucun temps de parole.</translation>
    </message>
    <message>
        <source>The segment starts and ends at the same instant. Usually a turn too short to measure or a glitch; it counts no talk time.</source>
        <translation>Le segment commence et finit au même instant. En général, un tour de parole trop court pour être mesuré ou un incident&#x202f;; il ne compte aucun temps de parole.</translation>
    </message>
    <message>
        <source>The same speaker has the same segment more than once. Usually a duplicate in the file; talk time counts it once.</source>
        <translation>Le même intervenant a le même segment plusieurs fois. En général, un doublon dans le fichier&#x202f;; le temps de parole le compte une seule fois.</translation>
    </message>
    <message>
        <source>Someone spoke who is not in the participants file. Usually the participants file is incomplete or belongs to another recording.</source>
        <translation>Quelqu’un a parlé sans figurer dans le fichier des participants. En général, ce fichier est incomplet ou appartient à un autre enregistrement.</translation>
    </message>
    <message>
        <source>Listed as a participant, but with no speech in the timeline. Usually a muted listener or a bot, or their speech went to another id (see several ids with the same name).</source>
        <translation>Figure parmi les participants, mais sans prise de parole dans la chronologie. En général, un auditeur en sourdine ou un bot, ou sa parole a été attribuée à un autre identifiant (voir «&#xa0;Plusieurs identifiants avec le même nom&#xa0;»).</translation>
    </message>
    <message>
        <source>The recording ended while they were speaking, or the bot lost the end of the turn; talk time counts to the end of the recording and is an estimate.</source>
        <translation>L’enregistrement s’est terminé pendant qu’ils parlaient, ou le bot a perdu la fin du tour de parole&#x202f;; le temps de parole est compté jusqu’à la fin de l’enregistrement et il est estimé.</translation>
    </message>
    <message>
        <source>Speech long before the recording&apos;s start. Usually audio from before the recording started, or timestamps from a wrong clock; it counts in the statistics and is marked there.</source>
        <translation>Parole bien avant le début de l’enregistrement. En général, de l’audio antérieur au début de l’enregistrement, ou des horodatages d’une horloge erronée&#x202f;; elle compte dans les statistiques et y est signalée.</translation>
    </message>
    <message>
        <source>Nobody speaks for this long. Usually a break, a screen share without talk, or audio that did not reach the bot (a muted or broken microphone, a bot that lost its audio).</source>
        <translation>Personne ne parle pendant aussi longtemps. En général, une pause, un partage d’écran sans parole, ou un son qui n’a pas atteint le bot (micro coupé ou défectueux, bot qui a perdu son audio).</translation>
    </message>
    <message>
        <source>Usually one person who left and rejoined (a new id each time), or two people with the same display name. Merge the rows in Statistics if it is one person.</source>
        <translation>En général, une personne partie puis revenue (un nouvel identifiant à chaque fois), ou deux personnes avec le même nom d’affichage. Fusionnez les lignes dans «&#xa0;Statistiques&#xa0;» s’il s’agit d’une seule personne.</translation>
    </message>
</context>
<context>
    <name>DataChecksPane</name>
    <message>
        <source>Data checks</source>
        <translation>Contrôles des données</translation>
    </message>
    <message>
        <source>Data checks summary</source>
        <translation>Résumé des contrôles des données</translation>
    </message>
    <message>
        <source>Silences longer than, in seconds</source>
        <translation>Silences de plus de, en secondes</translation>
    </message>
    <message>
        <source>Report stretches where nobody speaks for longer than this</source>
        <translation>Signaler les passages où personne ne parle pendant plus longtemps que cette durée</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the silence threshold: seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Silences longer than</source>
        <translation>Si&amp;lences de plus de</translation>
    </message>
    <message>
        <source>Data check findings</source>
        <translation>Constats des contrôles des données</translation>
    </message>
    <message>
        <source>Each check with what it found; choose a finding to show it on the chart</source>
        <translation>Chaque contrôle avec ce qu’il a trouvé&#x202f;; choisir un constat pour l’afficher sur le graphique</translation>
    </message>
    <message>
        <source>What the finding usually means</source>
        <translation>Ce que le constat signifie en général</translation>
    </message>
    <message>
        <source>Checking the meeting…</source>
        <translation>Contrôle de la réunion…</translation>
    </message>
    <message>
        <source>No meeting open</source>
        <translation>Aucune réunion ouverte</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) in %1</source>
        <extracomment>%n findings in &quot;%1&quot; (the number of checks that found something, e.g. &quot;3 checks&quot;)</extracomment>
        <translation>
            <numerusform>%n constat dans %1</numerusform>
            <numerusform>%n constats dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s)</source>
        <translation>
            <numerusform>%n contrôle</numerusform>
            <numerusform>%n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems found in %n check(s)</source>
        <translation>
            <numerusform>Aucun problème trouvé dans %n contrôle</numerusform>
            <numerusform>Aucun problème trouvé dans %n contrôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) could not run</source>
        <translation>
            <numerusform>%n contrôle n’a pas pu être effectué</numerusform>
            <numerusform>%n contrôles n’ont pas pu être effectués</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 are listed.</source>
        <translation>Les %1 premiers sur %2 sont listés.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 local time</source>
        <translation>%1 heure locale</translation>
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
        <translation>Supprimer l’artefact</translation>
    </message>
    <message>
        <source>Confirm deleting participant events %1</source>
        <translation>Confirmer la suppression des participant events %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Delete these participant events?</source>
        <translation>Supprimer ces participant events&#x202f;?</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>The full id of the artifact to delete</source>
        <translation>L’identifiant complet de l’artefact à supprimer</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>The recording these participant events belong to</source>
        <translation>L’enregistrement auquel appartiennent ces participant events</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>When the artifact was created, in this computer&apos;s time zone and in UTC</source>
        <translation>Date de création de l’artefact, dans le fuseau horaire de cet ordinateur et en UTC</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The artifact&apos;s status as last loaded</source>
        <translation>Le statut de l’artefact lors du dernier chargement</translation>
    </message>
    <message>
        <source>Cancel, delete nothing</source>
        <translation>Annuler, ne rien supprimer</translation>
    </message>
    <message>
        <source>Close without deleting anything (Esc)</source>
        <translation>Fermer sans rien supprimer (Échap)</translation>
    </message>
    <message>
        <source>&amp;Delete artifact</source>
        <translation>&amp;Supprimer l’artefact</translation>
    </message>
    <message>
        <source>Delete artifact %1</source>
        <translation>Supprimer l’artefact %1</translation>
    </message>
    <message>
        <source>Ask the server to delete this artifact; this cannot be undone from this app</source>
        <translation>Demander au serveur de supprimer cet artefact&#x202f;; cette opération ne peut pas être annulée depuis cette application</translation>
    </message>
    <message>
        <source>The server marks the artifact as deleted; its row will then show the status “deleted”. This cannot be undone from Participant Inspector.</source>
        <translation>Le serveur marque l’artefact comme supprimé&#x202f;; sa ligne affichera alors le statut «&#xa0;deleted&#xa0;». Cette opération ne peut pas être annulée depuis Participant Inspector.</translation>
    </message>
</context>
<context>
    <name>DetailFeeder</name>
    <message>
        <source>Could not refresh %1: %2</source>
        <translation>Impossible d&apos;actualiser %1 : %2</translation>
    </message>
</context>
<context>
    <name>DownloadsGroup</name>
    <message>
        <source>Participants download</source>
        <translation>Téléchargement des participants</translation>
    </message>
    <message>
        <source>Participant events download</source>
        <translation>Téléchargement des participant events</translation>
    </message>
    <message>
        <source>Speaker timeline download</source>
        <translation>Téléchargement de la chronologie des intervenants</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Téléchargements</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants :</translation>
    </message>
    <message>
        <source>Participant events:</source>
        <translation>Participant events :</translation>
    </message>
    <message>
        <source>Speaker timeline:</source>
        <translation>Chronologie des orateurs :</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copy the signed download link (it works without the API key until it expires)</source>
        <translation>Copier le lien de téléchargement signé (il fonctionne sans clé d&apos;API jusqu&apos;à son expiration)</translation>
    </message>
    <message>
        <source>Download links carry a signed token and expire after a while; refreshing the artifact brings fresh ones.</source>
        <translation>Les liens de téléchargement portent un jeton signé et expirent au bout d&apos;un moment ; actualiser l&apos;artefact en donne de nouveaux.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <source>The server sent no link for this file</source>
        <translation>Le serveur n&apos;a envoyé aucun lien pour ce fichier</translation>
    </message>
    <message>
        <source>The artifact was deleted, and its files with it</source>
        <translation>Artefact supprimé, et ses fichiers avec lui</translation>
    </message>
    <message>
        <source>available, %1</source>
        <translation>disponible, %1</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>Hosted on %1; the link expires, refresh the artifact for a fresh one</source>
        <translation>Hébergé sur %1 ; le lien expire, actualisez l&apos;artefact pour en obtenir un nouveau</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>Retrieving the latest version of this artifact</source>
        <translation>Récupération de la dernière version de cet artefact</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>pas encore disponible</translation>
    </message>
    <message>
        <source>Recall is still processing this artifact; the file appears when it is done</source>
        <translation>Recall traite encore cet artefact ; le fichier apparaîtra une fois terminé</translation>
    </message>
    <message>
        <source>Processing failed, so there is no file</source>
        <translation>Le traitement a échoué, il n&apos;y a donc pas de fichier</translation>
    </message>
    <message>
        <source>Copy link: %1</source>
        <translation>Copier le lien : %1</translation>
    </message>
    <message>
        <source>link: %1</source>
        <translation>lien : %1</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>The file is not a draft any more (damaged or cut short).</source>
        <translation>Le fichier n&apos;est plus un brouillon (endommagé ou tronqué).</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <source>Unsaved metadata edits</source>
        <translation>Modifications de métadonnées non enregistrées</translation>
    </message>
    <message>
        <source>These metadata edits were not saved when the app last closed. Restore one to open its artifact with the edits in place (they merge with the live map when you save), or discard it.</source>
        <translation>Ces modifications de métadonnées n’étaient pas enregistrées lors de la dernière fermeture de l’application. Restaurez-en une pour ouvrir son artefact avec les modifications en place (elles sont fusionnées avec les métadonnées actuelles du serveur lors de l’enregistrement), ou abandonnez-la.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Brouillons non enregistrés</translation>
    </message>
    <message>
        <source>Each draft: its workspace, artifact, when it was last changed and how many keys</source>
        <translation>Chaque brouillon&#xa0;: son espace de travail, son artefact, sa dernière modification et le nombre de clés</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Edits</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>%1 (its recording&apos;s metadata)</source>
        <translation>%1 (métadonnées de son enregistrement)</translation>
    </message>
    <message>
        <source>Drafts that could not be read</source>
        <translation>Brouillons qui n’ont pas pu être lus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n draft file(s) could not be read and are left where they are:</source>
        <translation>
            <numerusform>%n fichier de brouillon n’a pas pu être lu et reste à sa place&#xa0;:</numerusform>
            <numerusform>%n fichiers de brouillon n’ont pas pu être lus et restent à leur place&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Open the selected draft&apos;s artifact with the edits in place</source>
        <translation>Ouvrir l’artefact du brouillon sélectionné avec les modifications en place</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Delete the selected draft; its edits are lost</source>
        <translation>Supprimer le brouillon sélectionné&#x202f;; ses modifications sont perdues</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Keep every draft and ask again at the next start</source>
        <translation>Garder tous les brouillons et redemander au prochain démarrage</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Save &amp;history…</source>
        <translation>&amp;Historique des sauvegardes…</translation>
    </message>
    <message>
        <source>The saves of this artifact&apos;s metadata made from this computer, with “Revert to this” (Ctrl+H)</source>
        <translation>Les sauvegardes des métadonnées de cet artefact faites depuis cet ordinateur, avec «&#xa0;Revenir à l’état antérieur&#xa0;» (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Preview requests before saving</source>
        <translation>A&amp;perçu des requêtes avant l’enregistrement</translation>
    </message>
    <message>
        <source>Show the exact request and what it changes before each save; a conflict with a change made elsewhere is always shown</source>
        <translation>Afficher la requête exacte et ce qu’elle modifie avant chaque enregistrement&#x202f;; un conflit avec une modification faite ailleurs est toujours affiché</translation>
    </message>
    <message>
        <source>The recording&apos;s metadata is being opened in the editor.</source>
        <translation>Les métadonnées de l’enregistrement vont être ouvertes dans l’éditeur.</translation>
    </message>
    <message>
        <source>The artifact&apos;s metadata is being opened in the editor.</source>
        <translation>Les métadonnées de l’artefact vont être ouvertes dans l’éditeur.</translation>
    </message>
    <message>
        <source>Fetching the metadata on the server…</source>
        <translation>Récupération des métadonnées sur le serveur…</translation>
    </message>
    <message>
        <source>Someone changed the same keys on the server: choose which value each keeps.</source>
        <translation>Quelqu’un a modifié les mêmes clés sur le serveur&#xa0;: choisissez la valeur à garder pour chacune.</translation>
    </message>
    <message>
        <source>Check the request, then send it.</source>
        <translation>Vérifiez la requête, puis envoyez-la.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>A save is under way; wait for it to finish, or cancel it.</source>
        <translation>Une sauvegarde est en cours&#x202f;; attendez qu’elle se termine, ou annulez-la.</translation>
    </message>
    <message>
        <source>Unsaved metadata</source>
        <translation>Métadonnées non enregistrées</translation>
    </message>
    <message>
        <source>The metadata of artifact %1 has unsaved changes (%2).</source>
        <translation>Les métadonnées de l’artefact %1 ont des modifications non enregistrées (%2).</translation>
    </message>
    <message>
        <source>Save them first, discard them, or stay here?</source>
        <translation>Les enregistrer d’abord, les abandonner, ou rester ici&#x202f;?</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossible d’enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Not saved: there is no connection to save with.</source>
        <translation>Non enregistré&#xa0;: aucune connexion pour enregistrer.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved, but the local history could not be written: %1</source>
        <translation>Enregistré, mais l’historique local n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the metadata of recording %1</source>
        <translation>Métadonnées de l’enregistrement %1 sauvegardées</translation>
    </message>
    <message>
        <source>Saved the metadata of %1</source>
        <translation>Métadonnées de %1 enregistrées</translation>
    </message>
    <message>
        <source>Your edits are kept in the draft.</source>
        <translation>Vos modifications sont conservées dans le brouillon.</translation>
    </message>
    <message>
        <source>The draft could not be written: %1</source>
        <translation>Le brouillon n’a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restore draft</source>
        <translation>Restaurer le brouillon</translation>
    </message>
    <message>
        <source>Restored the unsaved edits of %1</source>
        <translation>Modifications non enregistrées de %1 restaurées</translation>
    </message>
    <message>
        <source>Save history</source>
        <translation>Historique des sauvegardes</translation>
    </message>
    <message>
        <source>Save history of %1</source>
        <translation>Historique des sauvegardes de %1</translation>
    </message>
    <message>
        <source>Open the artifact again to revert it.</source>
        <translation>Rouvrez l’artefact pour le rétablir.</translation>
    </message>
    <message>
        <source>That save changed the recording&apos;s metadata: open it in the editor first.</source>
        <translation>Cette sauvegarde a modifié les métadonnées de l’enregistrement&#xa0;: ouvrez-les d’abord dans l’éditeur.</translation>
    </message>
    <message>
        <source>That save changed the artifact&apos;s metadata: go back to it first.</source>
        <translation>Cette sauvegarde a modifié les métadonnées de l’artefact&#xa0;: revenez-y d’abord.</translation>
    </message>
    <message>
        <source>Prepared the change; review it and save with Ctrl+S.</source>
        <translation>Modification préparée&#x202f;; vérifiez-la et enregistrez avec Ctrl+S.</translation>
    </message>
    <message>
        <source>Revert to an earlier save</source>
        <translation>Revenir à une sauvegarde antérieure</translation>
    </message>
    <message>
        <source>Apply a save again</source>
        <translation>Appliquer de nouveau une sauvegarde</translation>
    </message>
    <message>
        <source>Not saved: cancelled before anything was sent. Your edits are kept.</source>
        <translation>Non enregistré&#xa0;: annulé avant tout envoi. Vos modifications sont conservées.</translation>
    </message>
</context>
<context>
    <name>EventLookup</name>
    <message>
        <source>%1 · %2 · to everyone: %3</source>
        <extracomment>chat message: sender, time, text</extracomment>
        <translation>%1 · %2 · à tous&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · to the bot only: %3</source>
        <extracomment>chat message sent only to the recording bot: sender, time, text</extracomment>
        <translation>%1 · %2 · au bot uniquement&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · to %3: %4</source>
        <extracomment>chat message: sender, time, recipient as the file has it, text</extracomment>
        <translation>%1 · %2 · à %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 · %2 · chat: %3</source>
        <extracomment>chat message without a recipient: sender, time, text</extracomment>
        <translation>%1 · %2 · chat&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (details changed) · %2 · %3</source>
        <extracomment>an &quot;update&quot; event (the participant&apos;s details changed): action, participant, time</extracomment>
        <translation>%1 (détails modifiés) · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (unknown action) · %2 · %3</source>
        <extracomment>an event whose action this version does not know, shown as sent: action, participant, time</extracomment>
        <translation>%1 (action inconnue) · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>solid line under the bars</source>
        <translation>ligne continue sous les barres</translation>
    </message>
    <message>
        <source>no webcam_on seen: on from the start</source>
        <translation>aucun webcam_on vu&#xa0;: active dès le début</translation>
    </message>
    <message>
        <source>no webcam_off seen: on to the end</source>
        <translation>aucun webcam_off vu&#xa0;: active jusqu’à la fin</translation>
    </message>
    <message>
        <source>%1 · Webcam on %2 (%3)</source>
        <extracomment>participant, time range, notes</extracomment>
        <translation>%1 · Webcam active %2 (%3)</translation>
    </message>
    <message>
        <source>dashed line under the bars</source>
        <translation>ligne en tirets sous les barres</translation>
    </message>
    <message>
        <source>no screenshare_on seen: sharing from the start</source>
        <translation>aucun screenshare_on vu&#xa0;: partage dès le début</translation>
    </message>
    <message>
        <source>no screenshare_off seen: sharing to the end</source>
        <translation>aucun screenshare_off vu&#xa0;: partage jusqu’à la fin</translation>
    </message>
    <message>
        <source>%1 · Screen shared %2 (%3)</source>
        <extracomment>participant, time range, notes</extracomment>
        <translation>%1 · Écran partagé %2 (%3)</translation>
    </message>
    <message>
        <source>no join seen: present from the start</source>
        <translation>aucun join vu&#xa0;: présent dès le début</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>no leave seen: present to the end</source>
        <translation>aucun leave vu&#xa0;: présent jusqu’à la fin</translation>
    </message>
    <message>
        <source>left</source>
        <translation>départ</translation>
    </message>
    <message>
        <source>%1 · Present %2 (%3; %4)</source>
        <extracomment>participant, time range, how it started; how it ended</extracomment>
        <translation>%1 · Présent %2 (%3&#x202f;; %4)</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>Wall clock: %1 local time, %2 UTC</source>
        <translation>Heure locale&#xa0;: %1, soit %2 UTC</translation>
    </message>
    <message>
        <source>Unknown action “%1”: shown as the file has it</source>
        <extracomment>An action in the participant events file that this version does not know; %1 as sent</extracomment>
        <translation>Action inconnue «&#xa0;%1&#xa0;»&#xa0;: affichée telle qu’elle figure dans le fichier</translation>
    </message>
    <message>
        <source>Action in the file: %1</source>
        <extracomment>%1 is the action as the file has it, e.g. speech_on</extracomment>
        <translation>Action dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>This event has only a wall-clock time, and with no speaker timeline that has wall-clock times it cannot be placed on the chart&apos;s axis.</source>
        <translation>Cet événement n’a qu’une heure locale et, sans chronologie des intervenants comportant des heures locales, il ne peut pas être placé sur l’axe du graphique.</translation>
    </message>
    <message>
        <source>This event has no usable time: neither a relative time nor a wall-clock time.</source>
        <translation>Cet événement n’a pas d’heure utilisable&#xa0;: ni temps relatif, ni heure locale.</translation>
    </message>
    <message>
        <source>Recording time: %1</source>
        <extracomment>Time since the recording started, as on the chart&apos;s axis</extracomment>
        <translation>Temps de l’enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Derived from the wall-clock time (the file has no relative time)</source>
        <translation>Déduit de l’heure locale (le fichier n’a pas de temps relatif)</translation>
    </message>
    <message>
        <source>(the file has no wall-clock time: estimated from the speaker timeline)</source>
        <translation>(le fichier n’a pas d’heure locale&#xa0;: estimée d’après la chronologie des intervenants)</translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation>Identifiant du participant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plateforme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <extracomment>A participant of the events file who is not in the speaker timeline</extracomment>
        <translation>N’a jamais parlé&#xa0;: absent de la chronologie des intervenants</translation>
    </message>
    <message>
        <source>to everyone: %1</source>
        <translation>à tous&#xa0;: %1</translation>
    </message>
    <message>
        <source>to the bot only: %1</source>
        <translation>au bot uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>to %1: %2</source>
        <extracomment>A chat message to someone the file names; %1 the recipient as sent, %2 the text</extracomment>
        <translation>à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Time since the recording started, as on the chart&apos;s axis; the wall-clock time is in each cell&apos;s tooltip. Events without a usable time show — and sort last.</source>
        <translation>Temps écoulé depuis le début de l’enregistrement, comme sur l’axe du graphique&#x202f;; l’heure locale figure dans l’infobulle de chaque cellule. Les événements sans heure utilisable affichent — et sont triés en dernier.</translation>
    </message>
    <message>
        <source>Who the event is about</source>
        <translation>Le participant concerné par l’événement</translation>
    </message>
    <message>
        <source>What happened; the action as sent is in each cell&apos;s tooltip</source>
        <translation>Ce qui s’est passé&#x202f;; l’action telle qu’envoyée figure dans l’infobulle de chaque cellule</translation>
    </message>
    <message>
        <source>The chat message and its recipients, or the data an event carries</source>
        <translation>Le message de chat et ses destinataires, ou les données d’un événement</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>A participant&apos;s details changed (the &quot;update&quot; action)</extracomment>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Started speaking</source>
        <translation>Début de parole</translation>
    </message>
    <message>
        <source>Stopped speaking</source>
        <translation>Fin de parole</translation>
    </message>
    <message>
        <source>Webcam on</source>
        <translation>Webcam activée</translation>
    </message>
    <message>
        <source>Webcam off</source>
        <translation>Webcam coupée</translation>
    </message>
    <message>
        <source>Started screen sharing</source>
        <translation>Début du partage d’écran</translation>
    </message>
    <message>
        <source>Stopped screen sharing</source>
        <translation>Fin du partage d’écran</translation>
    </message>
    <message>
        <source>Chat message</source>
        <translation>Message de chat</translation>
    </message>
</context>
<context>
    <name>EventsPane</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Copy event</source>
        <translation>&amp;Copier l’événement</translation>
    </message>
    <message>
        <source>Participant events</source>
        <translation>Événements des participants</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Show events of this action</source>
        <translation>Afficher les événements de cette action</translation>
    </message>
    <message>
        <source>Show only the events of one action; the count of each is beside it</source>
        <translation>N’afficher que les événements d’une action&#x202f;; le nombre de chacune est indiqué à côté</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant&#xa0;:</translation>
    </message>
    <message>
        <source>Show events of this participant</source>
        <translation>Afficher les événements de ce participant</translation>
    </message>
    <message>
        <source>Show only the events of one participant (by id: people who share a name are listed apart)</source>
        <translation>N’afficher que les événements d’un participant (par identifiant&#xa0;: les personnes de même nom sont listées séparément)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Rechercher dans les événements</translation>
    </message>
    <message>
        <source>Show only events whose details (a chat message, an update&apos;s data), participant or action contain this text; case does not matter</source>
        <translation>N’afficher que les événements dont les détails (message de chat, données d’une mise à jour), le participant ou l’action contiennent ce texte&#x202f;; insensible à la casse</translation>
    </message>
    <message>
        <source>Search details…</source>
        <translation>Rechercher dans les détails…</translation>
    </message>
    <message>
        <source>Select an event to show its moment and participant on the chart</source>
        <translation>Sélectionner un événement pour afficher son moment et son participant sur le graphique</translation>
    </message>
    <message>
        <source>Copy the selected event: time, participant, action as sent and details, tab-separated</source>
        <translation>Copier l’événement sélectionné&#xa0;: temps, participant, action telle qu’envoyée et détails, séparés par des tabulations</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Réafficher tous les événements</translation>
    </message>
    <message>
        <source>All actions (%1)</source>
        <translation>Toutes les actions (%1)</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, unknown action)</source>
        <extracomment>An action this version does not know, as sent, and its count</extracomment>
        <translation>%1 (%2, action inconnue)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Events of every participant</source>
        <translation>Événements de tous les participants</translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation>Identifiant du participant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <translation>N’a jamais parlé&#xa0;: absent de la chronologie des intervenants</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 événements sur %2</translation>
    </message>
    <message>
        <source>The participant events file is not loaded: %1</source>
        <extracomment>%1 says why, e.g. that the download failed</extracomment>
        <translation>Le fichier d’événements des participants n’est pas chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>it could not be downloaded or read, or only a speaker timeline was opened.</source>
        <translation>il n’a pas pu être téléchargé ou lu, ou seule une chronologie des intervenants a été ouverte.</translation>
    </message>
    <message>
        <source>The participant events file has no events.</source>
        <translation>Le fichier d’événements des participants ne contient aucun événement.</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Aucun événement ne correspond aux filtres.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Graphique en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image of a chosen size</source>
        <translation>Enregistrer le graphique en image PNG à la taille choisie</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Graphique en &amp;SVG…</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing of a chosen size</source>
        <translation>Enregistrer le graphique en dessin SVG à la taille choisie</translation>
    </message>
    <message>
        <source>&amp;Segments as CSV…</source>
        <translation>Se&amp;gments en CSV…</translation>
    </message>
    <message>
        <source>Save every speaking segment as CSV</source>
        <translation>Enregistrer tous les segments de parole en CSV</translation>
    </message>
    <message>
        <source>S&amp;tatistics as CSV…</source>
        <translation>S&amp;tatistiques en CSV…</translation>
    </message>
    <message>
        <source>Save the per-speaker statistics as CSV</source>
        <translation>Enregistrer les statistiques par intervenant en CSV</translation>
    </message>
    <message>
        <source>&amp;RTTM…</source>
        <translation>&amp;RTTM…</translation>
    </message>
    <message>
        <source>Save the speaker timeline as RTTM, for diarization tools</source>
        <translation>Enregistrer la chronologie des intervenants en RTTM, pour les outils de diarisation</translation>
    </message>
    <message>
        <source>&amp;Audacity labels…</source>
        <translation>Étiquettes &amp;Audacity…</translation>
    </message>
    <message>
        <source>Save the speaker timeline as an Audacity label track, to check it against the recording</source>
        <translation>Enregistrer la chronologie des intervenants en piste d’étiquettes Audacity, pour la comparer à l’enregistrement</translation>
    </message>
    <message>
        <source>Support &amp;bundle…</source>
        <translation>Pa&amp;quet d’assistance…</translation>
    </message>
    <message>
        <source>Save one zip for a support ticket: the chart, the statistics, the three files, the artifact and the app&apos;s requests about it, without the API key</source>
        <translation>Enregistrer un zip pour un ticket d’assistance&#xa0;: le graphique, les statistiques, les trois fichiers, l’artefact et les requêtes de l’application le concernant, sans la clé API</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Save chart as SVG</source>
        <translation>Enregistrer le graphique en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Save segments as CSV</source>
        <translation>Enregistrer les segments en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save statistics as CSV</source>
        <translation>Enregistrer les statistiques en CSV</translation>
    </message>
    <message>
        <source>Save as RTTM</source>
        <translation>Enregistrer en RTTM</translation>
    </message>
    <message>
        <source>RTTM files (*.rttm)</source>
        <translation>Fichiers RTTM (*.rttm)</translation>
    </message>
    <message>
        <source>Save as Audacity labels</source>
        <translation>Enregistrer en étiquettes Audacity</translation>
    </message>
    <message>
        <source>Label tracks (*.txt)</source>
        <translation>Pistes d’étiquettes (*.txt)</translation>
    </message>
    <message>
        <source>Save support bundle</source>
        <translation>Enregistrer le paquet d’assistance</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>%1 x %2 is the image&apos;s size in pixels</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not downloaded, or it could not be read.</source>
        <translation>non téléchargé, ou illisible.</translation>
    </message>
    <message>
        <source>the app keeps no request log here.</source>
        <translation>l’application ne tient pas de journal des requêtes ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <extracomment>%1 is the file written, %2 what it holds (a size, a number of files)</extracomment>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved %1 (%2)</source>
        <translation>Enregistré&#xa0;: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Recording id</source>
        <translation>Identifiant de l’enregistrement</translation>
    </message>
    <message>
        <source>Recording id filter</source>
        <translation>Filtre par identifiant d’enregistrement</translation>
    </message>
    <message>
        <source>Only artifacts of this recording (a UUID)</source>
        <translation>Uniquement les artefacts de cet enregistrement (un UUID)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Ask the server for artifacts with this status only</source>
        <translation>Demander au serveur uniquement les artefacts ayant ce statut</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Created after</source>
        <translation>Créé après</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>Created before</source>
        <translation>Créé avant</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Load the list again with these filters (Enter)</source>
        <translation>Recharger la liste avec ces filtres (Entrée)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrés</translation>
    </message>
    <message>
        <source>Saved filters: apply one, or save the current filter under a name</source>
        <translation>Filtres enregistrés&#xa0;: appliquez-en un ou enregistrez le filtre actuel sous un nom</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Save current filter…</source>
        <translation>Enregistrer le filtre actuel…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Remove every filter: these, the quick filter and the chosen statuses</source>
        <translation>Retirer tous les filtres : ceux-ci, le filtre rapide et les statuts choisis</translation>
    </message>
    <message>
        <source>No recording id here yet: type or paste a UUID like 9a8b7c6d-0000-4000-8000-00000000000a, or a link or text that contains one</source>
        <translation>Pas encore d’identifiant d’enregistrement : saisissez ou collez un UUID comme 9a8b7c6d-0000-4000-8000-00000000000a, ou un lien ou un texte qui en contient un</translation>
    </message>
    <message>
        <source>Only artifacts created at or after the given time</source>
        <translation>Seulement les artefacts créés à l&apos;heure indiquée ou après</translation>
    </message>
    <message>
        <source>Created at or after this local time (inclusive: from the start of the minute shown)</source>
        <translation>Créé à cette heure locale ou après (inclusif : dès le début de la minute affichée)</translation>
    </message>
    <message>
        <source>Only artifacts created at or before the given time</source>
        <translation>Seulement les artefacts créés à l&apos;heure indiquée ou avant</translation>
    </message>
    <message>
        <source>Created at or before this local time (inclusive: up to the start of the minute shown)</source>
        <translation>Créé à cette heure locale ou avant (inclusif : jusqu&apos;au début de la minute affichée)</translation>
    </message>
    <message>
        <source>No loaded recording starts with %1: paste the whole id</source>
        <translation>Aucun enregistrement chargé ne commence par %1 : collez l&apos;identifiant complet</translation>
    </message>
    <message numerus="yes">
        <source>%n loaded recordings start with %1: type more of the id</source>
        <translation>
            <numerusform>%n enregistrement chargé commence par %1 : tapez la suite de l&apos;identifiant</numerusform>
            <numerusform>%n enregistrements chargés commencent par %1 : tapez la suite de l&apos;identifiant</numerusform>
        </translation>
    </message>
    <message>
        <source>No recording id here: type or paste one, or a link or text that contains one</source>
        <translation>Aucun identifiant d&apos;enregistrement ici : tapez-en ou collez-en un, ou un lien ou un texte qui en contient un</translation>
    </message>
    <message>
        <source>Only artifacts of this recording: its id, the short id the table shows, or a link with it</source>
        <translation>Seulement les artefacts de cet enregistrement : son identifiant, l&apos;identifiant court du tableau, ou un lien qui le contient</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Recording %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Revert to this</source>
        <translation>Revenir à l’état antérieur</translation>
    </message>
    <message>
        <source>Apply this again</source>
        <translation>Appliquer de nouveau</translation>
    </message>
    <message>
        <source>Save history</source>
        <translation>Historique des sauvegardes</translation>
    </message>
    <message>
        <source>No saves from this computer yet</source>
        <translation>Aucune sauvegarde depuis cet ordinateur pour l’instant</translation>
    </message>
    <message>
        <source>Saves of this artifact, newest first</source>
        <translation>Sauvegardes de cet artefact, les plus récentes en premier</translation>
    </message>
    <message>
        <source>The saves made from this computer, newest first. Select one (or press Enter) to see what it changed.</source>
        <translation>Les sauvegardes faites depuis cet ordinateur, les plus récentes en premier. Sélectionnez-en une (ou appuyez sur Entrée) pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Keys the selected save changed, before and after</source>
        <translation>Clés modifiées par la sauvegarde sélectionnée, avant et après</translation>
    </message>
    <message>
        <source>Every key the selected save changed: its value before and after the save</source>
        <translation>Chaque clé modifiée par la sauvegarde sélectionnée&#xa0;: sa valeur avant et après la sauvegarde</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Revert to the map before this save</source>
        <translation>Revenir aux métadonnées d’avant cette sauvegarde</translation>
    </message>
    <message>
        <source>Prepare an edit that puts back the map as it was before this save. Nothing is sent until you save it; it is merged, previewed and verified like any edit.</source>
        <translation>Préparer une modification qui remet les métadonnées dans l’état d’avant cette sauvegarde. Rien n’est envoyé tant que vous ne l’enregistrez pas&#x202f;; elle est fusionnée, prévisualisée et vérifiée comme toute modification.</translation>
    </message>
    <message>
        <source>Apply the map this save left again</source>
        <translation>Appliquer de nouveau les métadonnées laissées par cette sauvegarde</translation>
    </message>
    <message>
        <source>Prepare an edit that sets the map as this save left it (after someone changed it since). Nothing is sent until you save it.</source>
        <translation>Préparer une modification qui remet les métadonnées telles que cette sauvegarde les a laissées (si quelqu’un les a modifiées depuis). Rien n’est envoyé tant que vous ne l’enregistrez pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n save(s) in this artifact&apos;s history could not be read (the file is damaged or cut short); the others are listed.</source>
        <translation>
            <numerusform>%n sauvegarde de l’historique de cet artefact n’a pas pu être lue (le fichier est endommagé ou tronqué)&#x202f;; les autres sont listées.</numerusform>
            <numerusform>%n sauvegardes de l’historique de cet artefact n’ont pas pu être lues (le fichier est endommagé ou tronqué)&#x202f;; les autres sont listées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The metadata of recording %1 (of artifact %2)</source>
        <translation>Les métadonnées de l’enregistrement %1 (de l’artefact %2)</translation>
    </message>
    <message>
        <source>The metadata of artifact %1</source>
        <translation>Les métadonnées de l’artefact %1</translation>
    </message>
    <message>
        <source>Saved %1 on %2, %3: %4</source>
        <translation>Enregistré %1 sur %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>Select a save to see what it changed.</source>
        <translation>Sélectionnez une sauvegarde pour voir ce qu’elle a modifié.</translation>
    </message>
    <message>
        <source>Saved %1 on %2 (%3)</source>
        <translation>Enregistré %1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>This save changed no key.</source>
        <translation>Cette sauvegarde n’a modifié aucune clé.</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>%1: %2, before: %3, after: %4</source>
        <translation>%1&#xa0;: %2, avant&#xa0;: %3, après&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>This save is not readable any more (damaged or cut short).</source>
        <translation>Cette sauvegarde n’est plus lisible (endommagée ou tronquée).</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Impossible d’ouvrir le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImageSizeDialog</name>
    <message>
        <source>Chart as %1</source>
        <extracomment>%1 is the image format, PNG or SVG</extracomment>
        <translation>Graphique en %1</translation>
    </message>
    <message>
        <source>Size preset</source>
        <translation>Taille prédéfinie</translation>
    </message>
    <message>
        <source>A common size, or the chart&apos;s size on screen</source>
        <translation>Une taille courante, ou la taille du graphique à l’écran</translation>
    </message>
    <message>
        <source>Chart size (%1 × %2)</source>
        <extracomment>%1 x %2 is the chart&apos;s size on screen in pixels</extracomment>
        <translation>Taille du graphique (%1 × %2)</translation>
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
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>%1 to %2 pixels</source>
        <translation>De %1 à %2 pixels</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hauteur</translation>
    </message>
    <message>
        <source>&amp;Current view (visible time range and row order)</source>
        <translation>&amp;Vue actuelle (plage de temps visible et ordre des lignes)</translation>
    </message>
    <message>
        <source>The time range and rows the chart shows now</source>
        <translation>La plage de temps et les lignes que le graphique affiche actuellement</translation>
    </message>
    <message>
        <source>&amp;Whole meeting</source>
        <translation>&amp;Réunion entière</translation>
    </message>
    <message>
        <source>The whole meeting, every row, in the chart&apos;s row order</source>
        <translation>La réunion entière, toutes les lignes, dans l’ordre des lignes du graphique</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Largeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Hauteur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>JsonTypeName</name>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>vrai ou faux</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
</context>
<context>
    <name>KeychainKeyStore</name>
    <message>
        <source>No keychain available: the key is kept for this session only.</source>
        <translation>Aucun trousseau de clés disponible&#xa0;: la clé est conservée pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The keychain refused to give out the key: %1</source>
        <translation>Le trousseau de clés a refusé de fournir la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not store the key: %1</source>
        <translation>Le trousseau de clés n’a pas stocké la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keychain did not remove the key: %1</source>
        <translation>Le trousseau de clés n’a pas supprimé la clé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Participant Inspector</source>
        <translation>À &amp;propos de Participant Inspector</translation>
    </message>
    <message>
        <source>About Participant Inspector</source>
        <translation>À propos de Participant Inspector</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Loaded artifacts</source>
        <translation>Artefacts chargés</translation>
    </message>
    <message>
        <source>Rate budget</source>
        <translation>Quota de requêtes</translation>
    </message>
    <message>
        <source>Requests waiting for the API&apos;s rate limit (60 list and 300 per-artifact requests a minute by default)</source>
        <translation>Requêtes en attente de la limite de débit de l’API (par défaut, 60 requêtes de liste et 300 requêtes par artefact par minute)</translation>
    </message>
    <message>
        <source>Rate limited: retrying in %1 s</source>
        <translation>Limite de requêtes atteinte&#xa0;: nouvel essai dans %1&#xa0;s</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) queued</source>
        <translation>
            <numerusform>%n requête en attente</numerusform>
            <numerusform>%n requêtes en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate budget: OK</source>
        <translation>Quota de requêtes&#xa0;: OK</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s)</source>
        <translation>
            <numerusform>%n artefact</numerusform>
            <numerusform>%n artefacts</numerusform>
        </translation>
    </message>
    <message>
        <source>, loading…</source>
        <translation>, chargement…</translation>
    </message>
    <message>
        <source>, more available</source>
        <translation>, d’autres disponibles</translation>
    </message>
    <message>
        <source>Participant Inspector</source>
        <translation>Participant Inspector</translation>
    </message>
    <message numerus="yes">
        <source>Loading all: %n page(s)</source>
        <translation>
            <numerusform>Chargement complet&#xa0;: %n page</numerusform>
            <numerusform>Chargement complet&#xa0;: %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Every artifact is loaded.</source>
        <translation>Tous les artefacts sont chargés.</translation>
    </message>
    <message>
        <source>Loading all was stopped.</source>
        <translation>Le chargement complet a été arrêté.</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>Load the artifact list again from the first page</source>
        <translation>Recharger la liste des artefacts depuis la première page</translation>
    </message>
    <message>
        <source>Load the next page of artifacts</source>
        <translation>Charger la page suivante d’artefacts</translation>
    </message>
    <message>
        <source>Load &amp;all</source>
        <translation>&amp;Tout charger</translation>
    </message>
    <message>
        <source>Load every page of artifacts, within the rate limit</source>
        <translation>Charger toutes les pages d’artefacts, dans la limite de débit</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>&amp;Filtre rapide</translation>
    </message>
    <message>
        <source>Filter the loaded rows across all columns</source>
        <translation>Filtrer les lignes chargées sur toutes les colonnes</translation>
    </message>
    <message>
        <source>Server &amp;filters</source>
        <translation>Filtres &amp;serveur</translation>
    </message>
    <message>
        <source>Edit the server-side filters (recording, status, created)</source>
        <translation>Modifier les filtres côté serveur (enregistrement, statut, création)</translation>
    </message>
    <message>
        <source>Artifact &amp;list</source>
        <translation>&amp;Liste des artefacts</translation>
    </message>
    <message>
        <source>Move the focus to the artifact list</source>
        <translation>Placer le focus sur la liste des artefacts</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Recent artifacts</source>
        <translation>Artefacts &amp;récents</translation>
    </message>
    <message>
        <source>Loading all artifacts</source>
        <translation>Chargement de tous les artefacts</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation>Annuler le chargement complet</translation>
    </message>
    <message>
        <source>Stop loading more pages (Esc)</source>
        <translation>Arrêter le chargement des pages suivantes (Échap)</translation>
    </message>
    <message>
        <source>next in %1 s</source>
        <translation>prochaine dans %1 s</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Jeu de couleurs</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>&amp;Bureau</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>D&amp;ark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Find Recall.ai participant-events artifacts and see their status and details at a glance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Trouver les artefacts participant-events de Recall.ai et voir d’un coup d’œil leur statut et leurs détails.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n artifact(s) shown</source>
        <translation>
            <numerusform>%1 sur %n artefact affiché(s)</numerusform>
            <numerusform>%1 sur %n artefacts affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>The latest message</source>
        <translation>Le dernier message</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited %n time(s) in a row: waiting %1 s</source>
        <translation>
            <numerusform>Limité %n fois de suite : attente de %1 s</numerusform>
            <numerusform>Limité %n fois de suite : attente de %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open bot, artifact or recording…</source>
        <translation>&amp;Ouvrir un bot, un artefact ou un enregistrement…</translation>
    </message>
    <message>
        <source>Open a bot id, an artifact id, a recording id, or a pasted URL or text containing one</source>
        <translation>Ouvrir un identifiant de bot, d&apos;artefact ou d&apos;enregistrement, ou une URL ou un texte collé qui en contient un</translation>
    </message>
    <message>
        <source>Open a bot, artifact or recording id, or a URL (%1)</source>
        <translation>Ouvrir un identifiant de bot, d&apos;artefact ou d&apos;enregistrement, ou une URL (%1)</translation>
    </message>
    <message>
        <source>Open bot, artifact or recording</source>
        <translation>Ouvrir un bot, un artefact ou un enregistrement</translation>
    </message>
    <message>
        <source>Paste a bot id, an artifact id, a recording id, or any URL or text containing one, then Enter</source>
        <translation>Collez un identifiant de bot, d&apos;artefact ou d&apos;enregistrement, ou une URL ou un texte qui en contient un, puis Entrée</translation>
    </message>
    <message>
        <source>, refreshing…</source>
        <translation>, actualisation…</translation>
    </message>
    <message>
        <source>, loading failed</source>
        <translation>, échec du chargement</translation>
    </message>
    <message>
        <source>The list is being reloaded.</source>
        <translation>La liste va être rechargée.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>The window is being closed.</source>
        <translation>La fenêtre va être fermée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
</context>
<context>
    <name>MapTable</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>valeur de %1</translation>
    </message>
    <message>
        <source>Show whole value…</source>
        <translation>Afficher la valeur complète…</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>The whole value, as stored; select text to copy a part</source>
        <translation>La valeur complète, telle qu&apos;enregistrée ; sélectionnez du texte pour en copier une partie</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole value</source>
        <translation>Copier toute la valeur</translation>
    </message>
</context>
<context>
    <name>MemoryKeyStore</name>
    <message>
        <source>Keys are kept in memory: the key is kept for this session only.</source>
        <translation>Les clés sont conservées en mémoire&#xa0;: la clé est conservée pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>MetadataDiff</name>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>No keys changed</source>
        <translation>Aucune clé modifiée</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) changed: %1</source>
        <translation>
            <numerusform>%n clé modifiée&#xa0;: %1</numerusform>
            <numerusform>%n clés modifiées&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(absente)</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
</context>
<context>
    <name>MetadataEditDelegate</name>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value (JSON)</source>
        <translation>Valeur (JSON)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>A JSON value: a number, true, false, a list or an object; &quot;quoted&quot; makes it text</source>
        <translation>Une valeur JSON&#xa0;: un nombre, true, false, une liste ou un objet&#x202f;; entre &quot;guillemets&quot;, elle devient du texte</translation>
    </message>
    <message>
        <source>Type a JSON value, such as 42, true, [1, 2] or &quot;text&quot;.</source>
        <translation>Saisissez une valeur JSON, par exemple 42, true, [1, 2] ou &quot;texte&quot;.</translation>
    </message>
    <message>
        <source>This is not one JSON value.</source>
        <translation>Ce n’est pas une valeur JSON unique.</translation>
    </message>
    <message>
        <source>The value; Enter keeps it, Esc cancels, Shift+F2 edits it in a larger box</source>
        <translation>La valeur&#x202f;; Entrée la garde, Échap annule, Maj+F2 la modifie dans une zone plus grande</translation>
    </message>
    <message>
        <source>The key; Enter keeps it, Tab goes on to the value, Esc cancels</source>
        <translation>La clé&#x202f;; Entrée la garde, Tab passe à la valeur, Échap annule</translation>
    </message>
</context>
<context>
    <name>MetadataEditModel</name>
    <message>
        <source>Add key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Restore “%1”</source>
        <translation>Rétablir « %1 »</translation>
    </message>
    <message>
        <source>Revert all</source>
        <translation>Tout annuler</translation>
    </message>
    <message>
        <source>The key is empty.</source>
        <translation>La clé est vide.</translation>
    </message>
    <message>
        <source>The value has %1 characters; the API takes at most %2.</source>
        <translation>La valeur compte %1 caractères ; l&apos;API en accepte au plus %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Name key “%1”</source>
        <translation>Nommer la clé « %1 »</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Change “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Set “%1” to null</source>
        <translation>Mettre «&#xa0;%1&#xa0;» à null</translation>
    </message>
    <message>
        <source>It contains a NUL character (U+0000), which servers storing JSON reject.</source>
        <translation>Elle contient un caractère NUL (U+0000), que refusent les serveurs qui stockent du JSON.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>renamed</source>
        <translation>renommée</translation>
    </message>
    <message>
        <source>renamed, changed</source>
        <translation>renommée, modifiée</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Renamed from “%1”.</source>
        <translation>Renommée (anciennement «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>Removed: the key goes when you save. Restore brings it back.</source>
        <translation>Supprimée&#xa0;: la clé disparaît à l’enregistrement. Rétablir la fait revenir.</translation>
    </message>
    <message>
        <source>A JSON value that is not text, kept as the server wrote it; edit it as JSON.</source>
        <translation>Une valeur JSON qui n’est pas du texte, conservée telle que le serveur l’a écrite&#x202f;; modifiez-la en JSON.</translation>
    </message>
    <message>
        <source>null: the key has no value.</source>
        <translation>null&#xa0;: la clé n’a pas de valeur.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The key is already on row %1.</source>
        <translation>La clé figure déjà à la ligne %1.</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>sans clé</translation>
    </message>
    <message>
        <source>duplicate key</source>
        <translation>en double</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>NUL character</source>
        <translation>caractère NUL</translation>
    </message>
</context>
<context>
    <name>MetadataEditor</name>
    <message>
        <source>&amp;Add key</source>
        <translation>A&amp;jouter une clé</translation>
    </message>
    <message>
        <source>Add a key and start typing its name</source>
        <translation>Ajouter une clé et commencer à saisir son nom</translation>
    </message>
    <message>
        <source>&amp;Remove key</source>
        <translation>&amp;Supprimer la clé</translation>
    </message>
    <message>
        <source>Mark the current key removed; it stays visible, struck through, until you save or restore it</source>
        <translation>Marquer la clé courante comme supprimée&#x202f;; elle reste visible, barrée, jusqu’à l’enregistrement ou jusqu’à ce que vous la rétablissiez</translation>
    </message>
    <message>
        <source>Re&amp;store key</source>
        <translation>Réta&amp;blir la clé</translation>
    </message>
    <message>
        <source>Bring back the removed key in the current row</source>
        <translation>Faire revenir la clé supprimée de la ligne courante</translation>
    </message>
    <message>
        <source>Re&amp;vert all</source>
        <translation>&amp;Tout annuler</translation>
    </message>
    <message>
        <source>Undo every change since the map was loaded, as one step that can itself be undone</source>
        <translation>Annuler toutes les modifications depuis le chargement des métadonnées, en une seule étape elle-même annulable</translation>
    </message>
    <message>
        <source>Edit as &amp;text</source>
        <translation>Modifier en &amp;mode texte</translation>
    </message>
    <message>
        <source>Switch between the table and the same map as key: value lines</source>
        <translation>Basculer entre le tableau et les mêmes métadonnées sous forme de lignes key: value</translation>
    </message>
    <message>
        <source>Edit &amp;whole value…</source>
        <translation>Modifier la &amp;valeur entière…</translation>
    </message>
    <message>
        <source>Edit the current value in a larger box, where Enter starts a new line</source>
        <translation>Modifier la valeur courante dans une zone plus grande, où Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>&amp;Save metadata…</source>
        <translation>&amp;Enregistrer les métadonnées…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaire</translation>
    </message>
    <message>
        <source>Artifact metadata</source>
        <translation>Métadonnées de l’artefact</translation>
    </message>
    <message>
        <source>F2 or Enter edits a cell, Shift+F2 the whole value; Insert adds a key, Delete removes one; Ctrl+C copies a cell; Ctrl+Z undoes</source>
        <translation>F2 ou Entrée modifie une cellule, Maj+F2 la valeur complète&#x202f;; Inser ajoute une clé, Suppr en supprime une&#x202f;; Ctrl+C copie une cellule&#x202f;; Ctrl+Z annule</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Set value to &amp;null</source>
        <translation>Mettre la valeur à &amp;null</translation>
    </message>
    <message>
        <source>Metadata editor status</source>
        <translation>État de l’éditeur de métadonnées</translation>
    </message>
    <message>
        <source>Why the metadata is read-only</source>
        <translation>Pourquoi les métadonnées sont en lecture seule</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Edit as text</source>
        <translation>Modifier en mode texte</translation>
    </message>
    <message>
        <source>There is no metadata to edit.</source>
        <translation>Il n’y a pas de métadonnées à modifier.</translation>
    </message>
    <message>
        <source>A save is under way.</source>
        <translation>Une sauvegarde est en cours.</translation>
    </message>
    <message>
        <source>Line %1 of the text cannot be read.</source>
        <translation>La ligne %1 du texte est illisible.</translation>
    </message>
    <message>
        <source>Nothing to save: the map is as loaded.</source>
        <translation>Rien à enregistrer&#xa0;: les métadonnées sont telles que chargées.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>valeur de %1</translation>
    </message>
    <message>
        <source>Value of %1</source>
        <translation>Valeur de %1</translation>
    </message>
    <message>
        <source>A JSON value</source>
        <translation>Une valeur JSON</translation>
    </message>
    <message>
        <source>The whole value; Enter starts a new line</source>
        <translation>La valeur complète&#x202f;; Entrée commence une nouvelle ligne</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 caractères</translation>
    </message>
    <message>
        <source>Fetch the live map, merge your changes into it, preview the request and send it</source>
        <translation>Récupérer les métadonnées actuelles du serveur, y fusionner vos modifications, prévisualiser la requête et l’envoyer</translation>
    </message>
    <message>
        <source>Cannot save: %1</source>
        <translation>Impossible d’enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>A JSON value; Enter keeps it.</source>
        <translation>Une valeur JSON&#x202f;; Entrée la valide.</translation>
    </message>
    <message>
        <source>%1 / %2 characters: %3 too many</source>
        <translation>%1 / %2 caractères&#xa0;: %3 de trop</translation>
    </message>
    <message numerus="yes">
        <source>(%n rows cannot be saved)</source>
        <translation>
            <numerusform>(%n ligne ne peut pas être enregistrée)</numerusform>
            <numerusform>(%n lignes ne peuvent pas être enregistrées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes. Ctrl+S saves, Ctrl+Z undoes.</source>
        <translation>Modifications non enregistrées. Ctrl+S enregistre, Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>The map no longer has the key %1: copy the value before closing.</source>
        <translation>Les métadonnées n’ont plus la clé %1&#xa0;: copiez la valeur avant de fermer.</translation>
    </message>
</context>
<context>
    <name>MetadataSaver</name>
    <message>
        <source>There is no connection to save with.</source>
        <translation>Aucune connexion pour enregistrer.</translation>
    </message>
    <message>
        <source>The server&apos;s metadata of this artifact could not be read; saving would overwrite whatever it holds, so nothing was sent.</source>
        <translation>Les métadonnées de cet artefact sur le serveur n’ont pas pu être lues&#x202f;; enregistrer écraserait leur contenu, quel qu’il soit, donc rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>The artifact names no recording, so there is no recording metadata to save.</source>
        <translation>L’artefact n’indique aucun enregistrement&#x202f;; il n’y a donc pas de métadonnées d’enregistrement à sauvegarder.</translation>
    </message>
    <message>
        <source>The connection changed after the request was shown; nothing was sent. Save again.</source>
        <translation>La connexion a changé après l’affichage de la requête&#x202f;; rien n’a été envoyé. Enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The artifact is gone (deleted, or not in this region). Nothing was saved; your edits are kept.</source>
        <translation>L’artefact n’existe plus (supprimé, ou pas dans cette région). Rien n’a été enregistré&#x202f;; vos modifications sont conservées.</translation>
    </message>
    <message>
        <source>The recording or its artifact is gone (deleted, or not in this region). Nothing was saved; your edits are kept.</source>
        <translation>L’enregistrement ou son artefact n’existe plus (supprimé, ou pas dans cette région). Rien n’a été sauvegardé&#x202f;; vos modifications sont conservées.</translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n value(s). Nothing was saved; your edits are kept.</source>
        <translation>
            <numerusform>Le serveur a refusé %n valeur. Rien n’a été enregistré&#x202f;; vos modifications sont conservées.</numerusform>
            <numerusform>Le serveur a refusé %n valeurs. Rien n’a été enregistré&#x202f;; vos modifications sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The artifact&apos;s metadata changed on the server since it was looked at; nothing was sent.</source>
        <translation>Les métadonnées de l’artefact ont changé sur le serveur depuis leur consultation&#x202f;; rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>MetadataTableModel</name>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>An empty key</source>
        <translation>Une clé vide</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Aucune valeur (null)</translation>
    </message>
    <message>
        <source>An empty string</source>
        <translation>Une chaîne vide</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>MetadataText</name>
    <message>
        <source>The quoted key does not end, or is not a valid JSON string.</source>
        <translation>La clé entre guillemets ne se termine pas, ou n&apos;est pas une chaîne JSON valide.</translation>
    </message>
    <message>
        <source>After the quoted key, “: ” and a value are missing.</source>
        <translation>Après la clé entre guillemets, « : » et une valeur manquent.</translation>
    </message>
    <message>
        <source>There is no “: ” between a key and its value.</source>
        <translation>Il manque « : » entre une clé et sa valeur.</translation>
    </message>
    <message>
        <source>The key is empty (write &quot;&quot; for an empty key).</source>
        <translation>La clé est vide (écrivez &quot;&quot; pour une clé vide).</translation>
    </message>
    <message>
        <source>After “=” comes a JSON value that is not text (a number, true, a list…); this one is not valid JSON.</source>
        <translation>Après « = » vient une valeur JSON qui n&apos;est pas du texte (un nombre, true, une liste…) ; celle-ci n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The quoted value does not end where the line ends, or is not a valid JSON string.</source>
        <translation>La valeur entre guillemets ne se termine pas en fin de ligne, ou n&apos;est pas une chaîne JSON valide.</translation>
    </message>
    <message>
        <source>The value is missing: write &quot;&quot; for an empty value, or null.</source>
        <translation>La valeur manque : écrivez &quot;&quot; pour une valeur vide, ou null.</translation>
    </message>
    <message>
        <source>The key “%1” is already on line %2.</source>
        <translation>La clé « %1 » figure déjà à la ligne %2.</translation>
    </message>
</context>
<context>
    <name>MetadataTextEdit</name>
    <message>
        <source>Metadata as text</source>
        <translation>Métadonnées en mode texte</translation>
    </message>
    <message>
        <source>One key: value per line. Values with a newline, spaces at either end or no characters are written in &quot;quotes&quot; with JSON escapes; null is null; =42 is a JSON value; # starts a comment. See README, &quot;Editing metadata&quot;.</source>
        <translation>Une paire key: value par ligne. Les valeurs contenant un saut de ligne, des espaces au début ou à la fin, ou aucun caractère s’écrivent entre &quot;guillemets&quot; avec les échappements JSON&#x202f;; null est null&#x202f;; =42 est une valeur JSON&#x202f;; # commence un commentaire. Voir le README, «&#xa0;Editing metadata&#xa0;».</translation>
    </message>
    <message>
        <source>Lines that cannot be read</source>
        <translation>Lignes illisibles</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;line:%1&quot;&gt;Line %1&lt;/a&gt;: %2</source>
        <translation>&lt;a href=&quot;line:%1&quot;&gt;Ligne %1&lt;/a&gt;&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more lines</source>
        <translation>
            <numerusform>et %n autre ligne</numerusform>
            <numerusform>et %n autres lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Act on the notice</source>
        <translation>Agir sur l’avis</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l’avis</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Fermer cet avis</translation>
    </message>
</context>
<context>
    <name>OpenFieldHint</name>
    <message>
        <source>Artifact %1</source>
        <translation>Artefact %1</translation>
    </message>
    <message>
        <source>Recording %1</source>
        <translation>Enregistrement %1</translation>
    </message>
    <message>
        <source>Open one of these instead</source>
        <translation>Ouvrir plutôt l&apos;un de ceux-ci</translation>
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
        <translation>enregistrement commencé le %1</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>enregistrement %1</translation>
    </message>
</context>
<context>
    <name>PageProblemsBar</name>
    <message numerus="yes">
        <source>%n artifact(s) could not be read and were skipped (page %1)</source>
        <translation>
            <numerusform>%n artefact n&apos;a pas pu être lu et a été ignoré (page %1)</numerusform>
            <numerusform>%n artefacts n&apos;ont pas pu être lus et ont été ignorés (page %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid character sequence(s) are shown as �</source>
        <translation>
            <numerusform>%n séquence de caractères invalide est affichée comme �</numerusform>
            <numerusform>%n séquences de caractères invalides sont affichées comme �</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Why each artifact was skipped, with the data the server sent for it</source>
        <translation>Pourquoi chaque artefact a été ignoré, avec les données envoyées par le serveur</translation>
    </message>
    <message>
        <source>Page %1, item %2: %3</source>
        <translation>Page %1, élément %2 : %3</translation>
    </message>
    <message>
        <source>Artifacts that could not be read</source>
        <translation>Artefacts qui n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>The server sent these items in its list; they are left out of the table. Each shows why, and the start of what was sent.</source>
        <translation>Le serveur a envoyé ces éléments dans sa liste ; ils sont absents du tableau. Chacun indique pourquoi, et le début de ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>Skipped artifacts</source>
        <translation>Artefacts ignorés</translation>
    </message>
    <message>
        <source>Reason and raw data of each skipped artifact</source>
        <translation>Raison et données brutes de chaque artefact ignoré</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the whole list, for a ticket</source>
        <translation>Copier toute la liste, pour un ticket</translation>
    </message>
</context>
<context>
    <name>PaneCycler</name>
    <message>
        <source>Next pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Volet précédent</translation>
    </message>
    <message>
        <source>Move the focus to the next pane: toolbar, filters, list, details</source>
        <translation>Placer le focus dans le volet suivant : barre d&apos;outils, filtres, liste, détails</translation>
    </message>
    <message>
        <source>Move the focus to the previous pane</source>
        <translation>Placer le focus dans le volet précédent</translation>
    </message>
</context>
<context>
    <name>ParticipantFilesParser</name>
    <message>
        <source>%1 %2 (byte %3): %4</source>
        <translation>%1 %2 (octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>it has no action</source>
        <translation>il n’a pas d’action</translation>
    </message>
    <message>
        <source>its action</source>
        <translation>son action</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>il n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>its id</source>
        <translation>son identifiant</translation>
    </message>
    <message>
        <source>it has no participant</source>
        <translation>il n’a pas de participant</translation>
    </message>
    <message>
        <source>it has no timestamp</source>
        <translation>il n’a pas d’horodatage</translation>
    </message>
    <message>
        <source>its chat data is %1, not an object</source>
        <translation>ses données de chat sont %1, pas un objet</translation>
    </message>
    <message>
        <source>%1 is %2, not text</source>
        <translation>%1 est %2, pas du texte</translation>
    </message>
    <message>
        <source>%1 is not valid text</source>
        <translation>%1 n’est pas un texte valide</translation>
    </message>
    <message>
        <source>its timestamp is %1, not an object</source>
        <translation>son horodatage est %1, pas un objet</translation>
    </message>
    <message>
        <source>its timestamp has no usable time</source>
        <translation>son horodatage ne contient aucune heure exploitable</translation>
    </message>
    <message>
        <source>a list of participants</source>
        <translation>une liste de participants</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>a list of events</source>
        <translation>une liste d’événements</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
</context>
<context>
    <name>ParticipantTreeModel</name>
    <message>
        <source>speaker timeline</source>
        <translation>la chronologie des intervenants</translation>
    </message>
    <message>
        <source>participant events file</source>
        <translation>le fichier des événements des participants</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>spoke %1</source>
        <extracomment>%1 is the talk time, h:mm:ss</extracomment>
        <translation>a parlé %1</translation>
    </message>
    <message>
        <source>never spoke</source>
        <translation>n’a jamais parlé</translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation>Identifiant du participant&#xa0;: %1</translation>
    </message>
    <message>
        <source>First spoke at %1; select to show it on the chart</source>
        <translation>A parlé pour la première fois à %1&#x202f;; sélectionner pour l’afficher sur le graphique</translation>
    </message>
    <message>
        <source>Never spoke: not in the speaker timeline</source>
        <translation>N’a jamais parlé&#xa0;: absent de la chronologie des intervenants</translation>
    </message>
    <message>
        <source>The participants file is not loaded: this participant comes from the %1, without email or extra_data.</source>
        <extracomment>%1 names the file this participant was found in</extracomment>
        <translation>Le fichier des participants n’est pas chargé&#xa0;: ce participant figure dans %1, sans email ni extra_data.</translation>
    </message>
    <message>
        <source>The name is null (or missing)</source>
        <translation>Le nom est null (ou absent)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The name is an empty string</source>
        <translation>Le nom est une chaîne vide</translation>
    </message>
    <message>
        <source>is_host is null or missing</source>
        <translation>is_host est null ou absent</translation>
    </message>
    <message>
        <source>The platform is null, missing or empty</source>
        <translation>La plateforme est null, absente ou vide</translation>
    </message>
    <message>
        <source>The email is an empty string</source>
        <translation>L’adresse e-mail est une chaîne vide</translation>
    </message>
    <message>
        <source>The file has an email member that is null</source>
        <translation>Le fichier a un champ email qui vaut null</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(absent)</translation>
    </message>
    <message>
        <source>The file has no email member for this participant</source>
        <translation>Le fichier n’a pas de champ email pour ce participant</translation>
    </message>
    <message>
        <source>extra_data is null or missing</source>
        <translation>extra_data est null ou absent</translation>
    </message>
    <message>
        <source>not one value</source>
        <translation>pas une valeur unique</translation>
    </message>
    <message>
        <source>extra_data could not be read as JSON (%1); shown as the file has it:
%2</source>
        <extracomment>%1 is why the JSON could not be read, %2 the text as the file has it</extracomment>
        <translation>extra_data n’a pas pu être lu comme JSON (%1)&#x202f;; affiché tel qu’il figure dans le fichier&#xa0;:
%2</translation>
    </message>
    <message numerus="yes">
        <source>object, %n key(s)</source>
        <translation>
            <numerusform>objet, %n clé</numerusform>
            <numerusform>objet, %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>array, %n item(s)</source>
        <translation>
            <numerusform>tableau, %n élément</numerusform>
            <numerusform>tableau, %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The participant, or a field of the participant object as the file has it</source>
        <translation>Le participant, ou un champ de l’objet participant tel qu’il figure dans le fichier</translation>
    </message>
    <message>
        <source>Its value: null, (empty) and (missing) are told apart; strings inside extra_data are quoted</source>
        <translation>Sa valeur&#xa0;: null, (vide) et (absent) sont distingués&#x202f;; les chaînes dans extra_data sont entre guillemets</translation>
    </message>
</context>
<context>
    <name>ParticipantsPane</name>
    <message>
        <source>&amp;Copy value</source>
        <translation>&amp;Copier la valeur</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Participants and their fields</source>
        <translation>Participants et leurs champs</translation>
    </message>
    <message>
        <source>Every participant and every field the file has for them. Select a participant who spoke to show their first speech on the chart; Ctrl+C copies the value.</source>
        <translation>Chaque participant et chaque champ que le fichier contient pour lui. Sélectionnez un participant qui a parlé pour afficher sa première prise de parole sur le graphique&#x202f;; Ctrl+C copie la valeur.</translation>
    </message>
    <message>
        <source>Copy the selected value (strings without quotes, objects and arrays as JSON)</source>
        <translation>Copier la valeur sélectionnée (chaînes sans guillemets, objets et tableaux en JSON)</translation>
    </message>
    <message>
        <source>The participants file is not loaded: these participants come from the speaker timeline and the events file, without email or extra_data.</source>
        <translation>Le fichier des participants n’est pas chargé&#xa0;: ces participants proviennent de la chronologie des intervenants et du fichier des événements, sans email ni extra_data.</translation>
    </message>
    <message>
        <source>The participants file lists nobody.</source>
        <translation>Le fichier des participants ne contient personne.</translation>
    </message>
    <message>
        <source>No participants: none of this meeting&apos;s files is loaded.</source>
        <translation>Aucun participant&#xa0;: aucun fichier de cette réunion n’est chargé.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>RecallClient</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Too many redirects (last to %1).</source>
        <translation>Trop de redirections (la dernière vers %1).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The download link was refused (%1): it has probably expired.</source>
        <translation>Le lien de téléchargement a été refusé (%1)&#xa0;: il a probablement expiré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative)</numerusform>
            <numerusform>%1 (abandon après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes of the answer.</source>
        <translation>La connexion à %1 s&apos;est interrompue après %2 octets sur %3 de la réponse.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during the answer: %2</source>
        <translation>La connexion à %1 s&apos;est interrompue pendant la réponse : %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>US East (N. Virginia)</source>
        <translation>Est des États-Unis (Virginie du Nord)</translation>
    </message>
    <message>
        <source>US West (Oregon)</source>
        <translation>Ouest des États-Unis (Oregon)</translation>
    </message>
    <message>
        <source>EU (Frankfurt)</source>
        <translation>UE (Francfort)</translation>
    </message>
    <message>
        <source>Asia (Tokyo)</source>
        <translation>Asie (Tokyo)</translation>
    </message>
</context>
<context>
    <name>RenderCommand</name>
    <message>
        <source>The speaker timeline file (JSON) to draw.</source>
        <translation>Le fichier de chronologie des intervenants (JSON) à dessiner.</translation>
    </message>
    <message>
        <source>timeline.json</source>
        <translation>chronologie.json</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>graphique.png</translation>
    </message>
    <message>
        <source>The chart&apos;s size in pixels (default 1920x1080).</source>
        <translation>La taille du graphique en pixels (1920x1080 par défaut).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>LARGEURxHAUTEUR</translation>
    </message>
    <message>
        <source>The colour scheme: light or dark (default light).</source>
        <translation>Le jeu de couleurs&#xa0;: light ou dark (light par défaut).</translation>
    </message>
    <message>
        <source>scheme</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>The size must read WIDTHxHEIGHT, from 100x60 to 16384x16384: %1</source>
        <translation>La taille doit être de la forme LARGEURxHAUTEUR, de 100x60 à 16384x16384&#xa0;: %1</translation>
    </message>
    <message>
        <source>The scheme must be light or dark: %1</source>
        <translation>Le jeu de couleurs doit être light ou dark&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>La lecture de %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1: %2 segment(s) of the wrong shape were skipped.</source>
        <translation>%1&#xa0;: %2 segment(s) de forme incorrecte ignoré(s).</translation>
    </message>
    <message>
        <source>Draws the speaker timeline of a local file as PNG or SVG, or writes it as CSV, RTTM or Audacity labels, and exits.</source>
        <translation>Dessine la chronologie des intervenants d’un fichier local en PNG ou SVG, ou l’écrit en CSV, RTTM ou étiquettes Audacity, puis quitte.</translation>
    </message>
    <message>
        <source>With a .csv output: the per-speaker statistics instead of the segments.</source>
        <translation>Avec une sortie .csv&#xa0;: les statistiques par intervenant au lieu des segments.</translation>
    </message>
    <message>
        <source>FROM,TO</source>
        <translation>DE,À</translation>
    </message>
    <message>
        <source>Where to write: a .png or .svg chart, a .csv of the segments (or of the statistics with --stats), a .rttm file, Audacity labels (.txt) or a support bundle (.zip).</source>
        <translation>Où écrire&#xa0;: un graphique .png ou .svg, un .csv des segments (ou des statistiques avec --stats), un fichier .rttm, des étiquettes Audacity (.txt) ou un paquet d’assistance (.zip).</translation>
    </message>
    <message>
        <source>With a .zip output: the participants file to include.</source>
        <translation>Avec une sortie .zip&#xa0;: le fichier de participants à inclure.</translation>
    </message>
    <message>
        <source>participants.json</source>
        <translation>participants.json</translation>
    </message>
    <message>
        <source>The participant events file (JSON) of the same meeting: drawn over the rows of a .png or .svg (presence, webcam, screen sharing, chat and other events), included in a .zip.</source>
        <translation>Le fichier d’événements des participants (JSON) de la même réunion&#xa0;: dessiné sur les lignes d’un .png ou d’un .svg (présence, webcam, partage d’écran, chat et autres événements), inclus dans un .zip.</translation>
    </message>
    <message>
        <source>participant_events.json</source>
        <translation>participant_events.json</translation>
    </message>
    <message>
        <source>--render needs a timeline file and --output a .png, .svg, .csv, .rttm, .txt or .zip file.</source>
        <translation>--render nécessite un fichier de chronologie et --output un fichier .png, .svg, .csv, .rttm, .txt ou .zip.</translation>
    </message>
    <message>
        <source>The output must end in .png, .svg, .csv, .rttm, .txt or .zip: %1</source>
        <translation>La sortie doit se terminer par .png, .svg, .csv, .rttm, .txt ou .zip&#xa0;: %1</translation>
    </message>
    <message>
        <source>--participants goes with a support bundle (--output bundle.zip), --events with a bundle or a chart (.png, .svg).</source>
        <translation>--participants va avec un paquet d’assistance (--output bundle.zip), --events avec un paquet ou un graphique (.png, .svg).</translation>
    </message>
    <message>
        <source>Only the range FROM,TO of the recording, in seconds or h:mm:ss (default: the whole meeting): the statistics of --stats, the time shown in a .png or .svg chart.</source>
        <translation>Seulement la plage DE,À de l’enregistrement, en secondes ou h:mm:ss (par défaut&#xa0;: toute la réunion)&#xa0;: les statistiques de --stats, la période montrée dans un graphique .png ou .svg.</translation>
    </message>
    <message>
        <source>The range must read FROM,TO in seconds or h:mm:ss, FROM before TO: %1</source>
        <translation>La plage doit s’écrire DE,À en secondes ou h:mm:ss, DE avant À&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>•••• (hidden)</source>
        <translation>•••• (masqué)</translation>
    </message>
</context>
<context>
    <name>RetryAfter</name>
    <message>
        <source>the server asked to wait %1; treated as a broken header</source>
        <translation>le serveur demandait d&apos;attendre %1 ; traité comme un en-tête erroné</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
        <translation>une requête vers %1</translation>
    </message>
    <message>
        <source>loading page %1</source>
        <translation>chargement de la page %1</translation>
    </message>
    <message>
        <source>loading the list</source>
        <translation>chargement de la liste</translation>
    </message>
    <message>
        <source>artifact %1</source>
        <translation>artefact %1</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message>
        <source>bot %1</source>
        <translation>bot %1</translation>
    </message>
    <message numerus="yes">
        <source>retry %1 in %n s</source>
        <translation>
            <numerusform>essai %1 dans %n s</numerusform>
            <numerusform>essai %1 dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the rate limit: %1, %2</source>
        <translation>Attente de la limite de requêtes : %1, %2</translation>
    </message>
    <message>
        <source>No answer yet: %1, %2</source>
        <translation>Pas encore de réponse : %1, %2</translation>
    </message>
</context>
<context>
    <name>SaveOutcomeBar</name>
    <message>
        <source>Remove &amp;kept keys</source>
        <translation>Supprimer les clés &amp;restantes</translation>
    </message>
    <message>
        <source>Save progress</source>
        <translation>Progression de l’enregistrement</translation>
    </message>
    <message>
        <source>Rate limit wait</source>
        <translation>Attente de la limite de requêtes</translation>
    </message>
    <message>
        <source>Remove kept keys</source>
        <translation>Supprimer les clés restantes</translation>
    </message>
    <message>
        <source>Send the map again with each kept key set to null</source>
        <translation>Renvoyer les métadonnées avec chaque clé restante mise à null</translation>
    </message>
    <message>
        <source>Dismiss the save result</source>
        <translation>Fermer le résultat de l’enregistrement</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Waiting for the rate limit: %1 s</source>
        <translation>Attente de la limite de requêtes&#xa0;: %1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 kept: still there although removed; the server merges instead of replacing. The answer holds %2.</source>
        <translation>%1 restante&#xa0;: toujours présente bien que supprimée&#x202f;; le serveur fusionne au lieu de remplacer. La réponse contient %2.</translation>
    </message>
    <message>
        <source>%1 dropped: sent as %2, missing from the answer.</source>
        <translation>%1 perdue&#xa0;: envoyée comme %2, absente de la réponse.</translation>
    </message>
    <message>
        <source>%1 altered: sent %2, the answer holds %3.</source>
        <translation>%1 altérée&#xa0;: %2 envoyé, la réponse contient %3.</translation>
    </message>
    <message>
        <source>%1 added: in the answer without being sent, as %2.</source>
        <translation>%1 ajoutée&#xa0;: présente dans la réponse sans avoir été envoyée, comme %2.</translation>
    </message>
    <message>
        <source>Saved. The server&apos;s answer matches what was sent.</source>
        <translation>Enregistré. La réponse du serveur correspond à ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>Saved, but the server&apos;s answer differs from what was sent:</source>
        <translation>Enregistré, mais la réponse du serveur diffère de ce qui a été envoyé&#xa0;:</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>This server merges the map it receives into the one it has, so leaving a key out does not remove it. “Remove kept keys” sends those keys again as null; the answer will show whether that removes them.</source>
        <translation>Ce serveur fusionne les métadonnées qu’il reçoit avec celles qu’il détient&#xa0;: omettre une clé ne la supprime donc pas. «&#xa0;Supprimer les clés restantes&#xa0;» renvoie ces clés avec la valeur null&#x202f;; la réponse montrera si cela les supprime.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SavePreviewDialog</name>
    <message>
        <source>Review the Save</source>
        <translation>Vérifier avant d’enregistrer</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Choose a value for every conflicting key above to see the request that will be sent.</source>
        <translation>Choisissez une valeur pour chaque clé en conflit ci-dessus pour voir la requête qui sera envoyée.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Actuellement sur le serveur</translation>
    </message>
    <message>
        <source>After sending</source>
        <translation>Après l’envoi</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Changes on the server</source>
        <translation>Modifications sur le serveur</translation>
    </message>
    <message>
        <source>Every key this save adds, changes or removes on the server</source>
        <translation>Chaque clé que cette sauvegarde ajoute, modifie ou supprime sur le serveur</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>En-têtes de la requête</translation>
    </message>
    <message>
        <source>The headers sent with the request; the API key is hidden</source>
        <translation>Les en-têtes envoyés avec la requête&#x202f;; la clé API est masquée</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>The JSON body sent, indented for reading; values exactly as sent</source>
        <translation>Le corps JSON envoyé, indenté pour la lecture&#x202f;; valeurs exactement telles qu’envoyées</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What changes on the server, and the request that does it (Ctrl+Tab switches)</source>
        <translation>Ce qui change sur le serveur, et la requête qui le fait (Ctrl+Tab pour basculer)</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>Modi&amp;fications</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t show this preview before saving</source>
        <translation>&amp;Ne plus afficher cet aperçu avant l’enregistrement</translation>
    </message>
    <message>
        <source>Don&apos;t show this preview before saving</source>
        <translation>Ne plus afficher cet aperçu avant l’enregistrement</translation>
    </message>
    <message>
        <source>Save without this preview from now on; it still opens when a conflict needs a choice</source>
        <translation>Enregistrer désormais sans cet aperçu&#x202f;; il s’ouvre quand même lorsqu’un conflit demande un choix</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without saving; your edits stay (Esc)</source>
        <translation>Fermer sans enregistrer&#x202f;; vos modifications restent (Échap)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Copier en c&amp;url</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy a curl command for this request; it reads the key from $RECALL_API_KEY</source>
        <translation>Copier une commande curl pour cette requête&#x202f;; elle lit la clé dans $RECALL_API_KEY</translation>
    </message>
    <message>
        <source>Someone changed the server&apos;s map since you loaded it. Resolve each conflict, check the changes, then send.</source>
        <translation>Quelqu’un a modifié les métadonnées du serveur depuis que vous les avez chargées. Résolvez chaque conflit, vérifiez les modifications, puis envoyez.</translation>
    </message>
    <message>
        <source>Saving sends the complete map. Check what changes on the server, then send.</source>
        <translation>L’enregistrement envoie l’ensemble des métadonnées. Vérifiez ce qui change sur le serveur, puis envoyez.</translation>
    </message>
    <message>
        <source>Choose mine or theirs for every conflicting key first (left to choose: %1)</source>
        <translation>Choisissez d’abord votre valeur ou celle du serveur pour chaque clé en conflit (reste à choisir&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Nothing to send yet</source>
        <translation>Rien à envoyer pour l’instant</translation>
    </message>
    <message>
        <source>Send this request and save the map (Enter)</source>
        <translation>Envoyer cette requête et enregistrer les métadonnées (Entrée)</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>(empty key)</source>
        <translation>(clé vide)</translation>
    </message>
    <message>
        <source>Nothing changes: the map to send equals the map on the server now.</source>
        <translation>Rien ne change&#xa0;: les métadonnées à envoyer sont identiques à celles du serveur.</translation>
    </message>
    <message>
        <source>On the server: %1 added, %2 changed, %3 removed.</source>
        <translation>Sur le serveur&#xa0;: ajouts %1, modifications %2, suppressions %3.</translation>
    </message>
    <message>
        <source>C&amp;hanges (%1)</source>
        <translation>Modi&amp;fications (%1)</translation>
    </message>
    <message>
        <source>Copied; set RECALL_API_KEY before running it.</source>
        <translation>Copiée&#x202f;; définissez RECALL_API_KEY avant de l’exécuter.</translation>
    </message>
</context>
<context>
    <name>SegmentLookup</name>
    <message>
        <source>Participant id: %1</source>
        <translation>Identifiant du participant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start: %1</source>
        <translation>Début&#xa0;: %1</translation>
    </message>
    <message>
        <source>End: open-ended, still speaking when the recording ended (%1)</source>
        <extracomment>The end of a segment whose end_timestamp is null; %1 is the recording&apos;s end</extracomment>
        <translation>Fin&#xa0;: ouverte, parlait encore à la fin de l’enregistrement (%1)</translation>
    </message>
    <message>
        <source>End: %1</source>
        <translation>Fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wall clock: %1 to %2</source>
        <extracomment>Local wall-clock start and end of a segment</extracomment>
        <translation>Heure locale&#xa0;: de %1 à %2</translation>
    </message>
    <message>
        <source>(open-ended)</source>
        <translation>(fin ouverte)</translation>
    </message>
    <message>
        <source>Started before the recording did</source>
        <translation>A commencé avant l’enregistrement</translation>
    </message>
    <message>
        <source>%1, %2 to the end of the recording (open-ended)</source>
        <translation>%1, de %2 à la fin de l’enregistrement (fin ouverte)</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
</context>
<context>
    <name>SelectionGate</name>
    <message>
        <source>Another artifact was selected.</source>
        <translation>Un autre artefact a été sélectionné.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the preferences</source>
        <translation>Fermer les préférences</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Préfére&amp;nces…</translation>
    </message>
    <message>
        <source>Settings of the app, such as the timeline cache</source>
        <translation>Paramètres de l’application, comme le cache des chronologies</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Apply the filters (in a filter field)</source>
        <translation>Appliquer les filtres (dans un champ de filtre)</translation>
    </message>
    <message>
        <source>Clear the quick filter (in it)</source>
        <translation>Vider le filtre rapide (depuis celui-ci)</translation>
    </message>
    <message>
        <source>Cancel loading all</source>
        <translation>Annuler le chargement complet</translation>
    </message>
    <message>
        <source>Timeline: zoom in, zoom out (also Ctrl+wheel)</source>
        <translation>Chronologie&#xa0;: zoom avant, zoom arrière (aussi Ctrl+molette)</translation>
    </message>
    <message>
        <source>Timeline: move earlier, later (also drag, Shift+wheel)</source>
        <translation>Chronologie&#xa0;: déplacer vers plus tôt, plus tard (aussi glisser, Maj+molette)</translation>
    </message>
    <message>
        <source>Timeline: show the whole meeting</source>
        <translation>Chronologie&#xa0;: afficher la réunion entière</translation>
    </message>
    <message>
        <source>Timeline: zoom to a range</source>
        <translation>Chronologie&#xa0;: zoomer sur une plage</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Maj+glisser</translation>
    </message>
    <message>
        <source>Timeline: next, previous segment of the row</source>
        <translation>Chronologie&#xa0;: segment suivant, précédent de la ligne</translation>
    </message>
    <message>
        <source>Timeline: row above, below</source>
        <translation>Chronologie&#xa0;: ligne au-dessus, en dessous</translation>
    </message>
    <message>
        <source>Timeline: choose a range for the statistics</source>
        <translation>Chronologie&#xa0;: choisir une plage pour les statistiques</translation>
    </message>
    <message>
        <source>Drag on the axis</source>
        <translation>Glisser sur l’axe</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the window</source>
        <translation>Tous les raccourcis clavier de la fenêtre</translation>
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
        <translation>parole %1 · silence %2 · chevauchement %3</translation>
    </message>
    <message>
        <source>Whole meeting %1 · %2</source>
        <translation>Réunion entière %1 · %2</translation>
    </message>
    <message>
        <source>Range %1 – %2 (%3) · %4</source>
        <translation>Plage %1 – %2 (%3) · %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ids merged)</source>
        <translation>
            <numerusform>%1 (%n identifiant fusionné)</numerusform>
            <numerusform>%1 (%n identifiants fusionnés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 count as one speaker. Unmerge to see them apart.</source>
        <translation>Fusionnés&#xa0;: %1 comptent comme un seul intervenant. Défusionnez pour les voir séparément.</translation>
    </message>
    <message>
        <source>Estimated: an open-ended turn counts up to the end of the recording.</source>
        <translation>Estimé&#xa0;: un tour de parole à fin ouverte compte jusqu’à la fin de l’enregistrement.</translation>
    </message>
    <message>
        <source>Includes speech before the recording started (negative times).</source>
        <translation>Inclut de la parole avant le début de l’enregistrement (temps négatifs).</translation>
    </message>
    <message>
        <source>Time this speaker talked in the range; their own overlapping turns count once</source>
        <translation>Temps de parole de cet intervenant dans la plage&#x202f;; ses propres tours de parole qui se chevauchent comptent une fois</translation>
    </message>
    <message>
        <source>Time this speaker talked while someone else talked too</source>
        <translation>Temps où cet intervenant parlait pendant que quelqu’un d’autre parlait aussi</translation>
    </message>
    <message>
        <source>Length %1, silence (nobody speaks) %2</source>
        <translation>Durée %1, silence (personne ne parle) %2</translation>
    </message>
    <message>
        <source>Time anyone speaks</source>
        <translation>Temps où quelqu’un parle</translation>
    </message>
    <message>
        <source>Share of the range in which anyone speaks</source>
        <translation>Part de la plage où quelqu’un parle</translation>
    </message>
    <message>
        <source>Time two or more speak at once</source>
        <translation>Temps où deux personnes ou plus parlent en même temps</translation>
    </message>
    <message>
        <source>The speaker; merged rows count several ids as one person</source>
        <translation>L’intervenant&#x202f;; les lignes fusionnées comptent plusieurs identifiants comme une seule personne</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Talk time in the range (≈: estimated from an open-ended turn)</source>
        <translation>Temps de parole dans la plage (≈&#xa0;: estimé à cause d’un tour de parole à fin ouverte)</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Share of all speech in the range</source>
        <translation>Part du temps de parole total dans la plage</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Stretches of speech; a speaker&apos;s turns that touch or overlap count as one</source>
        <translation>Passages de parole&#x202f;; les tours de parole d’un intervenant qui se touchent ou se chevauchent comptent pour un</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>The longest turn, as far as it lies in the range</source>
        <translation>Le plus long tour de parole, pour sa partie située dans la plage</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Plus long</translation>
    </message>
    <message>
        <source>Time spoken while someone else spoke</source>
        <translation>Temps de parole pendant que quelqu’un d’autre parlait</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>When they first spoke (recording time; negative: before the recording)</source>
        <translation>Première prise de parole (temps de l’enregistrement&#x202f;; négatif&#xa0;: avant l’enregistrement)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>When they last stopped speaking</source>
        <translation>Fin de la dernière prise de parole</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>When anyone first spoke in the range</source>
        <translation>Quand quelqu’un a parlé pour la première fois dans la plage</translation>
    </message>
    <message>
        <source>When anyone last stopped speaking in the range</source>
        <translation>Quand quelqu’un a cessé de parler pour la dernière fois dans la plage</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Tous les intervenants</translation>
    </message>
</context>
<context>
    <name>StatsPane</name>
    <message>
        <source>Speaker statistics</source>
        <translation>Statistiques des intervenants</translation>
    </message>
    <message>
        <source>Range start</source>
        <translation>Début de la plage</translation>
    </message>
    <message>
        <source>Where the range starts, as h:mm:ss or seconds (negative: before the recording); Enter applies. Or drag on the chart&apos;s axis.</source>
        <translation>Début de la plage, en h:mm:ss ou en secondes (négatif&#xa0;: avant l’enregistrement)&#x202f;; Entrée applique. Ou faites glisser sur l’axe du graphique.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>Range end</source>
        <translation>Fin de la plage</translation>
    </message>
    <message>
        <source>Where the range ends, as h:mm:ss or seconds; Enter applies</source>
        <translation>Fin de la plage, en h:mm:ss ou en secondes&#x202f;; Entrée applique</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>Statistics for the whole meeting</source>
        <translation>Statistiques de la réunion entière</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>P&amp;lage&#xa0;:</translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>Réunion entière</translation>
    </message>
    <message>
        <source>Clear the range: statistics for the whole meeting (Esc in the range fields)</source>
        <translation>Effacer la plage&#xa0;: statistiques de la réunion entière (Échap dans les champs de plage)</translation>
    </message>
    <message>
        <source>Range problem</source>
        <translation>Problème de plage</translation>
    </message>
    <message>
        <source>Statistics summary</source>
        <translation>Résumé des statistiques</translation>
    </message>
    <message>
        <source>Statistics per speaker</source>
        <translation>Statistiques par intervenant</translation>
    </message>
    <message>
        <source>Click a column to sort; choosing a speaker selects their row in the chart. ≈ marks estimates (an open-ended turn).</source>
        <translation>Cliquez sur une colonne pour trier&#x202f;; choisir un intervenant sélectionne sa ligne dans le graphique. ≈ signale les estimations (un tour de parole à fin ouverte).</translation>
    </message>
    <message>
        <source>&amp;Merge same names</source>
        <translation>F&amp;usionner les noms identiques</translation>
    </message>
    <message>
        <source>Count rows that share a name as one speaker (someone who left and rejoined gets a new id); undoable</source>
        <translation>Compter les lignes de même nom comme un seul intervenant (qui part et revient reçoit un nouvel identifiant)&#x202f;; annulable</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>Défus&amp;ionner</translation>
    </message>
    <message>
        <source>Count the selected merged row&apos;s ids apart again (all merged rows when none is selected)</source>
        <translation>Compter de nouveau séparément les identifiants de la ligne fusionnée sélectionnée (toutes les lignes fusionnées si aucune n’est sélectionnée)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo the last merge or unmerge</source>
        <translation>Annuler la dernière fusion ou séparation</translation>
    </message>
    <message>
        <source>Redo the merge or unmerge undone last</source>
        <translation>Rétablir la dernière fusion ou séparation annulée</translation>
    </message>
    <message>
        <source>Merge rows that share a name</source>
        <translation>Fusionner les lignes de même nom</translation>
    </message>
    <message>
        <source>Unmerge rows</source>
        <translation>Défusionner les lignes</translation>
    </message>
    <message>
        <source>Type times as h:mm:ss (for example 0:12:30 or 1:02:03.5) or as seconds.</source>
        <translation>Saisissez les temps en h:mm:ss (par exemple 0:12:30 ou 1:02:03.5) ou en secondes.</translation>
    </message>
    <message>
        <source>The range must end after it starts.</source>
        <translation>La plage doit finir après son début.</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>fusion</translation>
    </message>
    <message>
        <source>unmerge</source>
        <translation>séparation</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StatusLegend</name>
    <message>
        <source>Show only status %1</source>
        <translation>Afficher uniquement le statut %1</translation>
    </message>
    <message>
        <source>Show only loaded artifacts whose status is “%1”; click again to show all</source>
        <translation>Afficher uniquement les artefacts chargés dont le statut est «&#xa0;%1&#xa0;»&#x202f;; cliquez à nouveau pour tout afficher</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Could not add %1: %2</source>
        <translation>Impossible d’ajouter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not add %1: %2 changed while it was read.</source>
        <translation>Impossible d’ajouter %1&#xa0;: %2 a changé pendant sa lecture.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The chart holds the API key; the bundle was not written.</source>
        <translation>Le graphique contient la clé API&#x202f;; le paquet n’a pas été écrit.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1 in %2: %3</source>
        <translation>Impossible de lire %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 has no %2.</source>
        <translation>%1 ne contient pas %2.</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>TimelineCache</name>
    <message>
        <source>The cache needs a connection and an artifact id.</source>
        <translation>Le cache nécessite une connexion et un identifiant d’artefact.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Some files in %1 could not be removed.</source>
        <translation>Certains fichiers de %1 n’ont pas pu être supprimés.</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Speaker timeline</source>
        <translation>Chronologie des intervenants</translation>
    </message>
    <message>
        <source>No speaker timeline loaded.</source>
        <translation>Aucune chronologie des intervenants chargée.</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s). Showing %1 to %2 of %3 to %4.</source>
        <translation>
            <numerusform>%n intervenant. Affichage de %1 à %2 sur %3 à %4.</numerusform>
            <numerusform>%n intervenants. Affichage de %1 à %2 sur %3 à %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <translation>Sélection&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Selected row: %1.</source>
        <translation>Ligne sélectionnée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No speaker timeline loaded</source>
        <translation>Aucune chronologie des intervenants chargée</translation>
    </message>
    <message>
        <source>&lt;p&gt;Who spoke when: one row per participant, bars where they spoke, the Overlap lane where two or more spoke at once, and the whole meeting in the strip at the bottom.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+wheel&lt;/b&gt; or &lt;b&gt;W&lt;/b&gt;/&lt;b&gt;S&lt;/b&gt; zoom, &lt;b&gt;Shift+wheel&lt;/b&gt;, dragging or &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;D&lt;/b&gt; pan, &lt;b&gt;Shift+drag&lt;/b&gt; or right-drag zooms to a range, &lt;b&gt;0&lt;/b&gt; or &lt;b&gt;Home&lt;/b&gt; shows the whole meeting. Click a bar to select it; &lt;b&gt;Right&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; and &lt;b&gt;Left&lt;/b&gt;/&lt;b&gt;P&lt;/b&gt; go to the next and previous segment of its row, &lt;b&gt;Up&lt;/b&gt;/&lt;b&gt;Down&lt;/b&gt; change the row, &lt;b&gt;Escape&lt;/b&gt; clears the selection and the highlight. Hatched bars are still running when the recording ended; the shaded part is before the recording started.&lt;/p&gt;&lt;p&gt;With the participant events, a light tint in a row&apos;s colour shows when the participant was in the meeting, a solid thin line under the bars when their webcam was on and a dashed one when they shared their screen. Diamonds mark chat messages, grey rings other events (including actions this version does not know). Hover any of them for details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qui a parlé quand&#xa0;: une ligne par participant, des barres là où il a parlé, la piste «&#xa0;Chevauchement&#xa0;» là où deux personnes ou plus parlaient en même temps, et la réunion entière dans la bande du bas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ctrl+molette&lt;/b&gt; ou &lt;b&gt;W&lt;/b&gt;/&lt;b&gt;S&lt;/b&gt; zooment, &lt;b&gt;Maj+molette&lt;/b&gt;, le glisser ou &lt;b&gt;A&lt;/b&gt;/&lt;b&gt;D&lt;/b&gt; déplacent, &lt;b&gt;Maj+glisser&lt;/b&gt; ou glisser avec le bouton droit zoome sur une plage, &lt;b&gt;0&lt;/b&gt; ou &lt;b&gt;Début&lt;/b&gt; affiche la réunion entière. Cliquez sur une barre pour la sélectionner&#x202f;; &lt;b&gt;Droite&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; et &lt;b&gt;Gauche&lt;/b&gt;/&lt;b&gt;P&lt;/b&gt; passent au segment suivant et précédent de sa ligne, &lt;b&gt;Haut&lt;/b&gt;/&lt;b&gt;Bas&lt;/b&gt; changent de ligne, &lt;b&gt;Échap&lt;/b&gt; efface la sélection et la surbrillance. Les barres hachurées duraient encore à la fin de l’enregistrement&#x202f;; la partie ombrée précède le début de l’enregistrement.&lt;/p&gt;&lt;p&gt;Avec les événements des participants, une teinte claire de la couleur de la ligne indique quand le participant était dans la réunion, une fine ligne continue sous les barres quand sa webcam était allumée et une ligne pointillée quand il partageait son écran. Les losanges marquent les messages de chat, les anneaux gris les autres événements (y compris les actions que cette version ne connaît pas). Survolez-les pour plus de détails.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Drag on the axis to choose another range for the statistics; a click or Esc returns to the whole meeting</source>
        <translation>Faire glisser sur l’axe pour choisir une autre plage pour les statistiques&#x202f;; un clic ou Échap revient à la réunion entière</translation>
    </message>
    <message>
        <source>Drag on the axis to choose a range for the statistics</source>
        <translation>Faire glisser sur l’axe pour choisir une plage pour les statistiques</translation>
    </message>
    <message numerus="yes">
        <source>%n participant event(s) shown in view.</source>
        <translation>
            <numerusform>%n événement de participant affiché dans la vue.</numerusform>
            <numerusform>%n événements de participants affichés dans la vue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Highlighted: %1 to %2.</source>
        <translation>En surbrillance&#xa0;: de %1 à %2.</translation>
    </message>
    <message>
        <source>Highlighted: %1.</source>
        <translation>En surbrillance&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>TimelineDock</name>
    <message>
        <source>Speaker timeline</source>
        <translation>Chronologie des intervenants</translation>
    </message>
    <message>
        <source>Speaker &amp;timeline</source>
        <translation>&amp;Chronologie des intervenants</translation>
    </message>
    <message>
        <source>Show or hide who spoke when for the selected artifact (%1)</source>
        <translation>Afficher ou masquer qui a parlé quand pour l’artefact sélectionné (%1)</translation>
    </message>
    <message>
        <source>Show or hide the speaker timeline</source>
        <translation>Afficher ou masquer la chronologie des intervenants</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a speaker timeline, participants or participant events file from disk (%1)</source>
        <translation>Ouvrir depuis le disque un fichier de chronologie des intervenants, de participants ou d’événements des participants (%1)</translation>
    </message>
    <message>
        <source>Open a Recall file from disk; no connection needed</source>
        <translation>Ouvrir un fichier Recall depuis le disque&#x202f;; aucune connexion nécessaire</translation>
    </message>
    <message>
        <source>Open a Recall file</source>
        <translation>Ouvrir un fichier Recall</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TimelineDocument</name>
    <message>
        <source>(no name) #%1</source>
        <extracomment>A speaker row whose participant has no name; %1 is the participant id</extracomment>
        <translation>(sans nom) #%1</translation>
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
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The %1 file is not available: the artifact is %2, not done.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’est pas disponible&#xa0;: l’artefact a le statut %2, il n’est pas terminé.</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: there is no connection.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: il n’y a aucune connexion.</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the artifact has no link for it.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: l’artefact n’a pas de lien pour ce fichier.</translation>
    </message>
    <message>
        <source>The %1 file could not be stored: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être stocké&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the download link expired and a fresh one failed too: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: le lien de téléchargement a expiré et un nouveau lien a également échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>The %1 file could not be downloaded: the download link expired and a fresh one could not be fetched: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être téléchargé&#xa0;: le lien de téléchargement a expiré et un nouveau lien n’a pas pu être récupéré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TimelineFile</name>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>participant events</source>
        <translation>événements des participants</translation>
    </message>
    <message>
        <source>speaker timeline</source>
        <translation>chronologie des intervenants</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <translation>%1&#xa0;: %2 sur %3 (%4&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>TimelineFileKind</name>
    <message>
        <source>speaker timeline</source>
        <translation>chronologie des intervenants</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>participant events</source>
        <translation>événements des participants</translation>
    </message>
    <message>
        <source>empty list</source>
        <translation>liste vide</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>TimelineLoader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is a web page (HTML), not a Recall download: perhaps an error page saved instead.</source>
        <translation>Le fichier est une page web (HTML), pas un téléchargement Recall&#xa0;: peut-être une page d’erreur enregistrée à sa place.</translation>
    </message>
    <message>
        <source>The file is not a JSON list: a Recall download starts with &apos;[&apos; (byte %1).</source>
        <translation>Le fichier n’est pas une liste JSON&#xa0;: un téléchargement Recall commence par «&#xa0;[&#xa0;» (octet %1).</translation>
    </message>
    <message>
        <source>The file is a list, but its first element is not a speaker timeline segment, a participant or a participant event.</source>
        <translation>Le fichier est une liste, mais son premier élément n’est ni un segment de chronologie des intervenants, ni un participant, ni un événement de participant.</translation>
    </message>
    <message>
        <source>This is a %1 file, not a %2 file.</source>
        <translation>Ceci est un fichier «&#xa0;%1&#xa0;», pas un fichier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: not enough memory for %2 bytes</source>
        <translation>Impossible de lire %1&#xa0;: mémoire insuffisante pour %2 octets</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file ends early at byte %1, before its first element is complete: expecting the rest of a speaker timeline segment (the download may have been cut short).</source>
        <translation>Le fichier s’arrête prématurément à l’octet %1, avant la fin de son premier élément&#xa0;: le reste d’un segment de la chronologie des intervenants était attendu (le téléchargement a peut-être été interrompu).</translation>
    </message>
    <message>
        <source>The file ends early at byte %1, before its first element is complete: expecting the rest of a speaker timeline segment, a participant or a participant event (the download may have been cut short).</source>
        <translation>Le fichier s’arrête prématurément à l’octet %1, avant la fin de son premier élément&#xa0;: le reste d’un segment de la chronologie des intervenants, d’un participant ou d’un événement de participant était attendu (le téléchargement a peut-être été interrompu).</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Since start</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Whole meeting</source>
        <translation>Réunion entière</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Speaker timeline</source>
        <translation>Chronologie des intervenants</translation>
    </message>
    <message>
        <source>Timeline shown</source>
        <translation>Chronologie affichée</translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation>État de la chronologie</translation>
    </message>
    <message>
        <source>Timeline progress</source>
        <translation>Progression de la chronologie</translation>
    </message>
    <message>
        <source>Downloading and reading the timeline</source>
        <translation>Téléchargement et lecture de la chronologie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the timeline download</source>
        <translation>Annuler le téléchargement de la chronologie</translation>
    </message>
    <message>
        <source>Stop downloading or reading the timeline</source>
        <translation>Arrêter le téléchargement ou la lecture de la chronologie</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try the timeline again</source>
        <translation>Réessayer la chronologie</translation>
    </message>
    <message>
        <source>Download and read the timeline again</source>
        <translation>Télécharger et lire de nouveau la chronologie</translation>
    </message>
    <message>
        <source>First speech</source>
        <translation>Première prise de parole</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sort speakers by</source>
        <translation>Trier les intervenants par</translation>
    </message>
    <message>
        <source>The order of the speaker rows</source>
        <translation>L’ordre des lignes des intervenants</translation>
    </message>
    <message>
        <source>&amp;Sort by:</source>
        <translation>&amp;Trier par&#xa0;:</translation>
    </message>
    <message>
        <source>Recording time</source>
        <translation>Temps de l’enregistrement</translation>
    </message>
    <message>
        <source>Wall-clock time</source>
        <translation>Heure locale</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Axe du temps</translation>
    </message>
    <message>
        <source>Label the axis with the time since the recording started, or with local wall-clock time</source>
        <translation>Graduer l’axe avec le temps écoulé depuis le début de l’enregistrement, ou avec l’heure locale</translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation>A&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Fit the whole meeting</source>
        <translation>Ajuster à la réunion entière</translation>
    </message>
    <message>
        <source>Show the whole meeting (0 or Home in the chart)</source>
        <translation>Afficher la réunion entière (0 ou Début dans le graphique)</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>Open a timeline file</source>
        <translation>Ouvrir un fichier de chronologie</translation>
    </message>
    <message>
        <source>Open a speaker timeline, participants or participant events file from disk</source>
        <translation>Ouvrir depuis le disque un fichier de chronologie des intervenants, de participants ou d’événements des participants</translation>
    </message>
    <message>
        <source>Reading the timeline… %1%</source>
        <translation>Lecture de la chronologie… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Downloading the %1… %2 of %3</source>
        <translation>Téléchargement du fichier «&#xa0;%1&#xa0;»… %2 sur %3</translation>
    </message>
    <message>
        <source>Downloading the %1… %2</source>
        <translation>Téléchargement du fichier «&#xa0;%1&#xa0;»… %2</translation>
    </message>
    <message>
        <source>Select a done artifact to see who spoke when, or open a file (Ctrl+O) or drop one here.</source>
        <translation>Sélectionnez un artefact terminé pour voir qui a parlé quand, ou ouvrez un fichier (Ctrl+O) ou déposez-en un ici.</translation>
    </message>
    <message>
        <source>Artifact %1</source>
        <translation>Artefact %1</translation>
    </message>
    <message>
        <source>Stopped. Try again to download and read the timeline.</source>
        <translation>Arrêté. «&#xa0;Réessayer&#xa0;» télécharge et lit la chronologie.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>This artifact is %1: its speaker timeline is there once it is done.</source>
        <translation>Cet artefact a le statut %1&#xa0;: sa chronologie des intervenants sera disponible une fois qu’il sera terminé.</translation>
    </message>
    <message>
        <source>There is no connection to download the timeline with.</source>
        <translation>Il n’y a aucune connexion avec laquelle télécharger la chronologie.</translation>
    </message>
    <message>
        <source>The artifact has no speaker timeline link. Reload it, or ask Recall.ai support if it stays so.</source>
        <translation>L’artefact n’a pas de lien vers la chronologie des intervenants. Rechargez-le, ou contactez le support de Recall.ai si cela persiste.</translation>
    </message>
    <message>
        <source>Preparing the download…</source>
        <translation>Préparation du téléchargement…</translation>
    </message>
    <message>
        <source>Reading the timeline…</source>
        <translation>Lecture de la chronologie…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the wrong shape were skipped</source>
        <translation>
            <numerusform>%n élément de forme incorrecte a été ignoré</numerusform>
            <numerusform>%n éléments de forme incorrecte ont été ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) were replaced</source>
        <translation>
            <numerusform>%n séquence UTF-8 invalide a été remplacée</numerusform>
            <numerusform>%n séquences UTF-8 invalides ont été remplacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant id(s) appear under more than one name; the first is shown</source>
        <translation>
            <numerusform>%n identifiant de participant apparaît sous plusieurs noms&#x202f;; le premier est affiché</numerusform>
            <numerusform>%n identifiants de participant apparaissent sous plusieurs noms&#x202f;; le premier est affiché</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n intervenant</numerusform>
            <numerusform>%n intervenants</numerusform>
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
        <translation>(sans nom) #%1</translation>
    </message>
    <message numerus="yes">
        <source>A participants file: %n participant(s).</source>
        <translation>
            <numerusform>Un fichier de participants&#xa0;: %n participant.</numerusform>
            <numerusform>Un fichier de participants&#xa0;: %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A participant events file: %n event(s).</source>
        <translation>
            <numerusform>Un fichier d’événements des participants&#xa0;: %n événement.</numerusform>
            <numerusform>Un fichier d’événements des participants&#xa0;: %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no speech at all.</source>
        <translation>Le fichier ne contient aucune prise de parole.</translation>
    </message>
    <message>
        <source>Getting the timeline ready…</source>
        <translation>Préparation de la chronologie…</translation>
    </message>
    <message>
        <source>E&amp;vents</source>
        <translation>Événe&amp;ments</translation>
    </message>
    <message>
        <source>Show participant events on the chart</source>
        <translation>Afficher les événements des participants sur le graphique</translation>
    </message>
    <message>
        <source>Draw presence, webcam and screen sharing, chat and other events on the rows</source>
        <translation>Dessiner la présence, la webcam et le partage d’écran, le chat et les autres événements sur les lignes</translation>
    </message>
    <message>
        <source>The %1 could not be read completely: %2</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» n’a pas pu être lu entièrement&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The %1 had %n item(s) of the wrong shape; they were skipped.</source>
        <translation>
            <numerusform>Le fichier «&#xa0;%1&#xa0;» contenait %n élément de forme incorrecte&#x202f;; il a été ignoré.</numerusform>
            <numerusform>Le fichier «&#xa0;%1&#xa0;» contenait %n éléments de forme incorrecte&#x202f;; ils ont été ignorés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n of people who never spoke: see Events)</source>
        <translation>
            <numerusform>(dont %n de personnes qui n’ont jamais parlé&#xa0;: voir «&#xa0;Événements&#xa0;»)</numerusform>
            <numerusform>(dont %n de personnes qui n’ont jamais parlé&#xa0;: voir «&#xa0;Événements&#xa0;»)</numerusform>
        </translation>
    </message>
    <message>
        <source>This artifact failed: Recall.ai made no speaker timeline for it.</source>
        <translation>Cet artefact a échoué&#xa0;: Recall.ai n’a pas produit de chronologie des intervenants pour lui.</translation>
    </message>
    <message>
        <source>This artifact was deleted: its files are gone.</source>
        <translation>Cet artefact a été supprimé&#xa0;: ses fichiers n’existent plus.</translation>
    </message>
</context>
<context>
    <name>TimelineParser</name>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;]&#xa0;» attendu</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a member</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu après un membre</translation>
    </message>
    <message>
        <source>expected a JSON value (%1)</source>
        <translation>valeur JSON attendue (%1)</translation>
    </message>
    <message>
        <source>the file ends early: %1</source>
        <translation>le fichier se termine prématurément&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l’octet %2</translation>
    </message>
    <message>
        <source>the file is empty: expected &apos;[&apos;</source>
        <translation>le fichier est vide&#xa0;: «&#xa0;[&#xa0;» attendu</translation>
    </message>
    <message>
        <source>expected &apos;[&apos; (%1)</source>
        <translation>«&#xa0;[&#xa0;» attendu (%1)</translation>
    </message>
    <message>
        <source>the file ends early: expected &apos;&quot;&apos; to close a text</source>
        <translation>le fichier se termine prématurément&#xa0;: «&#xa0;&quot;&#xa0;» attendu pour fermer un texte</translation>
    </message>
    <message>
        <source>expected the end of the file after &apos;]&apos;</source>
        <translation>fin du fichier attendue après «&#xa0;]&#xa0;»</translation>
    </message>
    <message>
        <source>its participant is %1, not an object</source>
        <translation>son participant est %1, pas un objet</translation>
    </message>
    <message>
        <source>it is %1, not an object</source>
        <translation>c’est %1, pas un objet</translation>
    </message>
    <message>
        <source>its participant has no id</source>
        <translation>son participant n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>it has no id</source>
        <translation>il n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>its participant id %1 is not a whole number</source>
        <translation>l’identifiant de son participant, %1, n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>its id %1 is not a whole number</source>
        <translation>son identifiant %1 n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>its participant id is %1, not a whole number</source>
        <translation>l’identifiant de son participant est %1, pas un nombre entier</translation>
    </message>
    <message>
        <source>its id is %1, not a whole number</source>
        <translation>son identifiant est %1, pas un nombre entier</translation>
    </message>
    <message>
        <source>expected &apos;&quot;&apos; to close a text</source>
        <translation>«&#xa0;&quot;&#xa0;» attendu pour fermer un texte</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>«&#xa0;,&#xa0;» ou «&#xa0;}&#xa0;» attendu</translation>
    </message>
    <message>
        <source>it has no participant</source>
        <translation>il n’a pas de participant</translation>
    </message>
    <message>
        <source>%1 is %2, not an object</source>
        <translation>%1 est %2, pas un objet</translation>
    </message>
    <message>
        <source>%1.relative is %2, not a number</source>
        <translation>%1.relative est %2, pas un nombre</translation>
    </message>
    <message>
        <source>start_timestamp has no usable time</source>
        <translation>start_timestamp ne contient aucune heure exploitable</translation>
    </message>
    <message>
        <source>it has no start_timestamp</source>
        <translation>il n’a pas de start_timestamp</translation>
    </message>
    <message>
        <source>a list of segments</source>
        <translation>une liste de segments</translation>
    </message>
    <message>
        <source>segment %1 (byte %2): %3</source>
        <translation>segment %1 (octet %2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s) have only an absolute start, and no segment relates absolute to relative time</source>
        <translation>
            <numerusform>%n segment n’a qu’un début absolu, et aucun segment ne relie le temps absolu au temps relatif</numerusform>
            <numerusform>%n segments n’ont qu’un début absolu, et aucun segment ne relie le temps absolu au temps relatif</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Cannot render to %1: the file name must end in .png or .svg.</source>
        <extracomment>%1 is the output file the user asked for</extracomment>
        <translation>Impossible de dessiner dans %1&#xa0;: le nom du fichier doit se terminer par .png ou .svg.</translation>
    </message>
    <message>
        <source>Cannot render %1: %2 x %3 pixels is not a size from 1 to 16384 pixels each way.</source>
        <extracomment>%1 is the output file, %2 x %3 the size asked for</extracomment>
        <translation>Impossible de dessiner %1&#xa0;: %2 x %3 pixels n’est pas une taille comprise entre 1 et 16384 pixels dans chaque sens.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the image could not be encoded.</source>
        <translation>Impossible d’écrire %1&#xa0;: l’image n’a pas pu être encodée.</translation>
    </message>
    <message>
        <source>Speaker timeline</source>
        <translation>Chronologie des intervenants</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started.</source>
        <translation>Impossible d’écrire %1&#xa0;: le SVG n’a pas pu être commencé.</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>(absent)</source>
        <translation>(absente)</translation>
    </message>
    <message>
        <source>No such key</source>
        <translation>Cette clé n’existe pas</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>No value (null)</source>
        <translation>Aucune valeur (null)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>An empty string</source>
        <translation>Une chaîne vide</translation>
    </message>
    <message>
        <source>Not a string: kept as the server wrote it
%1</source>
        <translation>Pas une chaîne&#xa0;: valeur conservée telle que le serveur l’a écrite
%1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start the built-in demo workspace and connect to it.</source>
        <translation>Démarrer l’espace de travail de démonstration intégré et s’y connecter.</translation>
    </message>
    <message>
        <source>Recall region: us-east-1, us-west-2, eu-central-1 or ap-northeast-1.</source>
        <translation>Région Recall&#xa0;: us-east-1, us-west-2, eu-central-1 ou ap-northeast-1.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>A custom API base URL instead of a region (https, or http on loopback).</source>
        <translation>URL de base d’API personnalisée au lieu d’une région (https, ou http en loopback).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Région «&#xa0;%1&#xa0;» inconnue.</translation>
    </message>
    <message>
        <source>Inspect and correct Recall.ai participant-events artifacts.
The API key is read from the RECALL_API_KEY environment variable or the OS keychain.</source>
        <translation>Inspecter et corriger les artefacts participant-events de Recall.ai.
La clé API est lue dans la variable d’environnement RECALL_API_KEY ou dans le trousseau de clés du système.</translation>
    </message>
    <message>
        <source>--region and --base-url need the key in RECALL_API_KEY.</source>
        <translation>--region et --base-url nécessitent la clé dans RECALL_API_KEY.</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>&amp;Gérer les connexions…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Another connection was chosen.</source>
        <translation>Une autre connexion a été choisie.</translation>
    </message>
    <message>
        <source>An artifact id to open, or a local speaker timeline, participants or participant events file.</source>
        <translation>Un identifiant d’artefact à ouvrir, ou un fichier local de chronologie des intervenants, de participants ou d’événements des participants.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Write a speaker timeline file without a window, then exit: --render FILE --output chart.png|chart.svg|segments.csv|speakers.rttm|labels.txt|bundle.zip [--size WIDTHxHEIGHT] [--scheme light|dark] [--stats] [--range FROM,TO] [--events FILE] [--participants FILE]. --render FILE --help lists them all.</source>
        <translation>Écrire un fichier de chronologie des intervenants sans fenêtre, puis quitter&#xa0;: --render FICHIER --output chart.png|chart.svg|segments.csv|speakers.rttm|labels.txt|bundle.zip [--size LARGEURxHAUTEUR] [--scheme light|dark] [--stats] [--range DE,À] [--events FICHIER] [--participants FICHIER]. --render FICHIER --help les liste toutes.</translation>
    </message>
</context>
</TS>
