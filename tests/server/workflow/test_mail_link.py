"""The approval e-mail opens the request in one click (``lumen://approvals/<id>``) and says, for a reader who
cannot click, where to find it by hand: section, date and sender, and its number; in the reader's language."""

from __future__ import annotations

from datetime import datetime

from lumen_server.mail.formatting import format_moment
from tests.server.workflow.support import body_of, mail_to, products


def test_the_approver_gets_a_link_and_the_way_by_hand_in_french_then_english(sign_in, database, sent_mail):
    first, second = products(database, 2)
    approval = sign_in("luc.gagnon").send_for_approval((first.sku, 1))
    (french,) = mail_to(sent_mail(), "marie.tremblay@example.com")
    text = body_of(french)
    sent = format_moment(datetime.fromisoformat(approval["created_at"]), "fr")
    assert f"Ouvrez-la d'un clic : lumen://approvals/{approval['id']}\n" in text
    assert (
        f"ouvrez Lumen Desktop, section Approbations, et ouvrez la demande du {sent} de Luc Gagnon "
        f"(demande n° {approval['id']})" in " ".join(text.split())
    )

    marie = sign_in("marie.tremblay")
    assert marie.patch("/me", json={"language": "en"}).status_code == 200
    second_request = sign_in("sophie.roy").send_for_approval((second.sku, 1))
    (english,) = [m for m in mail_to(sent_mail(), "marie.tremblay@example.com") if m["Content-Language"] == "en-CA"]
    text = " ".join(body_of(english).split())
    sent_en = " ".join(format_moment(datetime.fromisoformat(second_request["created_at"]), "en").split())
    assert f"Open it in one click: lumen://approvals/{second_request['id']}" in text
    assert f"go to Approvals and open the request of {sent_en} from Sophie Roy" in text
    assert f"(request number {second_request['id']})" in text


def test_the_requester_can_open_the_decided_request_from_the_mail(sign_in, database, sent_mail):
    (product,) = products(database, 1)
    approval = sign_in("luc.gagnon").send_for_approval((product.sku, 1))
    marie = sign_in("marie.tremblay")
    assert marie.post(f"/approvals/{approval['id']}/reject", json={"reason": "Not this month"}).status_code == 200
    (to_luc,) = mail_to(sent_mail(), "luc.gagnon@example.com")
    text = " ".join(body_of(to_luc).split())
    assert f"Consultez-la d'un clic : lumen://approvals/{approval['id']}" in text
    assert f"section Mes demandes : demande n° {approval['id']}" in text
