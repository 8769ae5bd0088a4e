"""French demo quizzes: pure data, one quiz per lesson or module of demo.curriculum.

BENEFICIARY_LESSON_QUIZZES is keyed by the slug of a beneficiary lesson;
PROFESSIONAL_MODULE_QUIZZES is keyed by the slug of a professional module (P1 to
P4). Each quiz tests what the corresponding lesson bodies teach.

Question kinds:
- "single": exactly one correct choice among 2 to 4;
- "multiple": at least two correct and one wrong choice among 3 to 5;
- "true_false": a statement, with the correct answer;
- "short_text": a few accepted answers; matching ignores case, accents and extra
  spaces, so variants differing only by those are not listed;
- "numerical": "numbers", accepted values (value ± tolerance) with a weight
  and an optional feedback;
- "matching": "pairs" (situation, right answer), shown shuffled;
- "open": graded by a person; only in professional quizzes, one per quiz. Its
  explanation lists what a good answer contains.

Every person, address or number in the examples is fictitious.
"""

from __future__ import annotations

_BENEFICIARY_PASS_MARK = 60
_PROFESSIONAL_PASS_MARK = 70

# ---------------------------------------------------------------------------
# Beneficiary quizzes: Prendre en main son téléphone ou son ordinateur (area 1)
# ---------------------------------------------------------------------------

_QUIZ_ALLUMER_TOUCHER_CLIQUER = {
    "title": "Exercice : allumer, toucher, cliquer",
    "description": (
        "Vérifiez que vous savez allumer et éteindre votre appareil, faire les gestes "
        "sur l'écran tactile et utiliser la souris."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Vous connaissez les premiers gestes. Vous pouvez passer à la leçon "
        "sur le clavier."
    ),
    "fail_text": (
        "Ce n'est pas grave, ces gestes demandent un peu d'entraînement. Relisez les "
        "parties « Les gestes sur l'écran tactile » et « Utiliser la souris », puis "
        "essayez à nouveau."
    ),
    "questions": [
        {
            "kind": "single",
            "text": "Vous voulez allumer votre téléphone. Que faites-vous ?",
            "explanation": (
                "Pour allumer le téléphone, il faut un appui long sur le bouton "
                "Marche, souvent sur le côté droit. Les autres boutons du même côté "
                "règlent le volume. Si rien ne se passe, branchez le chargeur : la "
                "batterie est peut-être vide."
            ),
            "choices": [
                ("Vous touchez l'écran noir avec un doigt.", False),
                (
                    "Vous appuyez longtemps sur le bouton Marche, environ trois "
                    "secondes.",
                    True,
                ),
                ("Vous appuyez une fois sur un bouton du volume.", False),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Un appui court sur le bouton Marche éteint complètement le téléphone."
            ),
            "answer": False,
            "explanation": (
                "Faux. Un appui court met seulement l'écran en veille, pour économiser "
                "la batterie. Pour éteindre, faites un appui long sur le bouton "
                "Marche, puis appuyez sur Éteindre."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous regardez une photo sur votre téléphone. Vous voulez la voir en "
                "plus grand. Quel geste faites-vous ?"
            ),
            "explanation": (
                "Écarter deux doigts agrandit l'image ; les rapprocher la réduit. "
                "C'est le geste « pincer ». L'appui long sert à voir plus de choix, "
                "et glisser sert à faire défiler une page."
            ),
            "choices": [
                ("Vous posez deux doigts sur l'écran et vous les écartez.", True),
                ("Vous gardez un doigt posé sur la photo deux secondes.", False),
                ("Vous faites glisser un doigt vers le bas.", False),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Sur l'ordinateur, vous faites un double-clic pour ouvrir un dossier. "
                "Combien de fois appuyez-vous, vite, sur le bouton gauche de la "
                "souris ?"
            ),
            "accepted": ["2", "deux", "2 fois", "deux fois"],
            "explanation": (
                "Deux fois, vite : c'est le double-clic. Il sert à ouvrir un dossier. "
                "Un seul clic sur le bouton gauche sert à choisir un élément."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous appuyez une fois sur le bouton droit de la souris. Que se "
                "passe-t-il ?"
            ),
            "explanation": (
                "Le clic droit ouvre un petit menu avec d'autres choix. Rien ne "
                "s'efface. Pour fermer ce menu sans rien choisir, cliquez à côté ou "
                "appuyez sur la touche Échap."
            ),
            "choices": [
                ("L'ordinateur s'éteint.", False),
                ("Le dossier s'efface.", False),
                ("Un petit menu s'ouvre avec d'autres choix.", True),
            ],
        },
        {
            "kind": "multiple",
            "text": (
                "Vous avez fini sur un ordinateur Windows. Que faites-vous pour "
                "l'éteindre correctement ? (plusieurs réponses possibles)"
            ),
            "explanation": (
                "On clique sur Démarrer, puis sur Marche/Arrêt, puis sur Arrêter, et "
                "on attend que l'écran soit noir. Débrancher l'ordinateur pour "
                "l'éteindre peut faire perdre votre travail."
            ),
            "choices": [
                ("Vous débranchez la prise de l'ordinateur.", False),
                (
                    "Vous cliquez sur le bouton Démarrer, le logo Windows en bas de "
                    "l'écran.",
                    True,
                ),
                ("Vous cliquez sur Marche/Arrêt, puis sur Arrêter.", True),
            ],
        },
    ],
}

_QUIZ_LE_CLAVIER_LETTRES_CHIFFRES_AROBASE = {
    "title": "Exercice : le clavier (lettres, chiffres, @)",
    "description": (
        "Vérifiez que vous savez écrire des majuscules, des chiffres et le signe @, "
        "sur le téléphone et sur l'ordinateur, et effacer une erreur."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Vous savez écrire une adresse e-mail avec le clavier. Cela vous "
        "servira dans toutes les leçons suivantes."
    ),
    "fail_text": (
        "Pas d'inquiétude : le clavier demande un peu de pratique. Relisez l'encadré "
        "« À retenir » de la leçon, entraînez-vous dans une application de notes, puis "
        "réessayez."
    ),
    "questions": [
        {
            "kind": "short_text",
            "text": (
                "Quel signe se trouve au milieu de toutes les adresses e-mail, entre "
                "le nom et le fournisseur ?"
            ),
            "accepted": ["@", "arobase", "arrobase"],
            "explanation": (
                "C'est le signe @, qui se dit « arobase ». Par exemple : "
                "marie.exemple@exemple.fr. Avant le @, il y a le nom ; après le @, "
                "le fournisseur."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Sur le clavier du téléphone, vous voulez écrire des chiffres. Sur "
                "quelle touche appuyez-vous ?"
            ),
            "explanation": (
                "La touche ?123 affiche les chiffres et les symboles, dont le @. "
                "Selon le téléphone, elle s'appelle aussi 123 ou !#1. La flèche vers "
                "le haut sert aux majuscules, la croix sert à effacer."
            ),
            "choices": [
                ("La touche ?123, en bas à gauche.", True),
                ("La flèche vers le haut.", False),
                ("La touche avec une croix.", False),
            ],
        },
        {
            "kind": "multiple",
            "text": (
                "Sur le clavier du téléphone, quelles phrases sont vraies ? (plusieurs "
                "réponses possibles)"
            ),
            "explanation": (
                "Le clavier s'affiche quand vous touchez une zone où écrire, comme la "
                "barre de recherche. La flèche vers le haut donne une majuscule. La "
                "touche ABC n'efface rien : elle ramène aux lettres après les "
                "chiffres."
            ),
            "choices": [
                ("La flèche vers le haut permet d'écrire une majuscule.", True),
                ("La touche ABC efface la dernière lettre.", False),
                (
                    "Le clavier apparaît quand vous touchez une zone où l'on peut "
                    "écrire.",
                    True,
                ),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Sur un ordinateur avec un clavier AZERTY, comment écrivez-vous le "
                "signe @ ?"
            ),
            "explanation": (
                "La touche Alt Gr, à droite de la barre d'espace, écrit le troisième "
                "signe d'une touche. Alt Gr + à donne le @. Avec Maj, la même touche "
                "écrit le chiffre 0."
            ),
            "choices": [
                ("Vous appuyez deux fois sur la barre d'espace.", False),
                (
                    "Vous gardez le doigt sur Alt Gr et vous appuyez sur la touche à.",
                    True,
                ),
                (
                    "Vous gardez le doigt sur Maj et vous appuyez sur la touche à.",
                    False,
                ),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Sur l'ordinateur, pour écrire un chiffre de la rangée du haut, vous "
                "gardez le doigt sur la touche Maj et vous appuyez sur la touche du "
                "chiffre."
            ),
            "answer": True,
            "explanation": (
                "Vrai. Sans la touche Maj, ces touches écrivent des signes comme &, é "
                "ou (. Sur certains claviers, le pavé numérique, à droite, écrit aussi "
                "les chiffres si le voyant Verr. Num est allumé."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous avez tapé une lettre en trop sur l'ordinateur. Quelle touche "
                "l'efface ?"
            ),
            "explanation": (
                "La touche Retour arrière efface la lettre à gauche du petit trait qui "
                "clignote. La touche Entrée sert à valider ou à aller à la ligne."
            ),
            "choices": [
                (
                    "Retour arrière : la grande flèche vers la gauche, en haut à "
                    "droite.",
                    True,
                ),
                ("Entrée.", False),
                ("Alt Gr.", False),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary quizzes: Naviguer sur internet (area 2)
# ---------------------------------------------------------------------------

_QUIZ_SE_CONNECTER_ET_FAIRE_UNE_RECHERCHE = {
    "title": "Exercice : se connecter et faire une recherche",
    "description": (
        "Vérifiez que vous savez vous connecter à internet, faire une recherche "
        "simple, reconnaître les publicités et revenir aux résultats."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Vous savez trouver une information sur internet et éviter les "
        "publicités."
    ),
    "fail_text": (
        "Ce n'est pas grave. Relisez les parties « Se connecter à internet » et « "
        "Reconnaître les publicités », faites une recherche pour vous entraîner, puis "
        "réessayez."
    ),
    "questions": [
        {
            "kind": "true_false",
            "text": (
                "Quand votre téléphone est connecté au Wi-Fi, il n'utilise pas les "
                "données de votre forfait."
            ),
            "answer": True,
            "explanation": (
                "Vrai. Le Wi-Fi passe par une box, chez vous ou dans un lieu public. "
                "Les données mobiles, elles, utilisent votre forfait téléphone."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous voulez connecter votre téléphone à la box de la maison. Où "
                "trouvez-vous souvent le nom du réseau et la clé Wi-Fi ?"
            ),
            "explanation": (
                "Le nom de la box et sa clé Wi-Fi sont souvent écrits sur une "
                "étiquette, sous la box ou derrière. Tapez la clé exactement, en "
                "respectant les majuscules et les minuscules."
            ),
            "choices": [
                ("Sur votre carte Vitale.", False),
                ("Dans la liste des résultats d'une recherche.", False),
                ("Sur une étiquette, sous la box ou derrière.", True),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Vous cherchez les horaires de la mairie d'Exempleville. Que "
                "tapez-vous dans la barre de recherche ?"
            ),
            "explanation": (
                "Deux ou trois mots importants suffisent : ce que vous cherchez et le "
                "lieu. Pas besoin de faire une phrase. Le mot « mairie » tout seul ne "
                "dit ni quelle mairie, ni quelle information vous voulez."
            ),
            "choices": [
                ("Votre nom et votre adresse", False),
                ("horaires mairie Exempleville", True),
                ("mairie", False),
            ],
        },
        {
            "kind": "multiple",
            "text": (
                "Dans la liste des résultats, quelles mentions montrent qu'un résultat "
                "est une publicité ? (plusieurs réponses possibles)"
            ),
            "explanation": (
                "« Sponsorisé » et « Annonce » signalent une entreprise qui a payé "
                "pour apparaître en haut. Ce n'est pas forcément la meilleure réponse. "
                "Une adresse qui se termine par .gouv.fr est celle d'un site de "
                "l'État."
            ),
            "choices": [
                ("Sponsorisé", True),
                ("Annonce", True),
                ("Une adresse qui se termine par .gouv.fr", False),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Beaucoup de sites officiels de l'État ont une adresse qui se termine "
                "de la même façon. Par quoi ?"
            ),
            "accepted": [".gouv.fr", "gouv.fr", "gouv"],
            "explanation": (
                "Par .gouv.fr, par exemple impots.gouv.fr. Pour une démarche, "
                "choisissez le site officiel : certains sites font payer une démarche "
                "qui est gratuite sur le site officiel."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous avez ouvert un résultat, mais il ne répond pas à votre question. "
                "Que faites-vous ?"
            ),
            "explanation": (
                "La flèche Retour vous ramène à la liste des résultats. Vous pouvez "
                "alors ouvrir un autre résultat, de préférence non sponsorisé. Pas "
                "besoin de tout recommencer."
            ),
            "choices": [
                ("Vous éteignez le téléphone et vous recommencez tout.", False),
                ("Vous ouvrez le premier résultat marqué Sponsorisé.", False),
                (
                    "Vous appuyez sur la flèche Retour, puis vous ouvrez un autre "
                    "résultat.",
                    True,
                ),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary quizzes: Communiquer par e-mail (area 3)
# ---------------------------------------------------------------------------

_QUIZ_CREER_ET_UTILISER_SON_ADRESSE_E_MAIL = {
    "title": "Exercice : créer et utiliser son adresse e-mail",
    "description": (
        "Vérifiez que vous savez reconnaître une adresse e-mail, choisir un mot de "
        "passe solide, écrire un message et trouver le dossier des spams."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Vous avez les bons réflexes pour votre boîte e-mail. Pensez à "
        "regarder le dossier Spam de temps en temps."
    ),
    "fail_text": (
        "Ce n'est pas grave. Relisez l'encadré sur le mot de passe solide et les "
        "étapes « Lire et envoyer un e-mail », puis réessayez. Vous pouvez aussi "
        "demander de l'aide en atelier."
    ),
    "questions": [
        {
            "kind": "single",
            "text": "Laquelle de ces adresses e-mail est bien écrite ?",
            "explanation": (
                "Une adresse e-mail contient toujours un @ et jamais d'espace. "
                "L'adresse marie exemple@exemple.fr a un espace, et "
                "marie.exemple.exemple.fr n'a pas de @."
            ),
            "choices": [
                ("marie.exemple.exemple.fr", False),
                ("marie.exemple@exemple.fr", True),
                ("marie exemple@exemple.fr", False),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Vous créez une adresse pour écrire à la CAF et à des employeurs. "
                "Laquelle choisissez-vous ?"
            ),
            "explanation": (
                "Choisissez une adresse simple, avec votre prénom et votre nom, sans "
                "surnom : vous la donnerez à des administrations et à des employeurs. "
                "Elle est personnelle : ne partagez pas votre boîte avec quelqu'un "
                "d'autre."
            ),
            "choices": [
                (
                    "Une adresse avec votre prénom et votre nom, par exemple "
                    "marie.exemple@exemple.fr",
                    True,
                ),
                (
                    "Une adresse avec un surnom, par exemple superchat75@exemple.fr",
                    False,
                ),
                ("L'adresse d'un proche, pour ne pas en créer une", False),
            ],
        },
        {
            "kind": "multiple",
            "text": (
                "Quels conseils donnent un mot de passe solide ? (plusieurs réponses "
                "possibles)"
            ),
            "explanation": (
                "Un mot de passe solide est long. Plusieurs mots sans lien entre eux, "
                "avec un chiffre, c'est facile à retenir et difficile à deviner. Une "
                "date de naissance ou le prénom d'un proche se devinent facilement."
            ),
            "choices": [
                ("Utiliser le prénom d'un proche", False),
                ("Le faire long : au moins 12 caractères", True),
                ("Enchaîner plusieurs mots sans lien entre eux, avec un chiffre", True),
                ("Utiliser votre date de naissance", False),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Vous pouvez dire votre mot de passe à un conseiller pour qu'il vous "
                "aide à ouvrir votre boîte e-mail."
            ),
            "answer": False,
            "explanation": (
                "Faux. Votre mot de passe est secret : personne d'autre ne doit le "
                "connaître, ni un proche, ni un conseiller. Si quelqu'un vous aide, "
                "c'est vous qui tapez le mot de passe."
            ),
        },
        {
            "kind": "short_text",
            "text": (
                "Vous écrivez un e-mail. Dans quelle case écrivez-vous le sujet du "
                "message, en quelques mots ?"
            ),
            "accepted": ["Objet", "la case Objet", "l'objet"],
            "explanation": (
                "C'est la case Objet, par exemple : « Demande de rendez-vous ». Un "
                "objet clair aide la personne à trouver votre message. L'adresse de la "
                "personne va dans la case À."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous attendez un e-mail de la mairie. Il n'est pas dans votre boîte "
                "de réception. Où regardez-vous ?"
            ),
            "explanation": (
                "Un message important peut être rangé par erreur dans les spams. "
                "Ouvrez-le et indiquez que ce n'est pas un spam : il retourne dans la "
                "boîte de réception. Ne cliquez sur aucun lien des autres messages de "
                "ce dossier."
            ),
            "choices": [
                ("Nulle part : le message est perdu", False),
                ("Dans le dossier Spam ou Courrier indésirable", True),
                ("Dans les messages envoyés", False),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary quizzes: Se protéger en ligne (area 5)
# ---------------------------------------------------------------------------

_QUIZ_MOTS_DE_PASSE_ET_ARNAQUES = {
    "title": "Exercice : mots de passe et arnaques",
    "description": (
        "Vérifiez que vous savez créer un mot de passe solide, reconnaître un message "
        "d'arnaque et réagir sans prendre de risque."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Vous avez les bons réflexes : ne pas cliquer, signaler, et appeler "
        "vous-même l'organisme avec le numéro de son site officiel."
    ),
    "fail_text": (
        "Ce n'est pas grave : ces messages sont faits pour tromper. Relisez les signes "
        "qui doivent alerter et les étapes « Réagir à un message douteux », puis "
        "réessayez."
    ),
    "questions": [
        {
            "kind": "single",
            "text": "Quel mot de passe est le plus solide ?",
            "explanation": (
                "Quatre mots sans lien entre eux, avec une majuscule et un chiffre : "
                "c'est long, donc solide, et facile à retenir. C'est un exemple, ne le "
                "réutilisez pas. Un prénom avec une année se devine vite, et 123456 "
                "est l'un des mots de passe les plus utilisés."
            ),
            "choices": [
                ("Lampe-Girafe-Orage-Tulipe-8", True),
                ("Marie1985", False),
                ("123456", False),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Si votre mot de passe est long, vous pouvez l'utiliser pour tous vos "
                "sites."
            ),
            "answer": False,
            "explanation": (
                "Faux. Utilisez un mot de passe différent pour chaque site. Si un site "
                "se fait voler ses données, les voleurs ne pourront pas ouvrir vos "
                "autres comptes."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Quelqu'un vous appelle. Il dit travailler pour votre banque et vous "
                "demande le code que vous venez de recevoir par SMS. Que faites-vous ?"
            ),
            "explanation": (
                "Un vrai organisme ne vous demande jamais un code reçu par SMS : ce "
                "code sert à valider un paiement ou à ouvrir votre compte. Connaître "
                "votre nom ne prouve rien. Appelez vous-même votre banque, avec le "
                "numéro de son site officiel ou de vos courriers."
            ),
            "choices": [
                ("Vous donnez le code, car la personne connaît votre nom.", False),
                ("Vous donnez seulement les premiers chiffres du code.", False),
                (
                    "Vous ne donnez pas le code. Vous raccrochez et vous appelez votre "
                    "banque avec le numéro de vos courriers.",
                    True,
                ),
            ],
        },
        {
            "kind": "multiple",
            "text": (
                "Vous recevez ce SMS : « Dernier rappel : votre colis est bloqué. "
                "Payez 1,99 € de frais sous 24 heures sur ce lien. » Quels signes "
                "doivent vous alerter ? (plusieurs réponses possibles)"
            ),
            "explanation": (
                "L'urgence, un colis en attente contre quelques euros et un lien à "
                "cliquer sont des signes d'hameçonnage : les escrocs veulent vous "
                "faire agir vite, sans réfléchir. Un message écrit en bon français "
                "peut tout à fait être une arnaque."
            ),
            "choices": [
                ("Le message est écrit en français", False),
                ("L'urgence : « dernier rappel », « sous 24 heures »", True),
                ("Des frais à payer pour recevoir un colis", True),
                ("Un lien sur lequel on vous pousse à cliquer", True),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "À quel numéro pouvez-vous transférer gratuitement un SMS douteux pour "
                "le signaler ?"
            ),
            "accepted": ["33700", "33 700"],
            "explanation": (
                "Le 33700 sert à signaler les SMS d'arnaque, gratuitement. Faites un "
                "appui long sur le message, appuyez sur Transférer, puis tapez 33700. "
                "Pour un e-mail douteux, utilisez le site signal-spam.fr."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Sur un faux site, vous avez donné votre numéro de carte bancaire. Que "
                "faites-vous tout de suite ?"
            ),
            "explanation": (
                "Appelez tout de suite votre banque pour faire opposition : la carte "
                "est bloquée. Ne répondez pas au message. Le site officiel "
                "cybermalveillance.gouv.fr peut aussi vous guider."
            ),
            "choices": [
                ("Vous appelez votre banque pour faire opposition.", True),
                ("Vous attendez de voir si de l'argent disparaît.", False),
                ("Vous répondez au message pour demander un remboursement.", False),
            ],
        },
        {
            "kind": "numerical",
            "text": (
                "Votre forfait de téléphone donne 20 Go d'internet par mois. Vous en "
                "avez déjà utilisé 12,5 Go. Combien de Go vous reste-t-il ce mois-ci ?"
            ),
            "numbers": [
                {"value": "7.5", "tolerance": "0", "weight": "100"},
                {
                    "value": "8",
                    "tolerance": "0",
                    "weight": "50",
                    "feedback": (
                        "Presque : 20 moins 12,5 font 7,5. Vous avez arrondi à 8."
                    ),
                },
            ],
            "explanation": (
                "20 − 12,5 = 7,5. Il vous reste 7,5 Go. Vous pouvez écrire 7,5 ou 7.5. "
                "La consommation se voit dans les réglages du téléphone ou dans "
                "l'application de votre opérateur."
            ),
        },
        {
            "kind": "matching",
            "text": "Reliez chaque situation au bon réflexe.",
            "pairs": [
                (
                    "Un SMS vous demande de payer des frais pour un colis",
                    "Ne pas cliquer et transférer le SMS au 33700",
                ),
                (
                    "Un appel vous demande le code reçu par SMS",
                    "Raccrocher et appeler soi-même l'organisme",
                ),
                (
                    "Un nouveau site vous demande de créer un compte",
                    "Choisir un mot de passe qui ne sert nulle part ailleurs",
                ),
            ],
            "explanation": (
                "Ne cliquez jamais sur un lien reçu par surprise. Ne donnez jamais un "
                "code reçu par SMS. Un mot de passe différent pour chaque site protège "
                "vos autres comptes."
            ),
        },
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary quizzes: Gérer ses documents (area 6)
# ---------------------------------------------------------------------------

_QUIZ_PHOTOGRAPHIER_UN_JUSTIFICATIF_ET_L_ENVOYER = {
    "title": "Exercice : photographier un justificatif et l'envoyer",
    "description": (
        "Vérifiez que vous savez prendre une photo lisible d'un document, lui donner "
        "un nom clair, l'envoyer et protéger vos documents sensibles."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Vos justificatifs seront lisibles et faciles à retrouver. Pensez à "
        "supprimer les photos sensibles après l'envoi."
    ),
    "fail_text": (
        "Ce n'est pas grave. Relisez les étapes « Photographier un document » et "
        "l'encadré sur le nom du fichier, entraînez-vous avec un papier sans "
        "importance, puis réessayez."
    ),
    "questions": [
        {
            "kind": "multiple",
            "text": (
                "Pour prendre une photo lisible d'un justificatif, que faites-vous ? "
                "(plusieurs réponses possibles)"
            ),
            "explanation": (
                "À plat, à la lumière, la page entière : c'est la base d'une photo "
                "lisible. Le flash fait souvent un reflet blanc sur le papier. Après "
                "la photo, agrandissez-la pour vérifier que tout le texte se lit."
            ),
            "choices": [
                ("Vous mettez toujours le flash.", False),
                ("Vous posez le document à plat sur une table.", True),
                ("Vous vous installez près d'une fenêtre ou sous une lampe.", True),
                ("Vous cadrez la page entière : les quatre coins sont visibles.", True),
                ("Vous tenez le document en l'air d'une main.", False),
            ],
        },
        {
            "kind": "single",
            "text": "Quel nom de fichier est le plus clair ?",
            "explanation": (
                "Un nom clair indique le type de document, votre nom et la date : la "
                "personne qui le reçoit sait tout de suite ce que c'est. "
                "« IMG_20250312 » ou « document » ne disent rien du contenu."
            ),
            "choices": [
                ("document.pdf", False),
                ("quittance-loyer-exemple-2025-03.pdf", True),
                ("IMG_20250312.jpg", False),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Pourquoi utiliser un outil de numérisation plutôt qu'une simple "
                "photo ?"
            ),
            "explanation": (
                "Un outil de numérisation, comme celui de Google Drive sur Android, "
                "redresse la page, coupe les bords et crée un PDF. Il n'envoie rien "
                "tout seul : c'est vous qui joignez le fichier à un e-mail ou le "
                "déposez sur un site."
            ),
            "choices": [
                ("Il redresse la page, coupe les bords et crée un PDF.", True),
                ("Il envoie tout seul le document au bon organisme.", False),
                ("Il n'a besoin d'aucune lumière.", False),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Beaucoup de sites demandent les justificatifs dans un format de "
                "fichier qui s'affiche de la même façon sur tous les appareils. Quel "
                "est ce format ? Il s'écrit en trois lettres."
            ),
            "accepted": ["PDF"],
            "explanation": (
                "C'est le PDF. Plusieurs pages peuvent aller dans un seul fichier PDF. "
                "Donnez-lui ensuite un nom clair avant de l'envoyer."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous écrivez un e-mail. Sur quel bouton appuyez-vous pour joindre "
                "votre document ?"
            ),
            "explanation": (
                "Le bouton en forme de trombone ajoute une pièce jointe. Attendez que "
                "le fichier apparaisse dans le message, vérifiez que c'est le bon "
                "document, puis envoyez."
            ),
            "choices": [
                ("Le crayon", False),
                ("La corbeille", False),
                ("Le trombone", True),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Après avoir envoyé la photo de votre pièce d'identité, il vaut mieux "
                "la supprimer de votre téléphone."
            ),
            "answer": True,
            "explanation": (
                "Vrai. Une photo de pièce d'identité, de RIB ou de carte Vitale est "
                "sensible. Supprimez-la après l'envoi, et videz aussi la Corbeille de "
                "votre galerie photo si votre téléphone en a une."
            ),
        },
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary quizzes: Faire ses démarches en ligne (area 4)
# ---------------------------------------------------------------------------

_QUIZ_COMPTE_AMELI_PUIS_FRANCECONNECT = {
    "title": "Exercice : compte Ameli puis FranceConnect",
    "description": (
        "Vérifiez que vous savez créer votre compte Ameli, l'utiliser avec "
        "FranceConnect et éviter les faux messages au nom de l'Assurance Maladie."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Votre compte Ameli vous ouvre aussi d'autres sites publics grâce à "
        "FranceConnect."
    ),
    "fail_text": (
        "Ce n'est pas grave. Relisez les étapes « Créer son compte Ameli » et "
        "« Utiliser FranceConnect avec son compte Ameli », puis réessayez. Un "
        "conseiller numérique peut vous aider."
    ),
    "questions": [
        {
            "kind": "single",
            "text": "Pour créer votre compte Ameli, quel numéro tapez-vous ?",
            "explanation": (
                "Le compte Ameli se crée avec votre numéro de sécurité sociale : "
                "recopiez-le depuis votre carte Vitale. Ce numéro est confidentiel : "
                "ne le tapez que sur les sites officiels."
            ),
            "choices": [
                ("Le numéro de votre carte bancaire", False),
                (
                    "Votre numéro de sécurité sociale, écrit sur votre carte Vitale",
                    True,
                ),
                ("Votre numéro allocataire de la CAF", False),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Vous avez demandé votre code provisoire Ameli. Comment arrive-t-il ?"
            ),
            "explanation": (
                "Le code provisoire arrive par courrier, à votre adresse : il prouve "
                "que c'est bien vous. Il sert à la première connexion. Ensuite, vous "
                "choisissez votre propre mot de passe, solide et connu de vous seul."
            ),
            "choices": [
                ("Par courrier, chez vous, en quelques jours", True),
                ("Il est écrit sur votre carte Vitale", False),
                ("Vous devez l'inventer vous-même", False),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Avec FranceConnect, vous pouvez entrer sur d'autres sites publics "
                "avec votre compte Ameli, sans créer un nouveau mot de passe pour "
                "chaque site."
            ),
            "answer": True,
            "explanation": (
                "Vrai. FranceConnect est un service de l'État. Il vous permet d'entrer "
                "sur de nombreux sites publics avec un compte que vous avez déjà, "
                "comme votre compte Ameli ou impots.gouv."
            ),
        },
        {
            "kind": "short_text",
            "text": (
                "Sur un site public, le bouton bleu pour entrer avec votre compte "
                "Ameli s'appelle « S'identifier avec… ». Avec quoi ?"
            ),
            "accepted": ["FranceConnect", "France Connect"],
            "explanation": (
                "Le bouton s'appelle « S'identifier avec FranceConnect ». Choisissez "
                "ensuite l'Assurance Maladie (ameli), puis tapez votre numéro de "
                "sécurité sociale et votre mot de passe Ameli."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Vous recevez un SMS : « Votre compte Ameli va être bloqué. "
                "Connectez-vous vite avec ce lien. » Que faites-vous ?"
            ),
            "explanation": (
                "Un message qui vous presse de vous connecter par un lien est "
                "peut-être une arnaque. Ne cliquez pas : tapez vous-même ameli.fr dans "
                "le navigateur. Vous pouvez transférer ce SMS au 33700."
            ),
            "choices": [
                ("Vous cliquez vite sur le lien pour éviter le blocage.", False),
                (
                    "Vous répondez au SMS avec votre numéro de sécurité sociale.",
                    False,
                ),
                (
                    "Vous ne cliquez pas. Vous tapez vous-même ameli.fr dans le "
                    "navigateur.",
                    True,
                ),
            ],
        },
        {
            "kind": "multiple",
            "text": (
                "Vous utilisez l'ordinateur de la médiathèque pour aller sur votre "
                "compte Ameli. Que faites-vous ? (plusieurs réponses possibles)"
            ),
            "explanation": (
                "Vérifiez que vous êtes bien sur ameli.fr, et appuyez sur Se "
                "déconnecter à la fin : sinon, la personne suivante pourrait ouvrir "
                "votre compte. Votre mot de passe reste connu de vous seul."
            ),
            "choices": [
                ("À la fin, vous appuyez sur Se déconnecter.", True),
                ("Vous notez votre mot de passe sur un papier collé à l'écran.", False),
                ("Vous laissez votre compte ouvert pour la prochaine fois.", False),
                ("Vous vérifiez l'adresse ameli.fr dans la barre du haut.", True),
            ],
        },
    ],
}

_QUIZ_ESPACE_CAF_OU_FRANCE_TRAVAIL = {
    "title": "Exercice : espace CAF ou France Travail",
    "description": (
        "Vérifiez que vous savez quand faire vos déclarations à la CAF et à France "
        "Travail, et quoi faire pour ne pas perdre vos paiements."
    ),
    "pass_mark": _BENEFICIARY_PASS_MARK,
    "success_text": (
        "Bravo ! Vous savez ce qu'il faut déclarer et quand. Notez les dates dans un "
        "agenda pour ne rien oublier."
    ),
    "fail_text": (
        "Ce n'est pas grave. Relisez les parties sur la déclaration trimestrielle et "
        "sur l'actualisation, ainsi que l'encadré sur les dates, puis réessayez."
    ),
    "questions": [
        {
            "kind": "single",
            "text": (
                "Vous touchez le RSA ou la prime d'activité. Tous les combien "
                "déclarez-vous vos ressources à la CAF ?"
            ),
            "explanation": (
                "C'est la déclaration trimestrielle : tous les trois mois, vous "
                "indiquez les montants reçus chaque mois par chaque personne du foyer. "
                "La CAF calcule vos droits à partir de ces montants."
            ),
            "choices": [
                ("Tous les trois mois", True),
                ("Une fois par an", False),
                ("Seulement quand vous changez d'adresse", False),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Votre numéro de dossier à la CAF est écrit sur ses courriers et peut "
                "vous servir d'identifiant. Comment s'appelle-t-il ? Le numéro…"
            ),
            "accepted": [
                "allocataire",
                "numéro allocataire",
                "d'allocataire",
                "numéro d'allocataire",
            ],
            "explanation": (
                "C'est le numéro allocataire. Avec votre mot de passe, il vous permet "
                "de vous connecter à « Mon Compte » sur caf.fr. Selon le site, on peut "
                "aussi vous demander votre numéro de sécurité sociale."
            ),
        },
        {
            "kind": "single",
            "text": "Quand faites-vous votre actualisation sur francetravail.fr ?",
            "explanation": (
                "L'actualisation se fait chaque mois, entre le 28 du mois et le 15 du "
                "mois suivant. Elle est obligatoire pour rester inscrit et pour être "
                "indemnisé."
            ),
            "choices": [
                ("Une fois par an, en janvier", False),
                ("Seulement quand votre conseiller vous appelle", False),
                ("Chaque mois, entre le 28 et le 15 du mois suivant", True),
            ],
        },
        {
            "kind": "multiple",
            "text": (
                "Pendant l'actualisation, à quelles questions répondez-vous pour le "
                "mois écoulé ? (plusieurs réponses possibles)"
            ),
            "explanation": (
                "L'actualisation porte sur votre situation du mois : travail, "
                "formation, arrêt maladie, recherche d'emploi. Si vous avez travaillé, "
                "gardez vos fiches de paie près de vous : on vous demande le nombre "
                "d'heures et le salaire brut."
            ),
            "choices": [
                ("Combien payez-vous de loyer ?", False),
                ("Avez-vous travaillé ?", True),
                ("Avez-vous été en formation ?", True),
                ("Avez-vous été en arrêt maladie ?", True),
            ],
        },
        {
            "kind": "true_false",
            "text": "Une déclaration oubliée peut retarder ou suspendre vos paiements.",
            "answer": True,
            "explanation": (
                "Vrai. La CAF et France Travail ont besoin de vos déclarations pour "
                "calculer et verser vos droits. Notez les dates dans un agenda."
            ),
        },
        {
            "kind": "single",
            "text": (
                "La date limite de votre actualisation approche, mais vous n'arrivez "
                "pas à la faire en ligne. Que faites-vous ?"
            ),
            "explanation": (
                "Ne laissez pas passer la date : contactez votre organisme ou un "
                "espace France Services, où des agents peuvent vous aider. Votre mot "
                "de passe reste secret, même pour rendre service."
            ),
            "choices": [
                (
                    "Vous contactez France Travail ou un espace France Services avant "
                    "la date limite.",
                    True,
                ),
                ("Vous attendez le mois prochain.", False),
                (
                    "Vous donnez votre mot de passe à un voisin pour qu'il la fasse.",
                    False,
                ),
            ],
        },
    ],
}

# ---------------------------------------------------------------------------
# Professional quizzes: P1
# ---------------------------------------------------------------------------

_QUIZ_P1_REPERER_ET_ORIENTER = {
    "title": "Évaluation P1 · Repérer la précarité numérique et orienter",
    "description": (
        "Vérifiez que vous savez repérer les signes de difficulté numérique, "
        "identifier le frein principal, aborder le sujet avec tact et orienter vers "
        "la bonne ressource."
    ),
    "pass_mark": _PROFESSIONAL_PASS_MARK,
    "success_text": (
        "Bravo, vous avez les repères pour repérer les difficultés et orienter sans "
        "mettre la personne en échec. Le module P2 vous apprend ensuite à mener "
        "l'entretien de diagnostic."
    ),
    "fail_text": (
        "Le seuil n'est pas encore atteint. Relisez les signes à repérer, les quatre "
        "freins et les étapes « Orienter sans perdre la personne », puis refaites "
        "l'évaluation."
    ),
    "questions": [
        {
            "kind": "multiple",
            "text": (
                "Vous recevez Mme Exemple pour un dossier de logement. Quels éléments "
                "peuvent signaler une difficulté avec le numérique ? (plusieurs "
                "réponses possibles)"
            ),
            "explanation": (
                "Des courriers sans réponse, l'adresse e-mail d'un proche et "
                "l'évitement du sujet sont des signes, surtout s'ils se répètent. "
                "L'âge n'en est pas un : ne déduisez pas la difficulté de l'âge, de "
                "l'origine ou de la situation sociale."
            ),
            "choices": [
                ("Elle a 68 ans.", False),
                (
                    "Elle apporte plusieurs relances de la CAF restées sans réponse.",
                    True,
                ),
                (
                    "Elle donne l'adresse e-mail de sa fille pour être recontactée.",
                    True,
                ),
                (
                    "Elle répond « je ferai ça à la maison » dès que vous parlez du "
                    "site.",
                    True,
                ),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Un signe isolé, par exemple l'absence d'adresse e-mail, suffit pour "
                "conclure à une précarité numérique."
            ),
            "answer": False,
            "explanation": (
                "Faux. Un signe isolé ne suffit pas pour conclure. Ce sont plusieurs "
                "signes qui se répètent qui justifient d'aborder le sujet avec la "
                "personne."
            ),
        },
        {
            "kind": "single",
            "text": (
                "M. Exemple utilise son smartphone chaque jour et sait remplir un "
                "formulaire, mais il n'ose pas valider sa déclaration en ligne, de "
                "peur de se tromper ou d'être arnaqué. Quel est le frein principal ?"
            ),
            "explanation": (
                "Il a l'appareil, la connexion et les gestes : ce qui manque, c'est la "
                "confiance. Identifier le frein principal oriente la réponse : ici, "
                "un accompagnement rassurant sur une démarche réelle plutôt qu'une "
                "initiation aux bases."
            ),
            "choices": [
                ("L'équipement", False),
                ("La connexion", False),
                ("Les compétences", False),
                ("La confiance", True),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Quelle question ouvre le mieux le sujet avec une personne que vous "
                "recevez ?"
            ),
            "explanation": (
                "Partez des usages, pas des manques. Les deux autres formules mettent "
                "la personne en échec, et la honte éloigne durablement des services."
            ),
            "choices": [
                (
                    "« Comment faites-vous d'habitude pour vos démarches : sur "
                    "internet, par téléphone, au guichet ? »",
                    True,
                ),
                ("« Vous ne savez pas vous servir d'internet ? »", False),
                ("« C'est pourtant simple, vous avez essayé ? »", False),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Une personne doit envoyer un justificatif à la CAF avant vendredi et "
                "aimerait, à terme, faire ses démarches seule. Que faites-vous ?"
            ),
            "explanation": (
                "Distinguez l'urgence de l'objectif. L'urgence se traite tout de "
                "suite, avec la personne. L'apprentissage se construit ensuite, sur "
                "plusieurs séances, avec une ressource adaptée : conseiller numérique, "
                "atelier local ou espace France Services."
            ),
            "choices": [
                (
                    "Vous l'inscrivez à un atelier le mois prochain, sans traiter "
                    "l'envoi.",
                    False,
                ),
                (
                    "Vous envoyez le justificatif à sa place et vous en restez là.",
                    False,
                ),
                (
                    "Vous traitez l'envoi urgent avec elle, puis vous l'orientez vers "
                    "un conseiller numérique ou un atelier.",
                    True,
                ),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Quel mot, formé sur le modèle d'« illettrisme », désigne la "
                "difficulté, voire l'incapacité, à utiliser les appareils numériques "
                "et internet ?"
            ),
            "accepted": ["illectronisme"],
            "explanation": (
                "L'illectronisme vient d'un manque de compétences ou d'accès. Comme "
                "l'illettrisme, il se dit rarement : beaucoup de personnes le cachent, "
                "d'où l'importance du repérage au fil des échanges."
            ),
        },
        {
            "kind": "open",
            "text": (
                "Mme Exemple vient pour une aide au loyer. Elle a trois relances de la "
                "CAF, pas d'adresse e-mail, et son fils fait ses démarches « quand il "
                "a le temps ». En quelques lignes : comment abordez-vous le sujet, et "
                "comment l'orientez-vous ?"
            ),
            "explanation": (
                "Éléments attendus : en parler au calme, à partir de ses usages, sans "
                "jugement ; reformuler son besoin ; traiter d'abord l'urgence CAF avec "
                "elle ; proposer une ressource adaptée (conseiller numérique, France "
                "Services, atelier) ; lui remettre par écrit le lieu, les horaires et "
                "les documents à apporter ; prévoir un point au prochain rendez-vous."
            ),
        },
    ],
}

# ---------------------------------------------------------------------------
# Professional quizzes: P2
# ---------------------------------------------------------------------------

_QUIZ_P2_ENTRETIEN_DE_DIAGNOSTIC = {
    "title": "Évaluation P2 · Mener l'entretien de diagnostic",
    "description": (
        "Vérifiez que vous savez ouvrir l'entretien, conduire le repérage et les mises "
        "en situation, situer la personne de N0 à N4 et conclure avec elle."
    ),
    "pass_mark": _PROFESSIONAL_PASS_MARK,
    "success_text": (
        "Bravo, vous savez conduire un diagnostic qui situe la personne sans en faire "
        "un examen. Le module P3 porte ensuite sur l'accompagnement."
    ),
    "fail_text": (
        "Le seuil n'est pas encore atteint. Relisez l'échelle N0 à N4 et les étapes "
        "« Conduire les exercices » et « Conclure l'entretien », puis refaites "
        "l'évaluation."
    ),
    "questions": [
        {
            "kind": "multiple",
            "text": (
                "Vous ouvrez un entretien de diagnostic. Que faites-vous avant de "
                "commencer ? (plusieurs réponses possibles)"
            ),
            "explanation": (
                "L'entretien commence par le but, la durée, ce que vous allez noter et "
                "pourquoi, puis l'accord de la personne. Le diagnostic n'est pas un "
                "examen : il n'y a ni note ni échec."
            ),
            "choices": [
                ("Vous annoncez qu'une note sur 20 sera donnée à la fin.", False),
                ("Vous expliquez le but et la durée de l'entretien.", True),
                ("Vous dites clairement qu'il ne s'agit pas d'un examen.", True),
                ("Vous demandez l'accord de la personne.", True),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Une personne dit « je ne sais rien faire » : vous pouvez la placer au "
                "niveau N0 sans passer par les mises en situation."
            ),
            "answer": False,
            "explanation": (
                "Faux. Le repérage par questions ne suffit pas pour fixer un niveau : "
                "l'auto-évaluation peut se tromper dans les deux sens. Une personne "
                "qui dit ne rien savoir faire envoie parfois des messages tous les "
                "jours. Les mises en situation permettent de vérifier."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Pendant une mise en situation, la personne hésite depuis un moment "
                "devant l'écran. Que faites-vous ?"
            ),
            "explanation": (
                "La mise en situation montre ce que la personne sait faire : vous "
                "donnez la consigne sans montrer comment faire et sans toucher l'écran "
                "à sa place. Vous notez ensuite « réussi seul », « réussi avec aide » "
                "ou « non réussi »."
            ),
            "choices": [
                (
                    "Vous la laissez faire sur l'appareil, sans toucher l'écran à sa "
                    "place, puis vous notez le résultat.",
                    True,
                ),
                ("Vous prenez l'appareil pour lui montrer comment faire.", False),
                ("Vous passez à un exercice plus difficile.", False),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Domaine « Communiquer » : la personne réussit seule les exercices de "
                "niveau N1 et N2, puis échoue au premier exercice de niveau N3. Que "
                "faites-vous ?"
            ),
            "explanation": (
                "On s'arrête au premier échec dans un domaine : le niveau se situe "
                "juste avant, ici N2. Enchaîner les échecs décourage et n'apprend rien "
                "de plus. On passe ensuite au domaine suivant, en reprenant à "
                "l'exercice le plus simple."
            ),
            "choices": [
                ("Vous continuez avec les exercices de niveau N4.", False),
                ("Vous la placez en N3, car elle a presque réussi.", False),
                ("Vous arrêtez ce domaine : son niveau y est N2 pour l'instant.", True),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Sur l'échelle de la plateforme, quel niveau correspond à une personne "
                "qui fait seule ses démarches courantes en ligne ? Répondez sous la "
                "forme N0, N1, N2…"
            ),
            "accepted": ["N3", "niveau N3", "N3 Autonome", "Autonome"],
            "explanation": (
                "C'est N3, « Autonome ». N2, « En progression » : fait seule des "
                "tâches simples et demande de l'aide en cas de blocage. N4, "
                "« Confirmé » : résout des problèmes nouveaux et peut aider les "
                "autres."
            ),
        },
        {
            "kind": "single",
            "text": "À la fin de l'entretien, comment annoncez-vous le niveau ?",
            "explanation": (
                "Le niveau décrit une situation à un moment donné, dans un domaine, "
                "pas la personne. Présentez le résultat avec elle, en commençant par "
                "ce qui est acquis, et demandez-lui si ce niveau lui semble juste."
            ),
            "choices": [
                ("Vous ne dites rien et vous notez le niveau dans l'outil.", False),
                (
                    "« Pour l'instant, pour les e-mails, vous êtes au niveau N1. Ce "
                    "niveau va évoluer. »",
                    True,
                ),
                ("« Vous êtes N1 : vous êtes débutante. »", False),
            ],
        },
        {
            "kind": "open",
            "text": (
                "Mme Exemple échoue à l'exercice « envoyer un e-mail ». Elle dit en "
                "envoyer chaque semaine à sa nièce, mais avoir été stressée. Comment "
                "concluez-vous l'entretien pour ce domaine, et que consignez-vous ?"
            ),
            "explanation": (
                "Éléments attendus : présenter d'abord ce qui est acquis ; lui "
                "demander si le niveau lui semble juste ; confirmer ou corriger avec "
                "elle, le stress pouvant fausser un exercice ; proposer de le refaire "
                "plus tard, au calme ; fixer un premier objectif concret ; consigner "
                "dans l'outil de la structure le niveau par domaine, la date et "
                "l'objectif."
            ),
        },
    ],
}

# ---------------------------------------------------------------------------
# Professional quizzes: P3
# ---------------------------------------------------------------------------

_QUIZ_P3_ANIMER_ET_ACCOMPAGNER = {
    "title": "Évaluation P3 · Animer un atelier et un accompagnement individuel",
    "description": (
        "Vérifiez que vous appliquez le principe « faire avec, pas à la place » et que "
        "vous savez préparer, animer et suivre un atelier ou un rendez-vous "
        "individuel."
    ),
    "pass_mark": _PROFESSIONAL_PASS_MARK,
    "success_text": (
        "Bravo, vous savez accompagner vers l'autonomie. Le module P4 précise le "
        "cadre à respecter quand faire à la place devient nécessaire."
    ),
    "fail_text": (
        "Le seuil n'est pas encore atteint. Relisez « Accompagner sans prendre la "
        "main », puis les étapes de préparation et de vérification de la "
        "compréhension, et refaites l'évaluation."
    ),
    "questions": [
        {
            "kind": "single",
            "text": (
                "Vous accompagnez une personne sur son téléphone. Comment vous "
                "installez-vous ?"
            ),
            "explanation": (
                "Installez-vous à côté, pas en face : vous voyez le même écran, et "
                "c'est elle qui touche l'écran, la souris ou le clavier. Vous guidez "
                "par la parole et le geste."
            ),
            "choices": [
                ("À côté d'elle, l'appareil devant elle", True),
                ("En face d'elle, l'appareil dans vos mains pour lui montrer", False),
                ("Debout derrière elle, pour taper par-dessus son épaule", False),
            ],
        },
        {
            "kind": "single",
            "text": (
                "La personne cherche le bouton « Valider » depuis quelques secondes. "
                "Que faites-vous ?"
            ),
            "explanation": (
                "Laissez le temps de chercher : le silence fait partie de "
                "l'apprentissage. Si besoin, donnez une indication à la fois, montrez "
                "du doigt sans toucher l'écran, ou faites le geste sur votre propre "
                "appareil."
            ),
            "choices": [
                ("Vous appuyez vous-même sur le bouton pour gagner du temps.", False),
                ("Vous reprenez l'appareil et finissez la démarche.", False),
                (
                    "Vous la laissez chercher, puis vous donnez une indication : "
                    "« Regardez en bas de la page. »",
                    True,
                ),
            ],
        },
        {
            "kind": "true_false",
            "text": (
                "Pour aller plus vite, la personne peut vous dicter son mot de passe "
                "pour que vous le tapiez."
            ),
            "answer": False,
            "explanation": (
                "Faux. Ne tapez jamais le mot de passe d'une personne et ne lui "
                "demandez pas de vous le dire. Elle le tape elle-même, et vous "
                "détournez le regard."
            ),
        },
        {
            "kind": "multiple",
            "text": (
                "Vous préparez un atelier collectif. Que prévoyez-vous ? (plusieurs "
                "réponses possibles)"
            ),
            "explanation": (
                "Un seul objectif par séance, formulé comme une action, par exemple "
                "« envoyer un e-mail avec une pièce jointe ». Les données fictives "
                "évitent d'exposer les vraies informations des participants. Le "
                "matériel vérifié évite de perdre la séance."
            ),
            "choices": [
                ("Un seul objectif, formulé comme une action", True),
                ("Des données fictives : adresses d'exemple, faux justificatifs", True),
                ("Des appareils chargés et un Wi-Fi qui fonctionne", True),
                ("Trois ou quatre objectifs, pour couvrir plus de sujets", False),
                (
                    "Les vrais identifiants des participants, pour gagner du temps",
                    False,
                ),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Combien de participants au maximum conseille-t-on pour un atelier "
                "collectif ? Répondez par un nombre."
            ),
            "accepted": ["8", "huit"],
            "explanation": (
                "De 4 à 8 personnes, de niveaux proches. Au-delà de 8, vous ne pouvez "
                "plus suivre chacun ; en dessous de 4, l'entraide du groupe joue "
                "moins."
            ),
        },
        {
            "kind": "single",
            "text": "Comment vérifiez-vous qu'une personne a compris ?",
            "explanation": (
                "À « Vous avez compris ? », la réponse est presque toujours oui. "
                "Refaire seule et expliquer avec ses mots montre ce qui est acquis. "
                "Notez ce qui reste à travailler, et faites refaire l'action au début "
                "de la séance suivante."
            ),
            "choices": [
                (
                    "Elle refait l'action seule, du début à la fin, et explique avec "
                    "ses mots ce qu'elle fait.",
                    True,
                ),
                ("Vous lui demandez : « Vous avez compris ? »", False),
                ("Vous refaites la démonstration une deuxième fois.", False),
            ],
        },
        {
            "kind": "open",
            "text": (
                "Une personne vous tend son téléphone : « Faites-la pour moi, vous "
                "irez plus vite. » Sa déclaration trimestrielle CAF est à faire avant "
                "vendredi. Que lui répondez-vous, et comment procédez-vous ?"
            ),
            "explanation": (
                "Éléments attendus : accueillir la demande sans jugement ; expliquer "
                "que vous faites avec elle pour qu'elle puisse la refaire ; lui "
                "laisser le téléphone et guider une étape à la fois ; elle tape "
                "elle-même son mot de passe ; si elle ne peut vraiment pas, pas "
                "d'identifiants empruntés mais Aidants Connect ou une structure "
                "habilitée ; prévoir une fiche mémo et un suivi."
            ),
        },
    ],
}

# ---------------------------------------------------------------------------
# Professional quizzes: P4
# ---------------------------------------------------------------------------

_QUIZ_P4_CADRE_LEGAL_ET_DONNEES = {
    "title": "Évaluation P4 · Cadre légal et données",
    "description": (
        "Vérifiez que vous connaissez le cadre d'Aidants Connect et du mandat, les "
        "règles du RGPD dans l'accompagnement et le contenu d'un compte rendu "
        "d'activité."
    ),
    "pass_mark": _PROFESSIONAL_PASS_MARK,
    "success_text": (
        "Bravo, vous connaissez le cadre qui protège les personnes accompagnées et "
        "qui vous protège aussi. En cas de doute, demandez à votre responsable."
    ),
    "fail_text": (
        "Le seuil n'est pas encore atteint. Relisez les conditions d'Aidants Connect, "
        "les règles du RGPD et les étapes du compte rendu d'activité, puis refaites "
        "l'évaluation."
    ),
    "questions": [
        {
            "kind": "multiple",
            "text": (
                "Pour réaliser une démarche via Aidants Connect, quelles conditions "
                "doivent être remplies ? (plusieurs réponses possibles)"
            ),
            "explanation": (
                "Il faut une structure habilitée, un aidant formé et habilité, et un "
                "mandat créé avec la personne, qui s'identifie avec FranceConnect. Le "
                "moyen de connexion de l'aidant est personnel : il ne se prête pas, "
                "même entre collègues."
            ),
            "choices": [
                ("Un collègue habilité vous prête son moyen de connexion.", False),
                ("Votre structure est habilitée.", True),
                (
                    "Vous avez suivi la formation prévue et vous êtes habilité comme "
                    "aidant.",
                    True,
                ),
                (
                    "La personne peut se connecter à FranceConnect pour créer le "
                    "mandat.",
                    True,
                ),
            ],
        },
        {
            "kind": "single",
            "text": (
                "Vous créez un mandat avec une personne. Comment choisissez-vous les "
                "démarches couvertes et la durée ?"
            ),
            "explanation": (
                "Le mandat précise les démarches concernées et sa durée. On les "
                "choisit avec la personne, en les limitant au nécessaire. On relit "
                "ensuite le mandat avec elle, on le fait valider et on lui en remet "
                "une copie."
            ),
            "choices": [
                ("Vous les choisissez seul, puis vous l'en informez.", False),
                (
                    "Avec elle, en les limitant au nécessaire : les démarches utiles, "
                    "pour la durée la plus courte.",
                    True,
                ),
                (
                    "Toutes les démarches, pour la durée la plus longue, pour ne pas "
                    "avoir à recommencer.",
                    False,
                ),
            ],
        },
        {
            "kind": "true_false",
            "text": "La personne peut mettre fin au mandat avant la date prévue.",
            "answer": True,
            "explanation": (
                "Vrai. Le mandat est une autorisation donnée par la personne : elle "
                "peut y mettre fin avant son terme. C'est aussi pour cela qu'on le lui "
                "explique et qu'on lui en remet une copie."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Une personne vous donne ses identifiants Ameli, « pour la prochaine "
                "fois, ce sera plus simple ». Que faites-vous ?"
            ),
            "explanation": (
                "Ne conservez jamais les mots de passe, codes, identifiants ni le "
                "numéro de sécurité sociale d'une personne : pas de carnet, pas de "
                "fichier, pas de photo. Même l'outil de la structure n'est pas fait "
                "pour ces données."
            ),
            "choices": [
                (
                    "Vous ne les notez nulle part : elle les garde et les tape "
                    "elle-même.",
                    True,
                ),
                (
                    "Vous les notez dans son dossier, dans l'outil de la structure.",
                    False,
                ),
                ("Vous les prenez en photo avec votre téléphone.", False),
            ],
        },
        {
            "kind": "short_text",
            "text": (
                "Quel principe du RGPD consiste à ne collecter que les données "
                "strictement nécessaires à l'objectif poursuivi ? Le principe de…"
            ),
            "accepted": [
                "minimisation",
                "minimisation des données",
                "principe de minimisation",
            ],
            "explanation": (
                "C'est la minimisation des données : une donnée qui n'est pas "
                "collectée ne peut être ni perdue ni détournée. Le niveau et les "
                "objectifs de la personne, oui ; le détail de ses ressources ou de sa "
                "santé, non, sauf nécessité."
            ),
        },
        {
            "kind": "single",
            "text": (
                "Quelle information a sa place dans votre compte rendu d'activité ?"
            ),
            "explanation": (
                "Le compte rendu d'activité compte les accompagnements, il ne nomme "
                "pas les personnes : type, durée, nombre de personnes, thèmes et, si "
                "c'est demandé, des informations générales comme une tranche d'âge. "
                "Jamais de nom ni de numéro personnel."
            ),
            "choices": [
                ("Le nom et la date de naissance de chaque participant", False),
                ("Le numéro allocataire des personnes accompagnées", False),
                (
                    "Atelier collectif de 1 h 30 sur l'e-mail, 6 personnes, 60 à 74 "
                    "ans",
                    True,
                ),
            ],
        },
        {
            "kind": "open",
            "text": (
                "Un collègue propose de garder dans un tableur partagé les "
                "identifiants et mots de passe des personnes accompagnées, « pour "
                "aller plus vite la prochaine fois ». Que lui répondez-vous, et que "
                "proposez-vous à la place ?"
            ),
            "explanation": (
                "Éléments attendus : refuser, car on ne conserve jamais mots de passe, "
                "codes ni identifiants ; expliquer les risques pour les personnes et "
                "pour l'aidant ; rappeler la minimisation et la sécurité des données ; "
                "à la place, la personne garde ses codes et les tape elle-même ; pour "
                "agir en son nom, Aidants Connect avec un mandat."
            ),
        },
    ],
}

# ---------------------------------------------------------------------------
# Quizzes by slug
# ---------------------------------------------------------------------------

BENEFICIARY_LESSON_QUIZZES = {
    "allumer-toucher-cliquer": _QUIZ_ALLUMER_TOUCHER_CLIQUER,
    "le-clavier-lettres-chiffres-arobase": _QUIZ_LE_CLAVIER_LETTRES_CHIFFRES_AROBASE,
    "se-connecter-et-faire-une-recherche": _QUIZ_SE_CONNECTER_ET_FAIRE_UNE_RECHERCHE,
    "creer-et-utiliser-son-adresse-e-mail": _QUIZ_CREER_ET_UTILISER_SON_ADRESSE_E_MAIL,
    "mots-de-passe-et-arnaques": _QUIZ_MOTS_DE_PASSE_ET_ARNAQUES,
    "photographier-un-justificatif-et-l-envoyer": (
        _QUIZ_PHOTOGRAPHIER_UN_JUSTIFICATIF_ET_L_ENVOYER
    ),
    "compte-ameli-puis-franceconnect": _QUIZ_COMPTE_AMELI_PUIS_FRANCECONNECT,
    "espace-caf-ou-france-travail": _QUIZ_ESPACE_CAF_OU_FRANCE_TRAVAIL,
}

PROFESSIONAL_MODULE_QUIZZES = {
    "p1-reperer-et-orienter": _QUIZ_P1_REPERER_ET_ORIENTER,
    "p2-entretien-de-diagnostic": _QUIZ_P2_ENTRETIEN_DE_DIAGNOSTIC,
    "p3-animer-et-accompagner": _QUIZ_P3_ANIMER_ET_ACCOMPAGNER,
    "p4-cadre-legal-et-donnees": _QUIZ_P4_CADRE_LEGAL_ET_DONNEES,
}
