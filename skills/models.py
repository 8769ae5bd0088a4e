from django.db import models
from django.utils.translation import gettext_lazy as _


class CompetenceArea(models.Model):
    """A domain of digital competence that diagnostics measure (« Communiquer »)."""

    number = models.PositiveSmallIntegerField(_("numéro"), unique=True)
    name = models.CharField(_("nom"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("domaine de compétence")
        verbose_name_plural = _("domaines de compétence")

    def __str__(self) -> str:
        return f"{self.number}. {self.name}"


class Level(models.Model):
    """A step on the level scale (N0 to N4), shared by every competence area."""

    code = models.CharField(_("code"), max_length=8, unique=True)
    rank = models.PositiveSmallIntegerField(
        _("rang"), unique=True, help_text=_("0 pour le plus bas.")
    )
    name = models.CharField(_("nom"), max_length=80)
    can_do = models.TextField(_("ce que la personne sait faire"), blank=True)
    summary = models.CharField(
        _("en une phrase, pour la personne"),
        max_length=250,
        blank=True,
        help_text=_(
            "Une phrase simple qui s'adresse à la personne, montrée dans « Mes "
            "niveaux ». Commencez par « Vous savez … » pour qu'elle serve aussi "
            "quand un parcours propose ce niveau."
        ),
    )

    class Meta:
        ordering = ["rank"]
        verbose_name = _("niveau")
        verbose_name_plural = _("niveaux")

    def __str__(self) -> str:
        return f"{self.code} · {self.name}"
