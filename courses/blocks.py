"""StreamField blocks of a lesson. Block names are stored as JSON keys: never rename."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from simulators.blocks import SimulatorBlock

# Beneficiaries read with difficulty: keep formatting to the essentials.
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class _FirstImagePreviewMixin:
    """Preview with the first image of the library, or the block's text alone."""

    image_fields: tuple[str, ...] = ("image",)

    def get_preview_value(self):
        value = dict(self.meta.preview_value)
        image = get_image_model().objects.order_by("pk").first()
        for field in self.image_fields:
            value[field] = image
        return self.normalize(value)


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Titre"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Niveau"),
        choices=[("h2", _("Titre de partie")), ("h3", _("Sous-titre"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Titre")
        template = "courses/blocks/heading_block.html"
        description = _("Un titre court qui annonce une partie de la leçon.")
        preview_value = {"text": "Allumer le téléphone", "level": "h2"}


class ImageBlock(_FirstImagePreviewMixin, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Texte alternatif"),
        max_length=250,
        help_text=_(
            "Décrivez l'image pour une personne qui ne la voit pas (obligatoire)."
        ),
    )
    caption = blocks.CharBlock(label=_("Légende"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/image_block.html"
        description = _("Une image avec son texte alternatif et une légende.")
        preview_value = {
            "alt_text": "Un téléphone posé sur une table, écran allumé",
            "caption": "L'écran d'accueil du téléphone",
        }


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre de la vidéo"), max_length=160)
    file = DocumentChooserBlock(label=_("Fichier vidéo (MP4 ou WebM)"), required=False)
    url = blocks.URLBlock(
        label=_("Ou lien vers la vidéo"),
        required=False,
        help_text=_("Lien vers une vidéo hébergée ailleurs (PeerTube, etc.)."),
    )
    captions = DocumentChooserBlock(label=_("Sous-titres (WebVTT)"), required=False)
    transcript = blocks.RichTextBlock(
        label=_("Transcription"),
        features=PARAGRAPH_FEATURES,
        help_text=_("Le texte complet de la vidéo, pour qui ne peut pas l'écouter."),
    )

    class Meta:
        icon = "media"
        label = _("Vidéo")
        template = "courses/blocks/video_block.html"
        description = _("Une vidéo avec sa transcription écrite (obligatoire).")
        preview_value = {
            "title": "Déverrouiller son téléphone",
            "url": "https://video.example.org/deverrouiller",
            "transcript": "<p>Appuyez sur le bouton sur le côté du téléphone.</p>",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "file": ValidationError(
                        _("Choisissez un fichier vidéo ou indiquez un lien.")
                    )
                }
            )
        return value


class GuidedStepBlock(_FirstImagePreviewMixin, blocks.StructBlock):
    instruction = blocks.RichTextBlock(
        label=_("Consigne"),
        features=["bold", "italic"],
        help_text=_("Une seule action, dite simplement."),
    )
    screenshot = ImageChooserBlock(label=_("Capture d'écran"), required=False)
    screenshot_alt = blocks.CharBlock(
        label=_("Texte alternatif de la capture"), required=False, max_length=250
    )
    tip = blocks.CharBlock(label=_("Astuce"), required=False, max_length=300)

    image_fields = ("screenshot",)

    class Meta:
        icon = "pick"
        label = _("Étape")
        preview_value = {
            "instruction": "<p>Appuyez sur le bouton <b>Marche</b>.</p>",
            "screenshot_alt": "Le bouton Marche sur le côté du téléphone",
            "tip": "Le bouton est souvent sur le côté droit.",
        }

    def clean(self, value):
        value = super().clean(value)
        if value.get("screenshot") and not value.get("screenshot_alt"):
            raise StructBlockValidationError(
                block_errors={
                    "screenshot_alt": ValidationError(
                        _("Décrivez la capture d'écran (texte alternatif).")
                    )
                }
            )
        return value


class GuidedStepsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Titre"), max_length=160)
    steps = blocks.ListBlock(GuidedStepBlock(), label=_("Étapes"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Étapes guidées")
        template = "courses/blocks/guided_steps_block.html"
        description = _(
            "Une suite numérotée d'actions, une par étape, avec capture et astuce."
        )
        preview_value = {
            "title": "Allumer le téléphone",
            "steps": [
                {
                    "instruction": "<p>Appuyez longtemps sur le bouton "
                    "<b>Marche</b>.</p>",
                    "tip": "Comptez jusqu'à trois.",
                },
                {"instruction": "<p>Attendez que l'écran s'allume.</p>"},
            ],
        }


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Type"),
        choices=[
            ("tip", _("Astuce")),
            ("warning", _("Attention")),
            ("remember", _("À retenir")),
        ],
        default="tip",
    )
    text = blocks.RichTextBlock(label=_("Texte"), features=PARAGRAPH_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Encadré")
        template = "courses/blocks/callout_block.html"
        description = _("Un encadré « Astuce », « Attention » ou « À retenir ».")
        preview_value = {
            "kind": "warning",
            "text": "<p>Ne donnez jamais votre code par téléphone.</p>",
        }


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Intitulé du lien"),
        max_length=160,
        help_text=_("Par exemple : « Fiche mémo à imprimer »."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "courses/blocks/document_block.html"
        description = _("Un fichier à télécharger, avec son format et son poids.")

    def get_preview_value(self):
        from wagtail.documents import get_document_model

        return self.normalize(
            {
                "document": get_document_model().objects.order_by("pk").first(),
                "label": "Fiche mémo à imprimer",
            }
        )


class GlossaryTermBlock(blocks.StructBlock):
    term = blocks.CharBlock(label=_("Mot"), max_length=80)
    definition = blocks.TextBlock(label=_("Définition simple"), max_length=500)

    class Meta:
        icon = "help"
        label = _("Mot du lexique")
        template = "courses/blocks/glossary_term_block.html"
        description = _("Un mot nouveau expliqué avec des mots simples.")
        preview_value = {
            "term": "Navigateur",
            "definition": "Le logiciel qui sert à aller sur internet.",
        }


class QuizBlock(blocks.StructBlock):
    quiz = SnippetChooserBlock("quizzes.Quiz", label=_("Exercice noté"))
    intro = blocks.CharBlock(
        label=_("Phrase d'introduction"),
        required=False,
        max_length=200,
        help_text=_("Par exemple : « Vérifiez ce que vous avez retenu. »"),
    )

    class Meta:
        icon = "tasks"
        label = _("Exercice noté")
        template = "courses/blocks/quiz_block.html"
        description = _("Un exercice noté, fait sur le serveur, avec son résultat.")

    def get_preview_value(self):
        from quizzes.models import Quiz

        return self.normalize(
            {
                "quiz": Quiz.objects.order_by("pk").first(),
                "intro": "Vérifiez ce que vous avez retenu.",
            }
        )


class LessonStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraphe"),
        features=PARAGRAPH_FEATURES,
        icon="pilcrow",
        template="courses/blocks/paragraph_block.html",
        description=_("Un texte court : une idée par paragraphe."),
        preview_value="<p>Le téléphone s'allume en quelques secondes.</p>",
    )
    image = ImageBlock()
    video = VideoBlock()
    guided_steps = GuidedStepsBlock()
    callout = CalloutBlock()
    document = DocumentBlock()
    glossary_term = GlossaryTermBlock()
    quiz = QuizBlock()
    simulator = SimulatorBlock()
