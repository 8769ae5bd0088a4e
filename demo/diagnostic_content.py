"""French demo diagnostics: pure data, aligned with the levels and lessons of
demo.curriculum.

BENEFICIARY_DIAGNOSTIC is run by a relay professional with a beneficiary (or by
the beneficiary alone); PROFESSIONAL_SELF_ASSESSMENT lets a relay professional
assess their own digital skills. Each has a few unscored screening questions,
then items, each tied to one competence area (1 to 6) and one level (N1 to N4).
Items are listed area by area, from the simplest level to the hardest, because
a diagnostic stops at the first failure in an area. N0 has no items: a person
who fails the N1 items of an area is at N0 there.

Item kinds:
- "task": a practical task. For beneficiaries, the professional observes it
  ("La personne a su …"); for professionals it is a self-declared yes/no
  ("Je sais …");
- "single": exactly one correct choice among 2 to 4, with an explanation;
- "true_false": a statement, the correct answer and an explanation.

Every item also has a first-person text, "self_text" (« Je sais … »), which a
person alone reads and answers « Oui » or « Pas encore »; results turn it into
« Vous savez … ». A professional's task, already written « Je sais … », is its
own first-person text (see self_text()). An item about something to see names
a "picture" key, drawn by demo.pictures, and its "picture_alt".

Tasks use fictitious data (example forms, example documents); a beneficiary
never has to open a personal account to be assessed. Every person, address or
number in the examples is fictitious.
"""

from __future__ import annotations

# The pictures demo.pictures draws (picture_image(key)); items name them.
PICTURE_KEYS = frozenset(
    {
        "wifi_icon",
        "phone_power_button",
        "keyboard_at_key",
        "browser_address_bar",
        "attachment_paperclip",
        "password_field",
        "scam_sms",
        "login_form",
        "camera_document",
        "mail_inbox",
    }
)

# ---------------------------------------------------------------------------
# Beneficiary diagnostic
# ---------------------------------------------------------------------------

_BENEFICIARY_SCREENING = [
    {
        "text": "Avez-vous un appareil à vous ?",
        "choices": [
            "Oui, un smartphone (téléphone à écran tactile)",
            "Oui, un ordinateur ou une tablette",
            "Oui, un smartphone et un ordinateur ou une tablette",
            "Non, j'utilise l'appareil d'un proche ou d'un lieu public",
            "Non, je n'utilise pas d'appareil",
        ],
    },
    {
        "text": "Avez-vous internet ?",
        "choices": [
            "Oui, une box à la maison",
            "Oui, avec le forfait de mon téléphone",
            "Seulement dans des lieux publics (médiathèque, mairie…)",
            "Non",
            "Je ne sais pas",
        ],
    },
    {
        "text": "Utilisez-vous souvent un téléphone ou un ordinateur ?",
        "choices": [
            "Tous les jours",
            "Quelques fois par semaine",
            "Rarement",
            "Jamais",
        ],
    },
    {
        "text": "Pour quoi l'utilisez-vous le plus souvent ?",
        "choices": [
            "Pour appeler",
            "Pour envoyer des messages",
            "Pour regarder des photos ou des vidéos",
            "Pour faire des démarches",
            "Je ne l'utilise pas",
        ],
    },
    {
        "text": "Avez-vous une adresse e-mail ?",
        "choices": [
            "Oui, et je m'en sers",
            "Oui, mais je ne m'en sers pas ou j'ai oublié le mot de passe",
            "Non",
            "Je ne sais pas",
        ],
    },
    {
        "text": "Vous sentez-vous à l'aise avec le numérique ?",
        "choices": [
            "Très à l'aise",
            "Plutôt à l'aise",
            "Pas très à l'aise",
            "Pas du tout à l'aise",
        ],
    },
]

_BENEFICIARY_ITEMS = [
    # Area 1: Prendre en main ses appareils ---------------------------------
    {
        "area": 1,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais allumer le téléphone et le déverrouiller, quand quelqu'un me "
            "guide."
        ),
        "picture": "phone_power_button",
        "picture_alt": (
            "Un téléphone vu de côté. Le bouton pour l'allumer est sur le bord, "
            "entouré."
        ),
        "text": (
            "La personne a su allumer le téléphone et le déverrouiller, en suivant "
            "les consignes une par une."
        ),
    },
    {
        "area": 1,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais écrire un mot avec le clavier et trouver le signe @, quand "
            "quelqu'un me guide."
        ),
        "picture": "keyboard_at_key",
        "picture_alt": "Le clavier d'un téléphone. La touche @ est entourée.",
        "text": (
            "La personne a su, guidée pas à pas, écrire un mot avec le clavier et "
            "trouver le signe @."
        ),
    },
    {
        "area": 1,
        "level": "N2",
        "kind": "task",
        "self_text": (
            "Je sais ouvrir une application, revenir à l'écran d'accueil et régler le "
            "volume, sans aide."
        ),
        "text": (
            "La personne a su, seule, ouvrir une application, revenir à l'écran "
            "d'accueil et régler le volume."
        ),
    },
    {
        "area": 1,
        "level": "N2",
        "kind": "single",
        "self_text": "Je sais reconnaître l'icône du Wi-Fi en haut de l'écran.",
        "picture": "wifi_icon",
        "picture_alt": (
            "Le haut de l'écran d'un téléphone, avec une petite icône en forme "
            "d'éventail entourée."
        ),
        "text": (
            "En haut de l'écran du téléphone, vous voyez une petite icône en forme "
            "d'éventail. Que veut-elle dire ?"
        ),
        "choices": [
            ("La batterie est pleine.", False),
            ("Le téléphone est connecté à un réseau Wi-Fi.", True),
            ("Vous avez reçu un nouveau message.", False),
        ],
        "explanation": (
            "L'icône en forme d'éventail montre que le téléphone est connecté au "
            "Wi-Fi. Plus il y a de traits remplis, meilleur est le signal."
        ),
    },
    {
        "area": 1,
        "level": "N3",
        "kind": "task",
        "self_text": (
            "Je sais installer une application depuis le magasin d'applications, puis "
            "l'ouvrir, sans aide."
        ),
        "text": (
            "La personne a su, seule, installer une application depuis le Play Store "
            "(par exemple l'application ameli), puis l'ouvrir."
        ),
    },
    {
        "area": 1,
        "level": "N3",
        "kind": "single",
        "self_text": "Je sais faire de la place quand le téléphone est plein.",
        "text": (
            "Votre téléphone affiche : « Stockage presque plein ». Que faites-vous ?"
        ),
        "choices": [
            ("Vous retirez la carte SIM.", False),
            ("Vous éteignez le téléphone pendant une journée.", False),
            (
                "Vous supprimez les vidéos et les applications inutiles, après avoir "
                "gardé ce qui compte.",
                True,
            ),
        ],
        "explanation": (
            "Le stockage, c'est la place pour les photos, les vidéos et les "
            "applications. Pour en libérer, on supprime ce qui ne sert plus. Pensez "
            "d'abord à garder une copie des photos importantes."
        ),
    },
    {
        "area": 1,
        "level": "N4",
        "kind": "task",
        "self_text": (
            "Je sais expliquer à quelqu'un comment mettre à jour son téléphone, sans "
            "faire à sa place."
        ),
        "text": (
            "La personne a su expliquer à quelqu'un d'autre comment mettre à jour son "
            "téléphone ou une application, sans faire à sa place."
        ),
    },
    {
        "area": 1,
        "level": "N4",
        "kind": "single",
        "self_text": "Je sais quoi faire quand une application se ferme toute seule.",
        "text": (
            "Une application se ferme toute seule chaque fois que vous l'ouvrez. "
            "Que faites-vous en premier ?"
        ),
        "choices": [
            ("Vous effacez tout le contenu du téléphone.", False),
            (
                "Vous redémarrez le téléphone, puis vous mettez l'application à jour.",
                True,
            ),
            ("Vous achetez un nouveau téléphone.", False),
        ],
        "explanation": (
            "On commence par les solutions simples : redémarrer, puis mettre à jour "
            "l'application. Si le problème continue, on peut la désinstaller et la "
            "réinstaller. Tout effacer est un dernier recours."
        ),
    },
    # Area 2: Naviguer et s'informer ----------------------------------------
    {
        "area": 2,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais ouvrir le navigateur pour aller sur internet, quand quelqu'un "
            "me guide."
        ),
        "picture": "browser_address_bar",
        "picture_alt": (
            "Un navigateur ouvert : en haut, la barre où s'écrit l'adresse du site."
        ),
        "text": (
            "La personne a su, guidée pas à pas, ouvrir le navigateur internet en "
            "appuyant sur son icône."
        ),
    },
    {
        "area": 2,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais faire défiler une page internet et revenir à la page d'avant, "
            "quand quelqu'un me guide."
        ),
        "text": (
            "La personne a su, guidée, faire défiler une page internet puis revenir à "
            "la page d'avant avec la flèche retour."
        ),
    },
    {
        "area": 2,
        "level": "N2",
        "kind": "task",
        "self_text": (
            "Je sais trouver sans aide les horaires de ma mairie sur internet."
        ),
        "text": (
            "La personne a su, seule, trouver les horaires d'ouverture de la mairie "
            "de sa commune avec un moteur de recherche."
        ),
    },
    {
        "area": 2,
        "level": "N2",
        "kind": "single",
        "self_text": (
            "Je sais reconnaître une publicité dans les résultats d'une recherche."
        ),
        "text": (
            "Dans les résultats d'une recherche, un lien porte le mot « Sponsorisé ». "
            "Qu'est-ce que cela veut dire ?"
        ),
        "choices": [
            ("C'est une publicité.", True),
            ("C'est un site officiel de l'État.", False),
            ("C'est le résultat le plus fiable.", False),
        ],
        "explanation": (
            "« Sponsorisé » veut dire qu'une entreprise a payé pour être en haut de "
            "la liste. C'est une publicité, pas forcément la meilleure réponse."
        ),
    },
    {
        "area": 2,
        "level": "N3",
        "kind": "task",
        "self_text": (
            "Je sais trouver sans aide, sur le site Service Public, les papiers à "
            "fournir pour refaire une carte d'identité."
        ),
        "text": (
            "La personne a su, seule, trouver sur le site officiel Service Public la "
            "liste des papiers à fournir pour refaire une carte d'identité."
        ),
    },
    {
        "area": 2,
        "level": "N3",
        "kind": "single",
        "self_text": (
            "Je sais choisir le site officiel plutôt qu'un site privé qui fait payer "
            "la démarche."
        ),
        "text": (
            "Vous cherchez où faire la carte grise d'une voiture. Un site privé "
            "apparaît en premier et demande des frais de service. Que faites-vous ?"
        ),
        "choices": [
            ("Vous payez : ces frais sont obligatoires.", False),
            (
                "Vous allez sur le site officiel de l'ANTS, dont l'adresse finit par "
                ".gouv.fr.",
                True,
            ),
            ("Vous prenez le premier résultat : c'est le plus sûr.", False),
        ],
        "explanation": (
            "La démarche officielle se fait sur le site de l'ANTS, en .gouv.fr. Des "
            "sites privés se placent parfois en premier et font payer des frais en "
            "plus pour la même démarche."
        ),
    },
    {
        "area": 2,
        "level": "N4",
        "kind": "task",
        "self_text": (
            "Je sais vérifier une information vue sur un réseau social, en la "
            "comparant avec un site officiel."
        ),
        "text": (
            "La personne a su vérifier seule une information vue sur un réseau social, "
            "en la comparant avec un site officiel ou un média connu."
        ),
    },
    {
        "area": 2,
        "level": "N4",
        "kind": "true_false",
        "self_text": (
            "Je sais reconnaître un site officiel de l'État à son adresse en .gouv.fr."
        ),
        "picture": "browser_address_bar",
        "picture_alt": (
            "La barre d'adresse en haut d'un navigateur, là où s'écrit l'adresse du "
            "site."
        ),
        "text": (
            "Un site dont l'adresse finit par « .gouv.fr » est un site officiel de "
            "l'État."
        ),
        "answer": True,
        "explanation": (
            "Seuls les services de l'État peuvent utiliser .gouv.fr. Mais vérifiez "
            "bien que l'adresse finit vraiment par .gouv.fr, juste avant le premier "
            "« / ». Et des sites officiels comme ameli.fr ou caf.fr n'ont pas cette "
            "fin."
        ),
    },
    # Area 3: Communiquer ---------------------------------------------------
    {
        "area": 3,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais appeler un numéro puis raccrocher, quand quelqu'un me guide."
        ),
        "text": (
            "La personne a su, guidée pas à pas, appeler le numéro de la structure, "
            "puis raccrocher."
        ),
    },
    {
        "area": 3,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais ouvrir un SMS, le lire et répondre par un mot, quand quelqu'un "
            "me guide."
        ),
        "text": (
            "La personne a su, guidée, ouvrir un SMS reçu, le lire et répondre par un "
            "mot."
        ),
    },
    {
        "area": 3,
        "level": "N2",
        "kind": "task",
        "self_text": "Je sais écrire un e-mail avec un objet et l'envoyer, sans aide.",
        "picture": "mail_inbox",
        "picture_alt": (
            "L'écran d'une boîte e-mail, avec la liste des messages et le bouton pour "
            "en écrire un nouveau."
        ),
        "text": (
            "La personne a su, seule, écrire un e-mail avec un objet et l'envoyer à "
            "l'adresse de la structure."
        ),
    },
    {
        "area": 3,
        "level": "N2",
        "kind": "true_false",
        "self_text": "Je sais chercher un e-mail attendu dans le dossier des spams.",
        "picture": "mail_inbox",
        "picture_alt": (
            "L'écran d'une boîte e-mail, avec la liste des messages et ses dossiers."
        ),
        "text": (
            "Un e-mail que vous attendez n'arrive pas. Il est peut-être dans le "
            "dossier des spams."
        ),
        "answer": True,
        "explanation": (
            "Le dossier des spams, ou courriers indésirables, reçoit parfois de vrais "
            "messages par erreur. Regardez-y quand un e-mail attendu n'arrive pas."
        ),
    },
    {
        "area": 3,
        "level": "N3",
        "kind": "task",
        "self_text": (
            "Je sais rejoindre un appel vidéo à partir d'un lien, puis allumer le "
            "micro et la caméra, sans aide."
        ),
        "text": (
            "La personne a su, seule, rejoindre un appel vidéo à partir d'un lien "
            "reçu, puis allumer le micro et la caméra."
        ),
    },
    {
        "area": 3,
        "level": "N3",
        "kind": "single",
        "self_text": "Je sais écrire un objet clair pour un e-mail.",
        "text": (
            "Vous écrivez un e-mail à votre bailleur pour signaler une fuite d'eau. "
            "Que mettez-vous dans l'objet ?"
        ),
        "choices": [
            ("Rien, l'objet ne sert à rien.", False),
            ("Tout votre message.", False),
            (
                "Quelques mots clairs, par exemple « Fuite d'eau, appartement 12 ».",
                True,
            ),
        ],
        "explanation": (
            "L'objet dit en quelques mots de quoi parle le message. La personne qui "
            "le reçoit comprend tout de suite le sujet et le retrouve plus facilement."
        ),
    },
    {
        "area": 3,
        "level": "N4",
        "kind": "task",
        "self_text": (
            "Je sais comprendre pourquoi un e-mail revient avec une erreur, puis le "
            "renvoyer corrigé."
        ),
        "text": (
            "La personne a su comprendre seule pourquoi un e-mail est revenu avec un "
            "message d'erreur (adresse mal écrite) et le renvoyer corrigé."
        ),
    },
    {
        "area": 3,
        "level": "N4",
        "kind": "task",
        "self_text": (
            "Je sais aider quelqu'un à envoyer une photo par message ou à rejoindre "
            "un appel vidéo."
        ),
        "text": (
            "La personne a su aider quelqu'un d'autre à envoyer une photo par message "
            "ou à rejoindre un appel vidéo."
        ),
    },
    # Area 4: Faire ses démarches en ligne ----------------------------------
    {
        "area": 4,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais taper l'adresse ameli.fr dans le navigateur et ouvrir le site, "
            "quand quelqu'un me guide."
        ),
        "picture": "browser_address_bar",
        "picture_alt": (
            "La barre d'adresse en haut d'un navigateur, là où l'on tape l'adresse du "
            "site."
        ),
        "text": (
            "La personne a su, guidée pas à pas, taper l'adresse ameli.fr dans le "
            "navigateur et ouvrir le site."
        ),
    },
    {
        "area": 4,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais remplir une case d'un formulaire et appuyer sur Valider, quand "
            "quelqu'un me guide."
        ),
        "picture": "login_form",
        "picture_alt": (
            "Un formulaire simple, avec des cases à remplir et un bouton pour valider."
        ),
        "text": (
            "La personne a su, guidée, remplir un champ d'un formulaire d'exemple (un "
            "prénom fictif) et appuyer sur Valider."
        ),
    },
    {
        "area": 4,
        "level": "N2",
        "kind": "task",
        "self_text": (
            "Je sais remplir un formulaire et corriger une case signalée en rouge, "
            "sans aide."
        ),
        "text": (
            "La personne a su, seule, remplir un formulaire d'exemple et corriger un "
            "champ signalé en rouge."
        ),
    },
    {
        "area": 4,
        "level": "N2",
        "kind": "single",
        "self_text": "Je sais quel identifiant taper pour entrer dans un compte CAF.",
        "picture": "login_form",
        "picture_alt": (
            "Un formulaire de connexion : une case pour l'identifiant, une case pour "
            "le mot de passe et un bouton."
        ),
        "text": "Pour vous connecter à votre compte CAF, que pouvez-vous taper ?",
        "choices": [
            ("Votre numéro de téléphone.", False),
            ("Votre numéro allocataire ou votre numéro de sécurité sociale.", True),
            ("Le code de votre carte bancaire.", False),
        ],
        "explanation": (
            "Sur caf.fr, dans « Mon Compte », l'identifiant est le numéro allocataire "
            "ou le numéro de sécurité sociale, selon ce que le site demande. Le code "
            "de la carte bancaire ne se donne jamais."
        ),
    },
    {
        "area": 4,
        "level": "N3",
        "kind": "task",
        "self_text": (
            "Je sais entrer sur un site public avec le bouton FranceConnect, puis me "
            "déconnecter, sans aide."
        ),
        "text": (
            "La personne a su, seule, utiliser le bouton FranceConnect pour entrer sur "
            "un site public, puis se déconnecter (sur un compte personnel, au choix)."
        ),
    },
    {
        "area": 4,
        "level": "N3",
        "kind": "single",
        "self_text": (
            "Je sais quand faire l'actualisation de chaque mois sur le site de France "
            "Travail."
        ),
        "text": "Quand faut-il s'actualiser sur le site de France Travail ?",
        "choices": [
            ("Une fois par an.", False),
            ("Seulement quand on retrouve un travail.", False),
            ("Chaque mois, entre le 28 et le 15 du mois suivant.", True),
        ],
        "explanation": (
            "L'actualisation se fait chaque mois, du 28 au 15 du mois suivant. Elle "
            "est obligatoire pour rester inscrit et pour être indemnisé."
        ),
    },
    {
        "area": 4,
        "level": "N4",
        "kind": "task",
        "self_text": (
            "Je sais trouver sans aide le bon site officiel et les étapes d'une "
            "démarche nouvelle, par exemple signaler un changement d'adresse."
        ),
        "text": (
            "La personne a su trouver seule le bon site officiel et les étapes d'une "
            "démarche jamais faite auparavant, par exemple signaler un changement "
            "d'adresse."
        ),
    },
    {
        "area": 4,
        "level": "N4",
        "kind": "single",
        "self_text": "Je sais ce qu'il faut pour utiliser FranceConnect+.",
        "text": (
            "Une démarche sensible vous demande de vous connecter avec FranceConnect+. "
            "De quoi avez-vous besoin ?"
        ),
        "choices": [
            (
                "D'une identité numérique renforcée, par exemple l'application France "
                "Identité avec la nouvelle carte d'identité.",
                True,
            ),
            ("D'un deuxième compte Ameli.", False),
            ("D'une nouvelle adresse e-mail.", False),
        ],
        "explanation": (
            "FranceConnect+ demande un niveau de sécurité plus élevé. Il faut une "
            "identité numérique renforcée, comme l'application France Identité avec "
            "une carte d'identité au nouveau format."
        ),
    },
    # Area 5: Se protéger ---------------------------------------------------
    {
        "area": 5,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais verrouiller l'écran du téléphone avec le bouton Marche, quand "
            "quelqu'un me guide."
        ),
        "picture": "phone_power_button",
        "picture_alt": (
            "Un téléphone vu de côté. Le bouton Marche est sur le bord, entouré."
        ),
        "text": (
            "La personne a su, guidée, verrouiller l'écran du téléphone avec un appui "
            "court sur le bouton Marche."
        ),
    },
    {
        "area": 5,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais me déconnecter d'un site en appuyant sur « Se déconnecter », "
            "quand quelqu'un me guide."
        ),
        "picture": "login_form",
        "picture_alt": "Un site avec un bouton « Se déconnecter » en haut de l'écran.",
        "text": (
            "La personne a su, guidée pas à pas, se déconnecter d'un site d'exemple en "
            "appuyant sur « Se déconnecter »."
        ),
    },
    {
        "area": 5,
        "level": "N2",
        "kind": "single",
        "self_text": "Je sais choisir un mot de passe solide.",
        "picture": "password_field",
        "picture_alt": (
            "Une case « Mot de passe » dans un formulaire, avec des points à la place "
            "des lettres."
        ),
        "text": "Quel mot de passe est le plus solide ?",
        "choices": [
            ("soleil", False),
            ("12345678", False),
            ("Tortue-Lampe-Orage-Banc-7", True),
        ],
        "explanation": (
            "Un bon mot de passe est long. Plusieurs mots sans lien entre eux, avec "
            "une majuscule et un chiffre, forment une phrase de passe solide. Ceci "
            "est un exemple : ne le réutilisez pas."
        ),
    },
    {
        "area": 5,
        "level": "N2",
        "kind": "true_false",
        "self_text": "Je sais qu'il faut un mot de passe différent pour chaque compte.",
        "text": (
            "Il vaut mieux garder le même mot de passe pour tous ses comptes, pour ne "
            "pas l'oublier."
        ),
        "answer": False,
        "explanation": (
            "Il faut un mot de passe différent pour chaque site. Si un site se fait "
            "voler ses données, les voleurs ne pourront pas ouvrir vos autres comptes."
        ),
    },
    {
        "area": 5,
        "level": "N3",
        "kind": "task",
        "self_text": (
            "Je sais repérer les signes d'arnaque dans un faux SMS et dire quoi "
            "faire, sans aide."
        ),
        "picture": "scam_sms",
        "picture_alt": (
            "Un faux SMS qui parle d'un colis en attente et demande de toucher un lien."
        ),
        "text": (
            "La personne a su, seule, repérer deux signes d'arnaque dans un faux SMS "
            "d'exemple (colis en attente) et dire quoi faire."
        ),
    },
    {
        "area": 5,
        "level": "N3",
        "kind": "single",
        "self_text": "Je sais à quel numéro signaler un SMS douteux.",
        "picture": "scam_sms",
        "picture_alt": "Un SMS douteux qui parle d'un colis en attente, avec un lien.",
        "text": (
            "Vous recevez un SMS douteux. À quel numéro pouvez-vous le transférer "
            "gratuitement pour le signaler ?"
        ),
        "choices": [
            ("Le 17.", False),
            ("Le 33700.", True),
            ("Le numéro écrit dans le SMS.", False),
        ],
        "explanation": (
            "Le 33700 sert à signaler les SMS douteux. C'est gratuit. Ne répondez "
            "jamais au numéro écrit dans le message."
        ),
    },
    {
        "area": 5,
        "level": "N4",
        "kind": "task",
        "self_text": (
            "Je sais expliquer à un proche quoi faire s'il a donné son numéro de "
            "carte bancaire sur un faux site."
        ),
        "text": (
            "La personne a su expliquer à un proche quoi faire après avoir donné son "
            "numéro de carte bancaire sur un faux site : appeler la banque pour faire "
            "opposition."
        ),
    },
    {
        "area": 5,
        "level": "N4",
        "kind": "single",
        "self_text": (
            "Je sais quoi faire après avoir tapé un mot de passe sur un faux site."
        ),
        "text": (
            "Vous avez tapé le mot de passe de votre boîte e-mail sur un faux site. "
            "Que faites-vous ?"
        ),
        "choices": [
            ("Vous attendez de voir s'il se passe quelque chose.", False),
            (
                "Vous changez ce mot de passe tout de suite, sur le vrai site, et "
                "partout où vous l'utilisiez.",
                True,
            ),
            ("Vous supprimez le message et vous n'y pensez plus.", False),
        ],
        "explanation": (
            "Avec votre mot de passe, quelqu'un peut ouvrir votre boîte. Changez-le "
            "vite, en allant vous-même sur le vrai site. Changez aussi les comptes qui "
            "utilisaient le même mot de passe."
        ),
    },
    # Area 6: Gérer ses documents -------------------------------------------
    {
        "area": 6,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais ouvrir l'appareil photo et prendre une photo, quand quelqu'un me "
            "guide."
        ),
        "picture": "camera_document",
        "picture_alt": (
            "Un téléphone qui prend une photo : l'écran montre ce que voit l'appareil "
            "photo."
        ),
        "text": (
            "La personne a su, guidée pas à pas, ouvrir l'appareil photo et prendre "
            "une photo."
        ),
    },
    {
        "area": 6,
        "level": "N1",
        "kind": "task",
        "self_text": (
            "Je sais retrouver dans la galerie une photo tout juste prise, quand "
            "quelqu'un me guide."
        ),
        "text": (
            "La personne a su, guidée, retrouver dans la galerie la photo tout juste "
            "prise."
        ),
    },
    {
        "area": 6,
        "level": "N2",
        "kind": "task",
        "self_text": (
            "Je sais prendre sans aide une photo lisible d'un document : quatre coins "
            "visibles, pas de reflet."
        ),
        "picture": "camera_document",
        "picture_alt": (
            "Un téléphone qui photographie une feuille : les quatre coins de la "
            "feuille se voient sur l'écran."
        ),
        "text": (
            "La personne a su, seule, photographier un document d'exemple : texte "
            "lisible, quatre coins visibles, sans reflet."
        ),
    },
    {
        "area": 6,
        "level": "N2",
        "kind": "single",
        "self_text": "Je sais donner un nom clair à un fichier.",
        "text": "Quel nom de fichier est le plus clair pour une quittance de loyer ?",
        "choices": [
            ("IMG_20250312.jpg", False),
            ("document.pdf", False),
            ("quittance-loyer-2025-03.pdf", True),
        ],
        "explanation": (
            "Un bon nom dit ce qu'est le document et sa date. Vous le retrouvez "
            "facilement, et la personne qui le reçoit aussi."
        ),
    },
    {
        "area": 6,
        "level": "N3",
        "kind": "task",
        "self_text": (
            "Je sais faire un seul PDF avec un document de deux pages et lui donner "
            "un nom clair, sans aide."
        ),
        "text": (
            "La personne a su, seule, numériser un document d'exemple de deux pages en "
            "un seul PDF, avec un nom clair."
        ),
    },
    {
        "area": 6,
        "level": "N3",
        "kind": "true_false",
        "self_text": (
            "Je sais qu'il faut effacer la photo d'une carte d'identité quand elle ne "
            "sert plus."
        ),
        "text": (
            "Après avoir envoyé la photo de votre carte d'identité, il est prudent de "
            "l'effacer du téléphone si vous n'en avez plus besoin."
        ),
        "answer": True,
        "explanation": (
            "Une photo de papiers d'identité est sensible. Si le téléphone est perdu "
            "ou prêté, quelqu'un pourrait s'en servir. Effacez-la, et videz aussi la "
            "corbeille de la galerie."
        ),
    },
    {
        "area": 6,
        "level": "N4",
        "kind": "task",
        "self_text": (
            "Je sais ranger des justificatifs dans des dossiers et en retrouver un "
            "vite."
        ),
        "text": (
            "La personne a su ranger des justificatifs d'exemple dans des dossiers "
            "(Logement, Santé, CAF) et en retrouver un rapidement."
        ),
    },
    {
        "area": 6,
        "level": "N4",
        "kind": "single",
        "self_text": "Je sais quoi faire quand un fichier est trop lourd pour un site.",
        "text": (
            "Un site refuse votre justificatif : « Taille maximale : 2 Mo ». "
            "Que pouvez-vous faire ?"
        ),
        "choices": [
            ("Changer le nom du fichier.", False),
            (
                "Réduire la taille du fichier, par exemple en le numérisant à nouveau "
                "en qualité plus basse.",
                True,
            ),
            ("Envoyer le même fichier deux fois.", False),
        ],
        "explanation": (
            "Le nom ne change pas la taille. Il faut un fichier plus léger : "
            "numériser en qualité plus basse, réduire la photo ou compresser le PDF. "
            "Vérifiez ensuite que le texte se lit toujours."
        ),
    },
]

BENEFICIARY_DIAGNOSTIC = {
    "slug": "diagnostic-beneficiaire",
    "title": "Diagnostic numérique : où en êtes-vous ?",
    "intro": (
        "Ce diagnostic n'est pas un examen. Il n'y a pas de note. Il sert à savoir ce "
        "que vous savez déjà faire avec un téléphone ou un ordinateur, pour vous "
        "proposer l'aide qui vous convient. D'abord quelques questions sur vos "
        "habitudes, puis de petits exercices, du plus simple au plus difficile. Si un "
        "exercice est difficile, ce n'est pas grave : on s'arrête et on passe à la "
        "suite. Vous pouvez demander une pause à tout moment."
    ),
    "screening": _BENEFICIARY_SCREENING,
    "items": _BENEFICIARY_ITEMS,
}

# ---------------------------------------------------------------------------
# Professional self-assessment
# ---------------------------------------------------------------------------

_PROFESSIONAL_SCREENING = [
    {
        "text": (
            "De quel matériel disposez-vous dans votre structure pour accompagner le "
            "public ?"
        ),
        "choices": [
            "Des ordinateurs et des smartphones ou tablettes",
            "Des ordinateurs seulement",
            "Seulement mon téléphone professionnel",
            "Aucun matériel dédié",
        ],
    },
    {
        "text": "La connexion internet de votre structure convient-elle aux ateliers ?",
        "choices": [
            "Oui, un Wi-Fi fiable, ouvert au public",
            "Oui, mais réservée à l'équipe",
            "Elle est lente ou instable",
            "Il n'y a pas de connexion",
        ],
    },
    {
        "text": (
            "À quelle fréquence aidez-vous des personnes dans un usage numérique ou "
            "une démarche en ligne ?"
        ),
        "choices": [
            "Tous les jours",
            "Chaque semaine",
            "De temps en temps",
            "Jamais pour l'instant",
        ],
    },
    {
        "text": "Avez-vous déjà suivi une formation à la médiation numérique ?",
        "choices": [
            "Oui, une formation complète",
            "Oui, une courte sensibilisation",
            "Non",
        ],
    },
    {
        "text": "Vous sentez-vous à l'aise pour accompagner une démarche en ligne ?",
        "choices": [
            "Très à l'aise",
            "Plutôt à l'aise",
            "Peu à l'aise",
            "Pas du tout à l'aise",
        ],
    },
]

_PROFESSIONAL_ITEMS = [
    # Area 1: Prendre en main ses appareils ---------------------------------
    {
        "area": 1,
        "level": "N2",
        "kind": "task",
        "text": (
            "Je sais installer, mettre à jour et désinstaller une application sur un "
            "smartphone Android."
        ),
    },
    {
        "area": 1,
        "level": "N3",
        "kind": "task",
        "text": (
            "Je sais adapter un smartphone à une personne qui voit ou entend mal : "
            "taille du texte, zoom, lecture à voix haute, sous-titres."
        ),
    },
    {
        "area": 1,
        "level": "N3",
        "kind": "task",
        "picture": "wifi_icon",
        "picture_alt": (
            "Le haut de l'écran d'un téléphone, avec l'icône du Wi-Fi en forme "
            "d'éventail."
        ),
        "text": (
            "Je sais connecter un appareil à un réseau Wi-Fi et partager la connexion "
            "de mon téléphone (point d'accès)."
        ),
    },
    {
        "area": 1,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais trouver la cause d'une panne courante (stockage plein, "
            "application bloquée, pas de réseau) et guider la personne pour la régler "
            "elle-même."
        ),
    },
    {
        "area": 1,
        "level": "N4",
        "kind": "single",
        "self_text": (
            "Je sais ce qu'il faut vérifier avant de remettre un téléphone Android à "
            "zéro."
        ),
        "text": (
            "Une personne veut remettre son téléphone Android à zéro, mais ne connaît "
            "plus son compte Google. Que lui conseillez-vous ?"
        ),
        "choices": [
            (
                "De retrouver l'accès à son compte Google avant la remise à zéro.",
                True,
            ),
            (
                "De faire la remise à zéro tout de suite : le compte n'est plus utile.",
                False,
            ),
            ("De créer un nouveau compte Google après la remise à zéro.", False),
        ],
        "explanation": (
            "Après une remise à zéro, Android demande souvent le compte Google déjà "
            "associé au téléphone : c'est une protection contre le vol. Sans lui, le "
            "téléphone peut rester bloqué. Il faut aussi sauvegarder photos et "
            "contacts avant."
        ),
    },
    # Area 2: Naviguer et s'informer ----------------------------------------
    {
        "area": 2,
        "level": "N2",
        "kind": "task",
        "text": (
            "Je sais faire une recherche avec des mots-clés précis et repérer les "
            "résultats sponsorisés."
        ),
    },
    {
        "area": 2,
        "level": "N3",
        "kind": "task",
        "text": (
            "Je sais vérifier qu'un site est officiel et repérer les sites privés qui "
            "font payer des démarches gratuites sur le site public."
        ),
    },
    {
        "area": 2,
        "level": "N3",
        "kind": "true_false",
        "self_text": "Je sais qu'un site en « https » n'est pas forcément honnête.",
        "picture": "browser_address_bar",
        "picture_alt": (
            "La barre d'adresse d'un navigateur, avec une adresse qui commence par « "
            "https »."
        ),
        "text": (
            "Un site dont l'adresse commence par « https » est forcément un site "
            "honnête."
        ),
        "answer": False,
        "explanation": (
            "Le « https » veut seulement dire que la connexion est chiffrée. Beaucoup "
            "de sites frauduleux l'utilisent aussi. Il faut vérifier le nom exact du "
            "site et passer par l'adresse officielle."
        ),
    },
    {
        "area": 2,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais vérifier une information douteuse en croisant plusieurs sources, "
            "et expliquer ma méthode à un public débutant."
        ),
    },
    {
        "area": 2,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais présenter la certification Pix et repérer une personne prête à "
            "la passer."
        ),
    },
    # Area 3: Communiquer ---------------------------------------------------
    {
        "area": 3,
        "level": "N2",
        "kind": "task",
        "picture": "attachment_paperclip",
        "picture_alt": "Le trombone qui sert à joindre un fichier à un e-mail.",
        "text": (
            "Je sais créer une adresse e-mail et envoyer un message avec une pièce "
            "jointe."
        ),
    },
    {
        "area": 3,
        "level": "N3",
        "kind": "task",
        "text": (
            "Je sais organiser et animer une visioconférence : envoyer le lien, régler "
            "micro et caméra, partager mon écran."
        ),
    },
    {
        "area": 3,
        "level": "N3",
        "kind": "single",
        "self_text": (
            "Je sais écrire à un groupe sans montrer l'adresse de chacun aux autres."
        ),
        "text": (
            "Vous invitez vingt bénéficiaires à un atelier par un seul e-mail. Où "
            "mettez-vous leurs adresses ?"
        ),
        "choices": [
            ("Dans le champ « À ».", False),
            ("Dans le champ « Cc ».", False),
            ("Dans le champ « Cci ».", True),
        ],
        "explanation": (
            "En « Cci » (copie cachée), aucun destinataire ne voit l'adresse des "
            "autres. C'est une question de confidentialité : les adresses e-mail sont "
            "des données personnelles."
        ),
    },
    {
        "area": 3,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais aider une personne à retrouver l'accès à sa boîte e-mail (mot de "
            "passe oublié, numéro ou adresse de secours)."
        ),
    },
    # Area 4: Faire ses démarches en ligne ----------------------------------
    {
        "area": 4,
        "level": "N2",
        "kind": "task",
        "text": (
            "Je sais créer un compte sur un site public et me connecter avec "
            "FranceConnect."
        ),
    },
    {
        "area": 4,
        "level": "N3",
        "kind": "task",
        "text": (
            "Je sais accompagner une personne dans ses démarches courantes sur "
            "ameli.fr, caf.fr et francetravail.fr, sans faire à sa place."
        ),
    },
    {
        "area": 4,
        "level": "N3",
        "kind": "single",
        "self_text": (
            "Je sais refuser les identifiants d'une personne et faire la démarche "
            "avec elle."
        ),
        "text": (
            "Une personne vous donne le mot de passe de son compte CAF pour que vous "
            "fassiez sa démarche. Que faites-vous ?"
        ),
        "choices": [
            ("Je le note dans son dossier pour la prochaine fois.", False),
            (
                "Je ne l'utilise pas : je l'aide à faire elle-même, ou j'utilise "
                "Aidants Connect si je suis habilité.",
                True,
            ),
            ("Je fais la démarche seul, puis je jette le papier.", False),
        ],
        "explanation": (
            "Sans mandat, on ne se connecte jamais au compte d'une personne avec ses "
            "identifiants, même à sa demande, et on ne les conserve jamais. On fait "
            "avec elle, ou on passe par Aidants Connect (structure et aidant "
            "habilités)."
        ),
    },
    {
        "area": 4,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais orienter une personne vers la bonne ressource (France Services, "
            "travailleur social, aidant habilité) quand sa démarche dépasse mon rôle."
        ),
    },
    {
        "area": 4,
        "level": "N4",
        "kind": "true_false",
        "self_text": "Je sais ce que permet Aidants Connect.",
        "text": (
            "Avec Aidants Connect, un aidant habilité peut faire une démarche pour une "
            "personne grâce à un mandat créé avec elle."
        ),
        "answer": True,
        "explanation": (
            "Aidants Connect permet à un aidant professionnel habilité, dans une "
            "structure habilitée, d'agir pour une personne dans un cadre sécurisé. Le "
            "mandat précise les démarches et la durée."
        ),
    },
    # Area 5: Se protéger ---------------------------------------------------
    {
        "area": 5,
        "level": "N2",
        "kind": "task",
        "picture": "password_field",
        "picture_alt": (
            "Une case « Mot de passe » dans un formulaire, avec des points à la place "
            "des lettres."
        ),
        "text": (
            "Je sais créer une phrase de passe solide et utiliser un mot de passe "
            "différent pour chaque compte."
        ),
    },
    {
        "area": 5,
        "level": "N3",
        "kind": "task",
        "text": (
            "Je sais activer la validation en deux étapes sur un compte e-mail et "
            "reconnaître un message d'hameçonnage."
        ),
    },
    {
        "area": 5,
        "level": "N3",
        "kind": "single",
        "self_text": (
            "Je sais quoi conseiller à une personne qui a donné son numéro de carte "
            "bancaire sur un faux site."
        ),
        "text": (
            "Une personne a donné son numéro de carte bancaire sur un faux site. Que "
            "lui conseillez-vous en premier ?"
        ),
        "choices": [
            ("D'attendre son prochain relevé de compte.", False),
            ("D'appeler tout de suite sa banque pour faire opposition.", True),
            ("De répondre au site pour demander l'annulation.", False),
        ],
        "explanation": (
            "L'opposition bloque la carte et limite les dégâts : c'est l'urgence. "
            "Ensuite, la personne peut signaler l'arnaque et se faire aider par "
            "cybermalveillance.gouv.fr."
        ),
    },
    {
        "area": 5,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais accompagner une victime d'arnaque en ligne : premières mesures, "
            "signalement, orientation vers cybermalveillance.gouv.fr."
        ),
    },
    {
        "area": 5,
        "level": "N4",
        "kind": "true_false",
        "self_text": (
            "Je sais qu'on ne garde jamais les mots de passe des personnes "
            "accompagnées."
        ),
        "text": (
            "Pour gagner du temps, la structure peut garder les mots de passe des "
            "bénéficiaires dans un carnet fermé à clé."
        ),
        "answer": False,
        "explanation": (
            "On ne conserve jamais les identifiants ni les mots de passe des "
            "personnes accompagnées, même sous clé. On ne note que les données utiles "
            "à l'accompagnement (principe de minimisation du RGPD)."
        ),
    },
    # Area 6: Gérer ses documents -------------------------------------------
    {
        "area": 6,
        "level": "N2",
        "kind": "task",
        "picture": "attachment_paperclip",
        "picture_alt": "Le trombone qui sert à joindre un fichier à un e-mail.",
        "text": (
            "Je sais photographier un document de façon lisible et l'envoyer en pièce "
            "jointe."
        ),
    },
    {
        "area": 6,
        "level": "N3",
        "kind": "task",
        "text": (
            "Je sais numériser un document de plusieurs pages en un seul PDF et lui "
            "donner un nom clair."
        ),
    },
    {
        "area": 6,
        "level": "N3",
        "kind": "single",
        "self_text": (
            "Je sais transformer une photo en PDF pour un site qui n'accepte que des "
            "PDF."
        ),
        "text": (
            "Un site n'accepte que des PDF. La personne n'a qu'une photo JPG de son "
            "justificatif. Que faites-vous ?"
        ),
        "choices": [
            ("Je renomme le fichier en « .pdf ».", False),
            (
                "Je numérise à nouveau le document en PDF, ou je convertis la photo en "
                "PDF.",
                True,
            ),
            ("J'envoie la photo quand même.", False),
        ],
        "explanation": (
            "Changer l'extension du nom ne change pas le format du fichier : le site "
            "le refusera ou ne pourra pas l'ouvrir. Il faut créer un vrai PDF, avec "
            "un scanner d'application ou une conversion."
        ),
    },
    {
        "area": 6,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais aider une personne à classer et sauvegarder ses justificatifs, "
            "et à effacer les copies sensibles laissées sur un poste partagé."
        ),
    },
    {
        "area": 6,
        "level": "N4",
        "kind": "task",
        "text": (
            "Je sais réduire la taille d'un fichier trop lourd pour un site, en "
            "compressant un PDF ou une photo sans perdre la lisibilité."
        ),
    },
]

PROFESSIONAL_SELF_ASSESSMENT = {
    "slug": "auto-positionnement-professionnel",
    "title": "Auto-positionnement : mes compétences numériques de professionnel relais",
    "intro": (
        "Cet auto-positionnement n'est pas un examen : il n'y a ni note ni "
        "classement. Il vous aide à faire le point sur vos propres compétences "
        "numériques dans les six domaines, pour choisir les modules de formation "
        "utiles. Pour chaque phrase « Je sais… », répondez honnêtement par oui ou "
        "par non. Quelques questions vérifient des points clés. Comptez une quinzaine "
        "de minutes."
    ),
    "screening": _PROFESSIONAL_SCREENING,
    "items": _PROFESSIONAL_ITEMS,
}


def self_text(item: dict) -> str:
    """The item's first-person text: its own, or a « Je sais … » task as written."""
    if "self_text" in item:
        return item["self_text"]
    if item["kind"] == "task" and item["text"].startswith("Je sais "):
        return item["text"]
    return ""
