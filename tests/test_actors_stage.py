"""The actors pipeline stage and the knowledge files' error reporting."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from marsad.actors.lexicon import DATA_DIR, ActorLexicon, LexiconError
from marsad.actors.recognise import stage
from marsad.doc import Doc
from marsad.model import Article, Mention
from marsad.pipeline.resources import Resources

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds" / "001_66456859eb77b8a6.txt"


@pytest.fixture(scope="module")
def resources(tmp_path_factory) -> Resources:
    return Resources(home=tmp_path_factory.mktemp("home"))


def test_stage_adds_mentions_with_original_offsets(resources):
    text = SEED.read_text(encoding="utf-8")
    doc = Doc.from_article(Article(id="001", text=text))
    stage(doc, resources)
    kinds = {m.kind for m in doc.mentions}
    assert kinds == {"actor", "outlet", "person"}
    rt = [m for m in doc.mentions if m.label == "RT"]
    assert [(m.text, text[m.start - 2:m.end]) for m in rt] == [("RT", "لـRT")]
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text


def _actors_beside_place(resources, text: str, place: str, name: str, country: str) -> dict[str, str]:
    """Actor labels by surface when the places stage found ``place`` in ``country``."""
    doc = Doc.from_article(Article(id="x", text=text))
    start = text.index(place)
    doc.add(Mention("place", start, start + len(place), place, name, {"country": country}))
    stage(doc, resources)
    return {m.text: m.label for m in doc.mentions_of("actor")}


def test_stage_uses_place_countries_for_context(resources):
    assert _actors_beside_place(resources, "وقال الجيش إن مسلحين هاجموا حاجزا قرب الموصل", "الموصل", "Mosul", "Iraq") == {
        "الجيش": "Military Forces of Iraq", "مسلحين": "Unidentified Armed Group (Iraq)"}


def test_a_tie_of_countries_goes_to_the_one_with_places(resources):
    # American doctors (civilians of the US: 2) killed in Sanaa (a place in Yemen: 2): the gunman
    # is an unidentified armed group of the country where it acts
    labels = _actors_beside_place(resources, "مقتل ثلاثة اطباء اميركيين في هجوم مسلح نفذه مسلحون ضد مستشفى في جنوب صنعاء",
                                  "صنعاء", "Sanaa", "Yemen")
    assert labels["مسلحون"] == "Unidentified Armed Group (Yemen)"
    assert labels["اطباء اميركيين"] == "Civilians (United States)"


def test_security_sources_and_the_capital_tell_the_country(resources):
    # «مصادر أمنية عراقية», «العاصمة الجزائرية» name no actor but say where the article is
    for text, country in (("واعلنت مصادر أمنية عراقية مقتل 42 شخصا في انفجار سيارة مفخخة", "Iraq"),
                          ("قتل ثلاثة أشخاص في هجوم انتحاري في شرق العاصمة الجزائرية", "Algeria")):
        doc = Doc.from_article(Article(id="x", text=text))
        stage(doc, resources)
        assert {m.label for m in doc.mentions_of("actor")} >= {f"Civilians ({country})"}, text
        assert not [m for m in doc.mentions if "مصادر" in m.text or "العاصمة" in m.text]


def _actors(resources, text: str) -> list[tuple[str, str, str | None]]:
    doc = Doc.from_article(Article(id="x", text=text))
    stage(doc, resources)
    return [(m.text, m.label, m.data.get("match")) for m in doc.mentions_of("actor")]


def test_a_definite_head_alone_is_the_group_named_with_it_before(resources):
    found = _actors(resources, "قتل 7 جنود في هجوم نفذته خلايا تابعة لتنظيم داعش على نقطة عسكرية. "
                               "واستهدف عناصر التنظيم النقطة بالقذائف.")
    assert found[-1] == ("التنظيم", "Islamic State (Syria)", "anaphora")
    assert found[-2][:2] == ("خلايا تابعة لتنظيم داعش", "Islamic State (Syria)")  # «خلايا تابعة لـ» taken in
    # nothing named with «حركة» before; a definite adjective after the head makes another thing
    assert not [a for a in _actors(resources, "نشطت الحركة التجارية في السوق.") if a[2] == "anaphora"]
    assert not [a for a in _actors(resources, "قال مسؤول في حركة حماس إن الحركة التجارية تراجعت.")
                if a[2] == "anaphora"]


def test_the_militia_after_the_houthis_is_them(resources):
    # the Yemeni government's press: «ميليشيا الحوثي» then «تعزيزات للميليشيا»
    found = _actors(resources, "قتل 14 عنصرا من ميليشيا الحوثي في معارك مع الجيش الوطني. وشنت مقاتلات "
                               "التحالف 12 غارة على تعزيزات للميليشيا في مديرية صرواح.")
    assert ("للميليشيا", "Houthi Movement (Ansar Allah)") in [a[:2] for a in found]
    # not before the group is named
    assert not [a for a in _actors(resources, "اعتقلت الشرطة عناصر من الميليشيا في البصرة.")
                if a[1].startswith("Houthi")]


def test_resources_compile_the_lexicon_once(resources):
    assert resources.actors is resources.actors
    assert isinstance(resources.actors, ActorLexicon)


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "actors"
    shutil.copytree(DATA_DIR, target)
    return target


def test_invalid_yaml_names_file_and_line(tmp_path):
    data = _copy(tmp_path)
    path = data / "actors.yaml"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("actors:"))
    lines.insert(at + 2, "    name: [unclosed")
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(LexiconError) as err:
        ActorLexicon.load(data)
    assert str(path) in str(err.value)
    # the line the parser stops at: the broken line or the one after it
    assert f"actors.yaml:{at + 3}: not valid YAML" in str(err.value) or f"actors.yaml:{at + 4}: not valid YAML" in str(err.value)


@pytest.mark.parametrize("file, old, new, message", [
    ("actors.yaml", "    name: Jaish al-Izza\n    inter: Rebel group", "    name: Jaish al-Izza\n    inter: Rebels",
     r"actors\.yaml: entry 'jaish_al_izza': inter 'Rebels'"),
    ("patterns.yaml", "    vote: 1  # armies", "    vote: many  # armies",
     r"patterns\.yaml: entry 'military': vote must be a number >= 0, not 'many'"),
    ("outlets.yaml", "actor: Government of Russia", "actor: Goverment of Russia",
     r"outlets\.yaml: entry 'kremlin': actor 'Goverment of Russia' is not defined"),
    ("actors.yaml", "until: 2025-05-01", "until: May 2025", r"actors\.yaml: entry 'asayish': bad alias"),
    ("patterns.yaml", "  Russia: [قاعدة حميميم,", "  Rusia: [قاعدة حميميم,",
     r"patterns\.yaml: held_bases: 'Rusia' is not in countries\.yaml"),
])
def test_a_bad_entry_is_reported_with_its_file_and_id(tmp_path, file, old, new, message):
    data = _copy(tmp_path)
    path = data / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LexiconError, match=message):
        ActorLexicon.load(data)


def test_new_militia_added_as_data_is_recognised(tmp_path):
    data = _copy(tmp_path)
    path = data / "actors.yaml"
    path.write_text(path.read_text(encoding="utf-8") + (
        "  - id: test_brigade\n    name: Test Brigade\n    inter: Political militia\n    country: Syria\n"
        "    parent: Syrian National Army\n    aliases_ar: [لواء الاختبار]\n"), encoding="utf-8")
    lex = ActorLexicon.load(data)
    [m] = lex.find_actors("هاجم مسلحو لواء الاختبار قرية")
    assert (m.text, m.label, m.data["parent"]) == ("مسلحو لواء الاختبار", "Test Brigade", "Syrian National Army")


def test_missing_file_is_reported(tmp_path):
    data = _copy(tmp_path)
    (data / "outlets.yaml").unlink()
    with pytest.raises(LexiconError, match="outlets.yaml: knowledge file not found"):
        ActorLexicon.load(data)




def test_gunmen_after_a_group_named_by_its_gunmen_are_that_group():
    from datetime import date

    from marsad.pipeline import Pipeline
    doc = Pipeline.default()(Article(id="t", published=date(2020, 2, 14), text=(
        "قالت وزارة الدفاع الروسية إن مسلحي «هيئة تحرير الشام» شنوا هجوما على مواقع الجيش السوري قرب النيرب. "
        "وأضافت أن الطيران الروسي دمر خمس دبابات للمسلحين، ومنع المسلحين المحليين من التقدم.")))
    labels = [(m.text, m.label) for m in doc.mentions if m.kind == "actor"]
    assert ("للمسلحين", "Hayat Tahrir al-Sham") in labels
    # an adjective of their own makes them other men
    assert ("المسلحين", "Unidentified Armed Group (Syria)") in labels


def _patterns_with(tmp_path, key: str, end: str, replacement: str):  # noqa: ANN202
    """A copy of the actor knowledge whose patterns.yaml has ``key`` (up to ``end``) replaced."""
    data = tmp_path / "actors"
    shutil.copytree(DATA_DIR, data)
    patterns = data / "patterns.yaml"
    text = patterns.read_text(encoding="utf-8")
    start = text.index(key)
    patterns.write_text(text[:start] + replacement + text[text.index(end, start):], encoding="utf-8")
    return data


def test_pejorative_anaphors_of_the_old_shape_are_a_one_line_error(tmp_path):
    # patterns.yaml ``pejorative_anaphors`` is a list of {words, marks} groups; a single mapping
    # (the shape before groups) names the file and the key
    data = _patterns_with(tmp_path, "pejorative_anaphors:", "\n\n",
                          "pejorative_anaphors:\n  words: [الإرهابيين]\n  marks: [إرهاب]")
    with pytest.raises(LexiconError, match=r"patterns\.yaml: pejorative_anaphors must be a list"):
        ActorLexicon.load(data)


def test_phrases_a_descriptor_is_taken_across_that_are_no_list_are_a_one_line_error(tmp_path):
    data = _patterns_with(tmp_path, "so_called:", "\n", "so_called: ما يسمى")
    with pytest.raises(LexiconError, match=r"patterns\.yaml: so_called must be a list of phrases"):
        ActorLexicon.load(data)


def test_an_outlet_named_alone_in_a_dateline():
    from datetime import date

    from marsad.pipeline import Pipeline
    pipeline = Pipeline.default()
    doc = pipeline(Article(id="t", published=date(2019, 8, 20), text=(
        "خان شيخون - الجزيرة\nقصفت طائرات حربية روسية رتلا عسكريا تركيا قرب مدينة خان شيخون.")))
    assert [(m.text, m.label) for m in doc.mentions if m.kind == "outlet"] == [("الجزيرة", "Al Jazeera")]
    assert doc.events[0].sources == ["Al Jazeera"]
    # elsewhere «الجزيرة» is the region, no outlet
    doc = pipeline(Article(id="t", published=date(2019, 8, 20), text=(
        "قصفت طائرات حربية روسية مواقع في منطقة الجزيرة السورية.\nوقال مصدر محلي - الجزيرة")))
    assert not [m for m in doc.mentions if m.kind == "outlet"]


def test_a_dateline_name_that_is_no_list_is_a_one_line_error(tmp_path):
    # «dateline: الجزيرة» (a string) would be read letter by letter: the file and entry are named
    data = tmp_path / "actors"
    shutil.copytree(DATA_DIR, data)
    outlets = data / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8").replace("dateline: [الجزيرة]", "dateline: الجزيرة"),
                       encoding="utf-8")
    with pytest.raises(LexiconError, match=r"outlets\.yaml: entry 'al_jazeera': dateline must be a list"):
        ActorLexicon.load(data)
