"""The load_demo command on an empty database (the other tests of the demo
share one load: tests/demo/test_load_demo.py)."""


def test_the_command_says_what_it_created_and_the_logins(db):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("load_demo", stdout=out)
    text = out.getvalue()
    assert "6 bénéficiaire(s)" in text
    assert "10 élément(s) d'ateliers" in text
    assert "CRBB45  4827  Fatou" in text
    again = StringIO()
    call_command("load_demo", stdout=again)
    assert "0 élément(s) d'ateliers" in again.getvalue()
