"""What a cliënt may see: internal fields are absent whatever the settings say."""

from keuzehulp.audience import CLIENT_PARTS, client_fields, client_view
from keuzehulp.fields import NEVER
from keuzehulp.model import Contactpersoon, Instellingen, Instrument


def full_instrument():
    return Instrument(
        id="x",
        naam="X",
        kosten_euro=1250.0,
        toelichting_kosten="per traject",
        werkafspraken="maandelijks overleg",
        registratiecodes=["RI-1"],
        aanmeldinstructies="via het formulier",
        contactpersonen=[Contactpersoon("intern", "Ina"), Contactpersoon("extern", "Eef")],
    )


def test_never_fields_are_absent_even_with_every_switch_on():
    settings = Instellingen(client_velden={part.key: True for part in CLIENT_PARTS})
    view = client_view(full_instrument(), settings)
    assert not set(view) & {part.key for part in CLIENT_PARTS if part.client == NEVER}
    assert "contactpersonen" not in view
    assert view["externe_contactpersonen"] == [{"soort": "extern", "naam": "Eef", "telefoon": None, "email": None}]


def test_aanmeldinstructies_and_external_contacts_are_off_by_default():
    view = client_view(full_instrument(), Instellingen())
    assert "aanmeldinstructies" not in view and "externe_contactpersonen" not in view
    assert {"id", "naam", "tegels", "klantkenmerken", "samenvatting"} <= set(view)


def test_a_field_can_be_switched_off():
    assert "doel" not in client_fields(Instellingen(client_velden={"doel": False}))
