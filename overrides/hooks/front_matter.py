"""Validate every page's front matter before anything is built.

All problems are reported together, each naming the file, the field and what was expected;
the build stops rather than publish a page whose metadata is wrong.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from policy_text import pages, schema


def on_files(files: Files, config) -> Files:
    docs_dir = Path(config.docs_dir)
    metas, errors = {}, []
    for file in files.documentation_pages():
        path = Path(file.abs_src_path)
        try:
            page = pages.read(path, docs_dir)
        except pages.PageError as error:
            errors.append(str(error))
            continue
        metas[page.rel_path.as_posix()] = page.meta
        errors += map(str, schema.validate(page.meta, page.rel_path))
    errors += map(str, schema.validate_collection(metas))
    if errors:
        raise PluginError("Invalid front matter:\n  " + "\n  ".join(errors))
    return files
