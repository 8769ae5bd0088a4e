"""HTML to PDF, the one place that knows how: attestations and the
communication kit (posters, flyers) all go through `pdf_render`.

WeasyPrint needs Pango, a system library a fresh machine may lack
(scripts/ensure-pango.sh installs it). Without it, or when rendering fails,
`PdfUnavailable` carries a French message and the callers degrade: the
attestation still exists and can be verified; the kit says so.
"""

import logging

import segno
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

UNAVAILABLE = "Le PDF n'a pas pu être produit sur ce serveur."


class PdfUnavailable(Exception):
    """The PDF could not be produced on this server (message in French)."""


def qr_data_uri(url: str) -> str:
    """A QR code of the address as an SVG data URI, for an <img> in the HTML."""
    return segno.make(url, error="m").svg_data_uri(scale=6, border=2)


def html_to_pdf(html: str, *, base_url: str | None = None) -> bytes:
    """The PDF of an HTML document (uncompressed, so its text stays checkable).
    Raises PdfUnavailable when WeasyPrint cannot load or render."""
    try:
        from weasyprint import HTML
    except (ImportError, OSError) as exc:  # OSError: Pango not found
        logger.warning("WeasyPrint unavailable: %s", exc)
        raise PdfUnavailable(_(UNAVAILABLE)) from exc
    try:
        return HTML(string=html, base_url=base_url).write_pdf(uncompressed_pdf=True)
    except Exception as exc:  # WeasyPrint raises many kinds; all mean « no PDF »
        logger.exception("PDF rendering failed")
        raise PdfUnavailable(_(UNAVAILABLE)) from exc


def pdf_render(template: str, context: dict) -> tuple[str, bytes]:
    """The template's HTML and its PDF. Raises PdfUnavailable."""
    html = render_to_string(template, context)
    return html, html_to_pdf(html)
