"""locate(): the claims and incidents frames of the seed incidents, built by hand; and,
from a short article, an incident drawn where it is reported to have happened, not where
its denier says its own forces were."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
import shapely

import geomap
from geomap.frames import CLAIM_COLUMNS, INCIDENT_COLUMNS
from geomap.geometry import locate
from geomap.geometry.incident_geometry import lent_locations
from geomap.geometry.measure import geodesic_gap_km, length_km, to_metric
from geomap.model import Article, BuildOptions, Location

from geo_helpers import PLACES, make_claim, make_incident, make_place


def vertices_off_line_km(geom, line) -> float:
    """The largest distance (km) of any vertex of ``geom`` from ``line``."""
    pts = shapely.points(shapely.get_coordinates(to_metric(geom)))
    return float(np.max(shapely.distance(pts, to_metric(line)))) / 1000


def town(name):
    lat, lon, *_ = PLACES[name]
    return shapely.Point(lon, lat)


@pytest.fixture
def frames(seed_incidents, boundaries):
    articles = {"a.txt": Article(id="a.txt", text="", title="Clashes", source="Example",
                                 url="https://example.org/a")}
    return locate(tuple(seed_incidents.values()), articles, boundaries, BuildOptions())


def claim(frames, cid):
    claims = frames[1]
    return claims[claims.id == cid].iloc[0]


def incident(frames, iid):
    incidents = frames[0]
    return incidents[incidents.id == iid].iloc[0]


def test_columns_and_crs(frames):
    incidents, claims = frames
    assert tuple(incidents.columns[:-1]) == INCIDENT_COLUMNS
    assert tuple(claims.columns[:-1]) == CLAIM_COLUMNS
    assert incidents.crs == claims.crs == "EPSG:4326"
    assert incidents.geometry.is_valid.all() and claims.geometry.is_valid.all()


def test_deterministic_order(frames, seed_incidents, boundaries):
    again = locate(tuple(reversed(seed_incidents.values())), {}, boundaries, BuildOptions())
    assert list(again[0].id) == list(frames[0].id)
    assert list(frames[0].id) == ["inc-sep22", "inc-astana", "inc-oct22", "inc-sep23",
                                  "inc-drill"]


def test_sept_2022_claim_lies_on_armenia_azerbaijan_border(frames, boundaries):
    row = claim(frames, "cl-az")
    border = boundaries.border("AM", "AZ")
    assert row.geo_precision == 2
    assert row.geometry.geom_type in ("LineString", "MultiLineString")
    assert vertices_off_line_km(row.geometry, border) < 0.05


@pytest.mark.parametrize("name", ["Dashkasan", "Kalbajar", "Lachin"])
def test_sept_2022_claim_has_a_piece_facing_each_town(frames, boundaries, name):
    row = claim(frames, "cl-az")
    to_border = geodesic_gap_km(town(name), boundaries.border("AM", "AZ"))
    to_claim = geodesic_gap_km(town(name), row.geometry)
    assert to_claim <= to_border + 10
    assert to_claim == pytest.approx(to_border, abs=0.1)  # it holds the nearest point


def test_dashkasan_sector_exists_although_town_is_far_from_border(boundaries):
    assert geodesic_gap_km(town("Dashkasan"), boundaries.border("AM", "AZ")) > 25


def test_sept_2022_incident_is_the_sectors(frames, boundaries):
    row = incident(frames, "inc-sep22")
    assert row.geo_precision == 2
    assert row.near_border
    assert row.territory == ""  # on the border line: in neither country
    assert row.claims_count == 3
    assert set(row.places) == {"Dashkasan", "Kalbajar", "Lachin"}
    assert 100 < length_km(row.geometry) < 3 * 55


def test_claim_naming_no_place_is_drawn_at_its_incident(frames, boundaries):
    """Yerevan names no place about the clash Baku puts on three border stretches: drawn
    on those stretches, not along the whole Armenia–Azerbaijan border."""
    row = claim(frames, "cl-am")
    assert row.geo_precision == 2
    assert row.location.startswith("no place named")
    assert row.geometry.equals(incident(frames, "inc-sep22").geometry)
    assert length_km(row.geometry) < 0.5 * length_km(boundaries.border("AM", "AZ"))


def test_oct_2022_border_fire_is_the_whole_border(frames, boundaries):
    row = incident(frames, "inc-oct22")
    border = boundaries.border("AM", "AZ")
    assert row.geo_precision == 3
    assert length_km(row.geometry) == pytest.approx(length_km(border), rel=0.01)
    assert vertices_off_line_km(row.geometry, border) < 0.01
    assert row.near_border


def test_sept_2023_denial_lies_on_iran_azerbaijan_border(frames, boundaries):
    for row in (claim(frames, "cl-ir"), incident(frames, "inc-sep23")):
        assert row.geo_precision == 3
        assert vertices_off_line_km(row.geometry, boundaries.border("AZ", "IR")) < 0.01
        assert length_km(row.geometry) > 500


def test_incident_without_place_falls_back_to_first_actor_country(frames, boundaries):
    row = incident(frames, "inc-drill")
    assert row.geo_precision == 3
    assert row.territory == "AM"
    assert not row.near_border
    assert row.geometry.equals(boundaries.country("AM"))


def test_point_incident_outside_boundary_set(frames):
    row = incident(frames, "inc-astana")
    assert row.geo_precision == 1
    assert row.geometry.equals(town("Astana"))
    assert row.territory == "KZ"  # beyond the clipped box: the gazetteer's country
    assert claim(frames, "cl-astana").geometry.equals(town("Astana"))


def test_claim_article_fields_and_dates(frames):
    row = claim(frames, "cl-az")
    assert (row.article_title, row.article_source, row.article_url) == (
        "Clashes", "Example", "https://example.org/a")
    assert row.date == "2022-09-13"
    assert row.places == ["Dashkasan", "Kalbajar", "Lachin"]
    assert incident(frames, "inc-oct22").date == "2022-10-16"


def test_empty_input_gives_empty_frames(boundaries):
    incidents, claims = locate((), {}, boundaries, BuildOptions())
    assert incidents.empty and claims.empty
    assert tuple(claims.columns[:-1]) == CLAIM_COLUMNS


# incidents whose claims disagree on precision, and claims that name no place ----------


def _locate_one(incident, boundaries, capitals=None):
    incidents, claims = locate((incident,), {}, boundaries, BuildOptions(), capitals)
    return incidents.iloc[0], {row.id: row for row in claims.itertuples()}


def test_a_country_wide_claim_does_not_swallow_border_sectors(boundaries):
    """Yerevan says "against Armenia's territory", Baku names three border stretches:
    the incident is the stretches, and so is the Armenian claim on the claims layer (not
    the outline of all Armenia), its location telling what it named."""
    inc = make_incident("inc", ("AM", "AZ"), claims=(
        make_claim("am", "inc", "AM", locations=[Location("country", countries=("AM",))]),
        make_claim("az", "inc", "AZ", locations=[
            Location("direction", make_place(n)) for n in ("Dashkasan", "Kalbajar", "Lachin")]),
    ))
    row, claims = _locate_one(inc, boundaries)
    assert row.geo_precision == 2 and row.near_border and row.territory == ""
    assert vertices_off_line_km(row.geometry, boundaries.border("AM", "AZ")) < 0.05
    assert claims["am"].geo_precision == 3
    assert claims["am"].geometry.equals(row.geometry)
    assert claims["am"].location.startswith("country AM; drawn at its incident's place")


def test_one_actor_and_a_claimant_across_the_border_is_their_border(boundaries):
    """Yerevan says Azerbaijani forces fired, naming no place: the Armenia–Azerbaijan
    border (as for two actors), not the whole of Azerbaijan; Baku's denial likewise."""
    inc = make_incident("inc", ("AZ",), claims=(make_claim("am", "inc", "AM"),
                                                make_claim("az", "inc", "AZ")))
    row, claims = _locate_one(inc, boundaries)
    assert row.geo_precision == 3 and row.near_border
    assert row.geometry.equals(boundaries.border("AM", "AZ"))
    assert claims["am"].geometry.equals(row.geometry)
    assert claims["az"].geometry.equals(row.geometry)


def test_a_denial_naming_no_place_is_drawn_at_the_town_not_the_report_s_wider_words(
        boundaries):
    """Baghdad says Turkish shells hit Zakho; the report also names "southern Iraq" (where
    the dead came from); Ankara's denial names no place: drawn at Zakho, as the incident
    is, not as a band across southern Iraq 500 km away."""
    zakho = Location("at", make_place("Zakho"))
    inc = make_incident("inc", ("IQ", "TR"), event_type="Explosions/Remote violence",
                        locations=[zakho, Location("country", countries=("IQ",),
                                                   part="south")], claims=(
        make_claim("iq", "inc", "IQ", locations=[zakho]),
        make_claim("tr", "inc", "TR", stance="denies"),
    ))
    row, claims = _locate_one(inc, boundaries)
    assert row.geometry.equals(town("Zakho"))
    assert claims["tr"].geometry.equals(town("Zakho"))
    assert claims["tr"].geo_precision == row.geo_precision == 1
    assert claims["tr"].location.startswith("no place named")


def test_a_country_claim_far_from_its_incident_keeps_its_own_shape(boundaries):
    """A claimant that puts the event in another country than the one it is reported in,
    hundreds of km away, disagrees about where: its claim keeps the country it named."""
    inc = make_incident("inc", ("AM", "AZ"), claims=(
        make_claim("am", "inc", "AM", locations=[Location("at", make_place("Jermuk"))]),
        make_claim("ua", "inc", "UA", locations=[Location("country", countries=("UA",))]),
    ))
    row, claims = _locate_one(inc, boundaries)
    assert row.geometry.equals(town("Jermuk"))
    assert claims["ua"].geometry.equals(boundaries.country_extent("UA"))
    assert claims["ua"].location == "country UA"


def test_a_claim_naming_no_place_takes_its_own_sides_places_only(boundaries):
    sector = [Location("direction", make_place("Lachin"))]
    inc = make_incident("inc", ("AM", "AZ"), locations=sector, claims=(
        make_claim("az", "inc", "AZ", locations=sector),
        make_claim("az-agency", "inc", "AZ", claimant="Trend news agency"),
        make_claim("am", "inc", "AM", stance="denies"),
        make_claim("am-2", "inc", "AM"),
    ))
    _, claims = _locate_one(inc, boundaries)
    assert claims["az-agency"].geometry.equals(claims["az"].geometry)
    assert claims["az-agency"].location.startswith("no place named: the incident's")
    # Baku's places are not lent to a claim of Yerevan's own: the actors' border, which
    # the incident, placed closer on it, stands for
    assert claims["am-2"].location.startswith("no place named: border AM–AZ")
    assert claims["am-2"].geometry.equals(claims["az"].geometry)
    # but Yerevan's denial bears on what Baku reported, where Baku put it
    assert claims["am"].geometry.equals(claims["az"].geometry)


def test_a_call_naming_no_place_is_the_two_countries_not_their_border(boundaries):
    inc = make_incident("inc", ("AZ", "IR"), event_type="diplomatic", claims=(
        make_claim("ir", "inc", "IR"),))
    row, claims = _locate_one(inc, boundaries)
    both = shapely.union_all([boundaries.country_extent("AZ"),
                              boundaries.country_extent("IR")])
    assert row.geo_precision == 3 and row.geometry.equals(both)
    assert not row.near_border and row.territory == ""
    assert claims["ir"].geometry.equals(both)


def test_a_call_naming_no_place_is_drawn_at_the_two_capitals_when_known(boundaries):
    """Not the breadth of Russia: the governments that spoke."""
    from geomap.gazetteer import load_gazetteer
    gazetteer = load_gazetteer()
    inc = make_incident("inc", ("AZ", "RU"), event_type="diplomatic", claims=(
        make_claim("ru", "inc", "RU"),))
    row, claims = _locate_one(inc, boundaries, {c: gazetteer.capital(c) for c in ("AZ", "RU")})
    assert row.geometry.geom_type == "MultiPoint" and row.geo_precision == 3
    seats = sorted((round(p.x, 1), round(p.y, 1)) for p in row.geometry.geoms)
    assert seats == [(37.6, 55.8), (49.9, 40.4)]                    # Moscow, Baku
    assert claims["ru"].geometry.equals(row.geometry)
    assert "capitals" in claims["ru"].location and row.territory == ""


def test_a_meetings_venue_is_lent_to_every_claimant(boundaries):
    astana = [Location("at", make_place("Astana"))]
    inc = make_incident("inc", ("AZ", "IR"), event_type="diplomatic", locations=astana,
                        claims=(make_claim("ir", "inc", "IR", locations=astana),
                                make_claim("az", "inc", "AZ")))
    _, claims = _locate_one(inc, boundaries)
    assert claims["az"].geometry.equals(town("Astana")) and claims["az"].geo_precision == 1


def test_claims_finer_than_a_country_are_all_kept(boundaries):
    inc = make_incident("inc", ("AM", "AZ"), claims=(
        make_claim("am", "inc", "AM", locations=[Location("at", make_place("Jermuk"))]),
        make_claim("az", "inc", "AZ", locations=[Location("direction", make_place("Lachin"))]),
    ))
    row, claims = _locate_one(inc, boundaries)
    assert row.geo_precision == 2                 # the coarsest of what it unites
    assert row.geometry.covers(town("Jermuk"))
    assert row.geometry.covers(claims["az"].geometry)


@pytest.mark.parametrize("stances, expected", [
    (("asserts",), "asserts"), (("asserts", "denies"), "asserts and denies"),
    (("denies", "denies"), "denies"), ((), ""),
])
def test_an_incident_says_whether_it_is_disputed(boundaries, stances, expected):
    """What is disputed: an incident one side asserts and the other denies is "asserts and
    denies"; one that only denials speak of (reports of a deployment both deny) is
    "denies", and the map draws it dashed and pale."""
    inc = make_incident("inc", ("AZ", "IR"), claims=tuple(
        make_claim(f"c{n}", "inc", "IR", stance=s) for n, s in enumerate(stances)))
    row, _ = _locate_one(inc, boundaries)
    assert row.stances == expected


def test_a_clash_beyond_the_region_falls_back_to_the_world_border_of_its_actors(boundaries):
    """Thailand and Cambodia: their 1:110m border, near a border, not all of Cambodia."""
    inc = make_incident("inc", ("KH", "TH"), claims=(make_claim("kh", "inc", "KH"),))
    row, claims = _locate_one(inc, boundaries)
    assert row.geometry.geom_type in ("LineString", "MultiLineString")
    assert 300 < length_km(row.geometry) < 1000 and row.geo_precision == 3
    assert row.near_border and row.territory == ""
    assert claims["kh"].location == "no place named: border KH–TH of the actors"


def test_a_claimant_of_no_country_naming_no_place_is_drawn_at_the_incidents_places():
    at_jermuk = (Location("at", make_place("Jermuk")),)
    yerevan = make_claim("c1", "i", "AM", locations=at_jermuk)
    stepanakert = make_claim("c2", "i", "", claimant="Nagorno-Karabakh de facto authorities")
    baku = make_claim("c3", "i", "AZ")
    inc = make_incident("i", ("AM", "AZ"), claims=(yerevan, stepanakert, baku),
                        locations=at_jermuk)
    assert lent_locations(stepanakert, inc) == at_jermuk
    # the other side's report is not lent to a side's claim that names no place
    assert lent_locations(baku, inc) == ()


# -------------------------------------------------------------- a denial's own positions

SHORZHA_ARTICLE = """Armenian soldier killed near Verin Shorzha

YEREVAN, July 28 — Azerbaijani forces opened fire on Armenian positions near the village \
of Verin Shorzha in Gegharkunik province on Wednesday morning, killing one Armenian \
soldier, the Armenian Defence Ministry said. Azerbaijan's Defence Ministry denied the \
report, saying its positions in the Kalbajar district had not opened fire.
"""


def build_one(tmp_path, text):
    """``text`` built as one article published on 28 July 2021."""
    article = tmp_path / "shorzha.txt"
    article.write_text(text, encoding="utf-8")
    return geomap.build([str(article)], BuildOptions(published=dt.date(2021, 7, 28)))


def test_a_denials_own_positions_do_not_draw_the_incident(tmp_path):
    result = build_one(tmp_path, SHORZHA_ARTICLE)
    (incident,) = result.incidents.itertuples()
    assert incident.geometry.geom_type == "Point"
    (village,) = result.places[result.places.name == "Verin Shorzha"].geometry
    assert incident.geometry.distance(village) < 0.05          # degrees: a few km at most
    assert incident.territory == "AM"
    stances = dict(zip(result.claims.claimant_country, result.claims.stance))
    assert stances == {"AM": "asserts", "AZ": "denies"}


def test_the_denial_keeps_its_own_geometry(tmp_path):
    claims = build_one(tmp_path, SHORZHA_ARTICLE).claims
    (denial,) = claims[claims.stance == "denies"].itertuples()
    assert denial.places == ["Kalbajar District"]


# ------------------------------------------- an incident whose claims name only a country
# (helper F3, session 21)

def _built(tmp_path, text, published, extra=()):
    """The incidents frame of ``text`` built as one article (``extra``: gazetteer rows)."""
    article = tmp_path / "report.txt"
    article.write_text(text, encoding="utf-8")
    return geomap.build([str(article)], BuildOptions(published=published,
                                                     gazetteer_extra=extra)).incidents


def test_the_province_the_report_names_beats_the_country_a_claim_names(tmp_path):
    incidents = _built(tmp_path, (
        "AMMAN, Jan 17 - Jordanian border guards clashed on Tuesday with armed smugglers who "
        "had crossed from Syria into Jordanian territory, killing four of them, the army said. "
        "The fighting took place in Mafraq province.\n"), dt.date(2024, 1, 17))
    (incident,) = incidents.itertuples()
    assert "Mafraq" in incident.places
    assert incident.geometry.geom_type != "Polygon"      # not all of Jordan
    assert incident.geo_precision == 2                   # a province, not a country


def test_an_only_denied_country_does_not_outweigh_the_town_asserted(tmp_path):
    incidents = _built(tmp_path, (
        "BANGKOK, April 20 - Two shells fired from Myanmar landed in Mae Sot on Saturday, "
        "wounding a woman, the Thai army said. Myanmar's military denied that its troops had "
        "fired into Thailand.\n"), dt.date(2024, 4, 20))
    (incident,) = incidents.itertuples()
    assert incident.geometry.geom_type == "Point"
    assert incident.geo_precision < 3
    assert shapely.Point(98.57, 16.72).distance(incident.geometry) < 0.2


def test_a_lake_known_only_by_its_centre_is_no_precise_place(tmp_path):
    extra = tmp_path / "lake.csv"
    extra.write_text("name,lat,lon,country,kind\nLake Victoria,-1.0,33.0,,lake\n",
                     encoding="utf-8")
    incidents = _built(tmp_path, (
        "KISUMU, May 6 - Ugandan soldiers shot and wounded a Kenyan fisherman near an island "
        "on Lake Victoria on Monday, Kenyan police said.\n"), dt.date(2024, 5, 7),
        (str(extra),))
    (incident,) = incidents.itertuples()
    assert incident.places == ["Lake Victoria"]
    assert incident.geo_precision == 3


def _two_reports(boundaries, second_locations, first_place="Jermuk", first_relation="near"):
    """One article: a clash at a place the gazetteer knows, and one on another day told
    only by ``second_locations`` (its scene unknown), with a claim naming nothing."""
    known = make_incident("known", ("AM", "AZ"), locations=[
        Location(first_relation, make_place(first_place))])
    unknown = make_incident("unknown", ("AM", "AZ"), day=dt.date(2022, 9, 15),
                            locations=second_locations,
                            claims=(make_claim("am", "unknown", "AM"),))
    incidents, claims = locate((known, unknown), {}, boundaries, BuildOptions(), None)
    return incidents.set_index("id").loc["unknown"], claims.iloc[0]


@pytest.mark.parametrize("second", [
    [Location("border", countries=("AM", "AZ"))],      # "on the border", no place
    [Location("country", countries=("AM",))],          # "on Armenian territory"
    [],                                                # no place at all
])
def test_an_unplaced_clash_is_drawn_on_the_border_facing_the_articles_town(boundaries,
                                                                           second):
    row, claim_row = _two_reports(boundaries, second)
    border = boundaries.border("AM", "AZ")
    assert row.geo_precision == 3
    assert vertices_off_line_km(row.geometry, border) < 0.05
    assert length_km(row.geometry) < 0.2 * length_km(border)
    assert geodesic_gap_km(row.geometry, town("Jermuk")) < 15
    # its claim, naming no place, is drawn there too
    assert claim_row.geometry.equals(row.geometry)


def test_a_town_of_the_article_far_from_the_border_narrows_nothing(boundaries):
    row, _ = _two_reports(boundaries, [Location("border", countries=("AM", "AZ"))], "Astana",
                          "at")
    assert length_km(row.geometry) == pytest.approx(
        length_km(boundaries.border("AM", "AZ")), rel=0.01)
