#!/usr/bin/env python3
"""Writes the static help pages: help/index.html (the language chooser), and in help/ja/ and help/en/
an index and one page per chapter.

The texts and their citations are data (help-pages/chapters.toml), the page's markup a template
(help-pages/page.html); this script only puts them together. Run it after editing either, and commit
the pages: scripts/test writes them again into HELP_OUT and fails if they differ from help/.
"""

import html
import os
import re
import tomllib
from pathlib import Path
from string import Template

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "help-pages"
OUT = Path(os.environ.get("HELP_OUT") or HERE.parent / "help")
LANGS = ("ja", "en")

DATA = tomllib.loads((SOURCE / "chapters.toml").read_text(encoding="utf-8"))
TEXT = DATA["text"]
CHAPTERS = DATA["chapter"]
PAGE = Template((SOURCE / "page.html").read_text(encoding="utf-8"))
CHOOSER = Template((SOURCE / "chooser.html").read_text(encoding="utf-8"))


def base_url():
    """Where the pages are published, from HELP_BASE_URL or the data: canonical and hreflang links
    must be absolute for search engines, so a base that is not an http(s) folder URL stops here."""
    base = os.environ.get("HELP_BASE_URL") or DATA["base_url"]
    if not re.fullmatch(r"https?://[^\s/?#\"<>]+/([^\s?#\"<>]*/)?", base):
        raise SystemExit(f"HELP_BASE_URL must be an http(s) URL of a folder, ending with '/': {base!r}")
    return base


BASE = base_url()

# Japanese numbers as the guides print them, and e-mail addresses: both become links, as in the widget.
PHONE = re.compile(r"(?<![\d-])0\d{1,4}-\d{1,4}-\d{3,4}(?![\d-])")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def tel(number):
    """The tel: address of a Japanese number, as the widget writes it (src/rules/kernel/contact.rs):
    E.164 without the leading 0; 0066 is a carrier's access code with no E.164 form, kept as dialled."""
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"tel:{digits}" if digits.startswith("0066") else f"tel:+81{digits[1:]}"


def linked(text):
    """The text, escaped, with every phone number a tel: link and every address a mailto: link."""
    spans = sorted(
        [(m.start(), m.end(), "tel") for m in PHONE.finditer(text)]
        + [(m.start(), m.end(), "mail") for m in EMAIL.finditer(text)]
    )
    out, at = [], 0
    for start, end, kind in spans:
        if start < at:
            continue
        shown = text[start:end]
        href = tel(shown) if kind == "tel" else f"mailto:{shown}"
        out.append(html.escape(text[at:start]))
        out.append(f'<a href="{href}">{html.escape(shown)}</a>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def cite(lang, fact):
    guide = DATA["guides"][fact["guide"]][lang]
    section = html.escape(fact["section"])
    return f'<span class="cite">({TEXT["source"][lang]}: {guide}「{section}」)</span>'


def page(lang, title, description, body, file, current=None):
    other = "en" if lang == "ja" else "ja"
    nav = "".join(
        f'<li><a href="{c["slug"]}.html"'
        + (' aria-current="page"' if c["slug"] == current else "")
        + f'>{html.escape(c["title"][lang])}</a></li>'
        for c in CHAPTERS
    )
    return PAGE.substitute(
        lang=lang,
        other_lang=other,
        other_name=TEXT["other"][lang],
        file=file,
        # The index is the site's own page: its title is the site's name, once.
        title=html.escape(title if title == TEXT["site"][lang] else f'{title} | {TEXT["site"][lang]}'),
        description=html.escape(description),
        base=BASE,
        site=TEXT["site"][lang],
        skip=TEXT["skip"][lang],
        chapters=TEXT["chapters"][lang],
        nav=nav,
        body=body,
        footer=TEXT["footer"][lang],
    )


def index_page(lang):
    cards = "".join(
        f'<li class="card"><h2><a href="{c["slug"]}.html">{html.escape(c["title"][lang])}</a></h2>'
        f'<p>{linked(c["lead"][lang])}</p></li>'
        for c in CHAPTERS
    )
    body = "\n".join(
        [
            f'      <h1>{TEXT["site"][lang]}</h1>',
            f'      <p class="lead">{TEXT["index_lead"][lang]}</p>',
            f'      <ul class="index-grid" data-testid="help-index">{cards}</ul>',
        ]
    )
    return page(lang, TEXT["site"][lang], TEXT["index_lead"][lang], body, "index.html")


def related(i):
    """Two neighbours to read next: the first page offers the two after it, the others the pages
    either side (the last one wraps round to the first)."""
    if i == 0:
        return CHAPTERS[1:3]
    return [CHAPTERS[i - 1], CHAPTERS[(i + 1) % len(CHAPTERS)]]


def chapter_page(lang, i):
    c = CHAPTERS[i]
    title = html.escape(c["title"][lang])
    parts = [
        f'      <p class="crumbs"><a href="index.html">{TEXT["home"][lang]}</a> › {title}</p>',
        f"      <h1>{title}</h1>",
        f'      <p class="lead">{linked(c["lead"][lang])}</p>',
    ]
    for j, section in enumerate(c["section"], start=1):
        items = "".join(f"<li>{linked(f[lang])} {cite(lang, f)}</li>" for f in section["fact"])
        heading = html.escape(section["heading"][lang])
        parts.append(f'      <section class="card"><h2>{heading}</h2><ul class="facts">{items}</ul></section>')
        if j == c["tool_after"]:
            parts.append(
                f'      <section class="tool" aria-label="{TEXT["tool"][lang]}">\n'
                f'        <p class="tool-intro">{TEXT["tool"][lang]}: {html.escape(c["tool_intro"][lang])}</p>\n'
                f'        <div data-support-widget="{c["tool"]}" data-lang="{lang}"></div>\n'
                "      </section>"
            )
    links = "".join(f'<li><a href="{o["slug"]}.html">{html.escape(o["title"][lang])}</a></li>' for o in related(i))
    parts.append(f'      <h2>{TEXT["next"][lang]}</h2>\n      <ul class="next">{links}</ul>')
    body = "\n".join(parts)
    return page(lang, c["title"][lang], c["lead"][lang], body, f'{c["slug"]}.html', c["slug"])


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    written = 0
    for lang in LANGS:
        write(OUT / lang / "index.html", index_page(lang))
        written += 1
        for i, c in enumerate(CHAPTERS):
            write(OUT / lang / f'{c["slug"]}.html', chapter_page(lang, i))
            written += 1
    write(OUT / "index.html", CHOOSER.substitute(base=BASE))
    print("written", written + 1)


if __name__ == "__main__":
    main()
