"""Whose rows a list shows (people.selectors.in_structures_for_user): a
coordinator's lists carry no subquery over every structure (on a network it led
PostgreSQL to nested loops, issue 13); a professional's keep their own."""

from django.contrib.auth import get_user_model

from people.models import BeneficiaryProfile, Structure
from people.selectors import beneficiaries_for_user, in_structures_for_user
from tests import builders


def test_a_coordinator_sees_every_structure_without_a_filter(
    coordinator, corbeil, grigny
):
    builders.beneficiary(corbeil)
    builders.beneficiary(grigny)
    assert not in_structures_for_user(coordinator)
    listed = beneficiaries_for_user(coordinator)
    assert "WHERE" not in str(listed.query)
    assert listed.count() == BeneficiaryProfile.objects.count() == 2


def test_a_professional_sees_only_their_structure(pro_corbeil, corbeil, grigny):
    mine, _pin = builders.beneficiary(corbeil)
    builders.beneficiary(grigny)
    assert list(beneficiaries_for_user(pro_corbeil)) == [mine]


def test_someone_without_a_structure_sees_nothing(learner, corbeil):
    builders.beneficiary(corbeil)
    assert in_structures_for_user(learner)
    assert not beneficiaries_for_user(learner).exists()


def test_first_name_sort_and_search_have_their_indexes():
    names = {index.name for index in get_user_model()._meta.indexes}
    assert {"people_user_first_name", "people_user_first_name_upper"} <= names
    # The sort by structure reads the structures in name order.
    assert "people_structure_name" in {i.name for i in Structure._meta.indexes}


def test_the_search_reads_the_stored_capitals_as_icontains_would(corbeil, pro_corbeil):
    """The search compares User.first_name_upper (kept by the database) with
    the search in capitals: the same matches as `icontains`, the name's
    capitals following a rename, « % » and « _ » taken literally."""
    for name in ("Awa", "Mawadou", "Bintou", "Élodie", "Cent%", "Sous_tiret"):
        builders.beneficiary(corbeil, by=pro_corbeil, first_name=name)
    renamed, _pin = builders.beneficiary(corbeil, by=pro_corbeil, first_name="Zoé")
    renamed.user.first_name = "Lawanda"
    renamed.user.save(update_fields=["first_name"])
    # Codes no search below starts with (a search matches codes too).
    for n, profile in enumerate(BeneficiaryProfile.objects.filter(structure=corbeil)):
        BeneficiaryProfile.objects.filter(pk=profile.pk).update(login_code=f"99990{n}")

    for search in ("awa", "AWA", "élo", "Élodie", "%", "_", "t%", "zoé", "e_t"):
        found = {
            p.user.first_name
            for p in beneficiaries_for_user(pro_corbeil, search=search)
        }
        expected = set(
            get_user_model()
            .objects.filter(
                beneficiary_profile__structure=corbeil, first_name__icontains=search
            )
            .values_list("first_name", flat=True)
        )
        assert found == expected, search
    names = {
        p.user.first_name for p in beneficiaries_for_user(pro_corbeil, search="AWA")
    }
    assert names == {"Awa", "Mawadou", "Lawanda"}
