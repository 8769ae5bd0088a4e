"""The picture of every guided step of the demo's beneficiary lessons.

For each lesson slug, in step order, one (picture key, alt text) per guided step
(every ``guided_steps`` block of the lesson, one after the other). The keys are
those of ``demo.pictures.PICTURES``; the alt text says what the picture shows for
this very step, for a person who cannot see it.
"""

STEP_PICTURES: dict[str, list[tuple[str, str]]] = {
    "allumer-toucher-cliquer": [
        # Allumer et déverrouiller un téléphone Android
        (
            "phone_power_button",
            "Un téléphone vu de face. Sur son côté droit, le bouton Marche est "
            "entouré en orange ; les deux boutons du volume sont juste en dessous.",
        ),
        (
            "phone_power_hold",
            "Un pouce appuie sur le bouton Marche, entouré en orange, sur le côté "
            "droit du téléphone. À côté, un chronomètre indique 3 secondes.",
        ),
        (
            "phone_boot",
            "L'écran du téléphone s'est allumé : un cercle qui tourne et le mot "
            "« Patientez… ».",
        ),
        (
            "phone_pin_pad",
            "L'écran « Code PIN » : quatre points, deux déjà remplis, et un "
            "clavier de chiffres de 0 à 9 avec une touche OK verte. Un doigt "
            "touche un chiffre.",
        ),
        (
            "phone_unlock_swipe",
            "L'écran verrouillé affiche l'heure et un cadenas. Une flèche jaune "
            "monte du bas vers le haut : le doigt glisse dans ce sens.",
        ),
        # Allumer un ordinateur et utiliser la souris
        (
            "laptop_power",
            "Un ordinateur portable ouvert. Le bouton Marche, en haut à droite "
            "du clavier, est entouré en orange.",
        ),
        (
            "computer_login",
            "L'écran de connexion de l'ordinateur : le prénom Marie, une case où "
            "le mot de passe s'écrit en points, et à côté la touche Entrée du "
            "clavier, entourée.",
        ),
        (
            "mouse_move",
            "Une souris posée sur une table, avec des flèches vers la gauche et "
            "vers la droite. Sur l'écran, la petite flèche bouge dans le même "
            "sens.",
        ),
        (
            "mouse_click",
            "Une souris vue de dessus : le bouton gauche est coloré en orange, "
            "avec « 1 clic ». À l'écran, la flèche est posée sur « Documents », "
            "qui est sélectionné.",
        ),
        (
            "mouse_double_click",
            "Le bouton gauche de la souris est coloré, avec « 2 clics rapides ». "
            "À l'écran, la flèche est sur un dossier jaune « Photos », qui "
            "s'ouvre et montre ses photos.",
        ),
        (
            "mouse_right_click",
            "Le bouton droit de la souris est coloré, avec « Clic droit ». À "
            "l'écran, un petit menu s'ouvre : Ouvrir, Copier, Renommer, "
            "Supprimer.",
        ),
        # Éteindre son appareil
        (
            "phone_shutdown_menu",
            "Le bouton Marche du téléphone est entouré. À l'écran, un menu "
            "propose « Éteindre », encadré en orange, et « Redémarrer ».",
        ),
        (
            "computer_start_menu",
            "L'écran d'un ordinateur : en bas à gauche, le bouton Démarrer est "
            "encadré en orange ; le menu Démarrer est ouvert au-dessus.",
        ),
        (
            "computer_start_menu",
            "Le menu Démarrer est ouvert. Dans le petit menu du bouton "
            "Marche/Arrêt, la flèche de la souris est sur « Arrêter », encadré "
            "en orange.",
        ),
        (
            "devices_off",
            "Un téléphone et un écran d'ordinateur aux écrans complètement "
            "noirs, avec une coche verte : ils sont bien éteints.",
        ),
    ],
    "le-clavier-lettres-chiffres-arobase": [
        # Écrire sur le téléphone
        (
            "phone_keyboard_field",
            "Un doigt touche la zone « Rechercher », encadrée en orange, en haut "
            "de l'écran. Le clavier est apparu en bas.",
        ),
        (
            "phone_keyboard_letters",
            "Le clavier du téléphone. Un doigt appuie sur la lettre r ; la zone "
            "de texte affiche déjà « bonjou ».",
        ),
        (
            "phone_keyboard_shift",
            "Le clavier du téléphone : la touche flèche vers le haut, en bas à "
            "gauche des lettres, est colorée en orange.",
        ),
        (
            "phone_keyboard_123",
            "Le clavier du téléphone : la touche ?123, tout en bas à gauche, est "
            "colorée en orange.",
        ),
        (
            "phone_keyboard_at",
            "La page des chiffres et des symboles du clavier. La touche @ est "
            "colorée en orange ; la case « Adresse e-mail » affiche "
            "« marie.exemple ».",
        ),
        (
            "phone_keyboard_abc",
            "La page des symboles du clavier : la touche ABC, en bas à gauche, "
            "est colorée en orange. L'adresse se termine maintenant par @.",
        ),
        (
            "phone_keyboard_erase",
            "Le clavier du téléphone : la touche pour effacer, une flèche vers "
            "la gauche avec une croix, est colorée en orange. Le texte "
            "« Bonjourr » a une lettre en trop.",
        ),
        # Écrire sur l'ordinateur
        (
            "keyboard_text_cursor",
            "Une zone de texte encadrée en orange où l'on a cliqué : un petit "
            "trait vertical clignote après le mot « Bonjour ». Le clavier de "
            "l'ordinateur est en dessous.",
        ),
        (
            "keyboard_shift",
            "Le clavier d'ordinateur : les deux touches Maj, avec une flèche "
            "vers le haut, et la lettre M sont colorées. Au-dessus : Maj + M "
            "écrit un M majuscule.",
        ),
        (
            "keyboard_digits",
            "Le clavier d'ordinateur : la touche Maj et la touche du chiffre 2, "
            "dans la rangée du haut, sont colorées. Au-dessus : Maj + 2.",
        ),
        (
            "keyboard_at_key",
            "Le clavier d'ordinateur : la touche Alt Gr, à droite de la barre "
            "d'espace, et la touche à 0 @ sont colorées. Au-dessus : Alt Gr + "
            "à 0 @ écrit @.",
        ),
        (
            "keyboard_backspace",
            "Le clavier d'ordinateur : la touche Retour arrière, une grande "
            "flèche vers la gauche en haut à droite, est colorée. Le texte "
            "« Bonjourr » a une lettre en trop.",
        ),
        (
            "keyboard_enter",
            "Le clavier d'ordinateur : la grande touche Entrée, à droite, est "
            "colorée en orange.",
        ),
    ],
    "se-connecter-et-faire-une-recherche": [
        # Se connecter à un réseau Wi-Fi sur Android
        (
            "phone_settings_app",
            "L'écran d'accueil du téléphone : l'icône Réglages, une roue dentée "
            "grise, est encadrée en orange.",
        ),
        (
            "phone_settings_menu",
            "Le menu Réglages : la ligne « Réseau et Internet », avec le symbole "
            "du Wi-Fi, est encadrée ; un doigt la touche.",
        ),
        (
            "wifi_list_toggle",
            "L'écran Wi-Fi : l'interrupteur « Utiliser le Wi-Fi » est vert, "
            "donc activé. Un doigt le touche.",
        ),
        (
            "wifi_list_choose",
            "La liste des réseaux Wi-Fi : le réseau « Maison-Martin » est "
            "encadré en orange et un doigt le touche.",
        ),
        (
            "wifi_password",
            "L'écran du réseau « Maison-Martin » : la case « Mot de passe du "
            "réseau » est remplie et le bouton « Se connecter » est encadré.",
        ),
        (
            "wifi_icon",
            "Le haut de l'écran du téléphone, avec l'heure : le symbole du "
            "Wi-Fi est entouré. En grand, ce symbole en forme d'éventail : un "
            "point et trois arcs.",
        ),
        # Chercher une information
        (
            "phone_browser_app",
            "L'écran d'accueil du téléphone : l'icône Internet, un globe, est "
            "encadrée en orange. C'est le navigateur.",
        ),
        (
            "browser_address_bar",
            "Le navigateur ouvert : la barre en haut de la page, où l'on peut "
            "écrire, est encadrée en orange et un doigt la touche.",
        ),
        (
            "browser_search_typing",
            "La barre de recherche, où l'on a tapé « horaires mairie Corbeil ». "
            "En dessous, des propositions. Le rappel : 2 ou 3 mots suffisent.",
        ),
        (
            "browser_search_go",
            "Un doigt appuie sur la loupe bleue au bout de la barre de "
            "recherche. En dessous : ou la touche Entrée, bleue, du clavier.",
        ),
        (
            "search_results",
            "La liste des résultats : chacun a l'adresse du site, un titre bleu "
            "et quelques lignes. Le premier porte l'étiquette jaune "
            "« Annonce ».",
        ),
        # Ouvrir un résultat et revenir
        (
            "search_results_choose",
            "La liste des résultats : le premier, marqué « Annonce », porte "
            "une croix rouge. Le deuxième, « Horaires de la mairie », est "
            "encadré et un doigt le touche.",
        ),
        (
            "web_page_scroll",
            "La page « Horaires de la mairie » ouverte. Un doigt est posé sur "
            "l'écran et une flèche orange monte : on glisse vers le haut pour "
            "descendre dans la page.",
        ),
        (
            "back_button",
            "Un téléphone qui affiche une page. En bas de l'écran, la flèche "
            "Retour est entourée et un doigt la touche ; en haut, la flèche du "
            "navigateur est encadrée aussi.",
        ),
        (
            "search_results_choose",
            "De retour sur la liste des résultats : on en choisit un autre, "
            "toujours sans l'étiquette « Annonce ».",
        ),
    ],
    "creer-et-utiliser-son-adresse-e-mail": [
        # Créer son adresse e-mail
        (
            "signup_start",
            "La page d'accueil d'une messagerie : une grande enveloppe et le "
            "bouton bleu « Créer un compte », encadré ; un doigt le touche.",
        ),
        (
            "signup_form",
            "Le formulaire « Créer un compte » : les cases Prénom (Marie), Nom "
            "et Date de naissance, puis le bouton Suivant.",
        ),
        (
            "signup_address",
            "L'écran « Votre adresse » : « marie.exemple est déjà pris », alors "
            "la case propose « marie.exemple2 ».",
        ),
        (
            "password_field",
            "L'écran « Mot de passe » : le mot de passe tapé, une barre verte "
            "« Solide » en dessous, puis la case « Confirmez le mot de passe ».",
        ),
        (
            "signup_recovery",
            "L'écran « Sécurité du compte » : la case « Téléphone de secours » "
            "est remplie, la case « Adresse de secours » est vide.",
        ),
        (
            "signup_terms",
            "L'écran « Conditions » : un texte à lire, puis la case cochée "
            "« J'accepte les conditions » et le bouton « Créer le compte ».",
        ),
        (
            "notebook_safe",
            "Un carnet ouvert où sont notés « Mon e-mail » et « Mot de passe », "
            "à côté d'une maison : le carnet reste à la maison.",
        ),
        # Lire et envoyer un e-mail
        (
            "mail_inbox",
            "La boîte de réception : une liste de messages. Les deux premiers, "
            "nouveaux, sont écrits en gras avec un point bleu ; ils sont "
            "encadrés.",
        ),
        (
            "mail_read",
            "Un message ouvert, « Votre rendez-vous du 3 décembre ». En haut à "
            "gauche, la flèche Retour est encadrée en orange.",
        ),
        (
            "mail_inbox_compose",
            "La boîte de réception : en bas à droite, le bouton « Nouveau » avec "
            "un crayon est encadré ; un doigt le touche.",
        ),
        (
            "mail_compose_to",
            "L'écran « Nouveau message » : la case À est encadrée ; on y a tapé "
            "l'adresse mairie@ville-exemple.fr, sans espace.",
        ),
        (
            "mail_compose_subject",
            "L'écran « Nouveau message » : la case Objet, encadrée, contient "
            "« Demande de rendez-vous ».",
        ),
        (
            "mail_compose_send",
            "Le message est écrit sous l'objet. En haut à droite, le bouton "
            "Envoyer, une flèche en forme d'avion en papier, est encadré.",
        ),
        # Vérifier le dossier des spams
        (
            "mail_inbox_menu",
            "La boîte de réception : en haut à gauche, le menu aux trois traits "
            "est encadré ; un doigt le touche.",
        ),
        (
            "mail_menu_spam",
            "Le menu de la boîte e-mail est ouvert : Boîte de réception, "
            "Envoyés, Brouillons, Spam, Corbeille. La ligne Spam est encadrée.",
        ),
        (
            "mail_not_spam",
            "Un message attendu, rangé dans les spams. Le bouton « Ce n'est pas "
            "un spam » est encadré ; un doigt le touche.",
        ),
        (
            "mail_spam_no_click",
            "Un message « Vous avez gagné !!! » dans le dossier Spam, avec un "
            "lien. Une grande croix rouge : ne cliquez pas.",
        ),
    ],
    "mots-de-passe-et-arnaques": [
        # Fabriquer une phrase de passe
        (
            "passphrase_words",
            "Quatre mots sur des étiquettes de couleur : citron, nuage, vélo, "
            "piano. En rouge : pas de prénom, pas de date.",
        ),
        (
            "passphrase_joined",
            "Les quatre étiquettes mises bout à bout avec un tiret entre "
            "chaque mot : citron-nuage-velo-piano.",
        ),
        (
            "passphrase_final",
            "La phrase de passe Citron-Nuage-Velo-Piano-4 : la majuscule du "
            "début et le chiffre de la fin sont entourés. Une barre verte "
            "indique « Solide ».",
        ),
        (
            "passphrase_per_site",
            "Trois sites, E-mail, Banque et Santé, chacun avec son cadenas et "
            "sa clé : un site, un mot de passe.",
        ),
        (
            "sticky_note_no",
            "Un papier jaune collé sur l'écran avec un mot de passe, barré "
            "d'une croix rouge. Un carnet, avec une coche verte.",
        ),
        # Réagir à un message douteux
        (
            "scam_sms",
            "Un SMS : « Votre colis est bloqué. Payez 1,99 € de frais avant ce "
            "soir » avec un lien. En dessous, un panneau : urgence, paiement, "
            "lien, c'est une arnaque.",
        ),
        (
            "sms_forward_33700",
            "L'écran « Transférer » : la case Destinataire, encadrée, contient "
            "33700. En dessous, le SMS douteux et la mention « Gratuit ».",
        ),
        (
            "suspicious_email",
            "Un e-mail « Remboursement en attente » d'une adresse bizarre qui "
            "demande la carte bancaire, barré d'une croix rouge. En haut, les "
            "boutons Signaler et Corbeille sont encadrés.",
        ),
        (
            "phone_call_official",
            "Un courrier où le numéro de téléphone est surligné en jaune, et "
            "un téléphone qui appelle ce même numéro.",
        ),
        (
            "bank_card_opposition",
            "Une carte bancaire, un cadenas rouge et le mot « Opposition », à "
            "côté d'un téléphone qui appelle « Ma banque ».",
        ),
    ],
    "photographier-un-justificatif-et-l-envoyer": [
        # Photographier un document
        (
            "document_on_table",
            "Une feuille posée à plat sur une table en bois foncé, avec une "
            "coche verte.",
        ),
        (
            "document_on_table",
            "Une fenêtre avec la lumière du jour d'un côté, une lampe de "
            "l'autre, et le document bien éclairé sur la table, sans ombre.",
        ),
        (
            "camera_document",
            "Un téléphone tenu à plat au-dessus de la table : son écran montre "
            "la feuille « Facture » en entier et le gros bouton rond.",
        ),
        (
            "camera_document",
            "L'écran de l'appareil photo : les quatre coins de la feuille sont "
            "marqués en orange, tous visibles à l'écran.",
        ),
        (
            "camera_shutter",
            "L'écran de l'appareil photo : 1, un carré jaune au milieu du "
            "document pour la mise au point ; 2, le gros bouton rond en bas, "
            "entouré, qu'un doigt touche.",
        ),
        (
            "photo_zoom_check",
            "La photo ouverte sur le téléphone : deux doigts s'écartent pour "
            "agrandir. Le texte « Montant : 52,30 € » se lit bien, d'où la coche "
            "verte.",
        ),
        # Numériser avec Google Drive sur Android
        (
            "phone_files_app",
            "L'écran d'accueil du téléphone : l'icône d'une application de "
            "fichiers, un dossier orange, est encadrée.",
        ),
        (
            "scan_menu",
            "L'application de fichiers : le bouton + en bas à droite est "
            "entouré, et dans le menu ouvert, « Numériser » est encadré.",
        ),
        (
            "camera_document",
            "Le téléphone cadre le document en entier : ses quatre coins sont "
            "marqués en orange.",
        ),
        (
            "scan_add_page",
            "L'écran « 2 pages » : deux pages numérisées côte à côte, le bouton "
            "« + Ajouter », encadré, et le bouton « Terminé ».",
        ),
        (
            "scan_save_name",
            "L'écran « Enregistrer » : la case « Nom du fichier » contient "
            "« justificatif-domicile-2026 ». Un nom clair : quoi et quand.",
        ),
        # Envoyer en pièce jointe ou déposer sur un site
        (
            "attachment_paperclip",
            "Un nouveau message : en haut, le trombone est encadré et un doigt "
            "le touche. Le fichier « justificatif.pdf » est joint sous le "
            "texte.",
        ),
        (
            "file_picker",
            "L'écran « Choisir un fichier » : une liste de fichiers ; "
            "« justificatif-domicile.pdf » est encadré.",
        ),
        (
            "upload_button",
            "La page « Envoyer un justificatif » d'un site : le bouton "
            "« Ajouter un fichier », avec un trombone, est encadré.",
        ),
        (
            "upload_done",
            "Le fichier « justificatif-domicile.pdf » s'affiche avec une coche "
            "verte ; le bouton Valider est encadré.",
        ),
    ],
    "compte-ameli-puis-franceconnect": [
        # Créer son compte Ameli
        (
            "browser_address_bar",
            "Le navigateur : la barre d'adresse en haut, avec un cadenas vert "
            "et l'adresse du site, est encadrée. C'est là qu'on vérifie "
            "l'adresse.",
        ),
        (
            "account_create_link",
            "La page d'un compte santé : un bouton « Me connecter » et, en "
            "dessous, le bouton « Créer mon compte », encadré.",
        ),
        (
            "social_security_number",
            "Une carte verte avec le nom et le numéro de sécurité sociale, "
            "entouré. Une flèche le recopie dans la case « N° de sécurité "
            "sociale » du site.",
        ),
        (
            "identity_form",
            "L'écran « Vos informations » : les cases Date de naissance et Code "
            "postal remplies, puis le bouton Continuer.",
        ),
        (
            "letter_code",
            "Une enveloppe arrive en quelques jours ; dans la lettre, le code "
            "provisoire est surligné en jaune.",
        ),
        (
            "login_identifier",
            "Le formulaire « Connexion » : la case Identifiant, encadrée, "
            "contient le numéro de sécurité sociale ; en dessous, la case Mot "
            "de passe.",
        ),
        (
            "password_field",
            "L'écran « Mot de passe » : le nouveau mot de passe, la barre verte "
            "« Solide » et la case pour le taper une deuxième fois.",
        ),
        # Utiliser FranceConnect avec son compte Ameli
        (
            "identity_button",
            "La page Connexion d'un site : le grand bouton bleu foncé "
            "« S'identifier avec un compte officiel » est encadré et un doigt "
            "le touche.",
        ),
        (
            "identity_choice",
            "L'écran « Choisissez un compte » : quatre cases, Assurance "
            "maladie, Impôts, Identité numérique, Autre compte. La case "
            "Assurance maladie est encadrée.",
        ),
        (
            "login_form",
            "Le formulaire « Connexion » : l'identifiant est rempli, la case "
            "Mot de passe est encadrée, puis le bouton « Se connecter ».",
        ),
        (
            "identity_confirm",
            "L'écran « Vérifiez vos informations » : nom, prénom, date et lieu "
            "de naissance, une coche verte et le bouton Continuer, encadré.",
        ),
        (
            "logged_in",
            "L'écran « Mon espace » : « Vous êtes connectée, Marie » avec une "
            "coche verte, puis Mes démarches, Mes documents, Mes messages.",
        ),
        (
            "logout_button",
            "Le menu du compte est ouvert : « Se déconnecter », en rouge, est "
            "encadré et un doigt le touche.",
        ),
    ],
    "espace-caf-ou-france-travail": [
        # Se connecter à son compte CAF
        (
            "account_button",
            "La page d'accueil d'un site d'allocations : en haut à droite, le "
            "bouton « Mon compte » est encadré ; un doigt le touche.",
        ),
        (
            "login_identifier",
            "Le formulaire « Connexion » : la case Identifiant, encadrée, est "
            "remplie avec un numéro.",
        ),
        (
            "login_form",
            "Le formulaire « Connexion » : la case Mot de passe, encadrée, est "
            "remplie de points ; en dessous, « Mot de passe oublié ? » et le "
            "bouton « Se connecter ».",
        ),
        (
            "account_home",
            "L'accueil « Mon compte » : Déclaration à faire, 2 nouveaux "
            "messages, Mes attestations, Mes paiements.",
        ),
        # Faire sa déclaration trimestrielle
        (
            "notification_message",
            "L'écran du téléphone affiche un message encadré : « Votre "
            "déclaration est disponible. »",
        ),
        (
            "account_home_declaration",
            "L'accueil « Mon compte » : la ligne « Déclaration à faire » est "
            "encadrée et un doigt la touche.",
        ),
        (
            "declaration_form",
            "L'écran « Déclaration trimestrielle » : les sommes reçues de "
            "septembre et d'octobre sont remplies ; la case de novembre, vide, "
            "est encadrée.",
        ),
        (
            "confirmation_check",
            "Une grande coche verte et « C'est envoyé ! », avec la date et le "
            "numéro de confirmation. Le bouton « Enregistrer (PDF) » est "
            "encadré.",
        ),
        # Télécharger une attestation CAF
        (
            "account_home_attestations",
            "L'accueil « Mon compte » : la ligne « Mes attestations » est "
            "encadrée et un doigt la touche.",
        ),
        (
            "attestation_list",
            "La liste « Mes attestations » : Attestation de paiement, encadrée, "
            "Quotient familial, Attestation de droits.",
        ),
        (
            "pdf_download",
            "Un document PDF et son nom clair, « attestation-paiement-2026.pdf »"
            " ; le bouton Télécharger est encadré.",
        ),
        # S'actualiser chaque mois
        (
            "login_form",
            "Le formulaire « Connexion » de l'espace personnel : identifiant, "
            "mot de passe encadré, et le bouton « Se connecter ».",
        ),
        (
            "calendar_date",
            "Un calendrier : les jours du 28 au 15 du mois suivant sont "
            "colorés en bleu ; le 28 et le 15 sont entourés.",
        ),
        (
            "questionnaire",
            "L'écran « Le mois écoulé » : Avez-vous travaillé ? Oui, encadré. "
            "Étiez-vous en formation ? Non. Étiez-vous en arrêt maladie ? Non.",
        ),
        (
            "recap_validate",
            "L'écran « Récapitulatif » : Travail, Salaire brut, Formation, "
            "Arrêt maladie, puis le bouton Valider, encadré.",
        ),
        (
            "confirmation_check",
            "Une grande coche verte et « C'est envoyé ! », avec le numéro de "
            "confirmation à noter ; le bouton « Enregistrer (PDF) » est "
            "encadré.",
        ),
        # Lire les messages de votre conseiller
        (
            "account_home_messages",
            "L'accueil « Mon compte » : la ligne « 2 nouveaux messages » est "
            "encadrée et un doigt la touche.",
        ),
        (
            "messages_list",
            "La liste « Mes échanges » : deux nouveaux messages du conseiller, "
            "en gras. Le premier, « Convocation : 8 décembre, 14 h », est "
            "encadré.",
        ),
        (
            "message_reply",
            "Un échange avec le conseiller : sa question sur le rendez-vous, "
            "une réponse courte, et le bouton Répondre, encadré.",
        ),
    ],
}
