"""Reading inputs: every form of OUTPUTS.md, every encoding, every bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from geomap.errors import EncodingError, InputError
from geomap.model import Article, ArticleProblem
from geomap.text.reader import read_inputs

TEXT = "Azerbaijani forces shelled positions near Jermuk on Monday."


def articles(*inputs, published=None):
    return list(read_inputs(tuple(str(i) for i in inputs), published=published))


def test_txt_file_is_one_article_named_by_its_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    [article] = articles(path, published=dt.date(2022, 9, 14))
    assert article == Article(id="a.txt", text=TEXT, published=dt.date(2022, 9, 14))


@pytest.mark.parametrize("encoding, data", [
    ("utf-8", "Kəlbəcər – “quoted”".encode("utf-8")),
    ("utf-8-sig", "Kəlbəcər – “quoted”".encode("utf-8-sig")),
    ("cp1252", "Café – “quoted” résumé of the day’s events".encode("cp1252")),
    ("utf-16", "Kəlbəcər – “quoted”".encode("utf-16")),          # with its BOM
    ("utf-16", "Kəlbəcər – “quoted”".encode("utf-16-be").join([b"\xfe\xff", b""])),
])
def test_utf8_utf16_and_cp1252_read_correctly(tmp_path, encoding, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    [article] = articles(path)
    assert article.text == data.decode(encoding)
    assert not article.text.startswith("\ufeff")


@pytest.mark.parametrize("name, data, message", [
    ("bad.txt", b"", "empty"),
    ("bad.txt", b"  \n\t ", "empty"),
    ("bad.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("bad.txt", "Привет, мир, это статья".encode("koi8-r"), "neither UTF-8 nor Windows-1252"),
    ("bad.txt", "text".encode("utf-16") + b"\x00\xd8", "UTF-16"),  # a lone surrogate at the end
    ("bad.txt", b"\xff\xfe", "empty"),
    # a saved page whose only text is its menu has no article
    ("bad.html", b"<html><body><div class=\"menu\"><a>Home</a> <a>World</a></div></body></html>",
     "no article text"),
    ("bad.html", b"", "empty"),
    ("bad.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
])
def test_unreadable_single_file_is_a_clear_error(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message) as info:
        articles(path)
    assert name in str(info.value)


def test_encoding_error_is_an_input_error_and_a_value_error(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("Привет, мир".encode("koi8-r"))
    with pytest.raises(EncodingError):
        articles(path)
    with pytest.raises(ValueError):
        articles(path)


def test_folder_reads_txt_files_sorted_with_relative_ids(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("B text", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("A text", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    assert [a.id for a in articles(tmp_path)] == ["b.txt", "sub/a.txt"]


def test_folder_with_a_bad_file_yields_a_problem_and_the_rest(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    items = articles(tmp_path)
    assert [type(i) for i in items] == [ArticleProblem, Article]
    assert "empty.txt" in items[0].source and "empty" in items[0].message


def test_empty_folder_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no .txt articles"):
        articles(tmp_path)


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        articles(tmp_path / "nope.txt")


def test_manifest_gives_metadata_and_relative_ids(tmp_path):
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"file": "x.txt", "published": "2022-09-14",
                                     "source": "Mehr", "url": "https://example.org/x",
                                     "title": "T"}]), encoding="utf-8")
    [article] = articles(manifest)
    assert (article.id, article.published, article.source, article.url, article.title) == (
        "x.txt", dt.date(2022, 9, 14), "Mehr", "https://example.org/x", "T")


def test_published_option_fills_in_where_the_manifest_has_no_date(tmp_path):
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"file": "x.txt"}]), encoding="utf-8")
    [article] = articles(manifest, published=dt.date(2023, 1, 2))
    assert article.published == dt.date(2023, 1, 2)


@pytest.mark.parametrize("content, message", [
    ("[{\"file\": \"x.txt\",", "broken JSON"),
    ("{\"file\": \"x.txt\"}", "JSON list"),
    ("[]", "no articles"),
    ("[{\"published\": \"2022-01-01\"}]", "'file'"),
    ("[{\"file\": \"x.txt\", \"published\": \"last Monday\"}]", "not a date"),
    ("[{\"file\": 7}]", "must be a string"),
])
def test_broken_manifest_is_an_error_naming_the_problem(tmp_path, content, message):
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    manifest = tmp_path / "m.json"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        articles(manifest)
    assert "m.json" in str(info.value)


def test_manifest_entry_whose_file_is_missing_is_a_problem_in_a_batch(tmp_path):
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    manifest = tmp_path / "m.json"
    manifest.write_text(json.dumps([{"file": "x.txt"}, {"file": "gone.txt"}]), encoding="utf-8")
    items = articles(manifest)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], ArticleProblem) and "gone.txt" in items[1].source


def test_jsonl_streams_records_and_reports_bad_lines(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": "r1", "text": TEXT, "published": "2022-09-14"}),
        "{not json",
        json.dumps({"id": "r3"}),
        json.dumps({"text": "Baku said so.", "title": "no id"}),
    ]) + "\n", encoding="utf-8")
    items = articles(path)
    assert [getattr(i, "id", None) for i in items] == ["r1", None, None, "c.jsonl:4"]
    assert items[1].source.endswith("c.jsonl:2") and "JSON" in items[1].message
    assert items[2].source.endswith("c.jsonl:3") and "'text'" in items[2].message
    assert items[0].published == dt.date(2022, 9, 14)


def test_no_input_reads_the_built_in_example():
    items = articles()
    assert len(items) >= 3 and all(isinstance(i, Article) for i in items)
    assert all(i.published for i in items)


def test_seeds_manifest_reads_three_articles(seeds_dir):
    items = articles(seeds_dir / "seeds.json")
    assert [a.id for a in items] == ["000_1e885a311b783693.txt", "001_17c5b3ffab864218.txt",
                                     "004_41c841a963bee18c.txt"]
    assert items[1].published == dt.date(2022, 9, 14)


PAGE = """<!DOCTYPE html><html><head><meta charset="{charset}">
<title>Clash near Jermuk | News.am</title>
<meta property="article:published_time" content="2022-09-13T10:00:00Z">
<meta property="og:site_name" content="News.am">
<link rel="canonical" href="https://news.am/eng/news/1.html"></head>
<body><nav><a href="/">Home</a> <a>World</a> <a>Moscow</a></nav>
<article><h1>Clash near Jermuk</h1>
<p>Armenia's defence ministry said Azerbaijani forces shelled Jermuk on Sunday, {extra}.</p>
<p>Two soldiers were wounded, the ministry said.</p><script>alert("x")</script></article>
<aside><h3>Most read</h3><ul><li><a>Floods in Paris</a></li></ul></aside>
<footer>Copyright Moscow Times</footer></body></html>"""


@pytest.mark.parametrize("charset, extra", [
    ("utf-8", "Kəlbəcər’s residents said"), ("windows-1251", "жители сказали"),
])
def test_a_saved_web_page_is_its_article_and_what_the_page_says_of_it(tmp_path, charset,
                                                                       extra):
    path = tmp_path / "clash.html"
    path.write_bytes(PAGE.format(charset=charset, extra=extra).encode(charset))
    [article] = articles(path, published=dt.date(2022, 1, 1))
    assert "shelled Jermuk on Sunday" in article.text and extra in article.text
    assert "Two soldiers were wounded" in article.text
    for chrome in ("World", "Paris", "Moscow", "alert"):     # menus, links, footer, script
        assert chrome not in article.text
    assert article.published == dt.date(2022, 9, 13)         # the page's, not the default
    assert article.title == "Clash near Jermuk"
    assert (article.source, article.url) == ("News.am", "https://news.am/eng/news/1.html")


def test_a_manifests_date_and_source_win_over_the_pages(tmp_path):
    (tmp_path / "clash.html").write_text(PAGE.format(charset="utf-8", extra="it said"),
                                         encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    manifest.write_text(json.dumps([{"file": "clash.html", "published": "2022-09-14",
                                     "source": "Armenpress"}]), encoding="utf-8")
    [article] = articles(manifest)
    assert (article.published, article.source) == (dt.date(2022, 9, 14), "Armenpress")


def test_a_folder_reads_pages_beside_text_files(tmp_path):
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.htm").write_text(PAGE.format(charset="utf-8", extra="it said"),
                                    encoding="utf-8")
    assert [a.id for a in articles(tmp_path)] == ["a.htm", "b.txt"]


def test_a_folder_walk_skips_hidden_folders_and_maps_geomap_wrote(tmp_path):
    """"geomap build ." twice: the first build's map and its staging folders are no
    articles of the second."""
    from geomap.render.assets import MapFigure
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "outputs").mkdir()
    (tmp_path / "outputs" / "map.html").write_text(MapFigure(title="geomap").render(),
                                                   encoding="utf-8")
    (tmp_path / "outputs" / "page.html").write_text(
        f"<html><body><article><p>{TEXT}</p></article></body></html>", encoding="utf-8")
    (tmp_path / ".geomap-tmp-outputs.1-x").mkdir()
    (tmp_path / ".geomap-tmp-outputs.1-x" / "b.txt").write_text(TEXT, encoding="utf-8")
    assert [a.id for a in articles(tmp_path)] == ["a.txt", "outputs/page.html"]


def test_articles_of_the_same_name_keep_ids_of_their_own(tmp_path):
    for folder in ("monday", "tuesday"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(TEXT, encoding="utf-8")
    found = articles(tmp_path / "monday" / "report.txt", tmp_path / "tuesday" / "report.txt")
    assert [a.id for a in found] == ["report.txt", "report.txt#2"]


def test_a_file_given_twice_is_read_once(tmp_path):
    (tmp_path / "report.txt").write_text(TEXT, encoding="utf-8")
    manifest = tmp_path / "seeds.json"
    manifest.write_text('[{"file": "report.txt", "published": "2024-06-20"}]',
                        encoding="utf-8")
    found = articles(tmp_path / "report.txt", tmp_path / "report.txt", manifest)
    assert [a.id for a in found] == ["report.txt"]


def test_a_linked_folder_is_followed_and_a_file_reached_twice_is_read_once(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "far.txt").write_text(TEXT, encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "near.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a_far").symlink_to(elsewhere)
    (folder / "b_far").symlink_to(elsewhere)         # the same folder by another link
    (folder / "a_near.txt").symlink_to("near.txt")  # a link sorted before its file
    (folder / "up").symlink_to("..")                 # a link back up: no loop
    found = articles(folder)
    assert [a.id for a in found] == ["a_far/far.txt", "near.txt"]


def test_links_that_lead_nowhere_are_problems_of_a_batch(tmp_path):
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "self.html").symlink_to("self.html")
    (tmp_path / "gone.md").symlink_to("nowhere.md")   # of another kind: only counted
    found = articles(tmp_path)
    assert [a.id for a in found if isinstance(a, Article)] == ["good.txt"]
    assert sorted((p.source, p.message) for p in found if isinstance(p, ArticleProblem)) == [
        (str(tmp_path / "gone.txt"),
         f"a link that leads to no file ({tmp_path / 'nowhere.txt'})"),
        (str(tmp_path / "self.html"), "a link that leads to no file (self.html)")]


def test_the_same_file_by_two_names_is_said_to_be_one(tmp_path, caplog):
    (tmp_path / "plain.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("plain.txt")
    found = articles(tmp_path / "plain.txt", tmp_path / "link.txt")
    assert [a.id for a in found] == ["plain.txt"]
    assert [r.getMessage() for r in caplog.records] == [
        f"{tmp_path / 'link.txt'}: the same file as {tmp_path / 'plain.txt'}, read once"]


def test_invisible_and_decomposed_characters_do_not_split_a_name(tmp_path):
    import unicodedata

    import geomap
    from geomap.model import BuildOptions

    article = tmp_path / "a.txt"
    article.write_text("Azerbaijani forces shelled Jer\u00admuk and So\u200btk on Monday; "
                       + unicodedata.normalize("NFD", "Şuşa was quiet,")
                       + " the Armenian Defence Ministry said.", encoding="utf-8")
    result = geomap.build([str(article)], BuildOptions(published=dt.date(2024, 3, 16)))
    assert sorted(result.places.name) == ["Jermuk", "Shusha", "Sotk"]
    assert "Jermuk and Sotk" in result.claims.text.iloc[0]
