"""Question text written in Markdown or HTML, turned into the plain text the
platform stores (questions are shown escaped, never as HTML)."""

import html
import re
from html.parser import HTMLParser

_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol"}
_DROPPED_TAGS = {"script", "style", "head", "title", "template"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.dropped = 0

    def handle_starttag(self, tag, attrs):
        if tag in _DROPPED_TAGS:
            self.dropped += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag == "img":
            alt = dict(attrs).get("alt")
            if alt:
                self.parts.append(alt)

    def handle_endtag(self, tag):
        if tag in _DROPPED_TAGS:
            self.dropped = max(0, self.dropped - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.dropped:
            self.parts.append(data)


def _tidy(value: str) -> str:
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in value.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def html_to_text(value: str) -> str:
    """The visible text of an HTML fragment: tags and scripts removed,
    entities decoded, paragraphs and line breaks kept as new lines."""
    parser = _TextParser()
    parser.feed(value)
    parser.close()
    return _tidy(html.unescape("".join(parser.parts)))


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)
_MD_BULLET = re.compile(r"^\s*[*+]\s+", re.MULTILINE)
_MD_QUOTE = re.compile(r"^\s*>\s?", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!])")


def markdown_to_text(value: str) -> str:
    """Markdown to plain text: emphasis markers, headings and link syntax
    dropped (a link keeps its address in brackets), bullets as « - »."""
    protected = _MD_ESCAPE.sub(lambda m: f"\0{ord(m.group(1))}\0", value)
    text = _MD_CODE.sub(r"\1", protected)
    text = _MD_LINK.sub(
        lambda m: (
            f"{m.group(1)} ({m.group(2)})"
            if m.group(2) and m.group(2) != m.group(1)
            else m.group(1)
        ),
        text,
    )
    for _round in range(3):  # nested emphasis: **_a_**
        text = _MD_STRONG.sub(r"\2", text)
        text = _MD_EMPHASIS.sub(r"\2", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_BULLET.sub("- ", text)
    text = _MD_QUOTE.sub("", text)
    text = html_to_text(text) if "<" in text else text
    text = re.sub(r"\0(\d+)\0", lambda m: chr(int(m.group(1))), text)
    return _tidy(text)


def formatted_to_text(value: str, text_format: str) -> str:
    """Text in one of Moodle's formats (html, markdown, plain, moodle) as plain text."""
    text_format = (text_format or "").lower()
    if text_format == "markdown":
        return markdown_to_text(value)
    if text_format in ("html", "moodle_auto_format", "moodle"):
        return html_to_text(value) if text_format == "html" else _tidy(value)
    return value.strip()
