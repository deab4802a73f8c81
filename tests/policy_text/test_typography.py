"""French no-break spaces are added to text, never to markup, scripts or code."""

from policy_text.typography import french_html, french_text

NNBSP, NBSP = "\u202f", "\u00a0"


def test_punctuation_is_tied_to_the_word_before():
    assert french_text("neutralité ; maintenir") == f"neutralité{NNBSP}; maintenir"
    assert french_text("suivantes :") == f"suivantes{NBSP}:"
    assert french_text("vraiment ? oui !") == f"vraiment{NNBSP}? oui{NNBSP}!"
    assert french_text("la « Route »") == f"la «{NBSP}Route{NBSP}»"


def test_existing_no_break_space_is_normalised_not_doubled():
    assert french_text("neutralité\u00a0;") == f"neutralité{NNBSP};"


def test_urls_times_and_code_are_left_alone():
    text = "http://127.0.0.1:8000/?q=1 à 10:30"
    assert french_text(text) == text
    html = '<script>a ? b : c;</script><code>x : y</code><p title="a : b">a : b</p>'
    assert french_html(html, "fr") == f'<script>a ? b : c;</script><code>x : y</code><p title="a : b">a{NBSP}: b</p>'


def test_character_references_are_left_whole():
    assert french_text("a &gt; b &#34;x&#34; &amp; c ;") == f"a &gt; b &#34;x&#34; &amp; c{NNBSP};"


def test_french_passages_of_other_pages_get_it_and_nothing_else():
    html = (
        '<html lang="en"><p>Note: see</p>'
        '<div class="cell" lang="fr"><div><p>neutralité ; paix</p></div><p>suivantes :</p></div>'
        '<p lang="km">ក ; ខ</p><img alt="x"><p>after ; this</p></html>'
    )
    assert french_html(html) == (
        '<html lang="en"><p>Note: see</p>'
        f'<div class="cell" lang="fr"><div><p>neutralité{NNBSP}; paix</p></div><p>suivantes{NBSP}:</p></div>'
        '<p lang="km">ក ; ខ</p><img alt="x"><p>after ; this</p></html>'
    )


def test_a_french_page_gets_it_throughout_but_in_passages_of_another_language():
    html = '<html lang="fr-FR"><p>a ; b</p><p lang="en">c ; d</p><p>e ; f</p></html>'
    assert french_html(html) == f'<html lang="fr-FR"><p>a{NNBSP}; b</p><p lang="en">c ; d</p><p>e{NNBSP}; f</p></html>'
