"""What the programme holds about people, declared to people.gdpr (see
ProgrammeConfig): only professionals and coordinators, never a beneficiary."""

from people.gdpr import register_not_personal

for _model, _who in (
    ("programme.Application", "the coordinator who decided"),
    ("programme.Programme", "the network's and the structure's referents"),
    ("programme.Milestone", "the professional or coordinator who owns it"),
    ("programme.CheckIn", "the coordinator who recorded it"),
):
    register_not_personal(
        _model,
        reason=f"its people are {_who}: professionals and coordinators, about "
        "a structure's programme, never a beneficiary",
    )
