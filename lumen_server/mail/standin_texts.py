"""Wording of the stand-in, reminder and escalation messages, added to the mail catalog (``texts.TEXTS``)."""

from __future__ import annotations

from lumen_server.mail.texts import add_texts

STANDIN_TEXTS: dict[str, dict[str, str]] = {
    # "Jean Dupuis for Marie Tremblay": who decided, for whom (in approved/rejected messages).
    "acting_for": {"en": "{actor} for {approver}", "fr": "{actor} pour {approver}"},
    # A request sent while the approver is away, to their stand-in.
    "stand_in_subject": {
        "en": "An order awaits your approval, for {approver} ({requester})",
        "fr": "Une commande attend votre approbation, pour {approver} ({requester})",
    },
    "stand_in_intro": {
        "en": "{approver} is away until {until} and named you as stand-in. {requester} sent an order for approval "
        "on {sent}: {lines}.\n",
        "fr": "{approver} vous a confié ses approbations pendant son absence, jusqu'au {until}. {requester} a envoyé "
        "une commande à approuver le {sent} : {lines}.\n",
    },
    "stand_in_howto": {
        "en": "\nIt is in Lumen Desktop, under {approvals}, in {approver}'s inbox and yours: the first of you to "
        "approve or reject it decides.\n",
        "fr": "\nElle est dans Lumen Desktop, section {approvals}, chez {approver} et chez vous : le premier de vous "
        "deux qui l'approuve ou la refuse décide.\n",
    },
    # The one reminder, to the approver (and their stand-in while away).
    "reminder_subject": {
        "en": "Reminder: an order has waited for your approval for {waited} ({requester})",
        "fr": "Rappel : une commande attend votre approbation depuis {waited} ({requester})",
    },
    "reminder_intro": {
        "en": "{requester} sent an order for approval on {sent} ({lines}); it has waited {waited} and nobody has "
        "decided it yet.\n",
        "fr": "{requester} a envoyé une commande à approuver le {sent} ({lines}); elle attend depuis {waited} et "
        "personne ne l'a encore traitée.\n",
    },
    "reminder_escalation": {
        "en": "If it is still waiting in {left}, it will be offered to other buyers of your company.\n",
        "fr": "Si elle attend encore dans {left}, elle sera proposée aux autres acheteurs de votre entreprise.\n",
    },
    "reminder_howto": {
        "en": "\nTo decide it, open Lumen Desktop, section {approvals}.\n",
        "fr": "\nPour la traiter, ouvrez Lumen Desktop, section {approvals}.\n",
    },
    # The escalation, to each person the request is now offered to.
    "escalated_subject": {
        "en": "An order waits for a decision: {approver} has not decided it ({requester})",
        "fr": "Une commande attend une décision : {approver} ne l'a pas traitée ({requester})",
    },
    "escalated_intro": {
        "en": "{requester} sent an order for approval to {approver} on {sent} ({lines}). It has waited {waited}, "
        "so it is now offered to you as well.\n",
        "fr": "{requester} a envoyé une commande à approuver à {approver} le {sent} ({lines}). Elle attend depuis "
        "{waited} : elle vous est donc proposée à vous aussi.\n",
    },
    "escalated_howto": {
        "en": "\nIt is in Lumen Desktop, under {approvals}: the first person to approve or reject it decides.\n",
        "fr": "\nElle est dans Lumen Desktop, section {approvals} : la première personne qui l'approuve ou la "
        "refuse décide.\n",
    },
}

STANDIN_PLURALS: dict[str, dict[str, tuple[str, str]]] = {
    "working_hours": {
        "en": ("{n} working hour", "{n} working hours"),
        "fr": ("{n} heure ouvrable", "{n} heures ouvrables"),
    },
}

add_texts(STANDIN_TEXTS, plurals=STANDIN_PLURALS)
