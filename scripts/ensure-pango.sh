#!/usr/bin/env bash
# Attestations and posters are PDFs made by WeasyPrint (training/pdf.py), which
# needs Pango. Install it when it is missing and we may; otherwise say so and
# carry on: the site then says « Le PDF n'a pas pu être produit sur ce serveur ».
set -uo pipefail
if ldconfig -p 2>/dev/null | grep -q 'libpangoft2-1.0.so.0'; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installation de Pango (PDF des attestations et affiches)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core \
        >/dev/null || echo "Pango n'a pas pu être installé : les PDF seront indisponibles." >&2
else
    echo "Pango manque : les PDF (attestations, affiches) seront indisponibles." >&2
    echo "Pour l'installer : sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0" >&2
fi
exit 0
