"""Messages of approval requests and the inbox (French and English)."""

from lumen_server.core.i18n import register_messages

register_messages(
    {
        "not_a_requester": {
            "en": "Your account places its orders itself; it does not send them for approval.",
            "fr": "Votre compte passe lui-même ses commandes; il ne les envoie pas pour approbation.",
        },
        "approver_unavailable": {
            "en": "Your account has no active approver to send this order to. Please contact Lumen.ca.",
            "fr": "Votre compte n'a pas d'approbateur actif à qui envoyer cette commande. Veuillez contacter Lumen.ca.",
        },
        "approval_not_found": {
            "en": "This approval request does not exist or is not addressed to you.",
            "fr": "Cette demande d'approbation n'existe pas ou ne vous est pas adressée.",
        },
        "not_the_approver": {
            "en": "Only the approver this request is addressed to can do this.",
            "fr": "Seul l'approbateur à qui la demande est adressée peut faire ceci.",
        },
        "not_the_requester": {
            "en": "Only the person who sent this request can cancel it.",
            "fr": "Seule la personne qui a envoyé cette demande peut l'annuler.",
        },
        "already_decided": {
            "en": "This request has already been approved or rejected; it can no longer change.",
            "fr": "Cette demande a déjà été approuvée ou refusée; elle ne peut plus changer.",
        },
        "request_cancelled": {
            "en": "This request was cancelled by the person who sent it; it can no longer change.",
            "fr": "Cette demande a été annulée par la personne qui l'a envoyée; elle ne peut plus changer.",
        },
        "precondition_required": {
            "en": 'Send the version you read in the If-Match header (If-Match: "<version>").',
            "fr": 'Indiquez la version lue dans l\'en-tête If-Match (If-Match: "<version>").',
        },
        "version_conflict": {
            "en": "Someone changed this request since you opened it (it is now at version {version}). "
            "Reload it; nothing was changed.",
            "fr": "Quelqu'un a modifié cette demande depuis que vous l'avez ouverte (elle est maintenant à la version "
            "{version}). Rechargez-la; rien n'a été modifié.",
        },
        "cannot_place_orders": {
            "en": "Your account cannot place orders, so it cannot approve this request.",
            "fr": "Votre compte ne peut pas passer de commandes; il ne peut donc pas approuver cette demande.",
        },
    }
)
