"""The offset-keeping tokenizer: it covers its input and never backtracks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from narkomindel.read.html import _title, looks_like_html
from narkomindel.read.markup import RAW_TEXT_HTML, tokenize
from tests.read.timing import best_times

soup = st.lists(
    st.sampled_from(
        ["<", ">", "/", "=", '"', "'", " ", "\n", "a", "p", "<p", "</p>", "<a ", "b=c", "<!--",
         "-->", "<!DOCTYPE", "[", "]", "<![CDATA[", "]]>", "<?", "?>", "<script>", "</script>",
         "&amp;", "Д"]
    ),
    max_size=60,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(soup, st.booleans())
def test_tokens_cover_the_input_in_order(source: str, html: bool) -> None:
    tokens = list(tokenize(source, raw_text=RAW_TEXT_HTML if html else ()))
    pos = 0
    for tok in tokens:
        assert tok.start == pos and tok.end > tok.start
        pos = tok.end
    assert pos == len(source)


def test_well_formed_tags_and_attributes() -> None:
    source = '<p class="pers" id=x data-a=\'1\'>Text<br/><img src="a.png" /></p>'
    toks = list(tokenize(source))
    assert [(t.kind, t.name) for t in toks] == [
        ("start", "p"),
        ("text", ""),
        ("start", "br"),
        ("start", "img"),
        ("end", "p"),
    ]
    assert toks[0].attrs == {"class": "pers", "id": "x", "data-a": "1"}
    assert toks[2].self_closing and toks[3].self_closing and toks[3].attrs == {"src": "a.png"}


def test_script_content_is_text_up_to_its_end_tag() -> None:
    source = "<script>if (a<b && c>d) { s = '</p>'; }</script><p>x</p>"
    toks = list(tokenize(source, raw_text=RAW_TEXT_HTML))
    assert [t.kind for t in toks] == ["start", "text", "end", "start", "text", "end"]
    assert source[toks[1].start : toks[1].end].startswith("if (a<b")


def test_a_tag_open_at_the_end_of_the_file_is_dropped() -> None:
    toks = list(tokenize("text <a href=x"))
    assert [t.kind for t in toks] == ["text", "unclosed"]


def test_issue_10_unclosed_tag_with_many_attribute_like_pairs() -> None:
    """34 pairs took minutes (each 2 more, four times as long); now 16x the pairs
    take about 16x the time."""
    small = "<p>x</p><a " + " ".join(f'a{i}="v"' for i in range(16_000))
    large = "<p>x</p><a " + " ".join(f'a{i}="v"' for i in range(256_000))
    t_small, t_large = best_times([lambda: list(tokenize(small)), lambda: list(tokenize(large))])
    assert t_large / t_small < 30


def test_issue_10_comments_before_the_first_tag() -> None:
    """Thirty comments before a file's first tag took minutes to detect: each two more,
    four times as long.  Now four times the comments take about four times as long."""

    def detect(n: int) -> object:
        data = b"<!-- -->" * n + b"x"
        return lambda: [looks_like_html(data) for _ in range(2_000)]

    t3, t12 = best_times([detect(3), detect(12)])
    assert t12 / t3 < 30
    assert not looks_like_html(b"<!-- -->" * 500 + b"x")
    assert looks_like_html(b"<!-- a -->\n<!-- b -->\n<!DOCTYPE html><html>")


def test_title_of_unclosed_titles_is_none() -> None:
    assert _title("<title>" * 50_000) is None
    assert _title("<html><TITLE lang=ru>A &amp;  b</title><title>c</title>") == "A & b"
