"""French plurals for messages written in French.

The interface's messages are written in French in the code, so they need no
translation, but Django chooses between a message's two forms with English's
rule when the message is in no catalog: « 0 leçons terminées ». French says
« 0 leçon terminée » (one form up to 1, the other from 2).

So the project ships a catalog (locale/fr/LC_MESSAGES/django.po) holding only
its plural messages, each translated to itself, under French's Plural-Forms.
`make messages` rebuilds it from the code (`manage.py makemessages`), fills it
with `plural_catalog_fill` and compiles it; tests/lms/test_plurals.py fails
when a plural message of the code is missing from the compiled catalog.
"""

import re

PLURAL_FORMS = "nplurals=2; plural=(n > 1);"

HEADER_COMMENT = (
    "# The plural messages of Relais numérique, each form translated to itself",
    "# under French's plural rule. Written by `make messages` (lms/plurals.py).",
)

_KEYWORD = re.compile(r"^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?) ")


def _entries(po_text: str) -> list[list[str]]:
    """The catalog's entries, each a list of lines (blank lines part them)."""
    return [block.splitlines() for block in re.split(r"\n\s*\n", po_text.strip())]


def _fields(lines: list[str]) -> dict[str, list[str]]:
    """An entry's keywords, each with its quoted string lines (continuations
    included), in order."""
    fields: dict[str, list[str]] = {}
    current = None
    for line in lines:
        match = _KEYWORD.match(line)
        if match:
            current = match[1]
            fields[current] = [line[match.end() :]]
        elif line.startswith('"') and current is not None:
            fields[current].append(line)
    return fields


def _unquote(parts: list[str]) -> str:
    text = "".join(part[1:-1] for part in parts)
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), text)


def plural_msgids(po_text: str) -> set[tuple[str, str, str]]:
    """(context, singular, plural) of each plural message of a catalog."""
    found = set()
    for lines in _entries(po_text):
        fields = _fields(lines)
        if "msgid_plural" in fields:
            found.add(
                (
                    _unquote(fields.get("msgctxt", ['""'])),
                    _unquote(fields["msgid"]),
                    _unquote(fields["msgid_plural"]),
                )
            )
    return found


def plural_catalog_fill(po_text: str) -> str:
    """The catalog reduced to its header and its plural messages, each form
    translated to itself, under French's plural rule."""
    kept = []
    for lines in _entries(po_text):
        fields = _fields(lines)
        if fields.get("msgid") == ['""'] and "msgid_plural" not in fields:
            replaced = {
                '"Language: ': '"Language: fr\\n"',
                '"Plural-Forms: ': f'"Plural-Forms: {PLURAL_FORMS}\\n"',
            }
            header = list(HEADER_COMMENT)
            for line in lines:
                if line.startswith("#"):
                    continue
                # The date would change the file at every run.
                if line.startswith('"POT-Creation-Date: '):
                    continue
                start = next((key for key in replaced if line.startswith(key)), None)
                header.append(replaced[start] if start else line)
            kept.append(header)
        elif "msgid_plural" in fields:
            entry = [
                line for line in lines if line.startswith("#") and "fuzzy" not in line
            ]
            if "msgctxt" in fields:
                entry += ["msgctxt " + fields["msgctxt"][0], *fields["msgctxt"][1:]]
            for keyword, source in (
                ("msgid", "msgid"),
                ("msgid_plural", "msgid_plural"),
                ("msgstr[0]", "msgid"),
                ("msgstr[1]", "msgid_plural"),
            ):
                first, *rest = fields[source]
                entry += [f"{keyword} {first}", *rest]
            kept.append(entry)
    return "\n\n".join("\n".join(entry) for entry in kept) + "\n"
