<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ApiError</name>
    <message>
        <source>Check the network connection and that %1 is reachable.</source>
        <translation>Vérifiez la connexion réseau et assurez-vous que %1 est joignable.</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again later.</source>
        <translation>Le serveur n’a pas répondu à temps ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>Use an https:// address; plain http is only allowed for this computer (loopback).</source>
        <translation>Utilisez une adresse https:// ; le http non chiffré n’est autorisé que pour cet ordinateur (loopback).</translation>
    </message>
    <message>
        <source>Download links expire: refresh the artifact to get fresh links.</source>
        <translation>Les liens de téléchargement expirent : actualisez l’artefact pour obtenir de nouveaux liens.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read; if this persists, check the base URL.</source>
        <translation>La réponse du serveur n’a pas pu être lue ; si le problème persiste, vérifiez l’URL de base.</translation>
    </message>
    <message>
        <source>Check the API key and the region: a key works only in the region it was created in.</source>
        <translation>Vérifiez la clé API et la région : une clé ne fonctionne que dans la région où elle a été créée.</translation>
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
        <translation>La même modification est encore en cours de traitement ; elle sera retentée.</translation>
    </message>
    <message>
        <source>Rate limited: the request waits for the server&apos;s Retry-After and is retried.</source>
        <translation>Limite de requêtes atteinte : la requête attend le délai Retry-After indiqué par le serveur, puis est renvoyée.</translation>
    </message>
    <message>
        <source>The server is overloaded; the request is retried with backoff.</source>
        <translation>Le serveur est surchargé ; la requête est renvoyée à intervalles croissants.</translation>
    </message>
    <message>
        <source>Could not reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n’a pas répondu dans un délai de %2 secondes.</translation>
    </message>
    <message>
        <source>Refused to send a request to %1: %2</source>
        <translation>Envoi de la requête à %1 refusé : %2</translation>
    </message>
    <message>
        <source>The server sent malformed JSON (%1 at byte %2).</source>
        <translation>Le serveur a envoyé du JSON mal formé (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what the API documents: %1</source>
        <translation>La réponse du serveur ne correspond pas à la documentation de l’API : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>an artifact has no id</source>
        <translation>un artefact n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>expected an artifact object</source>
        <translation>objet artefact attendu</translation>
    </message>
    <message>
        <source>expected a page with a &quot;results&quot; list</source>
        <translation>page avec une liste « results » attendue</translation>
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
        <translation>Le serveur a répondu %1 ; son explication n’était pas du JSON lisible (%2 à l’octet %3).</translation>
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
        <translation>le schéma « %1 » n’est pas pris en charge</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Participant Inspector — %1</source>
        <translation>Participant Inspector — %1</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefacts</translation>
    </message>
    <message>
        <source>The workspace&apos;s participant-events artifacts; more load as you scroll</source>
        <translation>Les artefacts participant-events de l’espace de travail ; la suite se charge au défilement</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <source>Retrying %1 (attempt %2) in %3 s</source>
        <translation>Nouvel essai pour %1 (tentative %2) dans %3 s</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
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
        <source>Load the artifact list again from the first page (%1)</source>
        <translation>Recharger la liste des artefacts depuis la première page (%1)</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>Load the next page of artifacts (%1)</source>
        <translation>Charger la page suivante d’artefacts (%1)</translation>
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
        <source>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Find Recall.ai participant-events artifacts, correct their metadata and see who spoke when.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Participant Inspector %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Trouvez les artefacts participant-events de Recall.ai, corrigez leurs métadonnées et voyez qui a parlé et à quel moment.&lt;/p&gt;</translation>
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
        <translation>Limite de requêtes atteinte : nouvel essai dans %1 s</translation>
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
        <translation>Quota de requêtes : OK</translation>
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
    <message>
        <source>Artifact %1: %2</source>
        <translation>Artefact %1 : %2</translation>
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
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Too many redirects (last to %1).</source>
        <translation>Trop de redirections (la dernière vers %1).</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>The download link was refused (%1): it has probably expired.</source>
        <translation>Le lien de téléchargement a été refusé (%1) : il a probablement expiré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative)</numerusform>
            <numerusform>%1 (abandon après %n tentatives)</numerusform>
        </translation>
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
    <name>main</name>
    <message>
        <source>Inspect and correct Recall.ai participant-events artifacts.
The API key is read from the RECALL_API_KEY environment variable.</source>
        <translation>Inspecter et corriger les artefacts participant-events de Recall.ai.
La clé API est lue dans la variable d’environnement RECALL_API_KEY.</translation>
    </message>
    <message>
        <source>Start the built-in demo workspace and connect to it.</source>
        <translation>Démarrer l’espace de travail de démonstration intégré et s’y connecter.</translation>
    </message>
    <message>
        <source>Recall region: us-east-1, us-west-2, eu-central-1 or ap-northeast-1.</source>
        <translation>Région Recall : us-east-1, us-west-2, eu-central-1 ou ap-northeast-1.</translation>
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
        <source>An artifact id to open.</source>
        <translation>Identifiant de l’artefact à ouvrir.</translation>
    </message>
    <message>
        <source>RECALL_API_KEY is not set: opening the demo workspace.</source>
        <translation>RECALL_API_KEY n’est pas défini : ouverture de l’espace de travail de démonstration.</translation>
    </message>
    <message>
        <source>Could not start the demo workspace: %1</source>
        <translation>Impossible de démarrer l’espace de travail de démonstration : %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Espace de travail de démonstration</translation>
    </message>
    <message>
        <source>Unknown region “%1”.</source>
        <translation>Région « %1 » inconnue.</translation>
    </message>
</context>
</TS>
