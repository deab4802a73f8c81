"""Site search per language, one result per paragraph.

Why and how, with the Material internals this relies on: README.md, "Search".

After the build (after mkdocs-static-i18n has merged every language's entries into
`search/search_index.json`, and after Material's `offline` plugin), this hook:

1. splits every page entry into one entry per paragraph carrying a paragraph id (`<p id="p1-2">`):
   location `page.html#p1-2`, title `§ 1.2`, text the paragraph; the page itself keeps an entry
   with its heading as title and no text (Material needs a section-less "article" per page);
2. stores per-language search settings in the index, under `config.edition` (Material ignores
   unknown keys): the language's location prefix, lunr language, pipeline, separator, whether
   to fold accents and whether queries are phrase-matched (Khmer);
3. points every built page at the language-aware worker wrapper
   (`assets/javascripts/workers/edition-search.js?lang=<lang>&worker=<Material's worker>`), by
   rewriting the `"search"` key of the page's `__config` JSON;
4. writes the documents of each language to `search/index.<lang>.js`, loaded by the wrapper
   at the reader's first query, and leaves only the settings in `search/search_index.json`
   and `search/search_index.js`, which Material loads on every page load.

It fails the build (PluginError) when Material's markup or worker no longer look like what
the wrapper relies on (see `_check_material_worker`).
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from policy_text import project
from policy_text.pages import PARAGRAPH_ID, paragraph_label

# Site path of the wrapper (copied from overrides/assets/javascripts/workers/). It must stay in
# a folder named `workers` beside Material's: under file:// (iframe-worker) Material derives its
# lunr folder from the first script's src, split on "/worker".
WRAPPER = "edition-search.js"
# The documents of one language, a script the wrapper loads at the reader's first query; it
# sets this global.
LANGUAGE_INDEX = "index.{lang}.js"
LANGUAGE_INDEX_GLOBAL = "__editionDocuments"

# Separators (JavaScript RegExp source, used by Material's tokenizer for index and query).
# Latin: whitespace (incl. no-break spaces), zero width space, hyphens, apostrophes (so
# l’ASEAN -> l + asean), common punctuation. Khmer: the same, plus Khmer punctuation, plus a
# zero-width boundary before every base character (consonant or independent vowel) that is not
# a subscript (not preceded by COENG U+17D2), and before a run of Khmer digits: the text is
# cut into orthographic clusters, whatever the spaces.
_SEPARATOR_CHARS = r"[\s\u200b\-\u2010-\u2015'\u2019\u02bc,.;:!?()\[\]{}«»\"\u201c\u201d/\u17d4-\u17da]+"
_KHMER_BOUNDARY = r"(?<!\u17d2)(?=[\u1780-\u17b3])|(?<![\u17e0-\u17e9])(?=[\u17e0-\u17e9])"
SEPARATOR = _SEPARATOR_CHARS + "|" + _KHMER_BOUNDARY

# Per-language search settings. lang: lunr languages Material loads (lunr.<lang>.min.js);
# pipeline: lunr functions kept; fold: accent folding (Latin diacritics, œ/æ) at index and
# query time; phrase: query clusters must stand at consecutive positions (post-filter).
LANGUAGE_SEARCH = {
    "fr": {"lang": ["fr"], "pipeline": ["trimmer", "stopWordFilter", "stemmer"], "fold": True},
    "en": {"lang": ["en"], "pipeline": ["trimmer", "stopWordFilter", "stemmer"], "fold": True},
    "km": {"lang": ["en"], "pipeline": [], "fold": False, "phrase": True},
}
DEFAULT_SEARCH = {"lang": ["en"], "pipeline": ["stopWordFilter"], "fold": True}

_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)
_MATERIAL_WORKER = re.compile(r"^(?P<dir>.*/)?(?P<name>search\.[0-9a-f]+\.min\.js)$")

# Strings of Material's minified worker and bundle the wrapper depends on (see REPORT.md).
_WORKER_MARKERS = (
    "self.lunr=",  # lunr exposed globally (wrapper patches lunr.Builder)
    'addEventListener("message"',  # message listener registered through the global
    "postMessage(yield",  # result posted through the global postMessage
    "case 0:",
    "{type:1}",
    "case 2:",
    "{type:3,data:",  # SETUP, READY, QUERY, RESULT
    "this.add(o,{boost:o.boost})",  # documents added with lunr.Builder#add
    "lunr.tokenizer.separator=new RegExp(e.separator)",
    "this.pipeline.remove(o[a])",  # pipeline pruned from config.pipeline
    'split("/worker")',  # iframe-worker base detection
)
_BUNDLE_MARKERS = ('"search/search_index.json"', '"search/search_index.js"', "__index")


def _languages() -> tuple[str, dict[str, str]]:
    """(default language, {language: location prefix})."""
    return project.default_language(), {code: project.language_prefix(code) for code in project.language_codes()}


def _language_of(path: str, default: str, prefixes: dict[str, str]) -> str:
    for locale, prefix in prefixes.items():
        if prefix and path.startswith(prefix):
            return locale
    return default


class _Paragraphs(HTMLParser):
    """The page's <h1> text and its paragraphs carrying a paragraph id, as plain text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.heading = None
        self.paragraphs: list[tuple[str, str]] = []
        self._in_h1 = False
        self._h1: list[str] = []
        self._paragraph: str | None = None
        self._text: list[str] = []
        self._skip = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "h1" and self.heading is None:
            self._in_h1 = True
        elif tag == "p" and PARAGRAPH_ID.fullmatch(attrs.get("id") or ""):
            self._paragraph, self._text = attrs["id"], []
        elif tag == "a" and self._in_h1 and "headerlink" in (attrs.get("class") or ""):
            self._in_h1 = False  # permalink anchor: end of the heading text
        elif tag == "a" and "pe-cite" in (attrs.get("class") or "").split():
            self._skip = True  # the paragraph's own number (§ 1.2) is not its text

    def handle_endtag(self, tag):
        if tag == "a" and self._skip:
            self._skip = False
        elif tag == "h1" and self.heading is None and self._h1:
            self.heading = " ".join("".join(self._h1).split())
            self._in_h1 = False
        elif tag == "p" and self._paragraph:
            self.paragraphs.append((self._paragraph, " ".join("".join(self._text).split())))
            self._paragraph = None

    def handle_data(self, data):
        if self._in_h1:
            self._h1.append(data)
        if self._paragraph and not self._skip:
            self._text.append(data)


def _split_entry(entry: dict, site_dir: Path) -> list[dict]:
    """One page entry -> [page entry without text, one entry per identified paragraph]."""
    location = entry["location"]
    if "#" in location:
        return [entry]
    page = site_dir / (location or "index.html")
    if location.endswith("/"):
        page = page / "index.html"
    if not page.is_file():
        return [entry]
    parser = _Paragraphs()
    parser.feed(page.read_text(encoding="utf-8"))
    if not parser.paragraphs:
        return [entry]
    article = dict(entry, title=parser.heading or entry["title"], text="")
    entries = [article]
    for paragraph_id, text in parser.paragraphs:
        priority, number = PARAGRAPH_ID.fullmatch(paragraph_id).groups()
        entries.append(
            {
                "location": f"{location}#{paragraph_id}",
                "title": paragraph_label(int(priority), int(number)),
                "text": "<p>" + html.escape(text, quote=False) + "</p>",
            }
        )
    return entries


def _check_material_worker(site_dir: Path, worker_name: str) -> None:
    worker = site_dir / "assets/javascripts/workers" / worker_name
    wrapper = site_dir / "assets/javascripts/workers" / WRAPPER
    if not wrapper.is_file():
        raise PluginError(f"search_languages: {wrapper} missing (expected from overrides/assets/javascripts/workers/)")
    source = worker.read_text(encoding="utf-8")
    missing = [marker for marker in _WORKER_MARKERS if marker not in source]
    bundles = list((site_dir / "assets/javascripts").glob("bundle.*.min.js"))
    bundle = bundles[0].read_text(encoding="utf-8") if len(bundles) == 1 else ""
    missing += [marker for marker in _BUNDLE_MARKERS if marker not in bundle]
    if missing:
        raise PluginError(
            "search_languages: Material's search worker/bundle changed, the wrapper "
            f"{WRAPPER} relies on: {', '.join(missing)} (see README.md, section Search)"
        )


def _json_for_script(value) -> str:
    """Like Jinja's tojson: safe inside <script>."""
    text = json.dumps(value, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def _point_pages_at_wrapper(site_dir: Path, default: str, prefixes: dict[str, str]) -> str:
    """Rewrite each page's __config "search" URL; returns Material's worker file name."""
    worker_name = None
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        match = _CONFIG_SCRIPT.search(text)
        if not match:
            continue
        data = json.loads(match.group(2))
        url = data.get("search", "")
        if "/" + WRAPPER in url:
            continue  # already rewritten (repeated on_post_build during i18n's nested builds)
        found = _MATERIAL_WORKER.match(url)
        if not found:
            raise PluginError(f"search_languages: unexpected search worker URL {url!r} in {page}")
        worker_name = found["name"]
        language = _language_of(page.relative_to(site_dir).as_posix(), default, prefixes)
        data["search"] = f"{found['dir'] or ''}{WRAPPER}?lang={language}&worker={worker_name}"
        text = text[: match.start(2)] + _json_for_script(data) + text[match.end(2) :]
        page.write_text(text, encoding="utf-8")
    return worker_name


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _write_indexes(index: dict, config, default: str, prefixes: dict[str, str]) -> None:
    """Settings for Material, and per language a script holding the documents, for the wrapper.

    Material loads `search_index.json` (http) or `search_index.js` (file://, offline plugin) on
    every page load: both get the settings and no documents. The wrapper loads the reader's
    language's documents (`index.<lang>.js`, a script: the only way to read a file from a
    worker under file://) at the reader's first query.
    """
    search_dir = Path(config.site_dir) / "search"
    wrapper_dir = "assets/javascripts/workers"
    for locale, settings in index["config"]["edition"].items():
        settings["index"] = posixpath.relpath(f"search/{LANGUAGE_INDEX.format(lang=locale)}", wrapper_dir)
    for locale in index["config"]["edition"]:
        docs = [doc for doc in index["docs"] if _language_of(doc["location"], default, prefixes) == locale]
        (search_dir / LANGUAGE_INDEX.format(lang=locale)).write_text(
            f"self.{LANGUAGE_INDEX_GLOBAL} = {_dump(docs)};\n", encoding="utf-8"
        )
    settings_only = _dump({"config": index["config"], "docs": []})
    (search_dir / "search_index.json").write_text(settings_only, encoding="utf-8")
    offline = config.plugins.get("material/offline") or config.plugins.get("offline")
    if offline is not None and offline.config.enabled:
        (search_dir / "search_index.js").write_text(f"var __index = {settings_only}", encoding="utf-8")


@event_priority(-110)  # after mkdocs-static-i18n (-100, writes the merged index) and offline (-100)
def on_post_build(config) -> None:
    site_dir = Path(config.site_dir)
    index_path = site_dir / "search" / "search_index.json"
    if not index_path.is_file():
        return
    if project.nested_language_build(config):
        return  # a nested language build: the merged index is written afterwards
    default, prefixes = _languages()

    index = json.loads(index_path.read_text(encoding="utf-8"))
    if "edition" not in index["config"]:  # not processed yet
        docs = []
        for entry in index["docs"]:
            docs.extend(_split_entry(entry, site_dir))
        index["docs"] = docs
        index["config"]["separator"] = SEPARATOR  # also used by search.highlight on pages
        index["config"]["edition"] = {
            locale: dict(LANGUAGE_SEARCH.get(locale, DEFAULT_SEARCH), prefix=prefix, separator=SEPARATOR)
            for locale, prefix in prefixes.items()
        }
        _write_indexes(index, config, default, prefixes)

    worker_name = _point_pages_at_wrapper(site_dir, default, prefixes)
    if worker_name:
        _check_material_worker(site_dir, worker_name)
