"""Site search per language, one result per paragraph: the search index as this edition ships it.

Run once the whole site is built (`site_steps`), it reshapes Material's index for the worker
wrapper (`overrides/assets/javascripts/workers/edition-search.js`). Why and how, and the
Material internals relied on: ARCHITECTURE.md#search.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from . import numerals, pages, project

WRAPPER = "edition-search.js"
"""The worker wrapper's file name. It must stay in a folder named `workers` beside Material's:
under file:// (iframe-worker) Material derives its lunr folder from the script's address."""
WORKERS_DIR = "assets/javascripts/workers"
LANGUAGE_INDEX = "index.{lang}.js"
"""The documents of one language: a script (the only way a worker reads a file under file://)."""
LANGUAGE_INDEX_GLOBAL = "__editionDocuments"

# Separators (a JavaScript RegExp source, used by Material's tokenizer for index and query).
# Latin: whitespace (no-break spaces included), zero width space, hyphens, apostrophes (so
# l’ASEAN -> l + asean), common punctuation. Khmer: the same, plus Khmer punctuation, plus a
# zero-width boundary before every base character (consonant or independent vowel) that is not
# a subscript (not preceded by COENG U+17D2), and before a run of Khmer digits: the text is
# cut into orthographic clusters, whatever the spaces.
_SEPARATOR_CHARS = r"[\s\u200b\-\u2010-\u2015'\u2019\u02bc,.;:!?()\[\]{}«»\"\u201c\u201d/\u17d4-\u17da]+"
_KHMER_BOUNDARY = r"(?<!\u17d2)(?=[\u1780-\u17b3])|(?<![\u17e0-\u17e9])(?=[\u17e0-\u17e9])"
SEPARATOR = _SEPARATOR_CHARS + "|" + _KHMER_BOUNDARY

# British and American spellings (English index and queries alike, policy_text.search_index's
# ENGLISH_VARIANTS): each token is rewritten to one spelling before it is stemmed, so that
# "neighboring" finds "neighbouring" and "organisation" finds "organization". JavaScript regular
# expressions ($1 for a group) applied in order, on lowercase tokens with accents folded. Both sides
# are rewritten the same way, so a rule that also rewrites an unrelated word ("contour" ->
# "contor") only merges two spellings nobody confuses; the -ise rule leaves out the words whose
# -ise is not a verb ending (promise, revise, …), which would otherwise lose their stems' links
# (revise ~ revision).
_ISE_NOT_IZE = (
    "advert|advis|appris|chastis|circumcis|compris|compromis|concis|demis|despis|devis|disguis|"
    "enterpris|excis|exercis|expertis|franchis|improvis|incis|merchandis|paradis|precis|premis|"
    "promis|revis|supervis|surmis|surpris|televis|treatis|prais|cruis|otherwis|likewis|clockwis"
)
_DOUBLED_L = (
    "travel|label|model|cancel|counsel|fuel|signal|level|channel|total|quarrel|equal|rival|tunnel|"
    "dial|marvel|pedal|panel|jewel|duel|funnel|libel|pencil|shovel|grovel|revel|unravel|bevel|"
    "chisel|gravel|towel|enamel|initial|spiral"
)
ENGLISH_VARIANTS: list[tuple[str, str]] = [
    # -our -> -or: neighbour(ing), colour(ful), favourite, honourable, labour, behavioural
    (r"^(\w{2,})our(s|ed|ing|er|ers|ite|ites|able|ably|al|ful|less|hood|hoods|ly|y|ist|ists)?$", "$1or$2"),
    # -ise, -isation -> -ize, -ization: realise, organisation, globalisation, prioritising
    (
        rf"^(?!(?:{_ISE_NOT_IZE})(?:e|es|ed|ing|er|ers)$)(\w{{3,}})is(e|es|ed|ing|er|ers|ation|ations|ational)$",
        "$1iz$2",
    ),
    # -yse -> -yze: analyse, paralysed
    (r"^(\w{2,})ys(e|es|ed|ing|er|ers)$", "$1yz$2"),
    # -re -> -er after b, g, t: centre(s), theatre, fibre, litre, meagre; centred -> centered
    (r"^(\w{2,}[bgt])re(s?)$", "$1er$2"),
    (r"^(\w{2,}[bt])red$", "$1ered"),
    # -ence -> -ense in four nouns: defence, offence, pretence, licence
    (r"^(def|off|pret|lic)ence(s?)$", "$1ense$2"),
    # -ogue -> -og: catalogue, dialogue, analogue, monologue
    (r"^(\w*(?:al|ol|ag)og)ue(s?)$", "$1$2"),
    # British doubled l before a suffix: travelled, labelling, counsellor, modeller
    (rf"^(\w*(?:{_DOUBLED_L}))l(ed|ing|er|ers|or|ors)$", "$1$2"),
    # British single l: enrol(ment), fulfil(ment), instalment, skilful, wilful
    (r"^(enrol|fulfil|instal|distil)(s|ment|ments)?$", "$1l$2"),
    (r"^(skil|wil)ful(ly|ness)?$", "$1lful$2"),
    # single words
    (r"^programme(s?)$", "program$1"),
    (r"^ageing$", "aging"),
    (r"^(judg|acknowledg)ement(s?)$", "$1ment$2"),
    (r"^grey(s|er|est|ish)?$", "gray$1"),
    (r"^sceptic(s|al|ally|ism)?$", "skeptic$1"),
    (r"^mould(s|ed|ing|y)?$", "mold$1"),
    (r"^plough(s|ed|ing)?$", "plow$1"),
    (r"^manoeuvre(s|d)?$", "maneuver$1"),
    (r"^(?:en)?cyclopaedi(a|as|c)$", "encyclopedi$1"),
]

# Khmer spelling variants merged on index and query alike (JavaScript regular expressions, flags
# "gu", applied in order to each orthographic cluster): the two spellings of the independent vowel
# ឲ/ឱ, the signs ៏ (U+17CF) and ៍ (U+17CD) often typed for each other, and a silent final ន៍
# (អភិវឌ្ឍន៍ / អភិវឌ្ឍ), a cluster of its own, dropped.
KHMER_VARIANTS: list[tuple[str, str]] = [
    ("\u17b2", "\u17b1"),
    ("\u17cf", "\u17cd"),
    ("^\u1793\u17cd$", ""),
]

# Per-language settings. lang: lunr languages Material loads (lunr.<lang>.min.js); pipeline:
# lunr functions kept; fold: accent folding (Latin diacritics, œ/æ) at index and query time;
# phrase: query clusters must stand at consecutive positions (post-filter); digits: the digits the
# language's text is written in (policy_text.numerals): a query's digits of any other system
# (other_digits) become these before it is cut, so 2030 finds the Khmer text's ២០៣០ and ២០៣០ the
# French text's 2030; compounds: a word written with hyphens is also indexed joined
# (Indo-Pacific -> indopacific), and a query's hyphenated word is searched joined; variants:
# spelling rules applied before stemming (ENGLISH_VARIANTS); normalize: variant spellings merged
# first (KHMER_VARIANTS).
LANGUAGE_SEARCH: dict[str, dict[str, Any]] = {
    "fr": {"lang": ["fr"], "pipeline": ["trimmer", "stopWordFilter", "stemmer"], "fold": True, "compounds": True},
    "en": {
        "lang": ["en"],
        "pipeline": ["trimmer", "stopWordFilter", "stemmer"],
        "fold": True,
        "compounds": True,
        "variants": ENGLISH_VARIANTS,
    },
    "km": {"lang": ["en"], "pipeline": [], "fold": False, "phrase": True, "normalize": KHMER_VARIANTS},
}
DEFAULT_SEARCH: dict[str, Any] = {"lang": ["en"], "pipeline": ["stopWordFilter"], "fold": True}

SYNONYMS_GLOBAL = "__editionSynonyms"
GLOSSARY = Path(__file__).with_name("glossary.json")


def synonym_sets(glossary: list[dict[str, Any]] | None = None) -> list[dict[str, dict[str, list[str]]]]:
    """The glossary's names as sets of synonyms: `{"text": {lang: names}, "also": {lang: names}}`.

    One set per glossary entry: its name in every language (`text`: the names the text of that
    language writes), its other names (`also`: what readers type that the text does not write, ONU
    for Nations Unies), joined with the entry it abbreviates (`abbreviation_of`: OMC with
    Organisation mondiale du Commerce). A query naming one of a set finds the paragraphs naming
    any of them (ASEAN finds អាស៊ាន on Khmer pages).
    An entry's `short` names (its single-word name in every language: Corée, Korea, កូរ៉េ for the
    Republic of Korea) make a set of their own, so that the single word finds the name across
    languages too.
    """
    entries = glossary if glossary is not None else json.loads(GLOSSARY.read_text(encoding="utf-8"))
    languages = project.language_codes()
    by_french = {entry["fr"]: index for index, entry in enumerate(entries)}
    group = list(range(len(entries)))
    for index, entry in enumerate(entries):
        if "abbreviation_of" in entry:
            group[index] = by_french[entry["abbreviation_of"]]  # KeyError: a name the glossary lacks
    sets: dict[int, dict[str, dict[str, list[str]]]] = {}
    for index, entry in enumerate(entries):
        names = sets.setdefault(group[index], {kind: {lang: [] for lang in languages} for kind in ("text", "also")})
        for lang in languages:
            for kind, listed in (("text", [entry[lang]]), ("also", entry.get("also", {}).get(lang, []))):
                names[kind][lang] += [name for name in listed if name not in names[kind][lang]]
    short = [
        {kind: {lang: [entry["short"][lang]] for lang in languages} for kind in ("text", "short")}
        | {"also": {lang: [] for lang in languages}}
        for entry in entries
        if "short" in entry
    ]
    return list(sets.values()) + short


def language_synonyms(
    lang: str, sets: list[dict[str, dict[str, list[str]]]] | None = None
) -> list[dict[str, list[str]]]:
    """The synonym sets as one language's search uses them: `own`, the names its text writes (the
    glossary's names in that language, searched as typed: every word, anywhere in a paragraph, as
    before synonyms), and `other`, every other name (searched as the set: where any of its names
    stands; the words of a name in a row); for a set of single-word names (`short`), `typed`
    instead of `other`: names a query may type, never looked for in the text."""
    result = []
    for names in sets if sets is not None else synonym_sets():
        own = names["text"].get(lang, [])
        every = [name for kind in ("text", "also") for listed in names[kind].values() for name in listed]
        other = [name for name in dict.fromkeys(every) if name not in own]
        # a single-word name of another language (`short`) is searched as the set, never looked for
        # in the text: processed by this language's pipeline it could be a word of it (Corée -> core)
        result.append({"own": own, "other": [], "typed": other} if "short" in names else {"own": own, "other": other})
    return result


_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.DOTALL)
_MATERIAL_WORKER = re.compile(r"^(?P<dir>.*/)?(?P<name>search\.[0-9a-f]+\.min\.js)$")

# What the wrapper relies on in Material's worker and bundle, as protocol-level strings (event
# names, globals, file names, message shapes), never names its minifier chose.
WORKER_MARKERS = {
    '"message"': "the worker listens to messages through the global addEventListener",
    "postMessage": "the worker answers through the global postMessage",
    "lunr": "lunr is a global of the worker (the wrapper patches lunr.Builder)",
    "importScripts": "the worker loads lunr's languages with importScripts",
    '"/worker"': "under file://, the lunr folder is found by splitting the script address on /worker",
}
WORKER_PATTERNS = {
    r"type:\s*1\b": "the worker posts READY (message type 1)",
    r"type:\s*3\b": "the worker posts RESULT (message type 3)",
}
BUNDLE_MARKERS = {
    '"search/search_index.json"': "the bundle loads the index settings from search/search_index.json (http)",
    '"search/search_index.js"': "the bundle loads them from search/search_index.js (file://, offline plugin)",
    "__index": "search_index.js sets the global __index",
}


class MaterialChanged(RuntimeError):
    """Material's search no longer works the way the wrapper relies on."""


def language_of(path: str) -> str:
    """The language of a site path, from its prefix (the default language has none)."""
    for code in project.language_codes():
        prefix = project.language_prefix(code)
        if prefix and path.startswith(prefix):
            return code
    return project.default_language()


class _Paragraphs(HTMLParser):
    """The page's <h1> text and its paragraphs carrying a paragraph id, as plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.heading: str | None = None
        self.paragraphs: list[tuple[str, str]] = []
        self._in_h1 = False
        self._h1: list[str] = []
        self._paragraph: str | None = None
        self._text: list[str] = []
        self._skip = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        classes = (values.get("class") or "").split()
        if tag == "h1" and self.heading is None:
            self._in_h1 = True
        elif tag == "p" and pages.ANY_ID.fullmatch(values.get("id") or ""):
            self._paragraph, self._text = values["id"], []
        elif tag == "a" and self._in_h1 and "headerlink" in classes:
            self._in_h1 = False  # permalink anchor: end of the heading text
        elif tag == "a" and "pe-cite" in classes:
            self._skip = True  # the paragraph's own number (§ 1.2) is not its text

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._skip:
            self._skip = False
        elif tag == "h1" and self.heading is None and self._h1:
            self.heading = " ".join("".join(self._h1).split())
            self._in_h1 = False
        elif tag == "p" and self._paragraph:
            self.paragraphs.append((self._paragraph, " ".join("".join(self._text).split())))
            self._paragraph = None

    def handle_data(self, data: str) -> None:
        if self._in_h1:
            self._h1.append(data)
        if self._paragraph and not self._skip:
            self._text.append(data)


def split_entry(entry: dict, site_dir: Path) -> list[dict]:
    """One page entry -> [the page without text, one entry per identified paragraph].

    The page keeps an entry (its heading as title): Material needs a section-less "article".
    """
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
    entries = [dict(entry, title=parser.heading or entry["title"], text="")]
    for paragraph_id, text in parser.paragraphs:
        entries.append(
            {
                "location": f"{location}#{paragraph_id}",
                "title": pages.paragraph_label(*pages.paragraph_place(paragraph_id), language_of(location)),
                "text": "<p>" + html.escape(text, quote=False) + "</p>",
            }
        )
    return entries


def check_material(site_dir: Path, worker_name: str) -> None:
    """Fail the build, saying what changed, when Material's worker or bundle no longer look as relied on."""
    workers = site_dir / WORKERS_DIR
    if not (workers / WRAPPER).is_file():
        raise MaterialChanged(f"{workers / WRAPPER} missing (expected from overrides/{WORKERS_DIR}/)")
    worker = (workers / worker_name).read_text(encoding="utf-8")
    bundles = list((site_dir / "assets/javascripts").glob("bundle.*.min.js"))
    bundle = bundles[0].read_text(encoding="utf-8") if len(bundles) == 1 else ""
    missing = [why for marker, why in WORKER_MARKERS.items() if marker not in worker]
    missing += [why for pattern, why in WORKER_PATTERNS.items() if not re.search(pattern, worker)]
    missing += [why for marker, why in BUNDLE_MARKERS.items() if marker not in bundle]
    if missing:
        raise MaterialChanged(
            f"Material's search worker or bundle changed; the wrapper {WRAPPER} relies on: "
            + "; ".join(missing)
            + " (see ARCHITECTURE.md, Search)"
        )


def _json_for_script(value: Any) -> str:
    """Like Jinja's tojson: safe inside <script>."""
    text = json.dumps(value, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027")


def point_pages_at_wrapper(site_dir: Path, html_pages: list[Path]) -> str | None:
    """Rewrite the "search" address of each page's __config; returns Material's worker file name."""
    worker_name = None
    for page in html_pages:
        text = page.read_text(encoding="utf-8")
        match = _CONFIG_SCRIPT.search(text)
        if not match:
            continue
        data = json.loads(match.group(2))
        found = _MATERIAL_WORKER.match(data.get("search", ""))
        if not found:
            raise MaterialChanged(f"unexpected search worker address {data.get('search')!r} in {page}")
        worker_name = found["name"]
        language = language_of(page.relative_to(site_dir).as_posix())
        data["search"] = f"{found['dir'] or ''}{WRAPPER}?lang={language}&worker={worker_name}"
        page.write_text(text[: match.start(2)] + _json_for_script(data) + text[match.end(2) :], encoding="utf-8")
    return worker_name


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write(site_dir: Path, html_pages: list[Path]) -> None:
    """Reshape Material's index: per-paragraph entries, per-language settings and documents.

    Material loads `search_index.json` (http) or `search_index.js` (file://, written by the
    offline plugin) on every page load: both are left with the settings only. The wrapper
    loads the reader's language's documents (`index.<lang>.js`) at the reader's first query.
    """
    search_dir = site_dir / "search"
    index = json.loads((search_dir / "search_index.json").read_text(encoding="utf-8"))
    docs = [split for entry in index["docs"] for split in split_entry(entry, site_dir)]
    index["config"]["separator"] = SEPARATOR  # also used by search.highlight on pages
    all_digits = [numerals.ASCII_DIGITS, *numerals.DIGITS.values()]
    index["config"]["edition"] = {
        code: dict(
            LANGUAGE_SEARCH.get(code, DEFAULT_SEARCH),
            digits=numerals.DIGITS.get(code, numerals.ASCII_DIGITS),
            other_digits=[d for d in all_digits if d != numerals.DIGITS.get(code, numerals.ASCII_DIGITS)],
            prefix=project.language_prefix(code),
            separator=SEPARATOR,
            index=posixpath.relpath(f"search/{LANGUAGE_INDEX.format(lang=code)}", WORKERS_DIR),
        )
        for code in project.language_codes()
    }
    synonyms = synonym_sets()
    for code in project.language_codes():
        language_docs = [doc for doc in docs if language_of(doc["location"]) == code]
        (search_dir / LANGUAGE_INDEX.format(lang=code)).write_text(
            f"self.{LANGUAGE_INDEX_GLOBAL} = {_dump(language_docs)};\n"
            f"self.{SYNONYMS_GLOBAL} = {_dump(language_synonyms(code, synonyms))};\n",
            encoding="utf-8",
        )
    settings_only = _dump({"config": index["config"], "docs": []})
    (search_dir / "search_index.json").write_text(settings_only, encoding="utf-8")
    if (search_dir / "search_index.js").is_file():
        (search_dir / "search_index.js").write_text(f"var __index = {settings_only}", encoding="utf-8")
    worker_name = point_pages_at_wrapper(site_dir, html_pages)
    if worker_name:
        check_material(site_dir, worker_name)


def read_language_index(site_dir: Path, lang: str) -> dict[str, Any]:
    """What write() put in a language's index script, by global name (documents, synonyms)."""
    script = (site_dir / "search" / LANGUAGE_INDEX.format(lang=lang)).read_text(encoding="utf-8")
    found = {}
    for line in script.splitlines():
        name, _, value = line.removeprefix("self.").partition(" = ")
        found[name] = json.loads(value.removesuffix(";"))
    return found


def lunr_languages_used(site_dir: Path) -> set[str]:
    """The lunr languages the settings name (the others need not be shipped)."""
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    return {lang for settings in index["config"].get("edition", {}).values() for lang in settings["lang"]}
