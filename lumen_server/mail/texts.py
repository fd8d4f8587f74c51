"""The French and English wording of every message the service sends (plain text, ``str.format`` templates)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "signature": {
        "en": "\n--\nLumen.ca e-commerce team\n",
        "fr": "\n--\nL'équipe du commerce électronique de Lumen.ca\n",
    },
    "greeting": {"en": "Hello {name},\n", "fr": "Bonjour {name},\n"},
    # "An order awaits your approval", to the approver.
    "requested_subject": {
        "en": "An order awaits your approval ({requester})",
        "fr": "Une commande attend votre approbation ({requester})",
    },
    "requested_intro": {
        "en": "{requester} ({customer}) sent you an order for approval: request no. {id}, {count} line(s).\n",
        "fr": "{requester} ({customer}) vous a envoyé une commande à approuver : demande n° {id}, {count} ligne(s).\n",
    },
    "po_number": {"en": "PO number: {value}\n", "fr": "N° de bon de commande : {value}\n"},
    "job_name": {"en": "Job name: {value}\n", "fr": "Nom du chantier : {value}\n"},
    "lines_heading": {"en": "\nLines:\n", "fr": "\nLignes :\n"},
    "line": {"en": "  {sku}  {name}  × {quantity} {uom}\n", "fr": "  {sku}  {name}  × {quantity} {uom}\n"},
    "line_priced": {
        "en": "  {sku}  {name}  × {quantity} {uom}  {amount}\n",
        "fr": "  {sku}  {name}  × {quantity} {uom}  {amount}\n",
    },
    "subtotal": {"en": "\nSubtotal before taxes: {amount}\n", "fr": "\nSous-total avant taxes : {amount}\n"},
    "note": {"en": "\nNote from {requester}:\n{note}\n", "fr": "\nNote de {requester} :\n{note}\n"},
    "requested_howto": {
        "en": (
            "\nTo review it, open Lumen Desktop and go to Approvals. There you can change quantities, add or "
            "remove lines, then approve and place the order, or reject it with a reason.\n"
        ),
        "fr": (
            "\nPour l'examiner, ouvrez Lumen Desktop, section Approbations. Vous pourrez y modifier les quantités, "
            "ajouter ou retirer des lignes, puis approuver et passer la commande, ou la refuser en donnant une "
            "raison.\n"
        ),
    },
    # Approved, to the requester.
    "approved_subject": {
        "en": "Your request no. {id} was approved: order {order}",
        "fr": "Votre demande n° {id} a été approuvée : commande {order}",
    },
    "approved_intro": {
        "en": "{approver} approved your request no. {id} and placed order {order}.\n",
        "fr": "{approver} a approuvé votre demande n° {id} et passé la commande {order}.\n",
    },
    "approved_unchanged": {
        "en": "\nThe order was placed as you requested it.\n",
        "fr": "\nLa commande a été passée telle que vous l'aviez demandée.\n",
    },
    "approved_changes": {
        "en": "\nChanges made by {approver}:\n",
        "fr": "\nModifications apportées par {approver} :\n",
    },
    "change_changed": {
        "en": "  {sku}  {name}: {requested} → {placed}\n",
        "fr": "  {sku}  {name} : {requested} → {placed}\n",
    },
    "change_added": {"en": "  {sku}  {name}: added ({placed})\n", "fr": "  {sku}  {name} : ajouté ({placed})\n"},
    "change_removed": {
        "en": "  {sku}  {name}: removed (you asked for {requested})\n",
        "fr": "  {sku}  {name} : retiré (vous en demandiez {requested})\n",
    },
    "order_total": {"en": "\nOrder total: {amount}\n", "fr": "\nTotal de la commande : {amount}\n"},
    "approved_howto": {
        "en": "\nYou will find it in Lumen Desktop, under Orders.\n",
        "fr": "\nVous la trouverez dans Lumen Desktop, section Commandes.\n",
    },
    # Rejected, to the requester.
    "rejected_subject": {
        "en": "Your request no. {id} was rejected",
        "fr": "Votre demande n° {id} a été refusée",
    },
    "rejected_intro": {
        "en": "{approver} rejected your request no. {id}.\n\nReason:\n{reason}\n",
        "fr": "{approver} a refusé votre demande n° {id}.\n\nRaison :\n{reason}\n",
    },
    "rejected_howto": {
        "en": "\nYou can see it in Lumen Desktop, Approvals (My requests).\n",
        "fr": "\nVous pouvez la consulter dans Lumen Desktop, section Approbations (Mes demandes).\n",
    },
    # A new account's credentials.
    "credentials_subject": {"en": "Your Lumen.ca account", "fr": "Votre compte Lumen.ca"},
    "credentials_body": {
        "en": (
            "Your Lumen.ca account for {customer} is ready.\n\n"
            "Username: {username}\n"
            "Password: {password}\n\n"
            "This password works only once: at your first sign-in, Lumen Desktop asks you to choose your own.\n"
        ),
        "fr": (
            "Votre compte Lumen.ca pour {customer} est prêt.\n\n"
            "Nom d'utilisateur : {username}\n"
            "Mot de passe : {password}\n\n"
            "Ce mot de passe ne sert qu'une fois : à votre première connexion, Lumen Desktop vous demandera "
            "d'en choisir un.\n"
        ),
    },
    # An account request turned down.
    "account_rejected_subject": {
        "en": "Your Lumen.ca account request",
        "fr": "Votre demande de compte Lumen.ca",
    },
    "account_rejected_body": {
        "en": "We could not open the Lumen.ca account you asked for ({customer}).\n\nReason:\n{reason}\n",
        "fr": (
            "Nous n'avons pas pu ouvrir le compte Lumen.ca que vous avez demandé ({customer}).\n\nRaison :\n{reason}\n"
        ),
    },
    "reply_for_questions": {
        "en": "\nFor any question, simply reply to this e-mail.\n",
        "fr": "\nPour toute question, répondez simplement à ce courriel.\n",
    },
}
