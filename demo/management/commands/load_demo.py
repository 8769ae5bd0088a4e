from django.core.management.base import BaseCommand

from demo.services import (
    DEMO_ACCOUNTS,
    DEMO_BENEFICIARIES,
    DEMO_PASSWORD,
    demo_load,
)


class Command(BaseCommand):
    help = "Charge le contenu et les comptes de démonstration (sans doublon)."

    def handle(self, *args, **options):
        result = demo_load()
        self.stdout.write(
            self.style.SUCCESS(
                f"Démo prête : {result['pages']} page(s), "
                f"{result['accounts']} compte(s), {result['structures']} "
                f"structure(s), {result['beneficiaries']} bénéficiaire(s), "
                f"{result['quizzes']} exercice(s), "
                f"{result['diagnostics']} diagnostic(s) et "
                f"{result['workshops']} élément(s) d'ateliers "
                "(séances, accompagnements, comptes rendus) créés."
            )
        )
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Comptes de démonstration (mot de passe : {DEMO_PASSWORD}) :"
            )
            for account in DEMO_ACCOUNTS:
                self.stdout.write(f"  {account.username:<14} {account.description}")
            self.stdout.write("Bénéficiaires (/connexion/code/) : code, code secret")
            for beneficiary in DEMO_BENEFICIARIES:
                self.stdout.write(
                    f"  {beneficiary.login_code}  {beneficiary.pin}  "
                    f"{beneficiary.first_name}"
                )
