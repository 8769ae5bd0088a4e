"""Printing an import report from a management command."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from quizzes.importers import ImportReport


def read_file(path: str) -> bytes:
    """The file's bytes; raises CommandError if it cannot be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise CommandError(
            _("Lecture impossible de %(path)s : %(error)s")
            % {"path": path, "error": exc.strerror}
        ) from exc


def decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CommandError(_("Le fichier n'est pas encodé en UTF-8.")) from exc


def print_report(command: BaseCommand, report: ImportReport) -> None:
    """Write the report; raises CommandError (exit code 1) if it was refused."""
    if report.errors:
        for line in report.lines()[1:]:
            command.stderr.write(line)
        raise CommandError(report.lines()[0])
    for line in report.lines():
        command.stdout.write(line)
