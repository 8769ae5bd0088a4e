"""French demo curriculum: pure data, loaded into Wagtail pages by demo.services.

Two lists of courses, one per audience. Each lesson body is a list of
(block_name, value) pairs matching courses.blocks.LessonStreamBlock; only blocks
that need no uploaded file are used (no image, video or document). Lessons are
module constants, assembled into courses at the bottom of the file.
Every person, address or number in the examples is fictitious.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Beneficiary lessons: Prendre en main son téléphone ou son ordinateur (area 1, devices)
# ---------------------------------------------------------------------------

_ALLUMER_TOUCHER_CLIQUER = {
    "slug": "allumer-toucher-cliquer",
    "title": "Allumer, toucher, cliquer",
    "summary": (
        "Allumer et déverrouiller un téléphone ou un ordinateur, faire les gestes de "
        "base sur l'écran tactile, utiliser la souris et éteindre correctement."
    ),
    "duration": 25,
    "body": [
        ("heading", {"text": "Allumer son téléphone", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Allumer et déverrouiller un téléphone Android",
                "steps": [
                    {
                        "instruction": (
                            "<p>Trouvez le <b>bouton Marche</b>. Il est en général sur "
                            "le côté droit du téléphone.</p>"
                        ),
                        "tip": (
                            "Les autres boutons du même côté servent à régler le "
                            "volume."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez longtemps sur ce bouton, environ trois "
                            "secondes.</p>"
                        ),
                        "tip": (
                            "Rien ne se passe ? La batterie est peut-être vide. "
                            "Branchez le chargeur et attendez un peu."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Attendez que l'écran s'allume. Cela peut prendre une "
                            "minute.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Tapez votre <b>code PIN</b> si le téléphone le "
                            "demande.</p>"
                        ),
                        "tip": (
                            "Le code PIN (code secret à 4 chiffres) est écrit sur un "
                            "support en plastique. Ce support tenait la carte SIM (la "
                            "puce de votre opérateur)."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour déverrouiller, glissez le doigt du bas vers le "
                            "haut de l'écran.</p>"
                        ),
                        "tip": (
                            "Puis tracez un dessin, tapez un code ou touchez le "
                            "capteur."
                        ),
                    },
                ],
            },
        ),
        (
            "glossary_term",
            {
                "term": "Déverrouiller",
                "definition": (
                    "Ouvrir l'accès au téléphone. Quand l'écran est verrouillé, "
                    "personne ne peut utiliser le téléphone à votre place, et il ne "
                    "réagit pas par erreur dans une poche."
                ),
            },
        ),
        ("heading", {"text": "Les gestes sur l'écran tactile", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Un écran <b>tactile</b> réagit quand on le touche avec le doigt. "
                "Il y a quatre gestes à connaître :</p>"
                "<ul>"
                "<li><b>Appuyer</b> : toucher l'écran une fois, brièvement, pour "
                "ouvrir quelque chose.</li>"
                "<li><b>Appui long</b> : garder le doigt posé une ou deux secondes "
                "pour voir plus de choix.</li>"
                "<li><b>Glisser</b> : poser le doigt et le déplacer, pour faire "
                "défiler une page.</li>"
                "<li><b>Pincer</b> : écarter deux doigts pour agrandir, les rapprocher "
                "pour réduire.</li></ul>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Application",
                "definition": (
                    "Un programme installé sur le téléphone ou l'ordinateur, "
                    "représenté par une petite image appelée icône. Par exemple : "
                    "l'appareil photo, les messages, le téléphone. On dit aussi « "
                    "appli »."
                ),
            },
        ),
        ("heading", {"text": "Utiliser la souris d'un ordinateur", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Allumer un ordinateur et utiliser la souris",
                "steps": [
                    {
                        "instruction": (
                            "<p>Appuyez une fois sur le <b>bouton Marche</b> de "
                            "l'ordinateur.</p>"
                        ),
                        "tip": (
                            "Sur un portable, il est au-dessus du clavier. Sur un "
                            "ordinateur fixe, il est sur le boîtier."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Attendez l'écran de connexion. Tapez votre mot de "
                            "passe ou votre code, puis appuyez sur la touche "
                            "<b>Entrée</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Posez la main sur la souris. Faites-la glisser sur la "
                            "table : la flèche bouge à l'écran.</p>"
                        ),
                        "tip": (
                            "Pas de souris ? Faites glisser un doigt sur le pavé "
                            "tactile, sous le clavier."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Placez la flèche sur un élément. Appuyez une fois sur "
                            "le bouton <b>gauche</b> : c'est un <b>clic</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour ouvrir un dossier, appuyez deux fois, vite, sur "
                            "le bouton gauche : c'est un <b>double-clic</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez une fois sur le bouton <b>droit</b> : c'est un "
                            "<b>clic droit</b>. Un petit menu s'ouvre avec d'autres "
                            "choix.</p>"
                        ),
                        "tip": (
                            "Pour fermer ce menu, cliquez à côté ou appuyez sur la "
                            "touche Échap."
                        ),
                    },
                ],
            },
        ),
        (
            "glossary_term",
            {
                "term": "Pavé tactile",
                "definition": (
                    "La petite surface sous le clavier d'un ordinateur portable. Elle "
                    "remplace la souris : on y fait glisser un doigt pour déplacer la "
                    "flèche, et on tape dessus pour cliquer."
                ),
            },
        ),
        ("heading", {"text": "Éteindre correctement", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Éteindre son appareil",
                "steps": [
                    {
                        "instruction": (
                            "<p><b>Téléphone</b> : appuyez longtemps sur le bouton "
                            "Marche, puis appuyez sur <b>Éteindre</b>.</p>"
                        ),
                        "tip": (
                            "Sinon, appuyez en même temps sur le bouton Marche et le "
                            "bouton du son."
                        ),
                    },
                    {
                        "instruction": (
                            "<p><b>Ordinateur Windows</b> : cliquez sur le bouton "
                            "<b>Démarrer</b>, le logo Windows en bas de l'écran.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Cliquez sur le bouton <b>Marche/Arrêt</b>, puis sur "
                            "<b>Arrêter</b>.</p>"
                        ),
                        "tip": (
                            "Ne débranchez pas l'ordinateur pour l'éteindre : vous "
                            "pourriez perdre votre travail."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Attendez que l'écran soit complètement noir.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Un appui <b>court</b> sur le bouton Marche du téléphone ne "
                    "l'éteint pas : il met seulement l'écran en veille. Cela économise "
                    "la batterie. Un nouvel appui court rallume l'écran.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Pour allumer : appui long sur le bouton Marche. Sur l'écran "
                    "tactile : appuyer, appui long, glisser, pincer. Avec la souris : "
                    "clic gauche pour choisir, double-clic pour ouvrir, clic droit "
                    "pour plus de choix.</p>"
                ),
            },
        ),
    ],
}

_LE_CLAVIER_LETTRES_CHIFFRES_AROBASE = {
    "slug": "le-clavier-lettres-chiffres-arobase",
    "title": "Le clavier : lettres, chiffres, @",
    "summary": (
        "Écrire des lettres, des majuscules, des chiffres et le signe @ sur le clavier "
        "du téléphone et sur le clavier d'un ordinateur, et corriger une erreur."
    ),
    "duration": 25,
    "body": [
        (
            "paragraph",
            (
                "<p>Le clavier sert à écrire : un message, une adresse, un mot de "
                "passe. Sur un téléphone, il apparaît à l'écran. Touchez une zone où "
                "l'on peut écrire pour le voir. Sur un ordinateur, c'est l'objet avec "
                "les touches.</p>"
            ),
        ),
        ("heading", {"text": "Le clavier du téléphone", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Écrire sur le téléphone",
                "steps": [
                    {
                        "instruction": (
                            "<p>Appuyez dans la zone où vous voulez écrire, par "
                            "exemple la barre de recherche. Le clavier apparaît en bas "
                            "de l'écran.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur les lettres une par une pour écrire un "
                            "mot.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour une <b>majuscule</b>, appuyez sur la flèche vers "
                            "le haut, puis sur la lettre.</p>"
                        ),
                        "tip": (
                            "Appuyez deux fois sur la flèche pour écrire tout en "
                            "majuscules. Appuyez encore une fois pour arrêter."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour les <b>chiffres</b>, appuyez sur la touche "
                            "<b>?123</b> en bas à gauche.</p>"
                        ),
                        "tip": (
                            "Selon votre téléphone, cette touche s'appelle aussi 123 "
                            "ou !#1. Les chiffres sont parfois déjà sur la rangée du "
                            "haut."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Le signe <b>@</b> se trouve sur cette page de chiffres "
                            "et de symboles. Appuyez dessus.</p>"
                        ),
                        "tip": (
                            "Quand vous écrivez une adresse e-mail, le clavier affiche "
                            "souvent le @ directement."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur la touche <b>ABC</b> (les trois premières "
                            "lettres) pour revenir aux lettres.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour effacer une erreur, appuyez sur la touche avec "
                            "une croix ou une flèche.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "glossary_term",
            {
                "term": "Arobase (@)",
                "definition": (
                    "Le signe @, qui se dit « arobase ». Il se trouve dans toutes les "
                    "adresses e-mail, entre le nom et le fournisseur, par exemple : "
                    "marie.exemple@exemple.fr."
                ),
            },
        ),
        ("heading", {"text": "Le clavier de l'ordinateur", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>En France, le clavier est en général <b>AZERTY</b> (les six "
                "premières lettres en haut). Certaines touches portent deux ou trois "
                "signes. Une autre touche, gardée enfoncée, choisit le signe écrit.</p>"
            ),
        ),
        (
            "guided_steps",
            {
                "title": "Écrire sur l'ordinateur",
                "steps": [
                    {
                        "instruction": (
                            "<p>Cliquez dans la zone où vous voulez écrire. Un petit "
                            "trait clignote : c'est là que le texte va s'écrire.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour une majuscule, gardez le doigt sur la touche "
                            "<b>Maj</b> (une flèche vers le haut). Puis appuyez sur la "
                            "lettre.</p>"
                        ),
                        "tip": (
                            "La touche Verr. Maj (un cadenas ou une flèche, à gauche) "
                            "écrit tout en majuscules. Appuyez de nouveau dessus pour "
                            "arrêter."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour un chiffre de la rangée du haut, gardez le doigt "
                            "sur <b>Maj</b>. Puis appuyez sur le chiffre.</p>"
                        ),
                        "tip": (
                            "Sans la touche Maj, ces touches écrivent des signes comme "
                            "&, é ou (. Certains claviers ont aussi des chiffres à "
                            "droite."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour le <b>@</b>, gardez le doigt sur la touche <b>Alt "
                            "Gr</b>. Elle est à droite de la barre d'espace. Puis "
                            "appuyez sur la touche <b>à</b>, celle du chiffre 0.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour effacer une lettre, appuyez sur la touche "
                            "<b>Retour arrière</b>. C'est une grande flèche vers la "
                            "gauche, en haut à droite.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur <b>Entrée</b> pour valider ou pour aller à "
                            "la ligne.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "glossary_term",
            {
                "term": "Touche Alt Gr",
                "definition": (
                    "Une touche à droite de la barre d'espace. On la garde enfoncée "
                    "pour écrire le troisième signe d'une touche, comme @, € ou #."
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Pour vous entraîner, ouvrez le Bloc-notes ou une application "
                    "de notes. Écrivez votre prénom avec une majuscule, la date du "
                    "jour en chiffres, puis l'adresse d'exemple "
                    "<b>marie.exemple@exemple.fr</b>.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Téléphone : la flèche pour les majuscules, la touche "
                    "<b>?123</b> pour les chiffres et le @. Ordinateur : <b>Maj</b> "
                    "pour les majuscules et les chiffres du haut, <b>Alt Gr + à</b> "
                    "pour le @.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary lessons: Naviguer sur internet (area 2, browsing)
# ---------------------------------------------------------------------------

_SE_CONNECTER_ET_FAIRE_UNE_RECHERCHE = {
    "slug": "se-connecter-et-faire-une-recherche",
    "title": "Se connecter et faire une recherche",
    "summary": (
        "Se connecter au Wi-Fi ou aux données mobiles, ouvrir le navigateur, taper une "
        "recherche, repérer les résultats sponsorisés, ouvrir un résultat et revenir "
        "en arrière."
    ),
    "duration": 35,
    "body": [
        ("heading", {"text": "Se connecter à internet", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Un téléphone va sur internet de deux façons. Il y a le "
                "<b>Wi-Fi</b> : la box de la maison ou celle d'un lieu public. Il y a "
                "aussi les <b>données mobiles</b> : votre forfait téléphone. Le Wi-Fi "
                "n'utilise pas votre forfait.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Wi-Fi",
                "definition": (
                    "Une connexion à internet sans fil, dans un lieu précis : chez "
                    "vous grâce à la box, ou dans une médiathèque, une gare, un café. "
                    "Il faut souvent un mot de passe, appelé clé Wi-Fi."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Se connecter à un réseau Wi-Fi sur Android",
                "steps": [
                    {
                        "instruction": (
                            "<p>Ouvrez l'application <b>Paramètres</b>, l'icône en "
                            "forme de roue dentée.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur <b>Réseau et Internet</b> ou sur "
                            "<b>Connexions</b>, selon votre téléphone, puis sur "
                            "<b>Wi-Fi</b>.</p>"
                        ),
                    },
                    {"instruction": "<p>Activez le Wi-Fi s'il est désactivé.</p>"},
                    {
                        "instruction": (
                            "<p>Appuyez sur le nom du réseau que vous voulez "
                            "utiliser.</p>"
                        ),
                        "tip": (
                            "Le nom de votre box et sa clé Wi-Fi sont écrits sur une "
                            "étiquette, sous la box."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Tapez le mot de passe du réseau, puis appuyez sur "
                            "<b>Se connecter</b>.</p>"
                        ),
                        "tip": (
                            "Respectez les majuscules et les minuscules : la clé Wi-Fi "
                            "doit être tapée exactement."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Vérifiez que le symbole du Wi-Fi, en forme d'éventail, "
                            "apparaît en haut de l'écran.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Pas de Wi-Fi ? Faites glisser votre doigt du haut de l'écran "
                    "vers le bas, puis appuyez sur <b>Données mobiles</b> pour les "
                    "activer. Selon votre téléphone, ce bouton s'appelle aussi "
                    "<b>Internet</b> ou <b>Données</b>.</p>"
                ),
            },
        ),
        ("heading", {"text": "Faire une recherche", "level": "h2"}),
        (
            "glossary_term",
            {
                "term": "Navigateur",
                "definition": (
                    "Le logiciel qui sert à aller sur internet et à afficher les "
                    "sites. Les plus courants sont Chrome, Firefox, Edge et Safari."
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "Moteur de recherche",
                "definition": (
                    "Un site qui cherche pour vous parmi des millions de pages "
                    "internet, par exemple Google, Bing ou Qwant. Il affiche une liste "
                    "de résultats."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Chercher une information",
                "steps": [
                    {
                        "instruction": (
                            "<p>Ouvrez le navigateur : touchez l'icône <b>Chrome</b>, "
                            "ou cliquez dessus sur l'ordinateur.</p>"
                        ),
                        "tip": (
                            "Sur Windows, il peut aussi s'appeler Edge : une vague "
                            "bleue et verte."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur la barre en haut de la page, celle où l'on "
                            "peut écrire.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Tapez quelques mots simples, par exemple : <i>horaires "
                            "mairie</i> suivi du nom de votre ville.</p>"
                        ),
                        "tip": (
                            "Pas besoin de faire une phrase. Deux ou trois mots "
                            "importants suffisent."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur la touche <b>Entrée</b> ou sur la loupe "
                            "pour lancer la recherche.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Lisez la liste des résultats : chacun a un titre, "
                            "l'adresse du site et quelques lignes de texte.</p>"
                        ),
                    },
                ],
            },
        ),
        ("heading", {"text": "Reconnaître les publicités", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Les premiers résultats sont souvent des <b>publicités</b> : une "
                "entreprise a payé pour apparaître en haut. Elles portent la mention "
                "<b>Sponsorisé</b> ou <b>Annonce</b>. Ce ne sont pas forcément les "
                "meilleures réponses.</p>"
                "<p>Pour une démarche administrative, choisissez le site officiel de "
                "l'organisme ou un site dont l'adresse se termine par <b>.gouv.fr</b>. "
                "Certains sites font payer une démarche qui est gratuite sur le site "
                "officiel.</p>"
            ),
        ),
        (
            "guided_steps",
            {
                "title": "Ouvrir un résultat et revenir",
                "steps": [
                    {
                        "instruction": (
                            "<p>Appuyez sur le <b>titre</b> d'un résultat qui n'est "
                            "pas sponsorisé.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Lisez la page. Faites glisser votre doigt vers le haut "
                            "pour descendre dans la page.</p>"
                        ),
                        "tip": (
                            "Sur l'ordinateur, utilisez la molette de la souris pour "
                            "descendre."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour revenir aux résultats, appuyez sur la flèche "
                            "<b>Retour</b>.</p>"
                        ),
                        "tip": (
                            "Sur le téléphone, c'est une flèche en bas de l'écran. Ou "
                            "bien glissez le doigt depuis le bord de l'écran. Sur "
                            "l'ordinateur, c'est la flèche en haut à gauche."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ouvrez un autre résultat si le premier ne répond pas à "
                            "votre question.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Wi-Fi ou données mobiles pour se connecter. Quelques mots dans "
                    "la barre de recherche. Méfiez-vous des résultats "
                    "<b>Sponsorisé</b>. La flèche <b>Retour</b> vous ramène à la "
                    "liste.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary lessons: Communiquer par e-mail (area 3, e-mail)
# ---------------------------------------------------------------------------

_CREER_ET_UTILISER_SON_ADRESSE_E_MAIL = {
    "slug": "creer-et-utiliser-son-adresse-e-mail",
    "title": "Créer et utiliser son adresse e-mail",
    "summary": (
        "Choisir un fournisseur et une adresse, créer un mot de passe solide, lire, "
        "écrire et envoyer un e-mail, et vérifier le dossier des spams."
    ),
    "duration": 40,
    "body": [
        (
            "paragraph",
            (
                "<p>Une adresse e-mail ressemble à ceci : "
                "<b>marie.exemple@exemple.fr</b>. Avant le @, il y a votre nom. Après "
                "le @, il y a le nom du fournisseur. Elle est personnelle : ne "
                "partagez pas votre boîte avec quelqu'un d'autre.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Adresse e-mail",
                "definition": (
                    "Votre adresse sur internet pour recevoir et envoyer des messages, "
                    "appelés e-mails, mails ou courriels. Elle contient toujours un @ "
                    "et jamais d'espace."
                ),
            },
        ),
        ("heading", {"text": "Choisir un fournisseur et une adresse", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Plusieurs <b>fournisseurs</b> proposent une adresse gratuite, par "
                "exemple Gmail (de Google) ou Outlook (de Microsoft). Si vous avez un "
                "téléphone Android, vous avez souvent déjà un compte Google, donc une "
                "adresse Gmail.</p>"
                "<p>Choisissez une adresse simple, avec votre prénom et votre nom, "
                "sans surnom. Vous la donnerez à des administrations et à des "
                "employeurs.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Identifiant",
                "definition": (
                    "Le nom qui permet à un site de vous reconnaître quand vous vous "
                    "connectez. Pour une boîte e-mail, l'identifiant est en général "
                    "l'adresse e-mail elle-même."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Créer son adresse e-mail",
                "steps": [
                    {
                        "instruction": (
                            "<p>Dans le navigateur, allez sur le site du fournisseur "
                            "choisi et appuyez sur <b>Créer un compte</b>.</p>"
                        ),
                        "tip": (
                            "Sur le téléphone, vous pouvez aussi créer un compte "
                            "Google dans les Paramètres."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Tapez votre prénom, votre nom et votre date de "
                            "naissance, comme demandé.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Choisissez votre adresse. Si elle est déjà prise, "
                            "ajoutez un point ou un chiffre, par exemple "
                            "<i>marie.exemple2</i>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Créez un <b>mot de passe solide</b>, puis tapez-le une "
                            "deuxième fois pour confirmer.</p>"
                        ),
                        "tip": (
                            "Lisez l'encadré ci-dessous pour choisir un bon mot de "
                            "passe."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ajoutez un numéro de téléphone ou une adresse de "
                            "secours si on vous le propose.</p>"
                        ),
                        "tip": (
                            "Cela vous permettra de récupérer votre compte si vous "
                            "oubliez le mot de passe."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Lisez les conditions, puis acceptez-les. Votre boîte "
                            "e-mail s'ouvre.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Notez votre adresse et votre mot de passe sur un "
                            "carnet, rangé chez vous dans un endroit sûr.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Un <b>mot de passe solide</b> est long : au moins 12 "
                    "caractères. Le plus simple est d'enchaîner plusieurs mots sans "
                    "lien entre eux, avec un chiffre, par exemple "
                    "<i>Tortue-Parapluie-Carotte-7</i> (c'est un exemple : ne "
                    "l'utilisez pas). Évitez votre date de naissance ou le prénom d'un "
                    "proche.</p>"
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "Mot de passe",
                "definition": (
                    "Un code secret, choisi par vous, qui protège votre compte. "
                    "Personne d'autre ne doit le connaître : ni un proche, ni un "
                    "conseiller."
                ),
            },
        ),
        ("heading", {"text": "Lire, écrire et envoyer", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Lire et envoyer un e-mail",
                "steps": [
                    {
                        "instruction": (
                            "<p>Ouvrez votre boîte e-mail. Les nouveaux messages sont "
                            "en haut de la liste, souvent en gras.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur un message pour le lire, puis sur la "
                            "flèche <b>Retour</b> pour revenir à la liste.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour écrire, appuyez sur <b>Nouveau message</b>, "
                            "souvent un bouton avec un crayon.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Dans la case <b>À</b>, tapez l'adresse de la personne, "
                            "sans espace.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Dans la case <b>Objet</b>, écrivez le sujet du message "
                            "en quelques mots.</p>"
                        ),
                        "tip": (
                            "Par exemple : Demande de rendez-vous. Un objet clair aide "
                            "la personne à trouver votre message."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Écrivez votre message dans la grande zone en dessous, "
                            "puis appuyez sur <b>Envoyer</b>, souvent une flèche.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Plus tard, vous pourrez aussi joindre un document à un e-mail, "
                    "comme une photo ou un PDF, avec le bouton en forme de trombone. "
                    "Le cours <b>Gérer ses documents</b> vous montre comment faire.</p>"
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "Spam",
                "definition": (
                    "Un message indésirable : publicité non demandée, arnaque. La "
                    "boîte e-mail les range dans un dossier à part, appelé Spam ou "
                    "Courrier indésirable."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Vérifier le dossier des spams",
                "steps": [
                    {
                        "instruction": (
                            "<p>Ouvrez le menu de votre boîte e-mail : les trois "
                            "traits en haut à gauche.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur <b>Spam</b> ou sur <b>Courrier "
                            "indésirable</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Un message que vous attendiez est là ? Ouvrez-le. "
                            "Appuyez sur le bouton qui dit que ce n'est <b>pas un "
                            "spam</b>.</p>"
                        ),
                        "tip": (
                            "Le message retourne dans la boîte de réception. Les "
                            "suivants du même expéditeur y arriveront aussi."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ne cliquez sur aucun lien dans les autres messages de "
                            "ce dossier.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Une adresse simple, à votre nom. Un mot de passe long, connu "
                    "de vous seul. Regardez le dossier <b>Spam</b> de temps en temps : "
                    "un message important peut s'y trouver.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary lessons: Se protéger en ligne (area 5, safety)
# ---------------------------------------------------------------------------

_MOTS_DE_PASSE_ET_ARNAQUES = {
    "slug": "mots-de-passe-et-arnaques",
    "title": "Mots de passe et arnaques",
    "summary": (
        "Créer des mots de passe solides, reconnaître les messages frauduleux (faux "
        "colis, CPF, faux remboursement Ameli) et savoir réagir : ne pas cliquer, "
        "signaler, appeler l'organisme."
    ),
    "duration": 35,
    "body": [
        ("heading", {"text": "Des mots de passe solides", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Un bon mot de passe est avant tout <b>long</b>. Une <b>phrase de "
                "passe</b>, faite de plusieurs mots, est facile à retenir et difficile "
                "à deviner.</p>"
                "<p>Utilisez <b>un mot de passe différent pour chaque site</b>. Si un "
                "site se fait voler ses données, les voleurs ne pourront pas ouvrir "
                "vos autres comptes.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Phrase de passe",
                "definition": (
                    "Un mot de passe fait de plusieurs mots, par exemple quatre mots "
                    "sans lien entre eux, séparés par des tirets. Il est long, donc "
                    "solide, et plus facile à retenir qu'un mélange de signes."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Fabriquer une phrase de passe",
                "steps": [
                    {
                        "instruction": (
                            "<p>Choisissez quatre mots sans lien entre eux, qui ne "
                            "parlent pas de vous.</p>"
                        ),
                        "tip": (
                            "Évitez les prénoms, les dates de naissance, le nom de "
                            "votre ville ou de votre animal."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Mettez-les bout à bout, avec un tiret entre chaque "
                            "mot.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ajoutez une majuscule et un chiffre, par exemple : "
                            "<i>Citron-Nuage-Velo-Piano-4</i>. C'est un exemple : ne "
                            "le réutilisez pas.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour chaque nouveau site, fabriquez une autre phrase "
                            "de passe.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Notez-les dans un carnet rangé chez vous. Jamais sur "
                            "un papier collé au téléphone ou à l'ordinateur.</p>"
                        ),
                        "tip": (
                            "Une application peut aussi retenir vos mots de passe pour "
                            "vous. Demandez conseil à un conseiller numérique."
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p><b>Ne donnez jamais un code reçu par SMS</b> à quelqu'un qui "
                    "vous appelle ou vous écrit, même s'il dit être votre banque, la "
                    "police ou un conseiller. Ce code sert à valider un paiement ou à "
                    "ouvrir votre compte. Un vrai organisme ne vous le demande "
                    "jamais.</p>"
                ),
            },
        ),
        ("heading", {"text": "Reconnaître une arnaque", "level": "h2"}),
        (
            "glossary_term",
            {
                "term": "Hameçonnage",
                "definition": (
                    "Une arnaque par e-mail, SMS ou téléphone. Le message imite un "
                    "organisme connu pour vous faire cliquer sur un lien, donner vos "
                    "codes ou payer. On dit aussi « phishing »."
                ),
            },
        ),
        (
            "paragraph",
            (
                "<p>Ces signes doivent vous alerter :</p><ul><li><b>L'urgence</b> : « "
                "dernier rappel », « compte bloqué sous 24 heures ».</li><li><b>Un "
                "faux expéditeur</b> : le nom semble officiel, mais l'adresse ou le "
                "lien ne va pas avec.</li><li><b>Un colis en attente</b> : on vous "
                "demande quelques euros pour le recevoir.</li><li><b>Le CPF</b> "
                "(compte personnel de formation) : on dit que vos droits vont "
                "disparaître.</li><li><b>Un faux remboursement Ameli</b> : on vous "
                "demande votre carte bancaire pour vous payer.</li><li>Une demande de "
                "<b>code</b>, de <b>mot de passe</b> ou de <b>numéro de carte "
                "bancaire</b>.</li></ul>"
            ),
        ),
        ("heading", {"text": "Que faire face à un message douteux ?", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Réagir à un message douteux",
                "steps": [
                    {
                        "instruction": (
                            "<p><b>Ne cliquez pas</b> sur le lien et ne répondez pas "
                            "au message.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour un SMS douteux, transférez-le au <b>33700</b>. "
                            "C'est gratuit.</p>"
                        ),
                        "tip": (
                            "Faites un appui long sur le message, appuyez sur "
                            "Transférer, puis tapez 33700 comme destinataire. Selon "
                            "votre téléphone, Transférer se trouve dans le menu à "
                            "trois points."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour un e-mail douteux, signalez-le sur le site "
                            "<b>signal-spam.fr</b>, puis supprimez-le.</p>"
                        ),
                        "tip": (
                            "Il faut d'abord créer un compte gratuit sur ce site. "
                            "Votre boîte e-mail a aussi un bouton pour signaler un "
                            "faux message."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>En cas de doute, appelez vous-même l'organisme, avec "
                            "le numéro écrit sur son <b>site officiel</b> ou sur vos "
                            "courriers. N'utilisez jamais le numéro donné dans le "
                            "message.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Vous avez donné votre numéro de carte bancaire ? "
                            "Appelez tout de suite votre banque pour bloquer la "
                            "carte.</p>"
                        ),
                        "tip": (
                            "Vous avez donné un mot de passe ? Changez-le vite. Allez "
                            "vous-même sur le vrai site."
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Le site officiel <b>cybermalveillance.gouv.fr</b> explique les "
                    "arnaques courantes et vous guide si vous en êtes victime.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Une phrase de passe longue, différente pour chaque site. "
                    "Jamais de code donné à quelqu'un. Devant un message pressant : on "
                    "ne clique pas, on signale (<b>33700</b> pour les SMS, "
                    "<b>signal-spam.fr</b> pour les e-mails) et on appelle l'organisme "
                    "avec le numéro de son site officiel.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary lessons: Gérer ses documents (area 6, documents)
# ---------------------------------------------------------------------------

_PHOTOGRAPHIER_UN_JUSTIFICATIF_ET_L_ENVOYER = {
    "slug": "photographier-un-justificatif-et-l-envoyer",
    "title": "Photographier un justificatif et l'envoyer",
    "summary": (
        "Prendre une photo lisible d'un document ou le numériser en PDF, lui donner un "
        "nom clair, l'envoyer en pièce jointe ou le déposer sur un site, puis effacer "
        "les photos sensibles."
    ),
    "duration": 30,
    "body": [
        ("heading", {"text": "Prendre une bonne photo", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Photographier un document",
                "steps": [
                    {
                        "instruction": (
                            "<p>Posez le document <b>à plat</b> sur une table, si "
                            "possible sur un fond uni et foncé.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Installez-vous près d'une fenêtre ou sous une lampe. "
                            "Évitez l'ombre de votre main ou du téléphone.</p>"
                        ),
                        "tip": (
                            "Le flash fait souvent un reflet blanc sur le papier : "
                            "essayez sans."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ouvrez l'application <b>Appareil photo</b>. Tenez le "
                            "téléphone bien au-dessus du document, à plat, parallèle à "
                            "la table.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Cadrez la <b>page entière</b> : les quatre coins "
                            "doivent être visibles.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Touchez l'écran au milieu du document pour faire la "
                            "mise au point, puis appuyez sur le gros bouton rond.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ouvrez la photo et agrandissez-la avec deux doigts : "
                            "vérifiez que tout le texte se lit.</p>"
                        ),
                        "tip": "Si un mot est flou ou coupé, reprenez la photo.",
                    },
                ],
            },
        ),
        ("heading", {"text": "Numériser en PDF", "level": "h2"}),
        (
            "glossary_term",
            {
                "term": "Numériser",
                "definition": (
                    "Transformer un document papier en fichier sur le téléphone ou "
                    "l'ordinateur. On dit aussi « scanner »."
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "PDF",
                "definition": (
                    "Un format de fichier pour les documents. Il s'affiche de la même "
                    "façon sur tous les appareils. Beaucoup de sites demandent les "
                    "justificatifs en PDF."
                ),
            },
        ),
        (
            "paragraph",
            (
                "<p>Un outil de <b>numérisation</b> fait mieux qu'une simple photo : "
                "il redresse la page, coupe les bords et crée un PDF. Plusieurs pages "
                "peuvent aller dans un seul fichier.</p>"
                "<p>Selon votre téléphone, cet outil se trouve dans l'appareil photo "
                "ou dans une application. Sur Android, l'application <b>Google "
                "Drive</b> en propose un.</p>"
            ),
        ),
        (
            "guided_steps",
            {
                "title": "Numériser avec Google Drive sur Android",
                "steps": [
                    {"instruction": "<p>Ouvrez l'application <b>Google Drive</b>.</p>"},
                    {
                        "instruction": (
                            "<p>Appuyez sur le bouton <b>+</b> en bas à droite, puis "
                            "sur <b>Numériser</b>.</p>"
                        ),
                        "tip": (
                            "Selon la version, une icône d'appareil photo, en bas à "
                            "droite, lance directement la numérisation."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Cadrez le document et prenez la photo. Vérifiez le "
                            "résultat et recadrez si besoin.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour un document de plusieurs pages, ajoutez la page "
                            "suivante avec le bouton prévu.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Appuyez sur <b>Terminé</b> ou <b>Enregistrer</b>, "
                            "selon la version, puis donnez un nom clair au fichier.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Un nom clair aide tout le monde : le type de document, votre "
                    "nom, la date. Par exemple : "
                    "<b>quittance-loyer-exemple-2025-03.pdf</b>. Évitez les noms comme "
                    "<i>IMG_20250312.jpg</i>.</p>"
                ),
            },
        ),
        ("heading", {"text": "Envoyer le document", "level": "h2"}),
        (
            "glossary_term",
            {
                "term": "Pièce jointe",
                "definition": (
                    "Un fichier, comme une photo ou un PDF, attaché à un e-mail. On "
                    "l'ajoute avec le bouton en forme de trombone."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Envoyer en pièce jointe ou déposer sur un site",
                "steps": [
                    {
                        "instruction": (
                            "<p><b>Par e-mail</b> : écrivez un nouveau message, puis "
                            "appuyez sur le <b>trombone</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Choisissez le fichier dans la liste. Attendez qu'il "
                            "apparaisse dans le message, puis envoyez.</p>"
                        ),
                        "tip": (
                            "Vérifiez le nom du fichier joint : est-ce bien le bon "
                            "document ?"
                        ),
                    },
                    {
                        "instruction": (
                            "<p><b>Sur un site</b> : cherchez le bouton <b>Ajouter un "
                            "fichier</b>, <b>Parcourir</b> ou <b>Téléverser</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Choisissez le fichier, vérifiez qu'il s'affiche sur la "
                            "page, puis validez.</p>"
                        ),
                        "tip": (
                            "Les sites acceptent souvent un PDF ou une photo JPG (le "
                            "format des photos), pas trop lourds. Un refus ? Le "
                            "message dit pourquoi."
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Une photo de pièce d'identité, de RIB ou de carte Vitale est "
                    "<b>sensible</b>. Après l'envoi, supprimez-la du téléphone. Pensez "
                    "aussi à vider la <b>Corbeille</b> de votre galerie photo, si "
                    "votre téléphone en a une.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>À plat, à la lumière, la page entière, le texte lisible. Un "
                    "PDF avec un nom clair. Le trombone pour un e-mail, le bouton "
                    "<b>Ajouter un fichier</b> sur un site. Puis on supprime les "
                    "photos sensibles.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Beneficiary lessons: Faire ses démarches en ligne (area 4, online procedures)
# ---------------------------------------------------------------------------

_COMPTE_AMELI_PUIS_FRANCECONNECT = {
    "slug": "compte-ameli-puis-franceconnect",
    "title": "Compte Ameli puis FranceConnect",
    "summary": (
        "Créer votre compte Ameli avec votre numéro de sécurité sociale et le code "
        "provisoire reçu par courrier, puis l'utiliser pour entrer sur d'autres sites "
        "avec FranceConnect."
    ),
    "duration": 40,
    "body": [
        (
            "paragraph",
            (
                "<p>Le <b>compte Ameli</b> est votre espace en ligne à l'Assurance "
                "Maladie. Vous y suivez vos remboursements, vous y téléchargez une "
                "attestation de droits et vous y écrivez à votre caisse. Il sert aussi "
                "de clé pour entrer sur d'autres sites publics.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Numéro de sécurité sociale",
                "definition": (
                    "Votre numéro personnel à l'Assurance Maladie, écrit sur votre "
                    "carte Vitale. Il compte 13 chiffres, suivis d'une clé de 2 "
                    "chiffres. Il est confidentiel : ne le tapez que sur les sites "
                    "officiels."
                ),
            },
        ),
        ("heading", {"text": "Créer son compte Ameli", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Créer son compte Ameli",
                "steps": [
                    {
                        "instruction": (
                            "<p>Dans le navigateur, tapez <b>ameli.fr</b> et ouvrez le "
                            "site. Vérifiez l'adresse dans la barre du haut.</p>"
                        ),
                        "tip": (
                            "Vous pouvez aussi installer l'application ameli sur votre "
                            "téléphone. Les étapes sont proches."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ouvrez l'accès au <b>compte ameli</b>, puis choisissez "
                            "<b>Créer mon compte</b>.</p>"
                        ),
                        "tip": (
                            "Les intitulés des boutons changent parfois un peu. "
                            "Cherchez les mots « compte » et « créer »."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Tapez votre <b>numéro de sécurité sociale</b> en le "
                            "recopiant depuis votre carte Vitale.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Complétez les informations demandées, comme votre date "
                            "de naissance et votre code postal.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Demandez à recevoir un <b>code provisoire par "
                            "courrier</b>. Il arrive chez vous en quelques jours.</p>"
                        ),
                        "tip": (
                            "Selon votre situation, le site peut proposer une autre "
                            "façon de vérifier votre identité. Suivez ce qui s'affiche "
                            "à l'écran."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Le courrier est arrivé ? Retournez sur ameli.fr. Tapez "
                            "votre numéro de sécurité sociale et ce code.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Choisissez votre mot de passe définitif, solide et "
                            "connu de vous seul. Ajoutez votre adresse e-mail si le "
                            "site la demande.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "glossary_term",
            {
                "term": "Code provisoire",
                "definition": (
                    "Un code temporaire envoyé par courrier, à votre adresse, pour "
                    "prouver que c'est bien vous. Il sert à votre première connexion. "
                    "Ensuite, vous choisissez votre propre mot de passe."
                ),
            },
        ),
        (
            "heading",
            {"text": "Entrer sur d'autres sites avec FranceConnect", "level": "h2"},
        ),
        (
            "glossary_term",
            {
                "term": "FranceConnect",
                "definition": (
                    "Un service de l'État qui vous permet d'entrer sur de nombreux "
                    "sites publics avec un compte que vous avez déjà, par exemple "
                    "votre compte Ameli ou impots.gouv. Vous n'avez pas besoin de "
                    "créer un nouveau mot de passe pour chaque site."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Utiliser FranceConnect avec son compte Ameli",
                "steps": [
                    {
                        "instruction": (
                            "<p>Sur le site où vous voulez entrer, cherchez le bouton "
                            "bleu <b>S'identifier avec FranceConnect</b> et appuyez "
                            "dessus.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Une page FranceConnect s'ouvre avec plusieurs comptes "
                            "possibles. Choisissez <b>l'Assurance Maladie</b> "
                            "(ameli).</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Tapez votre numéro de sécurité sociale et votre mot de "
                            "passe Ameli.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Vérifiez les informations affichées, comme votre nom "
                            "et votre date de naissance, puis validez.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Vous revenez sur le site de départ, déjà connecté. "
                            "Faites votre démarche.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>À la fin, appuyez sur <b>Se déconnecter</b>, surtout "
                            "sur un ordinateur partagé.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Si un e-mail ou un SMS vous demande de vous connecter à votre "
                    "compte Ameli par un lien, c'est peut-être une arnaque. Ne cliquez "
                    "pas : tapez vous-même <b>ameli.fr</b> dans le navigateur.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Certaines démarches sensibles demandent <b>FranceConnect+</b>, "
                    "un niveau de sécurité plus élevé. Il faut alors une identité "
                    "numérique renforcée, par exemple l'application France Identité "
                    "avec une carte d'identité au nouveau format. Un conseiller "
                    "numérique peut vous aider à l'installer.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Compte Ameli : numéro de sécurité sociale et code provisoire "
                    "reçu par courrier, puis votre propre mot de passe. Ensuite, le "
                    "bouton <b>S'identifier avec FranceConnect</b> vous ouvre d'autres "
                    "sites publics avec ce même compte.</p>"
                ),
            },
        ),
    ],
}

_ESPACE_CAF_OU_FRANCE_TRAVAIL = {
    "slug": "espace-caf-ou-france-travail",
    "title": "Espace CAF ou France Travail",
    "summary": (
        "Vous connecter à votre compte CAF pour faire votre déclaration trimestrielle "
        "et télécharger une attestation, et à votre espace France Travail pour vous "
        "actualiser et lire vos messages."
    ),
    "duration": 40,
    "body": [
        (
            "paragraph",
            (
                "<p>Vous avez peut-être un compte à la <b>CAF</b> (Caisse "
                "d'allocations familiales), un espace à <b>France Travail</b>, ou les "
                "deux. Ces sites vous demandent souvent de dire où vous en êtes. Un "
                "oubli peut retarder ou bloquer vos paiements.</p>"
            ),
        ),
        ("heading", {"text": "Votre compte CAF", "level": "h2"}),
        (
            "glossary_term",
            {
                "term": "Numéro allocataire",
                "definition": (
                    "Votre numéro de dossier à la CAF. Il est écrit sur les courriers "
                    "et les attestations de la CAF. Il peut vous servir d'identifiant "
                    "pour vous connecter à « Mon Compte » sur caf.fr."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Se connecter à son compte CAF",
                "steps": [
                    {
                        "instruction": (
                            "<p>Dans le navigateur, tapez <b>caf.fr</b>, puis appuyez "
                            "sur <b>Mon Compte</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Tapez votre identifiant : votre <b>numéro "
                            "allocataire</b> ou votre numéro de sécurité sociale, "
                            "selon ce que le site demande.</p>"
                        ),
                    },
                    {
                        "instruction": "<p>Tapez votre mot de passe, puis validez.</p>",
                        "tip": (
                            "Vous pouvez aussi utiliser le bouton FranceConnect. Mot "
                            "de passe oublié ? Utilisez le lien prévu sur la page de "
                            "connexion."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Sur l'accueil de votre compte, lisez les messages et "
                            "les démarches à faire.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "glossary_term",
            {
                "term": "Déclaration trimestrielle",
                "definition": (
                    "La déclaration de vos ressources (salaires, indemnités, "
                    "pensions…) à faire tous les trois mois si vous touchez le RSA ou "
                    "la prime d'activité. La CAF calcule vos droits à partir de ces "
                    "montants."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Faire sa déclaration trimestrielle",
                "steps": [
                    {
                        "instruction": (
                            "<p>Attendez le message de la CAF qui vous indique que "
                            "votre déclaration est disponible.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Dans votre compte, ouvrez la déclaration trimestrielle "
                            "proposée sur l'accueil ou dans la rubrique des "
                            "déclarations.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour chaque mois, indiquez ou vérifiez les montants "
                            "reçus par chaque personne du foyer.</p>"
                        ),
                        "tip": (
                            "Certains montants peuvent être déjà remplis. Vérifiez-les "
                            "avec vos fiches de paie et vos relevés avant de valider."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Validez la déclaration, puis enregistrez ou notez la "
                            "confirmation.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "guided_steps",
            {
                "title": "Télécharger une attestation CAF",
                "steps": [
                    {
                        "instruction": (
                            "<p>Dans votre compte, ouvrez la rubrique des "
                            "<b>attestations</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Choisissez l'attestation demandée, par exemple une "
                            "attestation de paiement ou de quotient familial.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Téléchargez-la en PDF (un fichier qui garde la page "
                            "telle quelle). Donnez-lui un nom clair.</p>"
                        ),
                    },
                ],
            },
        ),
        ("heading", {"text": "Votre espace France Travail", "level": "h2"}),
        (
            "glossary_term",
            {
                "term": "Actualisation",
                "definition": (
                    "La déclaration mensuelle de votre situation à France Travail : "
                    "avez-vous travaillé, été en formation ou en arrêt maladie ? Elle "
                    "est obligatoire pour rester inscrit et pour être indemnisé."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "S'actualiser chaque mois",
                "steps": [
                    {
                        "instruction": (
                            "<p>Tapez <b>francetravail.fr</b> dans le navigateur. "
                            "Ouvrez votre <b>espace personnel</b> avec votre "
                            "identifiant et votre mot de passe.</p>"
                        ),
                        "tip": (
                            "Vous pouvez aussi passer par FranceConnect, ou par "
                            "l'appli de France Travail."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Entre le <b>28 du mois</b> et le <b>15 du mois "
                            "suivant</b>, ouvrez la rubrique <b>M'actualiser</b>.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Répondez à chaque question sur le mois écoulé : "
                            "travail, formation, arrêt maladie, recherche d'emploi.</p>"
                        ),
                        "tip": (
                            "Vous avez travaillé ? Gardez vos fiches de paie près de "
                            "vous. On vous demande les heures et le salaire brut."
                        ),
                    },
                    {"instruction": "<p>Relisez le récapitulatif, puis validez.</p>"},
                    {
                        "instruction": (
                            "<p>Enregistrez ou notez la confirmation "
                            "d'actualisation.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "guided_steps",
            {
                "title": "Lire les messages de votre conseiller",
                "steps": [
                    {
                        "instruction": (
                            "<p>Dans votre espace personnel, ouvrez la rubrique des "
                            "<b>messages</b> ou des échanges avec votre conseiller.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Lisez les nouveaux messages : une convocation ou une "
                            "proposition de rendez-vous peut s'y trouver.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Pour répondre, utilisez le bouton prévu dans la "
                            "messagerie. Restez bref et précis.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Notez les dates dans un agenda : la déclaration trimestrielle "
                    "pour la CAF, l'actualisation entre le 28 et le 15 pour France "
                    "Travail. Si vous ne pouvez pas le faire en ligne, contactez votre "
                    "organisme ou un espace France Services avant la date limite.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>CAF : <b>Mon Compte</b> sur caf.fr, la déclaration "
                    "trimestrielle si vous touchez le RSA ou la prime d'activité, les "
                    "attestations à télécharger. France Travail : l'actualisation "
                    "chaque mois entre le 28 et le 15, et les messages à lire "
                    "régulièrement.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Professional lessons: P1
# ---------------------------------------------------------------------------

_REPERER_LES_SIGNES = {
    "slug": "reperer-les-signes",
    "title": "Repérer les signes de difficulté",
    "summary": (
        "Reconnaître, au fil d'un entretien ou d'un échange ordinaire, les signes qui "
        "montrent qu'une personne a du mal avec le numérique, et identifier le frein "
        "principal."
    ),
    "duration": 25,
    "body": [
        (
            "paragraph",
            (
                "<p>La difficulté numérique se dit rarement. Beaucoup de personnes la "
                "cachent, par gêne, ou parce qu'un proche fait les démarches à leur "
                "place. Le rôle du relais est de la <b>repérer</b> au fil des "
                "échanges, sans en faire un examen.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Précarité numérique",
                "definition": (
                    "La situation d'une personne qui ne peut pas utiliser les outils "
                    "numériques de façon autonome, faute d'équipement, de connexion, "
                    "de compétences ou de confiance. Avec la dématérialisation des "
                    "démarches, elle peut freiner l'accès aux droits."
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "Illectronisme",
                "definition": (
                    "La difficulté, voire l'incapacité, à utiliser les appareils "
                    "numériques et internet, par manque de compétences ou d'accès. Le "
                    "mot est formé sur le modèle d'« illettrisme »."
                ),
            },
        ),
        ("heading", {"text": "Les signes à repérer", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul>"
                "<li>La personne <b>demande à d'autres</b> de faire ses démarches : un "
                "enfant, un voisin, un agent d'accueil.</li>"
                "<li>Elle arrive avec des <b>courriers papier restés sans réponse</b>, "
                "ou des relances pour une démarche qui devait se faire en ligne.</li>"
                "<li>Elle <b>n'a pas d'adresse e-mail</b>, ou utilise celle d'un "
                "proche.</li>"
                "<li>Elle a <b>perdu ses mots de passe</b>, recrée des comptes, ne "
                "sait plus où elle est inscrite.</li>"
                "<li>Elle évite le sujet : « je n'ai pas mes lunettes », « je ferai ça "
                "à la maison ».</li>"
                "<li>Ses droits s'interrompent : actualisation manquée, déclaration "
                "non faite, justificatif jamais envoyé.</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Un signe isolé ne suffit pas pour conclure. Plusieurs signes "
                    "qui se répètent justifient d'aborder le sujet avec la "
                    "personne.</p>"
                ),
            },
        ),
        ("heading", {"text": "Quatre freins différents", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Distinguez quatre freins, qui appellent des réponses différentes "
                ":</p>"
                "<ul>"
                "<li><b>Équipement</b> : pas d'appareil, appareil trop ancien ou "
                "partagé.</li>"
                "<li><b>Connexion</b> : pas d'accès à internet, forfait sans données "
                "ou vite épuisé.</li>"
                "<li><b>Compétences</b> : certaines actions ne sont pas "
                "maîtrisées.</li>"
                "<li><b>Confiance</b> : la personne sait faire, mais a peur de se "
                "tromper ou d'être arnaquée.</li>"
                "</ul><p>Ces freins se cumulent souvent, et s'ajoutent parfois à des "
                "difficultés de lecture ou de langue.</p>"
            ),
        ),
        (
            "guided_steps",
            {
                "title": "Noter ce que vous avez observé",
                "steps": [
                    {
                        "instruction": (
                            "<p>Notez des faits, sans jugement : « vient avec une "
                            "relance de la CAF » plutôt que « ne sait rien faire ».</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Notez la démarche concernée et son <b>urgence</b> : "
                            "date limite, droits suspendus.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Identifiez le <b>frein principal</b> : équipement, "
                            "connexion, compétences ou confiance.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Proposez à la personne un temps pour en parler, dans "
                            "un lieu calme.</p>"
                        ),
                        "tip": (
                            "Notez ces observations dans l'outil prévu par votre "
                            "structure, pas sur un papier volant (voir le module P4)."
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Ne déduisez pas la difficulté de l'âge, de l'origine ou de la "
                    "situation sociale. Une personne jeune peut être à l'aise sur les "
                    "réseaux sociaux sans savoir joindre un document ni faire une "
                    "démarche administrative.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Démarches confiées à d'autres, courriers sans réponse, pas "
                    "d'e-mail, mots de passe perdus : ces signes, répétés, indiquent "
                    "une difficulté. Identifiez le frein principal avant de proposer "
                    "une solution.</p>"
                ),
            },
        ),
    ],
}

_ABORDER_LE_SUJET_ET_ORIENTER = {
    "slug": "aborder-le-sujet-et-orienter",
    "title": "Aborder le sujet et orienter",
    "summary": (
        "Poser les bonnes questions avec tact, puis orienter vers un conseiller "
        "numérique, un espace France Services ou un atelier local, sans que la "
        "personne se sente jugée."
    ),
    "duration": 30,
    "body": [
        (
            "paragraph",
            (
                "<p>Parler de ses difficultés avec le numérique peut être vécu comme "
                "un aveu d'échec. La manière de poser les questions compte autant que "
                "les questions elles-mêmes.</p>"
            ),
        ),
        ("heading", {"text": "Poser les questions avec tact", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Partez des usages, pas des manques. Par exemple :</p>"
                "<ul>"
                "<li>« Comment faites-vous d'habitude pour vos démarches : sur "
                "internet, par téléphone, au guichet ? »</li>"
                "<li>« Avez-vous un téléphone ou un ordinateur que vous utilisez "
                "vous-même ? »</li>"
                "<li>« Avez-vous une adresse e-mail que vous consultez ? »</li>"
                "<li>« Est-ce que quelqu'un vous aide pour ça ? »</li>"
                "<li>« Qu'aimeriez-vous pouvoir faire seul ? »</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Évitez les formules qui mettent en échec : « Vous ne savez pas "
                    "faire ça ? », « C'est pourtant simple ». Ne montrez ni surprise "
                    "ni impatience. Valorisez ce que la personne sait déjà faire : la "
                    "honte éloigne durablement des services.</p>"
                ),
            },
        ),
        ("heading", {"text": "Orienter vers la bonne ressource", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Selon le besoin, plusieurs ressources existent près de chez la "
                "personne :</p>"
                "<ul>"
                "<li><b>Un conseiller numérique</b>, pour apprendre à faire seul, en "
                "atelier ou en rendez-vous individuel.</li>"
                "<li><b>Un espace France Services</b>, pour être aidé dans une "
                "démarche administrative auprès des principaux organismes (CAF, "
                "Assurance Maladie, France Travail, impôts…).</li>"
                "<li><b>Un atelier local</b> (médiathèque, centre social, "
                "association), pour une initiation en petit groupe.</li></ul>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Conseiller numérique",
                "definition": (
                    "Un professionnel de la médiation numérique, employé par une "
                    "collectivité, une association ou un service public, qui "
                    "accompagne gratuitement les personnes vers l'autonomie avec les "
                    "outils numériques."
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "France Services",
                "definition": (
                    "Un réseau de guichets publics de proximité où des agents formés "
                    "accompagnent les démarches administratives de plusieurs "
                    "organismes nationaux, avec un accès à du matériel informatique."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Orienter sans perdre la personne",
                "steps": [
                    {
                        "instruction": (
                            "<p>Reformulez le besoin avec la personne : « Si je "
                            "comprends bien, vous voulez pouvoir faire votre "
                            "actualisation seul. »</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Distinguez l'<b>urgence</b> (une démarche à faire "
                            "cette semaine) de l'<b>objectif</b> (apprendre à la faire "
                            "seul).</p>"
                        ),
                        "tip": (
                            "L'urgence se traite tout de suite, avec la personne. "
                            "L'apprentissage se construit ensuite, sur plusieurs "
                            "séances."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Proposez une ressource adaptée et expliquez "
                            "concrètement ce qui s'y passe.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Cherchez avec elle le lieu le plus proche, ses "
                            "horaires et la façon de prendre rendez-vous.</p>"
                        ),
                        "tip": (
                            "Des cartes officielles en ligne recensent les espaces "
                            "France Services et les lieux de médiation numérique."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Remettez-lui ces informations par écrit : nom du lieu, "
                            "adresse, horaires, documents à apporter.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Proposez de faire le point lors de votre prochain "
                            "rendez-vous.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Partir des usages, jamais des manques. Traiter l'urgence, puis "
                    "orienter vers un conseiller numérique, un espace France Services "
                    "ou un atelier, avec des informations écrites. La personne ne doit "
                    "jamais repartir avec un sentiment de honte.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Professional lessons: P2
# ---------------------------------------------------------------------------

_QUESTIONS_DE_REPERAGE = {
    "slug": "questions-de-reperage",
    "title": "Le repérage : équipement, connexion, usages, confiance",
    "summary": (
        "Conduire la première partie du diagnostic : présenter l'entretien, puis poser "
        "quelques questions sur l'équipement, la connexion, la fréquence d'usage et la "
        "confiance de la personne."
    ),
    "duration": 30,
    "body": [
        (
            "paragraph",
            (
                "<p>L'entretien de diagnostic sert à situer la personne pour lui "
                "proposer le bon accompagnement. Il commence par un <b>repérage</b> "
                "rapide, sous forme de questions, puis se poursuit par des <b>mises en "
                "situation</b> pratiques (leçon suivante). Comptez 20 à 30 minutes au "
                "total.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Diagnostic numérique",
                "definition": (
                    "Un court entretien, suivi d'exercices pratiques, qui permet de "
                    "connaître le niveau d'une personne et ses besoins. Ce n'est pas "
                    "un examen : il n'y a ni note ni échec."
                ),
            },
        ),
        ("heading", {"text": "Présenter l'entretien", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Ouvrir l'entretien",
                "steps": [
                    {
                        "instruction": (
                            "<p>Expliquez le but : « Je vais vous poser quelques "
                            "questions pour savoir comment vous aider au mieux. »</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Précisez la durée et dites clairement qu'il ne s'agit "
                            "pas d'un examen.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Indiquez ce que vous allez noter et à quoi cela "
                            "servira.</p>"
                        ),
                        "tip": (
                            "Ne notez que ce qui sert l'accompagnement. Le module P4 "
                            "détaille les règles sur les données personnelles."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Demandez l'accord de la personne avant de "
                            "commencer.</p>"
                        ),
                    },
                ],
            },
        ),
        ("heading", {"text": "Les quatre thèmes du repérage", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Posez une ou deux questions par thème, avec des mots simples :</p>"
                "<ul>"
                "<li><b>Équipement</b> : smartphone, ordinateur, tablette ? Personnel "
                "ou partagé ? En état de marche ?</li>"
                "<li><b>Connexion</b> : box à domicile, forfait mobile avec données, "
                "accès seulement dans des lieux publics ?</li>"
                "<li><b>Fréquence</b> : tous les jours, de temps en temps, jamais ? "
                "Pour quels usages : appels, messages, vidéos, démarches ?</li>"
                "<li><b>Confiance</b> : « De 1 à 5, à quel point êtes-vous à l'aise ? "
                "» Et qu'est-ce qui inquiète la personne ?</li></ul>"
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Écoutez la façon dont la personne répond. Les mots qu'elle "
                    "emploie (« l'appli », « le mail », « le truc pour internet ») "
                    "donnent aussi des indices sur son aisance.</p>"
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "Auto-évaluation",
                "definition": (
                    "Ce que la personne dit de son propre niveau. Elle peut se "
                    "sous-estimer par manque de confiance, ou se surestimer. Les mises "
                    "en situation permettent de la confirmer ou de la corriger."
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Le repérage par questions ne suffit pas pour fixer un niveau. "
                    "Une personne qui dit « je ne sais rien faire » envoie parfois des "
                    "messages tous les jours ; une autre qui se dit à l'aise n'a "
                    "peut-être jamais fait de démarche en ligne.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Expliquer le but et obtenir l'accord. Quatre thèmes : "
                    "équipement, connexion, fréquence, confiance. Le repérage donne "
                    "une première idée, que les mises en situation viennent "
                    "vérifier.</p>"
                ),
            },
        ),
    ],
}

_MISES_EN_SITUATION_ET_NIVEAU = {
    "slug": "mises-en-situation-et-niveau",
    "title": "Mises en situation et niveau N0 à N4",
    "summary": (
        "Faire réaliser des exercices classés par niveau, s'arrêter au premier échec, "
        "situer la personne sur l'échelle N0 à N4, confirmer ce niveau avec elle et "
        "consigner le résultat."
    ),
    "duration": 35,
    "body": [
        ("heading", {"text": "L'échelle des niveaux", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>La plateforme utilise cinq niveaux, évalués séparément dans chacun "
                "des six domaines : prendre en main ses appareils, naviguer et "
                "s'informer, communiquer, faire ses démarches en ligne, se protéger, "
                "gérer ses documents.</p>"
                "<ul>"
                "<li><b>N0 Jamais utilisé</b> : n'a jamais utilisé d'appareil, ou a "
                "besoin qu'on fasse tout à sa place.</li>"
                "<li><b>N1 Premiers pas</b> : fait des tâches simples avec un guidage "
                "pas à pas.</li>"
                "<li><b>N2 En progression</b> : fait seul des tâches simples, demande "
                "de l'aide en cas de blocage.</li>"
                "<li><b>N3 Autonome</b> : fait seul ses démarches courantes en "
                "ligne.</li>"
                "<li><b>N4 Confirmé</b> : résout des problèmes nouveaux et peut aider "
                "les autres.</li></ul>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Mise en situation",
                "definition": (
                    "Un court exercice réel, fait devant vous sur un appareil : "
                    "allumer, chercher une information, ouvrir un e-mail. Il montre ce "
                    "que la personne sait faire, mieux qu'une question."
                ),
            },
        ),
        ("heading", {"text": "Dérouler les mises en situation", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Conduire les exercices",
                "steps": [
                    {
                        "instruction": (
                            "<p>Choisissez un domaine et prenez les exercices dans "
                            "l'ordre, du plus simple au plus difficile.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Donnez une consigne à la fois, avec des mots simples, "
                            "sans montrer comment faire.</p>"
                        ),
                        "tip": (
                            "Exemple de consigne : « Pouvez-vous chercher les horaires "
                            "de la mairie ? »"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Laissez la personne faire sur l'appareil, sans toucher "
                            "l'écran à sa place.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Notez pour chaque exercice : réussi seul, réussi avec "
                            "aide, ou non réussi.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p><b>Arrêtez-vous au premier échec</b> dans ce domaine : "
                            "le niveau se situe juste avant.</p>"
                        ),
                        "tip": (
                            "Inutile de continuer : enchaîner les échecs décourage et "
                            "n'apprend rien de plus sur le niveau."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Passez au domaine suivant et reprenez depuis "
                            "l'exercice le plus simple.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Utilisez des <b>données fictives</b> pour les exercices : une "
                    "adresse d'exemple, un faux formulaire. La personne n'a pas à "
                    "ouvrir ses comptes ou ses messages personnels pour être "
                    "évaluée.</p>"
                ),
            },
        ),
        ("heading", {"text": "Valider le niveau avec la personne", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Conclure l'entretien",
                "steps": [
                    {
                        "instruction": (
                            "<p>Présentez le résultat domaine par domaine, en "
                            "commençant par ce qui est acquis.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Demandez à la personne si ce niveau lui semble "
                            "juste.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p><b>Confirmez ou corrigez</b> le niveau avec elle : un "
                            "exercice raté sous le stress ne reflète pas toujours le "
                            "niveau réel.</p>"
                        ),
                        "tip": (
                            "En cas de doute, proposez de refaire l'exercice plus "
                            "tard, au calme."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Choisissez ensemble un premier objectif, concret et "
                            "atteignable.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p><b>Consignez le résultat</b> dans l'outil prévu par "
                            "votre structure : niveau par domaine, date, premier "
                            "objectif.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Le niveau décrit une situation à un moment donné, pas la "
                    "personne. Dites « Pour l'instant, pour les e-mails, vous êtes au "
                    "niveau N1 », et précisez que ce niveau va évoluer.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Des exercices du plus simple au plus difficile, arrêt au "
                    "premier échec. Un niveau de N0 à N4 par domaine, confirmé ou "
                    "corrigé avec la personne, puis noté avec la date et un premier "
                    "objectif.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Professional lessons: P3
# ---------------------------------------------------------------------------

_FAIRE_AVEC_PAS_A_LA_PLACE = {
    "slug": "faire-avec-pas-a-la-place",
    "title": "Faire avec, pas à la place",
    "summary": (
        "Comprendre et appliquer le principe central de l'accompagnement : la personne "
        "garde les mains sur l'appareil et réalise elle-même chaque action."
    ),
    "duration": 30,
    "body": [
        (
            "paragraph",
            (
                "<p>Faire une démarche à la place de quelqu'un va plus vite. Mais la "
                "personne n'apprend rien, reste dépendante et devra revenir la fois "
                "suivante. Le but de l'accompagnement est l'<b>autonomie</b>.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Faire avec, pas à la place",
                "definition": (
                    "Le principe de base de la médiation numérique : la personne "
                    "réalise elle-même les actions sur son appareil ; l'accompagnant "
                    "explique, montre, encourage, mais ne prend pas la main."
                ),
            },
        ),
        ("heading", {"text": "En pratique", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Accompagner sans prendre la main",
                "steps": [
                    {
                        "instruction": (
                            "<p>Installez-vous à côté de la personne, pas en face. "
                            "L'appareil est devant elle.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Laissez-lui l'appareil : c'est elle qui touche "
                            "l'écran, la souris ou le clavier.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Donnez une indication à la fois : « Cherchez le bouton "
                            "bleu en haut à droite. »</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Montrez du doigt sans toucher l'écran, ou faites le "
                            "geste sur votre propre appareil.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Laissez le temps de chercher avant de donner la "
                            "réponse.</p>"
                        ),
                        "tip": (
                            "Comptez mentalement jusqu'à dix avant d'intervenir. Le "
                            "silence fait partie de l'apprentissage."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Félicitez chaque étape réussie, même petite.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Ne tapez jamais vous-même le mot de passe d'une personne et ne "
                    "lui demandez pas de vous le dire. Elle le tape elle-même, et vous "
                    "détournez le regard.</p>"
                ),
            },
        ),
        (
            "heading",
            {"text": "Et quand la personne ne peut pas faire ?", "level": "h2"},
        ),
        (
            "paragraph",
            (
                "<p>Il arrive qu'une démarche soit urgente et que la personne ne "
                "puisse pas la réaliser, même accompagnée. Dans ce cas, n'utilisez pas "
                "ses identifiants : passez par un cadre prévu pour cela, comme "
                "<b>Aidants Connect</b> (voir le module P4), ou orientez vers une "
                "structure habilitée.</p>"
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Dites à voix haute ce que la personne vient de faire : « Vous "
                    "avez ouvert le navigateur. » Mettre des mots sur les gestes aide "
                    "à les retenir et à les refaire seul.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>La personne garde les mains sur l'appareil. Vous guidez par la "
                    "parole et le geste, une étape à la fois. Faire à la place reste "
                    "l'exception, dans un cadre prévu pour cela.</p>"
                ),
            },
        ),
    ],
}

_PREPARER_ET_ANIMER_UNE_SEANCE = {
    "slug": "preparer-et-animer-une-seance",
    "title": "Préparer et animer une séance",
    "summary": (
        "Organiser un atelier de 4 à 8 personnes ou un rendez-vous individuel : un "
        "seul objectif, des données fictives, une vérification de la compréhension et "
        "un suivi."
    ),
    "duration": 35,
    "body": [
        ("heading", {"text": "Préparer la séance", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Préparer un atelier collectif",
                "steps": [
                    {
                        "instruction": (
                            "<p>Fixez <b>un seul objectif</b> par séance, formulé "
                            "comme une action : « envoyer un e-mail avec une pièce "
                            "jointe ».</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Constituez un petit groupe de <b>4 à 8 personnes</b>, "
                            "de niveaux proches.</p>"
                        ),
                        "tip": (
                            "Au-delà de 8, vous ne pouvez plus suivre chacun. En "
                            "dessous de 4, l'entraide du groupe joue moins."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Vérifiez le matériel : appareils chargés, Wi-Fi en "
                            "marche, nom et clé du réseau affichés.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Préparez des <b>données fictives</b> : adresses e-mail "
                            "d'exemple, faux justificatifs, formulaires "
                            "d'entraînement.</p>"
                        ),
                        "tip": (
                            "Par exemple : une quittance de loyer fictive au nom de « "
                            "Marie Exemple »."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Invitez les participants à venir avec leur propre "
                            "appareil s'ils en ont un.</p>"
                        ),
                        "tip": (
                            "Apprendre sur son téléphone est plus utile que sur un "
                            "appareil prêté : les menus varient d'un modèle à l'autre."
                        ),
                    },
                ],
            },
        ),
        (
            "glossary_term",
            {
                "term": "Données fictives",
                "definition": (
                    "Des informations inventées pour s'exercer : nom, adresse, numéro, "
                    "document. Elles évitent d'exposer les vraies informations des "
                    "participants devant le groupe ou sur un appareil partagé."
                ),
            },
        ),
        ("heading", {"text": "Pendant la séance", "level": "h2"}),
        (
            "paragraph",
            (
                "<p>Par exemple, une séance d'une heure et demie peut suivre ce "
                "déroulé :</p>"
                "<ol>"
                "<li><b>Accueil</b> : chacun dit ce qu'il aimerait savoir faire.</li>"
                "<li><b>Démonstration</b> courte de l'objectif, étape par étape.</li>"
                "<li><b>Pratique</b> : chacun refait sur son appareil, vous passez de "
                "l'un à l'autre.</li>"
                "<li><b>Vérification</b> : chacun refait seul, sans aide.</li>"
                "<li><b>Conclusion</b> : ce qu'on retient, ce qu'on fera la prochaine "
                "fois.</li></ol>"
            ),
        ),
        (
            "guided_steps",
            {
                "title": "Vérifier la compréhension",
                "steps": [
                    {
                        "instruction": (
                            "<p>Demandez à la personne de refaire l'action seule, du "
                            "début à la fin.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Demandez-lui d'expliquer avec ses mots ce qu'elle "
                            "fait.</p>"
                        ),
                        "tip": (
                            "Évitez « Vous avez compris ? » : la réponse est presque "
                            "toujours oui."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Notez ce qui est acquis et ce qui reste à "
                            "travailler.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>En accompagnement individuel, le principe est le même : un "
                    "objectif, la personne aux commandes, une vérification finale. On "
                    "peut y traiter une démarche réelle, avec son accord, après s'être "
                    "entraîné sur des données fictives.</p>"
                ),
            },
        ),
        ("heading", {"text": "Assurer le suivi", "level": "h2"}),
        (
            "guided_steps",
            {
                "title": "Organiser le suivi",
                "steps": [
                    {
                        "instruction": (
                            "<p>Remettez une fiche mémo qui reprend les étapes vues "
                            "pendant la séance.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Fixez la prochaine séance ou le prochain rendez-vous "
                            "avant que la personne parte.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Au début de la séance suivante, faites refaire "
                            "l'action apprise la fois précédente.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Mettez à jour le niveau de la personne quand un "
                            "objectif est atteint.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>4 à 8 personnes, un seul objectif, des données fictives. La "
                    "personne refait seule pour vérifier qu'elle a compris. Une fiche "
                    "mémo et un prochain rendez-vous pour le suivi.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Professional lessons: P4
# ---------------------------------------------------------------------------

_AIDANTS_CONNECT_ET_MANDAT = {
    "slug": "aidants-connect-et-mandat",
    "title": "Agir pour le compte d'une personne : Aidants Connect",
    "summary": (
        "Savoir quand et comment réaliser une démarche à la place d'une personne dans "
        "un cadre sécurisé : Aidants Connect, l'habilitation de l'aidant et le mandat."
    ),
    "duration": 30,
    "body": [
        (
            "paragraph",
            (
                "<p>Il arrive qu'une personne ne puisse pas faire sa démarche "
                "elle-même, même accompagnée. La tentation est alors de se connecter "
                "avec ses identifiants. C'est risqué : pour la personne, dont les "
                "données sont exposées, et pour vous, qui agissez sans preuve de son "
                "accord.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Aidants Connect",
                "definition": (
                    "Un service public qui permet à un aidant professionnel habilité "
                    "de réaliser des démarches en ligne pour le compte d'une personne, "
                    "de façon sécurisée, grâce à un mandat créé avec elle. Il s'appuie "
                    "sur FranceConnect."
                ),
            },
        ),
        (
            "glossary_term",
            {
                "term": "Mandat",
                "definition": (
                    "L'autorisation donnée par la personne à l'aidant pour agir en son "
                    "nom. Il précise les démarches concernées et sa durée. La personne "
                    "peut y mettre fin avant son terme."
                ),
            },
        ),
        (
            "heading",
            {"text": "Les conditions pour utiliser Aidants Connect", "level": "h2"},
        ),
        (
            "paragraph",
            (
                "<ul>"
                "<li>Votre <b>structure</b> doit être habilitée.</li>"
                "<li>Vous devez avoir suivi la <b>formation</b> prévue et être "
                "habilité comme aidant.</li>"
                "<li>Vous vous connectez avec un <b>moyen de connexion personnel</b>, "
                "qui ne se prête pas.</li>"
                "<li>La personne doit pouvoir se connecter à FranceConnect, par "
                "exemple avec son compte Ameli ou impots.gouv, au moment de créer le "
                "mandat.</li></ul>"
            ),
        ),
        (
            "guided_steps",
            {
                "title": "Créer un mandat avec la personne",
                "steps": [
                    {
                        "instruction": (
                            "<p>Expliquez à la personne ce qu'est un mandat, pour "
                            "quelles démarches et pour combien de temps.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Connectez-vous à votre espace Aidants Connect avec "
                            "votre moyen de connexion personnel.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Choisissez avec elle les <b>démarches</b> couvertes et "
                            "la <b>durée</b> du mandat.</p>"
                        ),
                        "tip": (
                            "Limitez le mandat au nécessaire : la durée la plus courte "
                            "et seulement les démarches utiles."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Laissez la personne s'identifier elle-même avec "
                            "FranceConnect pour confirmer son identité.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Relisez le mandat avec elle, faites-le valider et "
                            "remettez-lui une copie.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Réalisez ensuite la démarche via Aidants Connect, en "
                            "l'informant de chaque étape.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Sans mandat, ne vous connectez jamais au compte d'une personne "
                    "avec ses identifiants, même à sa demande. Ne conservez jamais ses "
                    "identifiants ni ses mots de passe, ni sur papier ni dans un "
                    "fichier.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "tip",
                "text": (
                    "<p>Les conditions d'habilitation et le fonctionnement détaillé "
                    "sont décrits sur le site officiel d'Aidants Connect. Demandez à "
                    "votre responsable si votre structure est déjà habilitée.</p>"
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Faire à la place n'est possible que dans un cadre sécurisé : "
                    "structure et aidant habilités, mandat limité aux démarches et à "
                    "la durée utiles. Jamais d'identifiants empruntés ni conservés.</p>"
                ),
            },
        ),
    ],
}

_RGPD_ET_COMPTE_RENDU_ACTIVITE = {
    "slug": "rgpd-et-compte-rendu-activite",
    "title": "Données personnelles et compte rendu d'activité",
    "summary": (
        "Appliquer le RGPD dans l'accompagnement (minimiser, informer, recueillir le "
        "consentement, ne jamais conserver certaines données) et rendre compte de son "
        "activité aux financeurs sans identifier personne."
    ),
    "duration": 35,
    "body": [
        (
            "paragraph",
            (
                "<p>Accompagner une personne, c'est voir passer beaucoup "
                "d'informations personnelles : identité, santé, ressources, situation "
                "familiale. Le <b>RGPD</b> encadre ce que vous pouvez en faire.</p>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "RGPD",
                "definition": (
                    "Le Règlement général sur la protection des données, un texte "
                    "européen appliqué depuis mai 2018. Il fixe les règles pour "
                    "collecter, utiliser et conserver des données personnelles. En "
                    "France, la CNIL veille à son respect."
                ),
            },
        ),
        ("heading", {"text": "Les règles à appliquer", "level": "h2"}),
        (
            "paragraph",
            (
                "<ul>"
                "<li><b>Minimiser</b> : ne collecter que les données utiles à "
                "l'accompagnement. Le niveau et les objectifs, oui ; le détail des "
                "ressources ou de la santé, non, sauf nécessité.</li>"
                "<li><b>Informer et recueillir le consentement</b> : la personne sait "
                "ce que vous notez, pourquoi et pour combien de temps, et elle peut "
                "refuser.</li>"
                "<li><b>Limiter la durée</b> : supprimer les données quand elles ne "
                "servent plus, selon les règles de votre structure.</li>"
                "<li><b>Sécuriser</b> : pas de notes sur des papiers volants ni sur un "
                "téléphone personnel.</li></ul>"
            ),
        ),
        (
            "glossary_term",
            {
                "term": "Minimisation des données",
                "definition": (
                    "Le principe selon lequel on ne collecte que les données "
                    "strictement nécessaires à l'objectif poursuivi. Une donnée qui "
                    "n'est pas collectée ne peut être ni perdue ni détournée."
                ),
            },
        ),
        (
            "callout",
            {
                "kind": "warning",
                "text": (
                    "<p>Ne conservez jamais les <b>mots de passe</b>, les <b>codes</b> "
                    "reçus par SMS, les <b>identifiants de connexion</b> ni le "
                    "<b>numéro de sécurité sociale</b> d'une personne. Pas de carnet, "
                    "pas de fichier partagé, pas de photo sur votre téléphone.</p>"
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Avant de noter une information",
                "steps": [
                    {
                        "instruction": (
                            "<p>Demandez-vous si cette information est nécessaire pour "
                            "accompagner la personne.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Si oui, dites à la personne ce que vous notez et "
                            "pourquoi.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Notez-la uniquement dans l'outil prévu par votre "
                            "structure.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Si la personne demande à consulter, corriger ou "
                            "effacer ses données, transmettez sa demande au "
                            "responsable désigné dans votre structure.</p>"
                        ),
                    },
                ],
            },
        ),
        ("heading", {"text": "Le compte rendu d'activité", "level": "h2"}),
        (
            "glossary_term",
            {
                "term": "Compte rendu d'activité",
                "definition": (
                    "Le bilan transmis aux financeurs : nombre d'accompagnements, "
                    "thèmes abordés, types de publics, résultats. Il justifie l'usage "
                    "des fonds et aide à piloter l'action. Il repose sur des chiffres, "
                    "pas sur des noms."
                ),
            },
        ),
        (
            "guided_steps",
            {
                "title": "Renseigner son compte rendu d'activité",
                "steps": [
                    {
                        "instruction": (
                            "<p>Après chaque atelier ou rendez-vous, saisissez "
                            "l'activité dans l'outil demandé par votre structure ou "
                            "votre financeur.</p>"
                        ),
                        "tip": (
                            "Le faire juste après la séance prend quelques minutes et "
                            "évite les oublis en fin de mois."
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Indiquez le type d'accompagnement (individuel ou "
                            "collectif), la durée et le nombre de personnes.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Indiquez les thèmes travaillés, par exemple les "
                            "domaines de compétences de la plateforme.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Ajoutez, si c'est demandé, des informations générales "
                            ": tranche d'âge, situation, commune. <b>Jamais</b> de nom "
                            "ni de numéro personnel.</p>"
                        ),
                    },
                    {
                        "instruction": (
                            "<p>Vérifiez les totaux avant chaque envoi aux "
                            "financeurs.</p>"
                        ),
                    },
                ],
            },
        ),
        (
            "callout",
            {
                "kind": "remember",
                "text": (
                    "<p>Le strict nécessaire, avec l'accord éclairé de la personne, "
                    "dans l'outil prévu. Jamais de mot de passe, d'identifiant ni de "
                    "numéro de sécurité sociale conservé. Le compte rendu d'activité "
                    "compte les accompagnements, il ne nomme pas les personnes.</p>"
                ),
            },
        ),
    ],
}

# ---------------------------------------------------------------------------
# Courses
# ---------------------------------------------------------------------------

BENEFICIARY_COURSES = [
    {
        "slug": "prendre-en-main-son-appareil",
        "title": "Prendre en main son téléphone ou son ordinateur",
        "area": 1,
        "level": "N1",
        "summary": (
            "Vos premiers gestes sur un téléphone ou un ordinateur. Vous apprenez à "
            "l'allumer, à toucher l'écran ou à cliquer, puis à écrire avec le clavier."
        ),
        "objectives": [
            "Allumer, déverrouiller et éteindre son téléphone ou son ordinateur",
            "Utiliser les gestes de base sur un écran tactile",
            "Cliquer, double-cliquer et faire un clic droit avec une souris",
            "Écrire des lettres, des chiffres et le signe @ avec un clavier",
        ],
        "modules": [
            {
                "slug": "premiers-gestes",
                "title": "Les premiers gestes",
                "intro": (
                    "Deux leçons courtes pour vous sentir à l'aise avec votre "
                    "appareil. Prenez votre temps : vous ne pouvez rien casser en "
                    "essayant."
                ),
                "lessons": [
                    _ALLUMER_TOUCHER_CLIQUER,
                    _LE_CLAVIER_LETTRES_CHIFFRES_AROBASE,
                ],
            },
        ],
    },
    {
        "slug": "naviguer-sur-internet",
        "title": "Naviguer sur internet",
        "area": 2,
        "level": "N2",
        "summary": (
            "Se connecter à internet et trouver une information. Vous apprenez à faire "
            "une recherche, à reconnaître les publicités parmi les résultats et à "
            "revenir en arrière."
        ),
        "objectives": [
            "Connecter son téléphone au Wi-Fi ou aux données mobiles",
            "Ouvrir un navigateur et taper une recherche",
            "Reconnaître les résultats sponsorisés et les publicités",
            "Ouvrir un résultat puis revenir à la liste",
        ],
        "modules": [
            {
                "slug": "chercher-une-information",
                "title": "Chercher une information",
                "intro": (
                    "Une leçon pour passer d'un appareil allumé à une page internet "
                    "utile. Il vous faut un téléphone ou un ordinateur et un accès à "
                    "internet."
                ),
                "lessons": [
                    _SE_CONNECTER_ET_FAIRE_UNE_RECHERCHE,
                ],
            },
        ],
    },
    {
        "slug": "communiquer-par-e-mail",
        "title": "Communiquer par e-mail",
        "area": 3,
        "level": "N2",
        "summary": (
            "Avoir sa propre adresse e-mail et savoir s'en servir. Vous apprenez à "
            "créer un compte, à lire et envoyer un message, et à surveiller les "
            "messages indésirables."
        ),
        "objectives": [
            "Choisir un fournisseur et une adresse e-mail simple",
            "Créer un mot de passe solide et le garder en lieu sûr",
            "Lire, écrire et envoyer un e-mail",
            "Trouver et vérifier le dossier des spams",
        ],
        "modules": [
            {
                "slug": "votre-boite-e-mail",
                "title": "Votre boîte e-mail",
                "intro": (
                    "Une adresse e-mail est demandée pour presque toutes les "
                    "démarches. Cette leçon vous aide à en créer une qui vous "
                    "appartient et à l'utiliser au quotidien."
                ),
                "lessons": [
                    _CREER_ET_UTILISER_SON_ADRESSE_E_MAIL,
                ],
            },
        ],
    },
    {
        "slug": "se-proteger-en-ligne",
        "title": "Se protéger en ligne",
        "area": 5,
        "level": "N2",
        "summary": (
            "Protéger ses comptes avec de bons mots de passe et déjouer les arnaques "
            "les plus courantes. Vous apprenez à reconnaître un faux message et à le "
            "signaler."
        ),
        "objectives": [
            "Créer une phrase de passe longue et différente pour chaque site",
            (
                "Refuser de donner un code reçu par SMS, quelle que soit la personne "
                "qui le demande"
            ),
            "Reconnaître les signes d'un message d'hameçonnage",
            "Signaler un SMS ou un e-mail frauduleux",
        ],
        "modules": [
            {
                "slug": "vos-reflexes-de-securite",
                "title": "Vos réflexes de sécurité",
                "intro": (
                    "Les escrocs comptent sur la peur et la précipitation. Avec "
                    "quelques réflexes simples, vous gardez le contrôle de vos comptes "
                    "et de votre argent."
                ),
                "lessons": [
                    _MOTS_DE_PASSE_ET_ARNAQUES,
                ],
            },
        ],
    },
    {
        "slug": "gerer-ses-documents",
        "title": "Gérer ses documents",
        "area": 6,
        "level": "N2",
        "summary": (
            "Transformer un papier en document numérique lisible et l'envoyer. Vous "
            "apprenez à photographier ou numériser un justificatif, à le nommer, puis "
            "à le joindre à un e-mail ou à le déposer sur un site."
        ),
        "objectives": [
            "Photographier un justificatif net et entier",
            "Numériser un document en PDF avec son téléphone",
            "Donner un nom clair à un fichier",
            "Envoyer un document en pièce jointe ou le déposer sur un site",
            "Supprimer les photos de documents sensibles après l'envoi",
        ],
        "modules": [
            {
                "slug": "vos-justificatifs-en-numerique",
                "title": "Vos justificatifs en version numérique",
                "intro": (
                    "Avis d'imposition, quittance de loyer, pièce d'identité : les "
                    "démarches en ligne demandent souvent des justificatifs. Voici "
                    "comment les envoyer propres et lisibles."
                ),
                "lessons": [
                    _PHOTOGRAPHIER_UN_JUSTIFICATIF_ET_L_ENVOYER,
                ],
            },
        ],
    },
    {
        "slug": "faire-ses-demarches-en-ligne",
        "title": "Faire ses démarches en ligne",
        "area": 4,
        "level": "N3",
        "summary": (
            "Créer les comptes utiles aux démarches du quotidien et s'en servir. Vous "
            "ouvrez votre compte Ameli, vous l'utilisez avec FranceConnect, puis vous "
            "gérez votre espace CAF ou France Travail."
        ),
        "objectives": [
            "Créer son compte Ameli avec son numéro de sécurité sociale",
            "Se connecter à d'autres sites publics avec FranceConnect",
            (
                "Faire sa déclaration trimestrielle et télécharger une attestation sur "
                "caf.fr"
            ),
            "S'actualiser chaque mois sur francetravail.fr",
            "Lire les messages de son conseiller France Travail",
        ],
        "modules": [
            {
                "slug": "vos-comptes-administratifs",
                "title": "Vos comptes administratifs",
                "intro": (
                    "Ameli, FranceConnect, CAF, France Travail : les comptes en ligne "
                    "évitent des déplacements et des courriers. Gardez près de vous "
                    "votre carte Vitale, vos courriers récents et votre téléphone."
                ),
                "lessons": [
                    _COMPTE_AMELI_PUIS_FRANCECONNECT,
                    _ESPACE_CAF_OU_FRANCE_TRAVAIL,
                ],
            },
        ],
    },
]

PROFESSIONAL_COURSES = [
    {
        "slug": "devenir-relais-numerique",
        "title": "Devenir relais numérique",
        "area": None,
        "level": None,
        "summary": (
            "Une formation pour les professionnels du social qui rencontrent des "
            "personnes en difficulté avec le numérique. Repérer, évaluer, accompagner "
            "sans faire à la place, dans le respect du cadre légal."
        ),
        "objectives": [
            (
                "Repérer les signes de précarité numérique et orienter vers la bonne "
                "ressource"
            ),
            (
                "Conduire un entretien de diagnostic et situer la personne sur "
                "l'échelle N0 à N4"
            ),
            (
                "Animer un atelier ou un accompagnement selon le principe « faire "
                "avec, pas à la place »"
            ),
            "Appliquer le cadre d'Aidants Connect et du RGPD dans sa pratique",
            "Rendre compte de son activité aux financeurs",
        ],
        "modules": [
            {
                "slug": "p1-reperer-et-orienter",
                "title": "P1 · Repérer la précarité numérique et orienter",
                "intro": (
                    "Beaucoup de personnes en difficulté avec le numérique ne le "
                    "disent pas. Ce module vous aide à repérer ces situations, à en "
                    "parler sans mettre mal à l'aise et à orienter vers la bonne "
                    "ressource."
                ),
                "lessons": [
                    _REPERER_LES_SIGNES,
                    _ABORDER_LE_SUJET_ET_ORIENTER,
                ],
            },
            {
                "slug": "p2-entretien-de-diagnostic",
                "title": "P2 · Mener l'entretien de diagnostic",
                "intro": (
                    "Un diagnostic bien mené évite de proposer un atelier trop facile "
                    "ou trop difficile. Vous apprenez à combiner questions et "
                    "exercices pratiques pour situer la personne sur l'échelle N0 à "
                    "N4, avec elle."
                ),
                "lessons": [
                    _QUESTIONS_DE_REPERAGE,
                    _MISES_EN_SITUATION_ET_NIVEAU,
                ],
            },
            {
                "slug": "p3-animer-et-accompagner",
                "title": "P3 · Animer un atelier et un accompagnement individuel",
                "intro": (
                    "Accompagner, c'est aider la personne à faire elle-même. Ce module "
                    "présente le principe « faire avec, pas à la place », puis la "
                    "préparation et l'animation d'ateliers collectifs et de "
                    "rendez-vous individuels."
                ),
                "lessons": [
                    _FAIRE_AVEC_PAS_A_LA_PLACE,
                    _PREPARER_ET_ANIMER_UNE_SEANCE,
                ],
            },
            {
                "slug": "p4-cadre-legal-et-donnees",
                "title": "P4 · Cadre légal et données",
                "intro": (
                    "Accompagner expose à des données sensibles et, parfois, à la "
                    "tentation de faire à la place. Ce module présente Aidants "
                    "Connect, les règles essentielles du RGPD et le compte rendu "
                    "d'activité destiné aux financeurs."
                ),
                "lessons": [
                    _AIDANTS_CONNECT_ET_MANDAT,
                    _RGPD_ET_COMPTE_RENDU_ACTIVITE,
                ],
            },
        ],
    },
]
