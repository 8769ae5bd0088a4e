"""Demo simulators (« Simulateur de démarche »), as lesson block values.

Every site, person, number and code here is invented: the fake screens carry
no real organisation's name or logo. Each simulator goes into its lesson just
before the lesson's exercise (demo.services._load_courses)."""


def _field(kind, label, rule, explanation, **extra):
    field = {"kind": kind, "label": label, "rule": rule, "explanation": explanation}
    return field | {"expected": "", "options": "", "hint": "", "min_length": 8} | extra


def _fact(label, value):
    return {"label": label, "value": value}


EMAIL_ACCOUNT = {
    "title": "Créer une adresse e-mail",
    "intro": (
        "Vous allez créer une adresse e-mail pour Marie, sur un faux site. "
        "Recopiez les informations de sa fiche."
    ),
    "site_name": "Messagerie — site d'entraînement",
    "persona": {
        "name": "Marie Martin",
        "description": (
            "Vous êtes Marie Martin, née le 3 mars 1970. Vous voulez une adresse "
            "e-mail pour recevoir vos documents."
        ),
        "facts": [
            _fact("Prénom", "Marie"),
            _fact("Nom", "Martin"),
            _fact("Date de naissance", "03/03/1970"),
            _fact("Adresse à choisir", "marie.martin70"),
            _fact("Mot de passe", "À inventer : 8 signes ou plus, lettres et chiffres"),
        ],
    },
    "screens": [
        {
            "title": "Qui êtes-vous ?",
            "intro": "Pour créer une adresse, le site demande votre nom.",
            "fields": [
                _field(
                    "text",
                    "Prénom",
                    "exact",
                    "Écrivez le prénom de Marie : Marie.",
                    expected="Marie",
                    hint="Regardez la fiche de Marie.",
                ),
                _field(
                    "text",
                    "Nom",
                    "exact",
                    "Écrivez le nom de famille de Marie : Martin.",
                    expected="Martin",
                ),
                _field(
                    "date",
                    "Date de naissance",
                    "date",
                    "Marie est née le 3 mars 1970. Choisissez le 03/03/1970.",
                    expected="03/03/1970",
                ),
            ],
            "button_label": "Suivant",
        },
        {
            "title": "Choisissez votre adresse",
            "intro": "L'adresse finira par @exemple.fr.",
            "fields": [
                _field(
                    "text",
                    "Adresse souhaitée (avant le @)",
                    "exact",
                    "Recopiez l'adresse de la fiche : marie.martin70, "
                    "avec un point entre les deux mots.",
                    expected="marie.martin70",
                    hint="Sans espace et sans accent.",
                ),
            ],
            "button_label": "Suivant",
        },
        {
            "title": "Créez votre mot de passe",
            "intro": "Le mot de passe protège votre boîte. Gardez-le pour vous.",
            "fields": [
                _field(
                    "password",
                    "Mot de passe",
                    "password",
                    "Le mot de passe doit avoir 8 signes ou plus, avec des lettres "
                    "et au moins un chiffre. Par exemple : Soleil2026.",
                    hint="8 signes ou plus, avec des lettres et des chiffres.",
                ),
                _field(
                    "checkbox",
                    "J'accepte les conditions d'utilisation",
                    "checked",
                    "Cochez la case : le site ne crée pas l'adresse sans votre accord.",
                ),
            ],
            "button_label": "Créer mon adresse",
        },
    ],
    "success_text": "L'adresse marie.martin70@exemple.fr est créée (pour de faux).",
}

HEALTH_ACCOUNT = {
    "title": "Créer un compte santé",
    "intro": (
        "Vous allez créer le compte de Karim sur un faux site de l'Assurance "
        "maladie. Le vrai site pose les mêmes questions."
    ),
    "site_name": "Espace santé — site d'entraînement",
    "persona": {
        "name": "Karim Benali",
        "description": (
            "Vous êtes Karim Benali, né le 12 juillet 1985. Vous habitez à "
            "Corbeil-Essonnes. Vous avez reçu un code par courrier."
        ),
        "facts": [
            _fact("Numéro de sécurité sociale (inventé)", "1 85 07 99 000 001"),
            _fact("Date de naissance", "12/07/1985"),
            _fact("Code postal", "91100"),
            _fact("Code reçu par courrier (inventé)", "4821"),
            _fact("Adresse e-mail", "karim.benali@exemple.fr"),
        ],
    },
    "screens": [
        {
            "title": "Bienvenue sur votre espace santé",
            "intro": "Karim n'a pas encore de compte.",
            "fields": [
                _field(
                    "button",
                    "Créer mon compte",
                    "press",
                    "Karim n'a pas encore de compte : appuyez sur « Créer mon "
                    "compte ».",
                ),
                _field(
                    "button",
                    "Se connecter",
                    "avoid",
                    "« Se connecter » sert quand on a déjà un compte. Karim n'en "
                    "a pas : appuyez sur « Créer mon compte ».",
                ),
            ],
            "button_label": "Continuer",
        },
        {
            "title": "Vos informations",
            "intro": "Recopiez les informations de la fiche de Karim.",
            "fields": [
                _field(
                    "text",
                    "Numéro de sécurité sociale",
                    "exact",
                    "Recopiez les 13 chiffres de la fiche : 1 85 07 99 000 001. "
                    "Les espaces ne comptent pas.",
                    expected="1850799000001",
                    hint="13 chiffres. Il est sur la carte Vitale.",
                ),
                _field(
                    "date",
                    "Date de naissance",
                    "date",
                    "Karim est né le 12 juillet 1985 : 12/07/1985.",
                    expected="12/07/1985",
                ),
                _field(
                    "text",
                    "Code postal",
                    "exact",
                    "Le code postal de Karim est 91100.",
                    expected="91100",
                    hint="5 chiffres.",
                ),
            ],
            "button_label": "Continuer",
        },
        {
            "title": "Votre code provisoire",
            "intro": "Ce code est arrivé par courrier chez Karim.",
            "fields": [
                _field(
                    "text",
                    "Code provisoire",
                    "exact",
                    "Le code est sur la fiche : 4821. Il arrive par courrier, "
                    "jamais par SMS.",
                    expected="4821",
                ),
                _field(
                    "email",
                    "Adresse e-mail",
                    "email",
                    "Une adresse e-mail a un @ et un point, comme "
                    "karim.benali@exemple.fr.",
                    hint="Le site y enverra un message de confirmation.",
                ),
            ],
            "button_label": "Continuer",
        },
        {
            "title": "Votre mot de passe",
            "intro": "Choisissez un mot de passe que vous n'avez pas ailleurs.",
            "fields": [
                _field(
                    "password",
                    "Nouveau mot de passe",
                    "password",
                    "Il faut 8 signes ou plus, avec des lettres et au moins un "
                    "chiffre. Par exemple : Jardin2026.",
                    hint="8 signes ou plus, avec des lettres et des chiffres.",
                ),
                _field(
                    "checkbox",
                    "J'accepte les conditions générales d'utilisation",
                    "checked",
                    "Cochez la case pour accepter les conditions, sinon le compte "
                    "n'est pas créé.",
                ),
            ],
            "button_label": "Créer mon compte",
        },
    ],
    "success_text": "Le compte santé de Karim est créé (pour de faux).",
}

FAMILY_BENEFITS_DECLARATION = {
    "title": "Faire la déclaration trimestrielle",
    "intro": (
        "Tous les trois mois, Sophie déclare ses revenus à la CAF. Entraînez-vous "
        "sur un faux site."
    ),
    "site_name": "Espace allocations — site d'entraînement",
    "persona": {
        "name": "Sophie Leroy",
        "description": (
            "Vous êtes Sophie Leroy. Vous recevez une aide tous les mois. Vous "
            "avez travaillé en juillet et en août, pas en septembre."
        ),
        "facts": [
            _fact("Numéro d'allocataire (inventé)", "1234567"),
            _fact("Mot de passe (inventé)", "Soleil2026"),
            _fact("Salaire de juillet", "850 €"),
            _fact("Salaire d'août", "850 €"),
            _fact("Salaire de septembre", "0 €"),
            _fact("Changement de situation", "Non"),
        ],
    },
    "screens": [
        {
            "title": "Connexion à mon compte",
            "intro": "",
            "fields": [
                _field(
                    "text",
                    "Numéro d'allocataire",
                    "exact",
                    "Recopiez le numéro de la fiche : 1234567.",
                    expected="1234567",
                    hint="Il est sur les courriers de la CAF.",
                ),
                _field(
                    "password",
                    "Mot de passe",
                    "exact",
                    "Le mot de passe de Sophie est Soleil2026, avec un S majuscule.",
                    expected="Soleil2026",
                ),
            ],
            "button_label": "Me connecter",
        },
        {
            "title": "Déclaration trimestrielle : juillet, août, septembre",
            "intro": "Indiquez les salaires reçus chaque mois.",
            "fields": [
                _field(
                    "choice",
                    "Votre situation a-t-elle changé ce trimestre ?",
                    "option",
                    "La situation de Sophie n'a pas changé : choisissez « Non ».",
                    options="Oui\nNon",
                    expected="Non",
                ),
                _field(
                    "text",
                    "Salaire de juillet (en euros)",
                    "exact",
                    "En juillet, Sophie a gagné 850 €. Écrivez 850.",
                    expected="850",
                ),
                _field(
                    "text",
                    "Salaire d'août (en euros)",
                    "exact",
                    "En août, Sophie a gagné 850 €. Écrivez 850.",
                    expected="850",
                ),
                _field(
                    "text",
                    "Salaire de septembre (en euros)",
                    "exact",
                    "En septembre, Sophie n'a pas travaillé. Écrivez 0, ne "
                    "laissez pas vide.",
                    expected="0",
                ),
            ],
            "button_label": "Continuer",
        },
        {
            "title": "Vérifiez et envoyez",
            "intro": "Relisez bien : une fois envoyée, la déclaration compte.",
            "fields": [
                _field(
                    "checkbox",
                    "Je certifie que ces informations sont exactes",
                    "checked",
                    "Cochez la case pour dire que vos réponses sont vraies.",
                ),
                _field(
                    "button",
                    "Envoyer ma déclaration",
                    "press",
                    "Pour finir, appuyez sur « Envoyer ma déclaration ».",
                ),
                _field(
                    "button",
                    "Annuler",
                    "avoid",
                    "« Annuler » efface la déclaration. Appuyez sur « Envoyer ma "
                    "déclaration ».",
                ),
            ],
            "button_label": "Envoyer",
        },
    ],
    "success_text": "La déclaration de Sophie est envoyée (pour de faux).",
}

JOB_SEEKER_UPDATE = {
    "title": "S'actualiser chaque mois",
    "intro": (
        "Chaque mois, Julien s'actualise à France Travail. Entraînez-vous sur "
        "un faux site."
    ),
    "site_name": "Espace emploi — site d'entraînement",
    "persona": {
        "name": "Julien Petit",
        "description": (
            "Vous êtes Julien Petit. Vous cherchez un emploi. Ce mois-ci, vous avez "
            "travaillé 20 heures et gagné 250 €."
        ),
        "facts": [
            _fact("Identifiant (inventé)", "4567891K"),
            _fact("Code postal", "91000"),
            _fact("Mot de passe (inventé)", "Velo2026"),
            _fact("Heures travaillées ce mois", "20"),
            _fact("Salaire brut du mois", "250 €"),
        ],
    },
    "screens": [
        {
            "title": "Connexion",
            "intro": "",
            "fields": [
                _field(
                    "text",
                    "Identifiant",
                    "exact",
                    "Recopiez l'identifiant de la fiche : 4567891K (7 chiffres "
                    "puis une lettre).",
                    expected="4567891K",
                ),
                _field(
                    "text",
                    "Code postal",
                    "exact",
                    "Le code postal de Julien est 91000.",
                    expected="91000",
                ),
                _field(
                    "password",
                    "Mot de passe",
                    "exact",
                    "Le mot de passe de Julien est Velo2026, avec un V majuscule.",
                    expected="Velo2026",
                ),
            ],
            "button_label": "Me connecter",
        },
        {
            "title": "Mon actualisation du mois",
            "intro": "Répondez pour le mois qui vient de finir.",
            "fields": [
                _field(
                    "choice",
                    "Avez-vous travaillé ce mois-ci ?",
                    "option",
                    "Julien a travaillé 20 heures : choisissez « Oui ».",
                    options="Oui\nNon",
                    expected="Oui",
                ),
                _field(
                    "text",
                    "Nombre d'heures travaillées",
                    "exact",
                    "Julien a travaillé 20 heures. Écrivez 20.",
                    expected="20",
                ),
                _field(
                    "text",
                    "Salaire brut (en euros)",
                    "exact",
                    "Julien a gagné 250 € brut. Écrivez 250.",
                    expected="250",
                ),
                _field(
                    "choice",
                    "Êtes-vous toujours à la recherche d'un emploi ?",
                    "option",
                    "Julien cherche toujours un emploi : choisissez « Oui ».",
                    options="Oui\nNon",
                    expected="Oui",
                ),
            ],
            "button_label": "Continuer",
        },
        {
            "title": "Confirmation",
            "intro": "Relisez vos réponses avant de valider.",
            "fields": [
                _field(
                    "checkbox",
                    "J'atteste sur l'honneur que ma déclaration est exacte",
                    "checked",
                    "Cochez la case pour dire que vos réponses sont vraies.",
                ),
            ],
            "button_label": "Valider mon actualisation",
        },
    ],
    "success_text": "L'actualisation de Julien est faite (pour de faux).",
}

# Lesson slug → the simulators it holds, in order.
LESSON_SIMULATORS = {
    "creer-et-utiliser-son-adresse-e-mail": [EMAIL_ACCOUNT],
    "compte-ameli-puis-franceconnect": [HEALTH_ACCOUNT],
    "espace-caf-ou-france-travail": [FAMILY_BENEFITS_DECLARATION, JOB_SEEKER_UPDATE],
}


def with_simulators(slug: str, body: list[dict]) -> list[dict]:
    """The lesson's body with its demo simulators just before its first
    exercise (at the end when it has none yet: the exercise comes later)."""
    simulators = [
        {"type": "simulator", "value": value}
        for value in LESSON_SIMULATORS.get(slug, [])
    ]
    if not simulators:
        return body
    quiz_at = next(
        (i for i, block in enumerate(body) if block["type"] == "quiz"), len(body)
    )
    return body[:quiz_at] + simulators + body[quiz_at:]
