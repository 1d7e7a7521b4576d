"""Actors: states, bodies, office holders (title table, apposition), agencies, coreference."""

from __future__ import annotations

import pytest

from geomap.incidents import find_actors
from geomap.model import Article


def actors(text: str):
    return find_actors(Article(id="t", text=text))


def actor_at(text: str, surface_start: str):
    start = text.index(surface_start)
    return next(m for m in actors(text) if m.start <= start < m.end)


def test_irans_east_azerbaijan_province_is_no_state_actor():
    found = actors("The IRGC held an exercise in the Jolfa area of East Azerbaijan province.")
    assert [a.country_code for a in found] == ["IR"]


@pytest.mark.parametrize("text, at, name, country, kind", [
    ("Turkey's Ministry of National Defense denied any role.", "Turkey's Ministry",
     "Ministry of Defense of Turkey", "TR", "ministry"),
    ("The Border Service of the State Committee for National Security of Kyrgyzstan said so.",
     "The Border Service", "Kyrgyz border guards", "KG", "military"),
    ("Armenia's defense ministry said so.", "Armenia", "Ministry of Defense of Armenia", "AM", "ministry"),
    ("the Azerbaijani ministry of defense said", "Azerbaijani", "Ministry of Defense of Azerbaijan", "AZ", "ministry"),
    ("by the Ministry of Defense of Azerbaijan is", "Ministry", "Ministry of Defense of Azerbaijan", "AZ", "ministry"),
    ("A statement put out by the Armenian premiership said", "Armenian", "Armenian premiership", "AM", "government"),
    ("Azerbaijani forces came under fire", "Azerbaijani", "Azerbaijani armed forces", "AZ", "military"),
    ("Baku said", "Baku", "Government of Azerbaijan", "AZ", "government"),
    ("Yerevan said", "Yerevan", "Government of Armenia", "AM", "government"),
    ("Tehran said", "Tehran", "Government of Iran", "IR", "government"),
    ("Moscow said", "Moscow", "Government of Russia", "RU", "government"),
    ("Ankara said", "Ankara", "Government of Turkey", "TR", "government"),
    ("Washington said", "Washington", "Government of United States", "US", "government"),
    # the gazetteer's demonyms of states actors.yaml does not list, plurals included
    ("Kyrgyz troops shelled Vorukh", "Kyrgyz", "Kyrgyz armed forces", "KG", "military"),
    ("Belgrade denied it", "Belgrade", "Government of Serbia", "RS", "government"),
    ("The IDF said its aircraft struck Natanz", "IDF", "Israel Defense Forces", "IL", "military"),
    ("the Democratic Republic of Congo said", "Democratic", "DR Congo", "CD", "state"),
    ("Rwanda denied fighting inside Congo", "Congo", "DR Congo", "CD", "state"),
    ("Ebola killed nine in the Republic of Congo", "Republic", "Republic of the Congo", "CG",
     "state"),
    ("The UAE rejected the report", "UAE", "United Arab Emirates", "AE", "state"),
    ("A Kosovo police officer was killed", "Kosovo", "Kosovar police", "XK", "military"),
    ("Iran's police said two border guards were killed", "Iran", "Iranian police", "IR",
     "military"),
    ("South Korea's Joint Chiefs of Staff said", "South", "South Korean general staff", "KR",
     "military"),
    ("Georgia's State Security Service said", "Georgia", "Georgian security service", "GE",
     "government"),
    # a weekday before the comma is no apposed name
    ("Troops clashed in Arunachal Pradesh on Friday, India's defence minister said.", "India",
     "Defense Minister of India", "IN", "official"),
    ("Bishkek accused Dushanbe", "Dushanbe", "Government of Tajikistan", "TJ", "government"),
    ("Tajikistan accused Tajiks of", "Tajiks", "Tajikistan", "TJ", "demonym"),
    ("the Thai army said", "Thai", "Thai armed forces", "TH", "military"),
    ("Sudanese artillery shelled Gallabat", "Sudanese", "Sudan", "SD", "demonym"),
    # office holders from the title table
    ("Iranian President Ayatollah Seyed Ebrahim Raisi met", "Iranian", "Ebrahim Raisi, President of Iran", "IR", "official"),
    ("Armenian Prime Minister Nikol Pashinyan convened", "Armenian", "Nikol Pashinyan, Prime Minister of Armenia", "AM", "official"),
    ("with the Foreign Minister of the Republic of Azerbaijan Jeyhun Bayramov, he", "Foreign",
     "Jeyhun Bayramov, Foreign Minister of Azerbaijan", "AZ", "official"),
    ("Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei made it clear", "Leader",
     "Ali Khamenei, Leader of Iran", "IR", "official"),
    # office holders named without their country (actors.yaml people)
    ("Prime Minister Nikol Pashinyan told parliament", "Prime",
     "Nikol Pashinyan, Prime Minister of Armenia", "AM", "official"),
    ("Nikol Pashinyan told parliament", "Nikol", "Nikol Pashinyan, Prime Minister of Armenia",
     "AM", "official"),
    ("Ayatollah Seyed Ebrahim Raisi warned", "Ayatollah", "Ebrahim Raisi, President of Iran",
     "IR", "official"),
    ("Iran's foreign ministry spokesman Nasser Kanaani said", "Iran",
     "Nasser Kanaani, spokesman of the Iranian foreign ministry", "IR", "official"),
    ("Foreign ministry spokesman Nasser Kanaani said", "Foreign",
     "Nasser Kanaani, spokesman of the Iranian foreign ministry", "IR", "official"),
    ("Turkish President Recep Tayyip Erdoğan said", "Turkish",
     "Recep Tayyip Erdogan, President of Turkey", "TR", "official"),
    # armed forces known by their own name
    ("The Ground Force of Iran's Islamic Revolution Guards Corps (IRGC) began drills", "Islamic",
     "Islamic Revolutionary Guard Corps (Iran)", "IR", "military"),
    ("the IRGC said", "IRGC", "Islamic Revolutionary Guard Corps (Iran)", "IR", "military"),
    # apposition
    ("Nasser Kanaani, the spokesman for the Iranian foreign ministry, said", "Nasser",
     "Nasser Kanaani, spokesman of the Iranian foreign ministry", "IR", "official"),
    ("a spokesperson for the Armenian defense ministry said", "spokesperson",
     "spokesman of the Ministry of Defense of Armenia", "AM", "official"),
    ("Deputy Chief of Staff of the Iranian Armed Forces for International Cooperation Mohammad Ahadi, who",
     "Deputy", "Mohammad Ahadi, deputy chief of staff of the Iranian armed forces", "IR", "official"),
    # agencies
    ("Azerbaijani news agency Trend reported.", "Trend", "Trend news agency", "AZ", "agency"),
    ("Tasnim news agency reported.", "Tasnim", "Tasnim news agency", "IR", "agency"),
    ("Mehr news agency reported.", "Mehr", "Mehr News Agency", "IR", "agency"),
    ("VOA wrote.", "VOA", "Voice of America", "US", "agency"),
    ("APA reported.", "APA", "APA news agency", "AZ", "agency"),
    ("Armenpress reported.", "Armenpress", "Armenpress", "AM", "agency"),
    ("TASS reported.", "TASS", "TASS", "RU", "agency"),
])
def test_actor_phrases(text, at, name, country, kind):
    m = actor_at(text, at)
    assert (m.name, m.country_code, m.kind) == (name, country, kind)
    assert text[m.start:m.end] == m.surface


def test_an_ordinary_word_is_not_an_agency():
    assert not any(m.kind == "agency" for m in actors("The trend shows that Trend is rising."[:25]))
    assert all(m.name != "Trend news agency" for m in actors("A Trend emerged in markets."))


def test_hyphenated_pairs_are_two_states():
    found = actors("clashes along the Armenia-Azerbaijan border")
    assert [m.country_code for m in found] == ["AM", "AZ"]


@pytest.mark.parametrize("text, pronoun, name", [
    # "she" is not a man named before her, and may be the woman named before him
    ("Russian President Vladimir Putin met the press. She said the talks were useful.",
     "She", None),
    ("Foreign Ministry spokeswoman Maria Zakharova spoke. Vladimir Putin agreed. She said so.",
     "She", "Maria Zakharova, spokesman of the Russian foreign ministry"),
    # a first name gender-guesser reads as a woman's does not keep "he" from a man
    ("Prime Minister Nikol Pashinyan spoke in parliament. He said talks would go on.", "He",
     "Nikol Pashinyan, Prime Minister of Armenia"),
    ("Nasser Kanaani, the spokesman for the Iranian foreign ministry, spoke. He said so.",
     "He", "Nasser Kanaani, spokesman of the Iranian foreign ministry"),
    # the subject of the last sentence, not the last name in it
    ("Leader of the Islamic Revolution Ayatollah Ali Khamenei met Turkish President Recep "
     "Tayyip Erdogan. “No,” he said.", "he", "Ali Khamenei, Leader of Iran"),
    ("Leader of the Islamic Revolution Ayatollah Ali Khamenei spoke. “No,” the Leader said.",
     "the Leader", "Ali Khamenei, Leader of Iran"),
    ("Armenia’s defense ministry said it. The ministry said more.", "The ministry",
     "Ministry of Defense of Armenia"),
    ("Azerbaijan's defense ministry denied it. It said its units responded.", "It",
     "Ministry of Defense of Azerbaijan"),
    ("One soldier was wounded, according to the ministry. Azerbaijan's defense ministry spoke.",
     "the ministry", None),
    ("Azerbaijan's defense ministry spoke. One soldier was wounded, according to the ministry.",
     "the ministry", "Ministry of Defense of Azerbaijan"),
    # a government that summons an ambassador speaks through its foreign ministry, even
    # when another ministry was named before
    ("Armenia’s defense ministry said it. Moscow summoned Armenia’s ambassador this week. "
     "The ministry said the envoy was rebuked.", "The ministry", "Russian foreign ministry"),
    ("Baku recalled its envoy from Tehran. The ministry said so.", "The ministry",
     "Azerbaijani foreign ministry"),
    # "it" is a body, not the soldiers the sentence counts, nor a wire dateline's agency
    ("BISHKEK, May 3 (Reuters) - Guards exchanged fire, Kyrgyzstan's border service said. "
     "Two Kyrgyz soldiers were killed, it said.", "it", "Kyrgyz border guards"),
    # "It said" after a sentence that names who spoke: the speaker, not its subject
    ("Azerbaijani forces fired on Armenian positions near Tegh, the Armenian Defence "
     "Ministry said. It said a soldier was wounded.", "It", "Ministry of Defense of Armenia"),
    ("The Armenian Defence Ministry said Azerbaijani forces opened fire near Sotk. A drone "
     "attack near Tegh wounded four soldiers, it said.", "it",
     "Ministry of Defense of Armenia"),
    # "The service said": the body whose name holds the word, not the first that fits
    ("Armenian forces opened fire near Lachin, the State Border Service of Azerbaijan said. "
     "The service said units fired.", "The service", "Azerbaijani border guards"),
    # "They said": a body or officials named before
    ("The Tajik border troops gave a different account. They said Kyrgyz forces had "
     "opened fire first.", "They", "Tajik border guards"),
    # ", the army said" closing a report is not the army reported on in it
    ("Pakistani troops opened fire in Poonch on Monday, the army said.", "the army", None),
    ("Armenia's defense ministry spoke. Azerbaijani troops fired on Sotk, the ministry said.",
     "the ministry", "Ministry of Defense of Armenia"),
    # "the military" is a state's, not an armed movement's
    ("Hezbollah said it had targeted Israeli troops. Israeli aircraft later struck "
     "targets near Naqoura, the military said.", "the military", "Israeli armed forces"),
    # without such an act the last ministry named stays the antecedent
    ("Armenia’s defense ministry said it. Moscow criticised the move. The ministry said more.",
     "The ministry", "Ministry of Defense of Armenia"),
])
def test_coreference(text, pronoun, name):
    start = text.rindex(pronoun)
    hit = [m for m in actors(text) if m.start == start]
    if name is None:
        assert not hit
    else:
        assert hit and hit[0].name == name and hit[0].surface == pronoun


def test_surnames_refer_to_the_named_official():
    text = ("Iranian Foreign Minister Hossein Amir Abdollahian spoke. Amir Abdollahian said so. "
            "President Raisi agreed, as Iranian President Ebrahim Raisi had.")
    found = actors(text)
    amir = next(m for m in found if m.surface == "Amir Abdollahian")
    assert amir.name == "Hossein Amir Abdollahian, Foreign Minister of Iran"
    raisi = next(m for m in found if m.surface == "President Raisi")
    assert raisi.country_code == "IR"


def test_mentions_carry_the_article_id_and_do_not_overlap():
    found = find_actors(Article(id="a.txt", text="Armenia's defense ministry and Iranian troops."))
    assert all(m.article_id == "a.txt" for m in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_a_counterpart_takes_the_hosts_title():
    text = ("Iranian President Ebrahim Raisi met with his Azerbaijani counterpart Ilham Aliyev "
            "in Astana. Foreign Minister Hossein Amir Abdollahian joined.")
    assert actor_at(text, "his Azerbaijani").name == "Ilham Aliyev, President of Azerbaijan"


def test_an_unnamed_office_holder_is_the_one_the_article_names():
    text = ("Iranian President Ebrahim Raisi met his Azerbaijani counterpart Ilham Aliyev. "
            "The Azerbaijani president stressed respect for borders. Later, Iranian Foreign "
            "Minister Hossein Amir Abdollahian called Baku. The Iranian foreign minister said "
            "talks went well.")
    assert actor_at(text, "The Azerbaijani president").name == \
        "Ilham Aliyev, President of Azerbaijan"
    assert actor_at(text, "The Iranian foreign minister").name == \
        "Hossein Amir Abdollahian, Foreign Minister of Iran"


def test_two_people_in_one_role_leave_the_unnamed_one_alone():
    text = ("Former Armenian President Serzh Sargsyan and Armenian President Vahagn "
            "Khachaturyan attended. The Armenian president said nothing.")
    assert actor_at(text, "The Armenian president").name == "President of Armenia"


def test_unnamed_officials_stay_generic():
    text = ("Iranian President Ebrahim Raisi spoke. An Iranian official said the talks went well.")
    assert actor_at(text, "Iranian official").name == "official of Iran"


def test_an_unnamed_counterpart_takes_the_hosts_title():
    text = "Iran's foreign minister met his Armenian counterpart in Yerevan on Monday."
    assert actor_at(text, "his Armenian").name == "Foreign Minister of Armenia"


@pytest.mark.parametrize("said, name", [("police said", "Indian police"),
                                         ("the army said", "Indian armed forces")])
def test_police_or_army_named_without_their_state_are_the_dateline_towns(said, name):
    from geomap.model import Mention, Place, Resolution
    text = ("SRINAGAR, May 9 — Pakistani troops fired on posts in Kupwara district, "
            f"{said}.")
    srinagar = Place(id="t:srinagar", name="Srinagar", lat=34.08, lon=74.80,
                     country_code="IN", kind="city", source="test")
    places = (Resolution(Mention("t", "SRINAGAR", 0, 8), srinagar, 1.0),)
    speaker = said.removesuffix(" said")
    found = [a for a in find_actors(Article(id="t", text=text), places=places)
             if a.surface == speaker]
    assert [(a.name, a.country_code) for a in found] == [(name, "IN")]
    # without a dateline town, whose they are is unknown (not the troops reported on)
    assert not [a for a in actors(text.split("— ")[1]) if a.surface == speaker]


def test_a_bodys_press_service_speaks_for_the_body_named_before():
    text = ("The Ministry of Defense of Azerbaijan responded within hours. “There was no "
            "shelling,” the ministry's press service said.")
    (office,) = [a for a in actors(text) if a.start == text.rindex("the ministry")]
    assert (office.surface, office.name) == ("the ministry's press service",
                                             "Ministry of Defense of Azerbaijan")


@pytest.mark.parametrize("demonym, country", [
    ("South Sudanese", "SS"), ("Ivorian", "CI"), ("Burkinabe", "BF"), ("Burundian", "BI"),
    ("Djiboutian", "DJ"), ("Mauritanian", "MR"), ("Central African", "CF")])
def test_the_demonyms_of_border_states_of_africa_name_them(demonym, country):
    """'South Sudanese troops' are South Sudan's, not Sudan's (the shorter demonym inside)."""
    found = find_actors(Article("a", f"{demonym} troops crossed the border on Monday."))
    assert [m.country_code for m in found] == [country]
