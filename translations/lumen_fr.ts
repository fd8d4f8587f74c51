<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_CA">
<context>
    <name>AccountRequestQueueModel</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Voit les prix</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Past the 72-hour promise: process this request first.</source>
        <translation>Le délai promis de 72 heures est dépassé : traitez cette demande en premier.</translation>
    </message>
    <message>
        <source>Order for approval</source>
        <translation>Commander pour approbation</translation>
    </message>
    <message>
        <source>Place orders up to %1</source>
        <translation>Passer des commandes jusqu'à %1</translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>Passer des commandes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>%1 h of %2 h</source>
        <translation>%1 h sur %2 h</translation>
    </message>
</context>
<context>
    <name>AccountRequestSummary</name>
    <message>
        <source>Choose a request to see all its details.</source>
        <translation>Choisissez une demande pour en voir tous les détails.</translation>
    </message>
</context>
<context>
    <name>AccountRequestsView</name>
    <message>
        <source>Account requests</source>
        <translation>Demandes de compte</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Creates the account; the username and a one-time password are e-mailed to the person</source>
        <translation>Crée le compte ; le nom d'utilisateur et un mot de passe temporaire sont envoyés par courriel à la personne</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Create an account for %1 (%2) at customer %3? Their username and password are e-mailed at once.</source>
        <translation>Créer un compte pour %1 (%2) chez le client %3 ? Son nom d'utilisateur et son mot de passe lui sont envoyés par courriel aussitôt.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Account created for %1: username %2. The password was e-mailed to %3.</source>
        <translation>Compte créé pour %1 : nom d'utilisateur %2. Le mot de passe a été envoyé par courriel à %3.</translation>
    </message>
    <message>
        <source>Approved — username %1</source>
        <translation>Approuvée — nom d'utilisateur %1</translation>
    </message>
    <message>
        <source>The request of %1 was rejected; they were told why by e-mail.</source>
        <translation>La demande de %1 a été refusée ; le motif lui a été envoyé par courriel.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n demande en attente.</numerusform>
            <numerusform>%n demandes en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n past the 72-hour promise.</source>
        <translation>
            <numerusform>%n a dépassé le délai promis de 72 heures.</numerusform>
            <numerusform>%n ont dépassé le délai promis de 72 heures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApprovalChangesModel</name>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Commandé</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Approver's change</source>
        <translation>Changement de l'approbateur</translation>
    </message>
    <message>
        <source>Quantity changed</source>
        <translation>Quantité modifiée</translation>
    </message>
    <message>
        <source>Added by the approver</source>
        <translation>Ajoutée par l'approbateur</translation>
    </message>
    <message>
        <source>Removed by the approver</source>
        <translation>Retirée par l'approbateur</translation>
    </message>
</context>
<context>
    <name>ApprovalHistoryModel</name>
    <message numerus="yes">
        <source>Sent for approval (%n line(s))</source>
        <translation>
            <numerusform>Envoyée pour approbation (%n ligne)</numerusform>
            <numerusform>Envoyée pour approbation (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent for approval</source>
        <translation>Envoyée pour approbation</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifiée : %1</translation>
    </message>
    <message>
        <source>Approved (1 of 2); sent on to %1</source>
        <translation>Approuvée (1 de 2) ; transmise à %1</translation>
    </message>
    <message>
        <source>Approved: order %1</source>
        <translation>Approuvée : commande %1</translation>
    </message>
    <message>
        <source>Approved (2 of 2): order %1</source>
        <translation>Approuvée (2 de 2) : commande %1</translation>
    </message>
    <message numerus="yes">
        <source>(with %n other request(s))</source>
        <translation>
            <numerusform>(avec %n autre demande)</numerusform>
            <numerusform>(avec %n autres demandes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>Cancelled by the requester</source>
        <translation>Annulée par le demandeur</translation>
    </message>
    <message>
        <source>Reminder e-mailed to %1</source>
        <translation>Rappel envoyé par courriel à %1</translation>
    </message>
    <message>
        <source>Offered to %1 (still waiting)</source>
        <translation>Proposée à %1 (toujours en attente)</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Commentaire : %1</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de bon de commande (BC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>%1 added (%2)</source>
        <translation>%1 ajouté (%2)</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
</context>
<context>
    <name>ApprovalInboxView</name>
    <message>
        <source>Requests addressed to you</source>
        <translation>Demandes qui vous sont adressées</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Away…</source>
        <translation>&amp;Absence…</translation>
    </message>
    <message>
        <source>No request to show.</source>
        <translation>Aucune demande à afficher.</translation>
    </message>
</context>
<context>
    <name>ApprovalLinesModel</name>
    <message>
        <source>Enter a quantity in multiples of %1.</source>
        <translation>Entrez une quantité en multiples de %1.</translation>
    </message>
    <message>
        <source>Your change</source>
        <translation>Votre modification</translation>
    </message>
    <message>
        <source>Sold in multiples of %1</source>
        <translation>Vendu en multiples de %1</translation>
    </message>
    <message>
        <source>Changed (was %1)</source>
        <translation>Modifiée (était %1)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>ApprovalListModel</name>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>PO / job</source>
        <translation>BC / chantier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation>%1 (pour %2)</translation>
    </message>
</context>
<context>
    <name>ApprovalStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve and place order</source>
        <translation>Approuver et passer la commande</translation>
    </message>
    <message>
        <source>The order is placed in the requester's name and they are notified by e-mail.</source>
        <translation>La commande est passée au nom du demandeur, qui en est avisé par courriel.</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de bon de commande (BC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Passer la commande</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Nothing was lost: try again in a moment — the order will not be placed twice.</source>
        <translation>Le service Lumen est injoignable. Rien n'est perdu : réessayez dans un moment — la commande ne sera pas passée deux fois.</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Away</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>While you are away, the requests waiting for you are also in your stand-in's inbox, and new ones are e-mailed to them. The first of you to approve or reject a request decides it.</source>
        <translation>Pendant votre absence, les demandes qui vous attendent sont aussi dans la boîte de votre remplaçant, et les nouvelles lui sont envoyées par courriel. Le premier de vous deux qui approuve ou refuse une demande la traite.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until (included):</source>
        <translation>&amp;Jusqu'au (inclus) :</translation>
    </message>
    <message>
        <source>&amp;Stand-in:</source>
        <translation>&amp;Remplaçant :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>I'm &amp;back</source>
        <translation>Je suis de &amp;retour</translation>
    </message>
    <message>
        <source>Nobody else in your company may place orders.</source>
        <translation>Personne d'autre dans votre entreprise ne peut passer de commandes.</translation>
    </message>
    <message>
        <source>You are away now; %1 stands in for you.</source>
        <translation>Vous êtes absent ; %1 vous remplace.</translation>
    </message>
    <message>
        <source>Your absence is set; %1 will stand in for you.</source>
        <translation>Votre absence est indiquée ; %1 vous remplacera.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>Le dernier jour ne peut pas précéder le premier.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>Le service Lumen est injoignable. Réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>CartDetailsForm</name>
    <message>
        <source>&amp;PO number:</source>
        <translation>Numéro de bon de commande (&amp;BC) :</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>Nom du &amp;chantier :</translation>
    </message>
    <message>
        <source>N&amp;ote for %1:</source>
        <translation>N&amp;ote pour %1 :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>Your purchase order number</source>
        <translation>Votre numéro de bon de commande</translation>
    </message>
    <message>
        <source>The job site or project</source>
        <translation>Le chantier ou le projet</translation>
    </message>
    <message>
        <source>What %1 should know, sent with the request (optional)</source>
        <translation>Ce que %1 doit savoir, envoyé avec la demande (facultatif)</translation>
    </message>
    <message>
        <source>Instructions for this order (optional)</source>
        <translation>Instructions pour cette commande (facultatif)</translation>
    </message>
    <message>
        <source>Will be sent when the service is back</source>
        <translation>Sera envoyé au retour du service</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Au plus %1 caractères.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>CartLinesModel</name>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>The amount is recalculated by the service once the change is sent.</source>
        <translation>Le montant sera recalculé par le service une fois la modification envoyée.</translation>
    </message>
    <message>
        <source>This change will be sent when the service is back.</source>
        <translation>Cette modification sera envoyée au retour du service.</translation>
    </message>
    <message>
        <source>Sold in multiples of %1</source>
        <translation>Multiple de vente : %1</translation>
    </message>
    <message>
        <source>Enter a quantity above zero, or remove the line.</source>
        <translation>Entrez une quantité supérieure à zéro, ou retirez la ligne.</translation>
    </message>
    <message>
        <source>At most %1 per line.</source>
        <translation>Au plus %1 par ligne.</translation>
    </message>
    <message>
        <source>Sold in multiples of %1: enter %1 or more.</source>
        <translation>Vendu par multiples de %1 : entrez %1 ou plus.</translation>
    </message>
    <message>
        <source>Sold in multiples of %1: enter %2 or %3.</source>
        <translation>Vendu par multiples de %1 : entrez %2 ou %3.</translation>
    </message>
</context>
<context>
    <name>CartPrint</name>
    <message>
        <source>Printed</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de bon de commande (BC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Code Lumen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Some changes were not yet accepted by the Lumen service.</source>
        <translation>Certaines modifications n'ont pas encore été acceptées par le service Lumen.</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Lumen.ca — not an order until it is placed.</source>
        <translation>Lumen.ca — ceci n'est pas une commande tant qu'elle n'est pas passée.</translation>
    </message>
</context>
<context>
    <name>CartStatusPanel</name>
    <message numerus="yes">
        <source>%n change(s) not sent yet. Will be sent when the service is back — nothing is lost.</source>
        <translation>
            <numerusform>%n modification pas encore envoyée. Elle sera envoyée au retour du service — rien n'est perdu.</numerusform>
            <numerusform>%n modifications pas encore envoyées. Elles seront envoyées au retour du service — rien n'est perdu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Envoi de %n modification…</numerusform>
            <numerusform>Envoi de %n modifications…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed — %1: %2</source>
        <translation>Non modifié — %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Not added — %1: %2</source>
        <translation>Non ajouté — %1 : %2</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de BC</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
</context>
<context>
    <name>CartTotals</name>
    <message>
        <source>Amounts before your pending changes; the service updates them.</source>
        <translation>Montants avant vos modifications en attente ; le service les mettra à jour.</translation>
    </message>
</context>
<context>
    <name>CartView</name>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>&amp;Import material list…</source>
        <translation>&amp;Importer une liste de matériel…</translation>
    </message>
    <message>
        <source>Save as &amp;template…</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>&amp;Empty cart…</source>
        <translation>&amp;Vider le panier…</translation>
    </message>
    <message>
        <source>Your cart is empty. Add products from the Catalog, a template, or a material list.</source>
        <translation>Votre panier est vide. Ajoutez des produits depuis le catalogue, un modèle de commande ou une liste de matériel.</translation>
    </message>
    <message>
        <source>Send for approval to %1…</source>
        <translation>Envoyer pour approbation à %1…</translation>
    </message>
    <message>
        <source>Place order…</source>
        <translation>Passer la commande…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty cart</source>
        <translation>Vider le panier</translation>
    </message>
    <message>
        <source>Remove every line from your cart?</source>
        <translation>Retirer toutes les lignes de votre panier ?</translation>
    </message>
    <message>
        <source>&amp;Empty cart</source>
        <translation>&amp;Vider le panier</translation>
    </message>
    <message>
        <source>Sent to %1 for approval — see My requests</source>
        <translation>Envoyé à %1 pour approbation — voir Mes demandes</translation>
    </message>
    <message>
        <source>Order %1 placed</source>
        <translation>Commande %1 passée</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) will be added to the cart when the service is back.</source>
        <translation>
            <numerusform>%n ligne sera ajoutée au panier au retour du service.</numerusform>
            <numerusform>%n lignes seront ajoutées au panier au retour du service.</numerusform>
        </translation>
    </message>
    <message>
        <source>Template “%1” saved — see Order templates</source>
        <translation>Modèle « %1 » enregistré — voir Modèles de commande</translation>
    </message>
</context>
<context>
    <name>CatalogResultsModel</name>
    <message>
        <source>The Lumen service can't be reached, and this computer has no copy of the catalog yet.</source>
        <translation>Le service Lumen est injoignable, et cet ordinateur n'a pas encore de copie du catalogue.</translation>
    </message>
    <message>
        <source>The search failed. Please try again.</source>
        <translation>La recherche a échoué. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Code Lumen</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Stock at my branch</source>
        <translation>Stock à ma succursale</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
</context>
<context>
    <name>CatalogUnits</name>
    <message>
        <source>ft</source>
        <translation>pi</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>ea</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>box</source>
        <translation>boîte</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>rouleau</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>paquet</translation>
    </message>
    <message>
        <source>Sold per foot</source>
        <translation>Vendu au pied</translation>
    </message>
    <message>
        <source>Sold per metre</source>
        <translation>Vendu au mètre</translation>
    </message>
    <message>
        <source>Sold individually</source>
        <translation>Vendu à l'unité</translation>
    </message>
    <message>
        <source>Sold by the box</source>
        <translation>Vendu à la boîte</translation>
    </message>
    <message>
        <source>Sold by the roll</source>
        <translation>Vendu au rouleau</translation>
    </message>
    <message>
        <source>Sold by the pack</source>
        <translation>Vendu au paquet</translation>
    </message>
    <message>
        <source>Sold per %1</source>
        <translation>Vendu par %1</translation>
    </message>
    <message>
        <source>priced per foot</source>
        <translation>prix au pied</translation>
    </message>
    <message>
        <source>priced per metre</source>
        <translation>prix au mètre</translation>
    </message>
    <message>
        <source>priced each</source>
        <translation>prix à l'unité</translation>
    </message>
    <message>
        <source>priced per box</source>
        <translation>prix à la boîte</translation>
    </message>
    <message>
        <source>priced per roll</source>
        <translation>prix au rouleau</translation>
    </message>
    <message>
        <source>priced per pack</source>
        <translation>prix au paquet</translation>
    </message>
    <message>
        <source>priced per %1</source>
        <translation>prix par %1</translation>
    </message>
    <message>
        <source>priced per M (%1 %2)</source>
        <translation>prix par M (%1 %2)</translation>
    </message>
    <message>
        <source>priced per C (%1 %2)</source>
        <translation>prix par C (%1 %2)</translation>
    </message>
    <message>
        <source>priced per %1 %2</source>
        <translation>prix par %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CatalogView</name>
    <message>
        <source>Added %1 × %2 to the cart</source>
        <translation>%1 × %2 ajouté au panier</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n'a pas été ajouté : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n+ result(s)</source>
        <translation>
            <numerusform>%n+ résultat</numerusform>
            <numerusform>%n+ résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading the catalogue: %1</source>
        <translation>Téléchargement du catalogue : %1</translation>
    </message>
    <message>
        <source>Downloading the catalogue: %1 of %2</source>
        <translation>Téléchargement du catalogue : %1 sur %2</translation>
    </message>
    <message>
        <source>Offline: %1 × %2 will be added to the cart when the service is back (pending in the Cart).</source>
        <translation>Hors ligne : %1 × %2 sera ajouté au panier au retour du service (en attente dans le Panier).</translation>
    </message>
    <message>
        <source>Offline — results from this computer's copy of the catalog</source>
        <translation>Hors ligne — résultats tirés de la copie du catalogue sur cet ordinateur</translation>
    </message>
    <message>
        <source>Search the catalog</source>
        <translation>Chercher dans le catalogue</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
</context>
<context>
    <name>CategoryTreeModel</name>
    <message>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <source>The categories could not be loaded.</source>
        <translation>Les catégories n'ont pas pu être chargées.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>This is your first sign-in: choose your own password before going on. It needs at least %1 characters.</source>
        <translation>C'est votre première connexion : choisissez votre propre mot de passe avant de continuer. Il doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Entrez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Le nouveau mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l'actuel.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Password changed. Opening Lumen…</source>
        <translation>Mot de passe changé. Ouverture de Lumen…</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>Le service Lumen est injoignable. Réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>CommentThreadView</name>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Write a comment… Ctrl+Enter sends it; Enter starts a new line.</source>
        <translation>Écrivez un commentaire… Ctrl+Entrée l'envoie ; Entrée commence une nouvelle ligne.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the comment (Ctrl+Enter); the other side is told by e-mail</source>
        <translation>Envoyer le commentaire (Ctrl+Entrée) ; l'autre personne est avisée par courriel</translation>
    </message>
    <message>
        <source>This request is decided: the conversation is closed and can only be read.</source>
        <translation>Cette demande est décidée : la conversation est close et ne peut plus qu'être lue.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>The comments could not be loaded.</source>
        <translation>Les commentaires n'ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>A comment holds at most %1 characters; this one has %2.</source>
        <translation>Un commentaire compte au plus %1 caractères ; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your comment is kept here; send it when it is back.</source>
        <translation>Le service Lumen est injoignable. Votre commentaire est conservé ici ; envoyez-le quand le service sera revenu.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>The request changed meanwhile</source>
        <translation>La demande a changé entre-temps</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu'un</translation>
    </message>
    <message>
        <source>%1 changed this request while you were editing it, so it was reloaded. Your own changes are kept and marked in the table: review them, then save again.</source>
        <translation>%1 a modifié cette demande pendant que vous la modifiiez ; elle a donc été rechargée. Vos propres modifications sont conservées et marquées dans le tableau : vérifiez-les, puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Code Lumen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>À l'ouverture</translation>
    </message>
    <message>
        <source>Now (their change)</source>
        <translation>Maintenant (leur modification)</translation>
    </message>
    <message>
        <source>Yours (kept)</source>
        <translation>La vôtre (conservée)</translation>
    </message>
    <message>
        <source>Keep my changes</source>
        <translation>Garder mes modifications</translation>
    </message>
    <message>
        <source>Discard my changes</source>
        <translation>Abandonner mes modifications</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>PO number is now “%1”.</source>
        <translation>Le numéro de BC est maintenant « %1 ».</translation>
    </message>
    <message>
        <source>Job name is now “%1”.</source>
        <translation>Le nom du chantier est maintenant « %1 ».</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>The Lumen service can't be reached. Retrying in %n s…</source>
        <translation>
            <numerusform>Le service Lumen est injoignable. Nouvel essai dans %n s…</numerusform>
            <numerusform>Le service Lumen est injoignable. Nouvel essai dans %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Retrying now…</source>
        <translation>Le service Lumen est injoignable. Nouvel essai en cours…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>DemoUsersTable</name>
    <message>
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Voit les prix</translation>
    </message>
    <message>
        <source>Places orders</source>
        <translation>Passe des commandes</translation>
    </message>
    <message>
        <source>Places orders, approver</source>
        <translation>Passe des commandes, approbateur</translation>
    </message>
    <message>
        <source>Orders for approval</source>
        <translation>Commande pour approbation</translation>
    </message>
    <message>
        <source>Places orders up to a limit</source>
        <translation>Passe des commandes jusqu'à une limite</translation>
    </message>
    <message>
        <source>Lumen staff</source>
        <translation>Personnel Lumen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Passée par</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Note from %1:</source>
        <translation>Note de %1 :</translation>
    </message>
    <message>
        <source>Reason for rejection:</source>
        <translation>Motif du refus :</translation>
    </message>
    <message>
        <source>Approval request from %1</source>
        <translation>Demande d'approbation de %1</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>Demande d'approbation</translation>
    </message>
    <message>
        <source>Pending approval</source>
        <translation>En attente d'approbation</translation>
    </message>
    <message>
        <source>Pickup — %1</source>
        <translation>Cueillette — %1</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>Cueillette</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de bon de commande (BC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Code Lumen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Printed on %1 — Lumen.ca</source>
        <translation>Imprimé le %1 — Lumen.ca</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Add a line from the catalog</source>
        <translation>Ajouter une ligne du catalogue</translation>
    </message>
    <message>
        <source>&amp;PO number</source>
        <translation>Numéro de &amp;bon de commande (BC)</translation>
    </message>
    <message>
        <source>&amp;Job name</source>
        <translation>Nom du &amp;chantier</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&amp;Approve and place order…</source>
        <translation>&amp;Approuver et passer la commande…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Subtotal with your changes: %1 (taxes and total when saved)</source>
        <translation>Sous-total avec vos modifications : %1 (taxes et total à l'enregistrement)</translation>
    </message>
    <message>
        <source>Subtotal %1 · Taxes %2 · Total %3</source>
        <translation>Sous-total %1 · Taxes %2 · Total %3</translation>
    </message>
    <message>
        <source>&amp;Keep this line</source>
        <translation>&amp;Garder cette ligne</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
</context>
<context>
    <name>EmptyResults</name>
    <message>
        <source>No product in “%1” matches “%2”.</source>
        <translation>Aucun produit de « %1 » ne correspond à « %2 ».</translation>
    </message>
    <message>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>No product in this category.</source>
        <translation>Aucun produit dans cette catégorie.</translation>
    </message>
    <message>
        <source>Try fewer or shorter words, check the spelling, or type a SKU, UPC or manufacturer part number. Sizes can be typed either way: 15A or 15 A, 12 AWG or #12, 1/2" or 1/2 po.</source>
        <translation>Essayez moins de mots ou des mots plus courts, vérifiez l'orthographe, ou tapez un n° de pièce Lumen, un CUP ou un n° de pièce du fabricant. Les tailles s'écrivent des deux façons : 15A ou 15 A, 12 AWG ou #12, 1/2" ou 1/2 po.</translation>
    </message>
    <message>
        <source>The search only looks in the category chosen on the left: choose a broader one.</source>
        <translation>La recherche ne porte que sur la catégorie choisie à gauche : choisissez-en une plus large.</translation>
    </message>
    <message>
        <source>The service can't be reached: only this computer's copy of the catalog was searched.</source>
        <translation>Le service est injoignable : seule la copie du catalogue de cet ordinateur a été consultée.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message numerus="yes">
        <source>Something went wrong (%n errors)</source>
        <translation>
            <numerusform>Un problème est survenu (%n erreur)</numerusform>
            <numerusform>Un problème est survenu (%n erreurs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lumen met an unexpected error. Your cart and your edits are kept; you can carry on. If it happens again, copy the details and send them to your Lumen contact.</source>
        <translation>Lumen a rencontré une erreur inattendue. Votre panier et vos modifications sont conservés ; vous pouvez continuer. Si cela se reproduit, copiez les détails et envoyez-les à votre contact Lumen.</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <source>The Lumen service sent an answer this version of the app does not understand. Nothing was lost; if it happens again, update Lumen or tell your administrator.</source>
        <translation>Le service Lumen a envoyé une réponse que cette version de l’application ne comprend pas. Rien n’a été perdu ; si cela se reproduit, mettez Lumen à jour ou prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>The Lumen service refused the request (error %1).</source>
        <translation>Le service Lumen a refusé la demande (erreur %1).</translation>
    </message>
    <message>
        <source>Reference for support: %1</source>
        <translation>Référence pour le soutien : %1</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your work on the service is safe; please try again.</source>
        <translation>Un problème inattendu est survenu. Votre travail sur le service n'est pas perdu ; veuillez réessayer.</translation>
    </message>
</context>
<context>
    <name>ImportMaterialListDialog</name>
    <message>
        <source>Import material list</source>
        <translation>Importer une liste de matériel</translation>
    </message>
    <message>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a code column (Lumen SKU, UPC or manufacturer part number) and a quantity column. Nothing is added before you confirm.</source>
        <translation>Un fichier CSV ou Excel avec une colonne de code (code Lumen, CUP ou numéro de pièce du fabricant) et une colonne de quantité. Rien n'est ajouté avant votre confirmation.</translation>
    </message>
    <message>
        <source>&amp;Round up to the sale multiples</source>
        <translation>&amp;Arrondir aux multiples de vente</translation>
    </message>
    <message>
        <source>Material lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Listes de matériel (*.csv *.xlsx *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file has no line with a code.</source>
        <translation>Ce fichier n'a aucune ligne avec un code.</translation>
    </message>
    <message>
        <source>No code column found: name one “SKU”, “UPC”, “MPN” or “Code”.</source>
        <translation>Aucune colonne de code trouvée : nommez-en une « SKU », « UPC », « MPN » ou « Code ».</translation>
    </message>
    <message>
        <source>No quantity column found: name it “Quantity” or “Qty” (“Quantité”).</source>
        <translation>Aucune colonne de quantité trouvée : nommez-la « Quantité » ou « Qté » (« Qty »).</translation>
    </message>
    <message>
        <source>At most 1,000 lines at a time: split the list.</source>
        <translation>Au plus 1 000 lignes à la fois : divisez la liste.</translation>
    </message>
    <message>
        <source>This file can't be read as a CSV or Excel file.</source>
        <translation>Ce fichier ne peut pas être lu comme un fichier CSV ou Excel.</translation>
    </message>
    <message>
        <source>&amp;Add lines</source>
        <translation>&amp;Ajouter les lignes</translation>
    </message>
    <message>
        <source>Checking the codes…</source>
        <translation>Vérification des codes…</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) ready</source>
        <translation>
            <numerusform>%n ligne prête</numerusform>
            <numerusform>%n lignes prêtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n à corriger</numerusform>
            <numerusform>%n à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n line(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n ligne</numerusform>
            <numerusform>&amp;Ajouter %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>The service refused the lines marked in red; nothing was added.</source>
        <translation>Le service a refusé les lignes en rouge ; rien n'a été ajouté.</translation>
    </message>
</context>
<context>
    <name>LimitedOrderActions</name>
    <message>
        <source>Over your limit of %1</source>
        <translation>Au-delà de votre limite de %1</translation>
    </message>
    <message>
        <source>This order needs approval</source>
        <translation>Cette commande doit être approuvée</translation>
    </message>
    <message>
        <source>Place order…</source>
        <translation>Passer la commande…</translation>
    </message>
    <message>
        <source>Send for approval to %1…</source>
        <translation>Envoyer pour approbation à %1…</translation>
    </message>
</context>
<context>
    <name>LinkOpener</name>
    <message>
        <source>This link is not one Lumen Desktop can open: %1</source>
        <translation>Lumen Desktop ne peut pas ouvrir ce lien : %1</translation>
    </message>
    <message>
        <source>This request can't be opened: it does not exist, or it was neither sent by you nor addressed to you. (Link: %1)</source>
        <translation>Impossible d'ouvrir cette demande : elle n'existe pas, ou elle n'a été ni envoyée par vous ni adressée à vous. (Lien : %1)</translation>
    </message>
    <message>
        <source>The request could not be opened: the Lumen service can't be reached. Open the link again when it is back.</source>
        <translation>Impossible d'ouvrir la demande : le service Lumen est injoignable. Ouvrez de nouveau le lien quand il sera rétabli.</translation>
    </message>
    <message>
        <source>The request could not be opened: %1</source>
        <translation>Impossible d'ouvrir la demande : %1</translation>
    </message>
    <message>
        <source>Open a link</source>
        <translation>Ouvrir un lien</translation>
    </message>
</context>
<context>
    <name>LiveFollower</name>
    <message>
        <source>Someone else changed this request meanwhile. Your changes are kept; saving them shows what changed.</source>
        <translation>Quelqu'un d'autre a modifié cette demande entre-temps. Vos modifications sont conservées ; en les enregistrant, vous verrez ce qui a changé.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Starting the Lumen demo service…</source>
        <translation>Démarrage du service de démonstration Lumen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Lumen demo</source>
        <translation>Démonstration Lumen</translation>
    </message>
    <message>
        <source>The demo runs the Lumen service on this computer, which needs: %1. Install both parts with:</source>
        <translation>La démo fait tourner le service Lumen sur cet ordinateur, qui a besoin de : %1. Installez les deux parties avec :</translation>
    </message>
    <message>
        <source>Lumen demo service listening on %1/api/v1 (mail: %2, log: %3)</source>
        <translation>Service de démonstration Lumen à l'écoute sur %1/api/v1 (courriels : %2, journal : %3)</translation>
    </message>
    <message>
        <source>The demo service could not start: %1</source>
        <translation>Le service de démonstration n'a pas pu démarrer : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lumen</source>
        <translation>Lumen</translation>
    </message>
    <message>
        <source>%1 (%2) — %3 — Lumen on %4</source>
        <translation>%1 (%2) — %3 — Lumen sur %4</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Lumen Desktop %1&lt;/h3&gt;&lt;p&gt;Ordering for Lumen.ca customers.&lt;/p&gt;&lt;p&gt;Service: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3 and PySide6 %4, used under the GNU Lesser General Public License v3 (LGPL-3.0); their source is available from qt.io.&lt;/p&gt;&lt;p&gt;Lumen Desktop © Lumen.ca, all rights reserved.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lumen Desktop %1&lt;/h3&gt;&lt;p&gt;La commande en ligne des clients de Lumen.ca.&lt;/p&gt;&lt;p&gt;Service : %2&lt;/p&gt;&lt;p&gt;Conçu avec Qt %3 et PySide6 %4, utilisés selon la Licence publique générale limitée GNU v3 (LGPL-3.0) ; leur code source est offert sur qt.io.&lt;/p&gt;&lt;p&gt;Lumen Desktop © Lumen.ca, tous droits réservés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Lumen Desktop</source>
        <translation>À propos de Lumen Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Lumen Desktop</source>
        <translation>À &amp;propos de Lumen Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Customer %1 — %2</source>
        <translation>Client %1 — %2</translation>
    </message>
    <message>
        <source>Lumen staff</source>
        <translation>Personnel Lumen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>MaterialListModel</name>
    <message>
        <source>The Lumen service can't be reached.</source>
        <translation>Le service Lumen est injoignable.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Code Lumen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unknown code: no product has this SKU, UPC or part number</source>
        <translation>Code inconnu : aucun produit n'a ce code Lumen, ce CUP ou ce numéro de pièce</translation>
    </message>
    <message>
        <source>Several products have this code: use the Lumen SKU</source>
        <translation>Plusieurs produits ont ce code : utilisez le code Lumen</translation>
    </message>
    <message>
        <source>The quantity must be a whole number above zero</source>
        <translation>La quantité doit être un nombre entier supérieur à zéro</translation>
    </message>
    <message>
        <source>Sold in multiples of %1</source>
        <translation>Vendu par multiples de %1</translation>
    </message>
</context>
<context>
    <name>MergeAction</name>
    <message>
        <source>Place as &amp;one order…</source>
        <translation>Passer en &amp;une commande…</translation>
    </message>
    <message>
        <source>Select two or more pending requests (Ctrl+click) to place them together as one order</source>
        <translation>Sélectionnez au moins deux demandes en attente (Ctrl+clic) pour les passer ensemble en une seule commande</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) placed as order %1.</source>
        <translation>
            <numerusform>%n demande passée dans la commande %1.</numerusform>
            <numerusform>%n demandes passées dans la commande %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Place as one order</source>
        <translation>Passer en une seule commande</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) become one order: their lines are added up product by product, and each requester is told by e-mail.</source>
        <translation>
            <numerusform>%n demande devient une commande : ses lignes sont additionnées produit par produit, et chaque demandeur est avisé par courriel.</numerusform>
            <numerusform>%n demandes deviennent une commande : leurs lignes sont additionnées produit par produit, et chaque demandeur est avisé par courriel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyRequestsView</name>
    <message>
        <source>Requests you sent for approval</source>
        <translation>Demandes que vous avez envoyées pour approbation</translation>
    </message>
    <message>
        <source>&amp;Cancel request…</source>
        <translation>A&amp;nnuler la demande…</translation>
    </message>
    <message>
        <source>You have not sent any request with this status.</source>
        <translation>Vous n'avez envoyé aucune demande ayant ce statut.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Cancel this request? Your approver will no longer be able to approve it.</source>
        <translation>Annuler cette demande? Votre approbateur ne pourra plus l'approuver.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Try again in a moment.</source>
        <translation>Le service Lumen est injoignable. Réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>NewTemplateDialog</name>
    <message>
        <source>New template from cart</source>
        <translation>Nouveau modèle à partir du panier</translation>
    </message>
    <message>
        <source>Save the lines of your cart as an order template you can add again later.</source>
        <translation>Enregistrez les lignes de votre panier comme modèle de commande à réutiliser plus tard.</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle de commande</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Create template</source>
        <translation>Créer le modèle</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>e.g. Standard kitchen rough-in</source>
        <translation>p. ex. Préfilage cuisine standard</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Entrez un nom pour le modèle.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Nothing was saved; try again when it is back.</source>
        <translation>Le service Lumen est injoignable. Rien n'a été enregistré ; réessayez quand il sera de retour.</translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>New request for approval</source>
        <translation>Nouvelle demande d'approbation</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) await your approval.</source>
        <translation>
            <numerusform>%n nouvelle demande attend votre approbation.</numerusform>
            <numerusform>%n nouvelles demandes attendent votre approbation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your requests</source>
        <translation>Vos demandes</translation>
    </message>
    <message numerus="yes">
        <source>%n of your requests were approved or rejected.</source>
        <translation>
            <numerusform>%n de vos demandes a été approuvée ou refusée.</numerusform>
            <numerusform>%n de vos demandes ont été approuvées ou refusées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your request was approved: order %1.</source>
        <translation>Votre demande a été approuvée : commande %1.</translation>
    </message>
    <message>
        <source>Request approved</source>
        <translation>Demande approuvée</translation>
    </message>
    <message>
        <source>Your request was rejected: %1</source>
        <translation>Votre demande a été refusée : %1</translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation>Demande refusée</translation>
    </message>
</context>
<context>
    <name>OrderDetails</name>
    <message>
        <source>Reorder</source>
        <translation>Commander de nouveau</translation>
    </message>
    <message>
        <source>Puts this order's lines into your cart</source>
        <translation>Met les lignes de cette commande dans votre panier</translation>
    </message>
    <message>
        <source>Select an order to see its details.</source>
        <translation>Choisissez une commande pour voir ses détails.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to the cart.</source>
        <translation>
            <numerusform>%n ligne ajoutée au panier.</numerusform>
            <numerusform>%n lignes ajoutées au panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, no longer sold: %1.</source>
        <translation>Non ajoutés, plus vendus : %1.</translation>
    </message>
</context>
<context>
    <name>OrderHistoryModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Passée par</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de bon de commande (BC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>OrderLines</name>
    <message>
        <source>SKU</source>
        <translation>Code Lumen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Ready for pickup</source>
        <translation>Prête pour la cueillette</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>OrdersView</name>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>No orders yet. Orders you place, or that are placed from your requests, appear here.</source>
        <translation>Aucune commande pour l'instant. Les commandes que vous passez, ou qui sont passées à partir de vos demandes, s'affichent ici.</translation>
    </message>
</context>
<context>
    <name>PlaceOrderDialog</name>
    <message>
        <source>Place order</source>
        <translation>Passer la commande</translation>
    </message>
    <message>
        <source>&amp;PO number:</source>
        <translation>Numéro de bon de commande (&amp;BC) :</translation>
    </message>
    <message>
        <source>&amp;Job name:</source>
        <translation>Nom du &amp;chantier :</translation>
    </message>
    <message>
        <source>Shipping:</source>
        <translation>Expédition :</translation>
    </message>
    <message>
        <source>Order %1 placed</source>
        <translation>Commande %1 passée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Place order</source>
        <translation>&amp;Passer la commande</translation>
    </message>
    <message>
        <source>The Lumen service did not answer, so the order may or may not be placed. Retry is safe: it can never place this order twice.</source>
        <translation>Le service Lumen n'a pas répondu : la commande a peut-être été passée, ou non. Réessayer est sans risque : cette commande ne peut jamais être passée deux fois.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This section is coming soon.</source>
        <translation>Cette section arrive bientôt.</translation>
    </message>
</context>
<context>
    <name>PrintPdfButton</name>
    <message>
        <source>Print / PDF…</source>
        <translation>Imprimer / PDF…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF non enregistré</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>Le PDF n'a pas pu être enregistré dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>ProductDetailsPane</name>
    <message>
        <source>This product is sold in multiples of %1.</source>
        <translation>Ce produit est vendu par multiples de %1.</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Code Lumen</translation>
    </message>
    <message>
        <source>Manufacturer part number</source>
        <translation>Numéro de pièce du fabricant</translation>
    </message>
    <message>
        <source>UPC</source>
        <translation>CUP</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Sale multiple</source>
        <translation>Multiple de vente</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Select a product in the results to see its details and add it to the cart.</source>
        <translation>Sélectionnez un produit dans les résultats pour voir sa fiche et l'ajouter au panier.</translation>
    </message>
    <message>
        <source>Stock by branch</source>
        <translation>Stock par succursale</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Succursale</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>&amp;Add to cart</source>
        <translation>&amp;Ajouter au panier</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <source>Search the catalog to add a line: name, brand, SKU, UPC…</source>
        <translation>Cherchez dans le catalogue pour ajouter une ligne : nom, marque, code Lumen, CUP…</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>&amp;Add to the request</source>
        <translation>&amp;Ajouter à la demande</translation>
    </message>
    <message>
        <source>%1 is sold in multiples of %2.</source>
        <translation>%1 est vendu en multiples de %2.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>The Lumen service can't be reached. Your reason is kept: try again in a moment.</source>
        <translation>Le service Lumen est injoignable. Votre raison est conservée : réessayez dans un moment.</translation>
    </message>
    <message>
        <source>The reason can't be longer than %1 characters.</source>
        <translation>La raison ne peut pas dépasser %1 caractères.</translation>
    </message>
</context>
<context>
    <name>RejectAccountRequestDialog</name>
    <message>
        <source>Reject account request</source>
        <translation>Refuser la demande de compte</translation>
    </message>
    <message>
        <source>Why is the request of %1 (%2) rejected? The reason is e-mailed to them.</source>
        <translation>Pourquoi la demande de %1 (%2) est-elle refusée ? Le motif lui sera envoyé par courriel.</translation>
    </message>
    <message>
        <source>Reject request</source>
        <translation>Refuser la demande</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <source>Reject the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>&amp;Reason (required; the requester receives it by e-mail):</source>
        <translation>&amp;Raison (obligatoire ; le demandeur la reçoit par courriel) :</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
</context>
<context>
    <name>RequestAccountDialog</name>
    <message>
        <source>Request an account</source>
        <translation>Demander un compte</translation>
    </message>
    <message>
        <source>Lumen's e-commerce team creates accounts for our customers' employees. Fill in this form; you need your company's Lumen customer number.</source>
        <translation>L'équipe du commerce électronique de Lumen crée les comptes des employés de nos clients. Remplissez ce formulaire ; il vous faut le numéro de client Lumen de votre entreprise.</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Order limit</source>
        <translation>Limite par commande</translation>
    </message>
    <message>
        <source>Sees prices</source>
        <translation>Voit les prix</translation>
    </message>
    <message>
        <source>Approver's e-mail</source>
        <translation>Courriel de l'approbateur</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Place orders</source>
        <translation>Passer des commandes</translation>
    </message>
    <message>
        <source>Order for approval</source>
        <translation>Commander pour approbation</translation>
    </message>
    <message>
        <source>Place orders up to an amount</source>
        <translation>Passer des commandes jusqu'à un montant</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Required for “Order for approval” and “up to an amount”</source>
        <translation>Obligatoire pour « Commander pour approbation » et « jusqu'à un montant »</translation>
    </message>
    <message>
        <source>Before taxes, e.g. %1</source>
        <translation>Avant taxes, p. ex. %1</translation>
    </message>
    <message>
        <source>Send the request</source>
        <translation>Envoyer la demande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Your request was sent. Lumen's e-commerce team will create your account within 72 hours and e-mail your username and password to %1.</source>
        <translation>Votre demande a été envoyée. L'équipe du commerce électronique de Lumen créera votre compte d'ici 72 heures et enverra votre nom d'utilisateur et votre mot de passe par courriel à %1.</translation>
    </message>
    <message>
        <source>Enter an amount in dollars, like %1.</source>
        <translation>Entrez un montant en dollars, comme %1.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Entrez un montant supérieur à zéro.</translation>
    </message>
    <message>
        <source>Enter an amount of at most %1.</source>
        <translation>Entrez un montant d'au plus %1.</translation>
    </message>
    <message>
        <source>Enter your company's Lumen customer number.</source>
        <translation>Entrez le numéro de client Lumen de votre entreprise.</translation>
    </message>
    <message>
        <source>Enter your first name.</source>
        <translation>Entrez votre prénom.</translation>
    </message>
    <message>
        <source>Enter your last name.</source>
        <translation>Entrez votre nom de famille.</translation>
    </message>
    <message>
        <source>Enter your e-mail address.</source>
        <translation>Entrez votre adresse courriel.</translation>
    </message>
    <message>
        <source>Enter the amount up to which you may place orders.</source>
        <translation>Entrez le montant jusqu'auquel vous pouvez passer des commandes.</translation>
    </message>
    <message>
        <source>Enter the e-mail of the person who approves your orders.</source>
        <translation>Entrez le courriel de la personne qui approuve vos commandes.</translation>
    </message>
    <message>
        <source>Enter a complete e-mail address, like name@example.com.</source>
        <translation>Entrez une adresse courriel complète, comme nom@exemple.com.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your form is kept; try again in a moment.</source>
        <translation>Le service Lumen est injoignable. Votre formulaire est conservé ; réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>RequestDetails</name>
    <message>
        <source>Lines: requested and approved</source>
        <translation>Lignes : demandées et approuvées</translation>
    </message>
    <message>
        <source>Lines as requested (rejected)</source>
        <translation>Lignes demandées (refusée)</translation>
    </message>
    <message>
        <source>Lines as requested</source>
        <translation>Lignes demandées</translation>
    </message>
    <message>
        <source>Copy to &amp;cart</source>
        <translation>Copier dans le &amp;panier</translation>
    </message>
    <message>
        <source>Put these lines back in your cart, to fix them and send them again</source>
        <translation>Remettre ces lignes dans votre panier pour les corriger et les envoyer de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) copied to your cart.</source>
        <translation>
            <numerusform>%n ligne copiée dans votre panier.</numerusform>
            <numerusform>%n lignes copiées dans votre panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>This request could not be loaded.</source>
        <translation>Cette demande n'a pas pu être chargée.</translation>
    </message>
    <message numerus="yes">
        <source>The approver changed %n line(s); they are highlighted below.</source>
        <translation>
            <numerusform>L'approbateur a modifié %n ligne ; elle est surlignée ci-dessous.</numerusform>
            <numerusform>L'approbateur a modifié %n lignes ; elles sont surlignées ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for %1.</source>
        <translation>En attente de %1.</translation>
    </message>
    <message>
        <source>No line was changed.</source>
        <translation>Aucune ligne n'a été modifiée.</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Approval request from %1</source>
        <translation>Demande d'approbation de %1</translation>
    </message>
    <message>
        <source>Approval request</source>
        <translation>Demande d'approbation</translation>
    </message>
    <message>
        <source>Some quantities are not multiples of what the product is sold by; they are marked in red.</source>
        <translation>Certaines quantités ne sont pas des multiples de vente du produit ; elles sont marquées en rouge.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</source>
        <translation>Le service Lumen est injoignable. Vos modifications sont conservées ici ; réessayez quand il sera de retour.</translation>
    </message>
    <message>
        <source>Approved (1 of 2); sent on to %1 for the second approval.</source>
        <translation>Approuvée (1 de 2) ; transmise à %1 pour la deuxième approbation.</translation>
    </message>
    <message>
        <source>Order %1 placed.</source>
        <translation>Commande %1 passée.</translation>
    </message>
    <message>
        <source>Request rejected; the requester is told why by e-mail.</source>
        <translation>Demande refusée ; le demandeur en reçoit la raison par courriel.</translation>
    </message>
</context>
<context>
    <name>RequestHeader</name>
    <message>
        <source>Requested by</source>
        <translation>Demandée par</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Approbateur</translation>
    </message>
    <message>
        <source>Note from the requester</source>
        <translation>Note du demandeur</translation>
    </message>
    <message>
        <source>PO number</source>
        <translation>Numéro de bon de commande (BC)</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom du chantier</translation>
    </message>
    <message>
        <source>%1 — order %2</source>
        <translation>%1 — commande %2</translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — raison : %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(aucune note)</translation>
    </message>
</context>
<context>
    <name>RequestHistoryBox</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>RequestListPage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>This order waits for your approval. Review it to change the lines, then place it or reject it.</source>
        <translation>Cette commande attend votre approbation. Vérifiez-la pour en modifier les lignes, puis passez-la ou refusez-la.</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Pending request from %1</source>
        <translation>Demande en attente de %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Envoyée le %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <source>Scanned: %1 × %2 — will be added to the cart when the service is back</source>
        <translation>Balayé : %1 × %2 — sera ajouté au panier au retour du service</translation>
    </message>
    <message>
        <source>Scanned: %1 × %2 added to the cart</source>
        <translation>Balayé : %1 × %2 ajouté au panier</translation>
    </message>
    <message>
        <source>Scanned %1: no product has this UPC or SKU; nothing was added.</source>
        <translation>Balayé %1 : aucun produit n'a ce CUP ni ce code Lumen ; rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n'a pas été ajouté : %2</translation>
    </message>
    <message>
        <source>Scan undone: nothing was added.</source>
        <translation>Balayage annulé : rien n'a été ajouté.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <source>Search by name, brand, SKU, MPN or UPC (Ctrl+F)</source>
        <translation>Chercher par nom, marque, code Lumen, n° de pièce ou CUP (Ctrl+F)</translation>
    </message>
    <message>
        <source>Scan &amp;quantity</source>
        <translation>&amp;Quantité au balayage</translation>
    </message>
    <message>
        <source>Sale multiple</source>
        <translation>Multiple de vente</translation>
    </message>
    <message>
        <source>The quantity added when a scanned code (UPC or SKU) is followed by Enter; "Sale multiple" adds one sale multiple of the product.</source>
        <translation>La quantité ajoutée quand un code balayé (CUP ou code Lumen) est suivi d'Entrée ; « Multiple de vente » ajoute un multiple de vente du produit.</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>Order templates</source>
        <translation>Modèles de commande</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Account requests</source>
        <translation>Demandes de compte</translation>
    </message>
</context>
<context>
    <name>SendForApprovalDialog</name>
    <message>
        <source>Send for approval</source>
        <translation>Envoyer pour approbation</translation>
    </message>
    <message>
        <source>Your cart goes to %1, who can change it and place the order, or reject it with a reason.</source>
        <translation>Votre panier sera envoyé à %1, qui pourra le modifier et passer la commande, ou la refuser en donnant une raison.</translation>
    </message>
    <message>
        <source>Your note for %1:
%2</source>
        <translation>Votre note pour %1 :
%2</translation>
    </message>
    <message>
        <source>No note. To add one, write it in the cart's Note field.</source>
        <translation>Aucune note. Pour en ajouter une, écrivez-la dans le champ Note du panier.</translation>
    </message>
    <message>
        <source>&amp;Send to %1</source>
        <translation>&amp;Envoyer à %1</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Nothing was sent; your note is kept — try again.</source>
        <translation>Le service Lumen est injoignable. Rien n'a été envoyé ; votre note est conservée — réessayez.</translation>
    </message>
</context>
<context>
    <name>ShippingChoice</name>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Livraison</translation>
    </message>
    <message>
        <source>Pick&amp;up at a branch</source>
        <translation>C&amp;ueillette en succursale</translation>
    </message>
    <message>
        <source>Choose the branch where the order will be picked up.</source>
        <translation>Choisissez la succursale où la commande sera cueillie.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Session expired — sign in again</source>
        <translation>Session expirée — reconnectez-vous</translation>
    </message>
    <message>
        <source>Sign in to Lumen</source>
        <translation>Connexion à Lumen</translation>
    </message>
    <message>
        <source>Service address</source>
        <translation>Adresse du service</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d'utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Se souvenir de moi</translation>
    </message>
    <message>
        <source>No keyring is available on this computer: your password will be asked each time.</source>
        <translation>Aucun trousseau n'est disponible sur cet ordinateur : votre mot de passe sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>Request an account</source>
        <translation>Demander un compte</translation>
    </message>
    <message>
        <source>Demo accounts — click one to fill in its username and password:</source>
        <translation>Comptes de démonstration — cliquez sur l'un d'eux pour remplir son nom d'utilisateur et son mot de passe :</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation>Connexion de %1…</translation>
    </message>
    <message>
        <source>Your saved session has ended. Please sign in again.</source>
        <translation>Votre session mémorisée a pris fin. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Enter the address of the Lumen service.</source>
        <translation>Entrez l'adresse du service Lumen.</translation>
    </message>
    <message>
        <source>Enter your username.</source>
        <translation>Entrez votre nom d'utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Entrez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a few minutes, then try again.</source>
        <translation>Trop de tentatives échouées. Attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Nom d'utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The Lumen service at %1 can't be reached. Check the address.</source>
        <translation>Le service Lumen à l'adresse %1 est injoignable. Vérifiez l'adresse.</translation>
    </message>
</context>
<context>
    <name>StatusFilter</name>
    <message>
        <source>Pending requests</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Approved requests</source>
        <translation>Approuvées</translation>
    </message>
    <message>
        <source>Rejected requests</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Cancelled requests</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add to cart</source>
        <translation>Ajouter au panier</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Adds this template's lines to your cart</source>
        <translation>Ajoute les lignes de ce modèle à votre panier</translation>
    </message>
    <message>
        <source>This template no longer exists.</source>
        <translation>Ce modèle n'existe plus.</translation>
    </message>
    <message>
        <source>Enter a name for the template.</source>
        <translation>Entrez un nom pour le modèle.</translation>
    </message>
    <message>
        <source>Template saved.</source>
        <translation>Modèle enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) added to the cart.</source>
        <translation>
            <numerusform>%n ligne ajoutée au panier.</numerusform>
            <numerusform>%n lignes ajoutées au panier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not added, no longer sold: %1.</source>
        <translation>Non ajoutés, plus vendus : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) refused — see the highlighted rows.</source>
        <translation>
            <numerusform>%n ligne refusée — voyez la ligne surlignée.</numerusform>
            <numerusform>%n lignes refusées — voyez les lignes surlignées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Lumen service can't be reached. Your changes are kept here; try again when it is back.</source>
        <translation>Le service Lumen est injoignable. Vos modifications sont conservées ici ; réessayez quand il sera de retour.</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template “%1”? This can't be undone.</source>
        <translation>Supprimer le modèle « %1 » ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>TemplateLinesModel</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Entrez un nombre entier.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être plus grande que zéro.</translation>
    </message>
    <message>
        <source>The quantity can't be more than 1,000,000.</source>
        <translation>La quantité ne peut pas dépasser 1 000 000.</translation>
    </message>
    <message>
        <source>%1 is sold in multiples of %2.</source>
        <translation>%1 se vend par multiples de %2.</translation>
    </message>
</context>
<context>
    <name>TemplateListModel</name>
    <message>
        <source>Pending request from %1</source>
        <translation>Demande en attente de %1</translation>
    </message>
    <message>
        <source>Pending request: %1</source>
        <translation>Demande en attente : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>An order waiting for your approval. Open it to review, change and place it.</source>
        <translation>Une commande qui attend votre approbation. Ouvrez-la pour la vérifier, la modifier et la passer.</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <source>Order templates</source>
        <translation>Modèles de commande</translation>
    </message>
    <message>
        <source>New template from cart…</source>
        <translation>Nouveau modèle à partir du panier…</translation>
    </message>
    <message>
        <source>Select a template to see its lines, or save your cart as a new template.</source>
        <translation>Choisissez un modèle pour voir ses lignes, ou enregistrez votre panier comme nouveau modèle.</translation>
    </message>
    <message>
        <source>No templates yet. Fill your cart, then choose “New template from cart…”.</source>
        <translation>Aucun modèle pour l'instant. Remplissez votre panier, puis choisissez « Nouveau modèle à partir du panier… ».</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to the template “%1”?</source>
        <translation>Enregistrer vos modifications au modèle « %1 » ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <source>Lumen — %n request(s) await your approval</source>
        <translation>
            <numerusform>Lumen — %n demande attend votre approbation</numerusform>
            <numerusform>Lumen — %n demandes attendent votre approbation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lumen — you have %n request(s) awaiting approval</source>
        <translation>
            <numerusform>Lumen — vous avez %n demande en attente d'approbation</numerusform>
            <numerusform>Lumen — vous avez %n demandes en attente d'approbation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Your changes are not saved. Close and lose them?</source>
        <translation>Vos modifications ne sont pas enregistrées. Fermer et les perdre?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
</context>
<context>
    <name>Waiting</name>
    <message numerus="yes">
        <source>waiting %n day(s)</source>
        <translation>
            <numerusform>en attente depuis %n jour</numerusform>
            <numerusform>en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting %n hour(s)</source>
        <translation>
            <numerusform>en attente depuis %n heure</numerusform>
            <numerusform>en attente depuis %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting less than an hour</source>
        <translation>en attente depuis moins d'une heure</translation>
    </message>
</context>
</TS>