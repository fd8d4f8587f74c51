"""The French and English wording of every message the service sends (plain text, ``str.format`` templates),
the words that take a plural, and the desktop's section names as the app shows them in each language."""

from __future__ import annotations

from collections.abc import Mapping

from lumen_server.core.i18n import check_bilingual, check_new_keys

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
        "en": "{requester} ({customer}) sent you an order for approval on {sent}: {lines}.\n",
        "fr": "{requester} ({customer}) vous a envoyé une commande à approuver le {sent} : {lines}.\n",
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
            "\nTo review it, open Lumen Desktop and go to {approvals}. There you can change quantities, add or "
            "remove lines, then approve and place the order, or reject it with a reason.\n"
        ),
        "fr": (
            "\nPour l'examiner, ouvrez Lumen Desktop, section {approvals}. Vous pourrez y modifier les quantités, "
            "ajouter ou retirer des lignes, puis approuver et passer la commande, ou la refuser en donnant une "
            "raison.\n"
        ),
    },
    # One click from the e-mail (the app registers lumen://), and the same way for a reader who can't click.
    "requested_link": {
        "en": (
            "\nOpen it in one click: {link}\n"
            "If the link does not open: open Lumen Desktop, go to {approvals} and open the request of {sent} "
            "from {requester} (request number {id}).\n"
        ),
        "fr": (
            "\nOuvrez-la d'un clic : {link}\n"
            "Si le lien ne s'ouvre pas : ouvrez Lumen Desktop, section {approvals}, et ouvrez la demande du {sent} "
            "de {requester} (demande n° {id}).\n"
        ),
    },
    "decided_link": {
        "en": "\nSee it in one click: {link}\n(or in Lumen Desktop, under {requests}: request number {id}).\n",
        "fr": "\nConsultez-la d'un clic : {link}\n(ou dans Lumen Desktop, section {requests} : demande n° {id}).\n",
    },
    # The request as the desktop lists it: sent on …, with its PO number or job name when it has one.
    "request_ref": {"en": "your request of {sent}", "fr": "votre demande du {sent}"},
    "request_ref_detail": {"en": "your request of {sent} ({detail})", "fr": "votre demande du {sent} ({detail})"},
    # Approved, to the requester.
    "approved_subject": {
        "en": "Order {order} placed: {request} was approved",
        "fr": "Commande {order} passée : {request} a été approuvée",
    },
    "approved_intro": {
        "en": "{approver} approved {request} and placed order {order}.\n",
        "fr": "{approver} a approuvé {request} et passé la commande {order}.\n",
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
        "en": "\nYou will find it in Lumen Desktop, under {orders}; {requests} shows the request and its order.\n",
        "fr": (
            "\nVous la trouverez dans Lumen Desktop, section {orders} ; la section {requests} montre la demande "
            "et sa commande.\n"
        ),
    },
    # Rejected, to the requester.
    "rejected_subject": {
        "en": "{request} was rejected",
        "fr": "{request} a été refusée",
    },
    "rejected_intro": {
        "en": "{approver} rejected {request}.\n\nReason:\n{reason}\n",
        "fr": "{approver} a refusé {request}.\n\nRaison :\n{reason}\n",
    },
    "rejected_howto": {
        "en": "\nYou can see it in Lumen Desktop, under {requests}.\n",
        "fr": "\nVous pouvez la consulter dans Lumen Desktop, section {requests}.\n",
    },
    # The public form was received, to the person who sent it.
    "account_received_subject": {
        "en": "We received your Lumen.ca account request",
        "fr": "Nous avons reçu votre demande de compte Lumen.ca",
    },
    "account_received_body": {
        "en": (
            "Your request for a Lumen.ca account for {customer} has reached us.\n\n"
            "Our e-commerce team processes it within 72 hours, by {promised} at the latest. You will then receive "
            "your username and a password by e-mail.\n"
        ),
        "fr": (
            "Votre demande de compte Lumen.ca pour {customer} nous est bien parvenue.\n\n"
            "Notre équipe du commerce électronique la traitera dans les 72 heures, au plus tard le {promised}. "
            "Vous recevrez alors votre nom d'utilisateur et un mot de passe par courriel.\n"
        ),
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

# (singular, plural) per language; ``formatting.plural`` picks by CLDR's rule ("0 ligne" in French, "0 lines").
PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "lines": {"en": ("{n} line", "{n} lines"), "fr": ("{n} ligne", "{n} lignes")},
}

# Units of measure (the catalog's ``uom`` codes) in words, as the desktop shows them; an unknown code as sent.
UNITS: dict[str, dict[str, tuple[str, str]]] = {
    "ft": {"en": ("ft", "ft"), "fr": ("pi", "pi")},
    "m": {"en": ("m", "m"), "fr": ("m", "m")},
    "ea": {"en": ("ea", "ea"), "fr": ("unité", "unités")},
    "box": {"en": ("box", "boxes"), "fr": ("boîte", "boîtes")},
    "roll": {"en": ("roll", "rolls"), "fr": ("rouleau", "rouleaux")},
    "pack": {"en": ("pack", "packs"), "fr": ("paquet", "paquets")},
    "bag": {"en": ("bag", "bags"), "fr": ("sac", "sacs")},
}

# The desktop's section titles (context "Sections" of translations/lumen_*.ts; a test keeps them equal).
SECTIONS: dict[str, dict[str, str]] = {
    "approvals": {"en": "Approvals", "fr": "Approbations"},
    "my_requests": {"en": "My requests", "fr": "Mes demandes"},
    "orders": {"en": "Orders", "fr": "Commandes"},
}

check_bilingual(TEXTS)
check_bilingual(PLURALS)
check_bilingual(UNITS)
check_bilingual(SECTIONS)


def add_texts(
    texts: Mapping[str, dict[str, str]], *, plurals: Mapping[str, dict[str, tuple[str, str]]] | None = None
) -> None:
    """Adds a domain's wording (and its words that take a plural) to the mail catalog, once
    ``i18n.check_bilingual`` passes and no key is taken: no message goes out half translated or reworded."""
    check_bilingual(texts)
    check_bilingual(plurals or {})
    check_new_keys(TEXTS, texts)
    check_new_keys(PLURALS, plurals or {})
    TEXTS.update(texts)
    PLURALS.update(plurals or {})
