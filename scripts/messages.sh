#!/usr/bin/env bash
# Rebuild the French plurals catalog from the code (lms/plurals.py says why):
# gather the messages, keep the plural ones translated to themselves, compile.
# Needs Debian's gettext (xgettext, msgfmt).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
scripts/ensure-package.sh xgettext gettext "les pluriels"
DJANGO_SETTINGS_MODULE=lms.settings.dev $PY manage.py makemessages -l fr \
    --no-location --no-obsolete --no-wrap \
    -i ".venv/*" -i "node_modules/*" -i "tests/*" -i "static/*" \
    -i "bench-results/*" -i "test-artifacts/*" >/dev/null
po=locale/fr/LC_MESSAGES/django.po
$PY -c "
import sys
from lms.plurals import plural_catalog_fill
path = sys.argv[1]
text = open(path, encoding='utf-8').read()
open(path, 'w', encoding='utf-8').write(plural_catalog_fill(text))
" "$po"
DJANGO_SETTINGS_MODULE=lms.settings.dev $PY manage.py compilemessages -l fr >/dev/null
echo "$(grep -c '^msgid_plural' "$po") messages au pluriel dans $po (compilé)."
