"""The Khmer web font: what the subset keeps, its axis limits, its cache, and a missing source."""

from __future__ import annotations

import io
from pathlib import Path

import fontTools
import pytest
from fontTools.ttLib import TTFont

from policy_text import khmer_font

# The Khmer script's shaping features in the source font that act on the characters kept
# (aalt, ccmp, locl, ordn, kern and mkmk act on Latin, Greek and Cyrillic glyphs only).
KHMER_GSUB = {"abvf", "abvs", "blwf", "blws", "clig", "liga", "pref", "pres", "pstf", "psts"}
KHMER_GPOS = {"abvm", "blwm", "dist", "mark"}


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fonts")


@pytest.fixture(scope="module")
def source() -> Path:
    return khmer_font.package_file(khmer_font.PACKAGE_FONT)


@pytest.fixture(scope="module")
def woff2(source, cache_dir) -> bytes:
    return khmer_font.cached_font(source, cache_dir)  # the one real subsetting of this module (~3 s)


@pytest.fixture(scope="module")
def font(woff2) -> TTFont:
    return TTFont(io.BytesIO(woff2))


def features(font: TTFont, table: str) -> set[str]:
    return {record.FeatureTag for record in font[table].table.FeatureList.FeatureRecord}


def test_is_a_small_woff2(font, woff2):
    assert font.flavor == "woff2"
    assert 25_000 < len(woff2) < 35_000  # 30,568 bytes with fonttools 4.68.0


def test_keeps_every_character_of_the_khmer_blocks_the_source_has(font, source):
    source_cmap = set(TTFont(source).getBestCmap())
    kept = set(font.getBestCmap())
    wanted = set(khmer_font.unicodes())
    assert kept == wanted & source_cmap
    assert {0x200B, 0x200C, 0x200D, 0x25CC, 0x1780, 0x17D4, 0x17E9, 0x19E0, 0x19FF} <= kept
    assert 0x0041 not in kept  # Latin is the system font's (the stylesheet's unicode-range)


def test_keeps_the_khmer_shaping_features(font):
    assert KHMER_GSUB <= features(font, "GSUB")
    assert KHMER_GPOS <= features(font, "GPOS")


def test_width_is_pinned_and_weight_limited_to_400_700(font):
    axes = {axis.axisTag: (axis.minValue, axis.defaultValue, axis.maxValue) for axis in font["fvar"].axes}
    assert axes == {"wght": (400, 400, 700)}


def test_second_call_reads_the_cache(source, cache_dir, woff2, monkeypatch):
    def rebuild(font: bytes) -> bytes:
        raise AssertionError("rebuilt although cached")

    monkeypatch.setattr(khmer_font, "subset_font", rebuild)
    assert khmer_font.cached_font(source, cache_dir) == woff2
    assert [path.suffix for path in cache_dir.iterdir()] == [".woff2"]  # no temporary file left


def test_cache_key_follows_the_parameters_and_fonttools(monkeypatch):
    key = khmer_font.cache_key(b"font")
    assert khmer_font.cache_key(b"other font") != key
    with monkeypatch.context() as patch:
        patch.setitem(khmer_font.PARAMETERS, "axes", {"wdth": 100, "wght": [400, 900]})
        assert khmer_font.cache_key(b"font") != key
    with monkeypatch.context() as patch:
        patch.setattr(fontTools, "version", "0.0")
        assert khmer_font.cache_key(b"font") != key
    assert khmer_font.cache_key(b"font") == key


def test_write_font_puts_the_font_and_its_licence_in_the_site(tmp_path, cache_dir, woff2):
    khmer_font.write_font(tmp_path, cache_dir)
    assert (tmp_path / "assets/fonts/noto-sans-khmer.woff2").read_bytes() == woff2
    licence = (tmp_path / "assets/fonts/noto-sans-khmer.LICENSE.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License, Version 1.1" in licence


def test_a_missing_font_file_is_named_with_the_package_expected(monkeypatch, tmp_path):
    monkeypatch.setattr(khmer_font, "PACKAGE_FONT", "files/NotoSansKhmer-Missing.ttf")
    with pytest.raises(khmer_font.FontSourceError) as error:
        khmer_font.write_font(tmp_path, tmp_path)
    assert "NotoSansKhmer-Missing.ttf missing" in str(error.value)
    assert "fontpkg-noto-sans-khmer" in str(error.value)
    assert not (tmp_path / "assets").exists()


def test_a_missing_package_is_named(monkeypatch):
    monkeypatch.setattr(khmer_font, "PACKAGE", "fontpkg_not_installed")
    with pytest.raises(khmer_font.FontSourceError, match="package fontpkg_not_installed not installed"):
        khmer_font.package_file("LICENSE")
