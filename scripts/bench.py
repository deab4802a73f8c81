#!/usr/bin/env python3
"""Performance figures, side by side with a naive Material + i18n build: `make bench`.

Not a test: it measures, prints, and writes bench/results.json (the figures as data) and
bench/RESULTS.md (the same as tables, with the targets and the machine). It builds this site and a
*reference* (the same pages with a plain Material + mkdocs-static-i18n configuration), serves
each from 127.0.0.1 with gzip as any real host does, and measures in headless Chromium:

- bytes transferred on a first visit (every resource, the search worker's included, as
  compressed on the wire), home and a priority page in each language;
- Lighthouse 12.2.3 scores (mobile and desktop) and LCP for the same pages;
- build time of each site (best of several builds), and their ratio;
- the ZIP size; the search index; search latency from keystroke to rendered results, for
  the first query of a visit (it loads the documents, Material's worker and lunr) and after.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from policy_text import chromium, offline, project

ROOT = project.ROOT
OUT = ROOT / "bench"
LIGHTHOUSE = ROOT / "scripts" / "bench" / "node_modules" / ".bin" / "lighthouse"
PAGES = {
    f"{lang} {kind}": project.language_prefix(lang) + path
    for lang in project.language_codes()
    for kind, path in (("home", "index.html"), ("priority", "priorites/1-independance-souverainete-paix.html"))
}
SEARCHES = {
    "fr": ["neutralite", "partenariats", "diplomatie economique"],
    "en": ["sovereignty", "ASEAN"],
    "km": ["ការទូតសេដ្ឋកិច្ច", "អាស៊ាន"],
}
LIGHTHOUSE_METRICS = {
    "fcp_ms": "first-contentful-paint",
    "lcp_ms": "largest-contentful-paint",
    "tbt_ms": "total-blocking-time",
    "cls": "cumulative-layout-shift",
    "si_ms": "speed-index",
}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt")
TARGETS = {
    "bytes_ratio": 0.8,  # first visit, edition / reference, French and English priority pages
    "lighthouse_mobile": 100,  # performance score, every page measured
    "zip_bytes": 400_000,
    "build_ratio": 1.5,  # build time, edition / reference
}
BUSY_NOTE = (
    "**The machine was busy** (load average above its core count): timings, build times included, are unreliable."
)
BYTES_RATIO_PAGES = tuple(f"{lang} priority" for lang in ("fr", "en"))

REFERENCE_CONFIG = """\
site_name: Politique étrangère du Cambodge
docs_dir: docs
use_directory_urls: false
theme:
  name: material
  language: fr
  custom_dir: overrides
plugins:
  - search
  - i18n:
      docs_structure: folder
      languages:
        - {locale: fr, name: Français, default: true}
        - {locale: en, name: English}
        - {locale: km, name: ខ្មែរ}
"""


def reference_project(folder: Path) -> Path:
    """The naive baseline: our Markdown, Material's defaults (plus the Khmer UI file it lacks)."""
    shutil.copytree(ROOT / "docs", folder / "docs")
    languages = folder / "overrides" / "partials" / "languages"
    languages.mkdir(parents=True)
    shutil.copy(ROOT / "overrides" / "partials" / "languages" / "km.html", languages)
    (folder / "mkdocs.yml").write_text(REFERENCE_CONFIG, encoding="utf-8")
    return folder


def build(project: Path, site: Path, site_url: str = "") -> float:
    """Wall-clock seconds of one build."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1764000000", "SITE_URL": site_url}
    # a build with the site's address needs where readers report a problem (policy_text.reporting)
    if not (env.get("ISSUES_URL") or env.get("CONTACT")):
        env["ISSUES_URL"] = "https://example.invalid/issues"
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def build_times(builds: dict[str, tuple], runs: int) -> dict[str, float]:
    """Best time of `runs` builds of each site (the least disturbed by the machine), the
    sites built in turn so that a slow spell of the machine weighs on both."""
    times: dict[str, list[float]] = {name: [] for name in builds}
    for _ in range(runs):
        for name, arguments in builds.items():
            times[name].append(build(*arguments))
    return {name: min(values) for name, values in times.items()}


class GzipHandler(chromium.QuietHandler):
    """Serves files gzip-compressed when the client accepts it, over persistent (keep-alive)
    HTTP/1.1 connections, as real hosts do."""

    protocol_version = "HTTP/1.1"

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_file() and path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(path.read_bytes(), mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return None
        return super().send_head()


def first_visit_bytes(browser, url: str) -> int:
    """Bytes on the wire (headers and compressed bodies) for everything a first visit fetches,
    the page's workers' requests included."""
    context = browser.new_context()  # empty cache
    finished = []
    context.on("requestfinished", lambda request: finished.append(request))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(1000)
    total = 0
    for request in finished:
        sizes = request.sizes()
        total += sizes["responseHeadersSize"] + sizes["responseBodySize"]
    context.close()
    return total


def lighthouse(url: str, preset: str) -> dict:
    args = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--chrome-flags={' '.join(chromium.FLAGS)}",
        "--only-categories=performance,accessibility,best-practices,seo",
    ]
    if preset == "desktop":
        args.append("--preset=desktop")
    result = subprocess.run(
        args, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": chromium.EXECUTABLE}
    )
    if result.returncode != 0:
        return {"error": result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed"}
    report = json.loads(result.stdout)
    scores = {name: round(category["score"] * 100) for name, category in report["categories"].items()}
    metrics = {
        name: round(report["audits"][audit]["numericValue"], 3 if name == "cls" else None)
        for name, audit in LIGHTHOUSE_METRICS.items()
    }
    return {**scores, **metrics}


QUERY_TO_RESULTS = """query => new Promise(resolve => {
    const box = document.querySelector('.md-search__input');
    const list = document.querySelector('.md-search-result__list');
    const done = new MutationObserver(() => {
        if (!list.children.length) return;
        done.disconnect(); resolve(performance.now() - start); });
    done.observe(list, {childList: true, subtree: true});
    const start = performance.now();
    box.value = query;  // as a reader's typing leaves it: the input event (edition.js searches on it)
    box.dispatchEvent(new Event('input', {bubbles: true}));
    setTimeout(() => resolve(-1), 10000);
})"""


def search_latency(browser, base: str) -> dict[str, dict[str, float]]:
    """Median milliseconds from the query in the box to rendered results, per language: the
    first query of a visit (it loads the documents, Material's worker and lunr), the others."""
    results = {}
    for lang, queries in SEARCHES.items():
        first, timings = [], []
        for _ in range(3):
            context = browser.new_context()
            page = context.new_page()
            page.goto(base + project.language_prefix(lang) + "index.html", wait_until="networkidle")
            box = page.locator("input.md-search__input")
            box.click()
            first.append(page.evaluate(QUERY_TO_RESULTS, queries[0]))
            for query in queries:
                box.fill("")
                page.wait_for_timeout(200)
                timings.append(page.evaluate(QUERY_TO_RESULTS, query))
                page.wait_for_timeout(100)
            context.close()
        results[lang] = {
            "first_query": round(statistics.median([t for t in first if t >= 0]), 1),
            "next_queries": round(statistics.median([t for t in timings if t >= 0]), 1),
        }
    return results


def table(rows: list[list[str]]) -> str:
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def lighthouse_version() -> str:
    package = json.loads((ROOT / "scripts" / "bench" / "package.json").read_text(encoding="utf-8"))
    return package["devDependencies"]["lighthouse"]


def environment(chromium_version: str, lighthouse_run: bool, load_average: float) -> dict[str, Any]:
    """What the figures depend on besides the sources: when, on what, with what."""
    return {
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
        "cpu_cores": os.cpu_count(),
        "load_average": round(load_average, 2),  # at the start: other work on the machine slows the timings
        "python": platform.python_version(),
        "chromium": f"{chromium_version} ({Path(chromium.EXECUTABLE).name})",  # chromium, or CHROMIUM's
        "lighthouse": lighthouse_version() if lighthouse_run else None,
    }


def _scores(entry: dict | None) -> str:
    if not entry:
        return "not run"
    if "error" in entry:
        return "error"
    return (
        f"{entry['performance']}/{entry['accessibility']}/{entry['best-practices']}/{entry['seo']} "
        f"(FCP {entry['fcp_ms']} ms, LCP {entry['lcp_ms']} ms, TBT {entry['tbt_ms']} ms, CLS {entry['cls']})"
    )


def _verdict(met: bool | None) -> str:
    return "not measured" if met is None else "met" if met else "missed"


def target_rows(results: dict[str, Any]) -> list[list[str]]:
    """Each target, the figure it is judged on, and whether it is met."""
    pages = results["pages"]
    ratios = {label: pages[label]["bytes_ratio"] for label in BYTES_RATIO_PAGES if label in pages}
    mobile = [row.get("edition_mobile") for row in pages.values()]
    performance = [entry["performance"] for entry in mobile if entry and "performance" in entry]
    lighthouse_met = None if not performance or len(performance) < len(mobile) else min(performance) >= 100
    return [
        ["target", "figure", "verdict"],
        [
            f"first-visit bytes ≤ {TARGETS['bytes_ratio']}× the reference ({', '.join(BYTES_RATIO_PAGES)})",
            ", ".join(f"{label} {ratio}" for label, ratio in ratios.items()),
            _verdict(bool(ratios) and max(ratios.values()) <= TARGETS["bytes_ratio"]),
        ],
        [
            f"Lighthouse mobile performance {TARGETS['lighthouse_mobile']} (every page)",
            f"lowest {min(performance)}" if performance else "not run",
            _verdict(lighthouse_met),
        ],
        [
            f"ZIP ≤ {TARGETS['zip_bytes']:,} B",
            f"{results['zip_bytes']:,} B",
            _verdict(results["zip_bytes"] <= TARGETS["zip_bytes"]),
        ],
        [
            f"build time ≤ {TARGETS['build_ratio']}× the reference",
            str(results["build_ratio"]),
            _verdict(results["build_ratio"] <= TARGETS["build_ratio"]),
        ],
    ]


def results_markdown(results: dict[str, Any]) -> str:
    """bench/RESULTS.md: the figures of one `make bench` run, readable, with what they were measured on."""
    env = results["environment"]
    lighthouse_run = env["lighthouse"] is not None
    pages = [
        [
            "page",
            "first visit, edition",
            "reference",
            "ratio",
            "Lighthouse mobile P/A/BP/SEO, edition",
            "reference",
            "Lighthouse desktop, edition",
        ]
    ]
    for label, row in results["pages"].items():
        pages.append(
            [
                label,
                f"{row['edition_bytes']:,} B",
                f"{row['reference_bytes']:,} B",
                str(row["bytes_ratio"]),
                _scores(row.get("edition_mobile")),
                _scores(row.get("reference_mobile")),
                _scores(row.get("edition_desktop")),
            ]
        )
    search = results["search_index_bytes"]
    latency = results["search_latency_ms"]
    search_rows = [["language", "documents (loaded at the first query)", "first query", "next queries"]]
    search_rows += [
        [lang, f"{search[lang]:,} B", f"{times['first_query']} ms", f"{times['next_queries']} ms"]
        for lang, times in latency.items()
    ]
    lighthouse_note = (
        f"Lighthouse {env['lighthouse']}, mobile and desktop presets."
        if lighthouse_run
        else '**Lighthouse was not run for this record** (`--no-lighthouse`): its columns say "not run".'
    )
    build = results["build_seconds"]
    lines = [
        "# Performance figures",
        "",
        "Written by `make bench` (`scripts/bench.py`, which says what is measured and how); the same",
        "figures as data: `bench/results.json`. Do not edit by hand: run `make bench` again.",
        "",
        "## Machine",
        "",
        table(
            [
                ["date", "CPU cores", "load average (1 min)", "Python", "Chromium", "Lighthouse"],
                [
                    env["date"],
                    str(env["cpu_cores"]),
                    str(env["load_average"]),
                    env["python"],
                    env["chromium"],
                    env["lighthouse"] or "not run",
                ],
            ]
        ),
        "",
        lighthouse_note,
        *(
            [
                "",
                BUSY_NOTE,
            ]
            if env["load_average"] > (env["cpu_cores"] or 1)
            else []
        ),
        "",
        "## Targets",
        "",
        table(target_rows(results)),
        "",
        "## First visit",
        "",
        "Bytes on the wire (headers and gzip-compressed bodies) for everything an empty-cache visit",
        "fetches; *reference* is the same Markdown built with a plain Material + mkdocs-static-i18n",
        "configuration.",
        "",
        table(pages),
        "",
        "## Build, offline ZIP, search",
        "",
        f"- Build time (best of {results['build_runs']}): edition {build['edition']} s, "
        f"reference {build['reference']} s, ratio {results['build_ratio']}. The edition's first build, compiling "
        f"its templates (`.cache/templates/` empty, as on a fresh clone): {results['first_build_seconds']} s.",
        f"- Offline ZIP: {results['zip_bytes']:,} B.",
        f"- Search settings loaded with every page: {search['settings']:,} B ({search['settings_gzip']:,} B gzipped).",
        "",
        "Search documents (uncompressed) and median time from keystroke to rendered results:",
        "",
        table(search_rows),
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds timed per site (best is kept)")
    parser.add_argument("--no-lighthouse", action="store_true", help="skip Lighthouse (it takes minutes)")
    args = parser.parse_args()
    if not args.no_lighthouse and not LIGHTHOUSE.exists():
        print(
            f"{LIGHTHOUSE} missing: run `make bench` (it installs Lighthouse), or pass --no-lighthouse", file=sys.stderr
        )
        return 2
    from playwright.sync_api import sync_playwright

    load_average = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    sites = {"edition": work / "edition", "reference": work / "reference"}
    for site in sites.values():
        site.mkdir()
    serving = contextlib.ExitStack()
    servers = {name: serving.enter_context(chromium.serve(site, GzipHandler)) for name, site in sites.items()}
    # The edition is built as deployed, with its address (absolute canonical and hreflang URLs);
    # the reference as a naive configuration is, without one. The edition's first build compiles
    # its templates, as on a fresh clone; the next ones find them compiled, as a maintainer's do.
    shutil.rmtree(project.TEMPLATES_CACHE_DIR, ignore_errors=True)
    first_build = build(ROOT, sites["edition"], servers["edition"][0])
    times = build_times(
        {
            "edition": (ROOT, sites["edition"], servers["edition"][0]),
            "reference": (reference_project(work / "reference-project"), sites["reference"]),
        },
        args.runs,
    )
    results: dict[str, Any] = {
        "build_seconds": {k: round(v, 2) for k, v in times.items()},
        "first_build_seconds": round(first_build, 2),
        "build_ratio": round(times["edition"] / times["reference"], 2),
        "build_runs": args.runs,
        "zip_bytes": (sites["edition"] / offline.ZIP_NAME).stat().st_size,
        "search_index_bytes": {},
        "pages": {},
    }
    for lang in project.language_codes():  # documents loaded at the first query, uncompressed
        results["search_index_bytes"][lang] = (sites["edition"] / "search" / f"index.{lang}.js").stat().st_size
    settings = (sites["edition"] / "search" / "search_index.json").read_bytes()  # loaded with every page
    results["search_index_bytes"]["settings"] = len(settings)
    results["search_index_bytes"]["settings_gzip"] = len(gzip.compress(settings, mtime=0))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium.EXECUTABLE, args=chromium.FLAGS)
        results["environment"] = environment(browser.version, not args.no_lighthouse, load_average)
        for label, path in PAGES.items():
            row: dict[str, Any] = {}
            results["pages"][label] = row
            for name, (base, _) in servers.items():
                row[f"{name}_bytes"] = first_visit_bytes(browser, base + path)
                if not args.no_lighthouse:
                    row[f"{name}_mobile"] = lighthouse(base + path, "mobile")
                    row[f"{name}_desktop"] = lighthouse(base + path, "desktop")
            row["bytes_ratio"] = round(row["edition_bytes"] / row["reference_bytes"], 2)
        results["search_latency_ms"] = search_latency(browser, servers["edition"][0])
        browser.close()
    serving.close()

    report = results_markdown(results)
    print(report)
    OUT.mkdir(exist_ok=True)
    (OUT / "results.json").write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (OUT / "RESULTS.md").write_text(report, encoding="utf-8")
    print(f"written: {OUT / 'results.json'}, {OUT / 'RESULTS.md'}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
