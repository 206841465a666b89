"""Marking words in the papers' text: quotes across line breaks and lists, search words by stem, escaping."""

from __future__ import annotations

from service.web.highlight import Marker, quote_spans, term_spans

TEXT = ("The Panel highlighted 4 themes:-\n- children's   placements out of the area\n- short breaks for disabled "
        "children\nResolved:- (1) That the report be noted.")


def test_a_quote_is_found_whatever_the_spacing_and_a_joined_list_line_by_line() -> None:
    assert [TEXT[a:b] for a, b in quote_spans(TEXT, "children's placements out of the area")] == \
        ["children's   placements out of the area"]
    joined = "The Panel highlighted 4 themes:- - children's placements out of the area - short breaks for disabled"
    assert [TEXT[a:b] for a, b in quote_spans(TEXT, joined)] == [TEXT[:TEXT.index(" children\nResolved")]]
    reworded = "The Panel highlighted 4 themes: children's placements out of the area; short breaks for disabled"
    assert [TEXT[a:b] for a, b in quote_spans(TEXT, reworded)] == [
        "The Panel highlighted 4 themes:", "children's   placements out of the area", "short breaks for disabled"]
    assert quote_spans(TEXT, "Kestrelmoor Care Partners Ltd won the contract") == []


def test_search_words_are_marked_by_stem_and_the_first_mark_is_the_anchor() -> None:
    spans = term_spans(TEXT, "placement of a disabled child")
    assert [TEXT[a:b] for a, b in spans] == ["placements", "disabled"]
    html = Marker().paragraphs(TEXT, spans)
    assert html[1] == "- children&#x27;s   <mark id=\"quote\">placements</mark> out of the area"
    assert html[2] == "- short breaks for <mark>disabled</mark> children"


def test_text_is_escaped_around_marks() -> None:
    text = "<script>alert(1)</script> the report"
    [html] = Marker().paragraphs(text, term_spans(text, "report"))
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt; the <mark id=\"quote\">report</mark>"
