"""A sample of GSR sentences (../shared/eval/arabic_event_gsr): detected or not, sentence by
sentence, as ``marsad eval`` scores them (each sentence an article of its own)."""
from __future__ import annotations

from pathlib import Path

import pytest

from geo_helpers import ocha_home  # noqa: F401 - session fixture
from marsad.evaluation.gsr import detected, load_items
from marsad.model import Article
from marsad.pipeline import Pipeline
from marsad.pipeline.resources import Resources

GSR = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "arabic_event_gsr"

# (task, id or start of the text, detected?)
SAMPLE = [
    ("ASSAULT", "AAW_ARB_20071125.0018-9", True),  # وخطفوا 50 شخصا
    ("ASSAULT", "AAW_ARB_20070218.0034-2", True),  # تفجير القنبلة الصوتية ... اصابة شخص
    ("ASSAULT", "AAW_ARB_20080314.0023-1", True),  # مقتل ستة مدنيين ... في هجوم انتحاري
    ("ASSAULT", "AAW_ARB_20081116.0037-1", True),  # سقط عشرات العراقيين ... بانفجار سيارة مفخخة
    ("ASSAULT", "AAW_ARB_20080221.0023-4", True),  # امراة قتلت وأصيب ثمانية اشخاص
    ("ASSAULT", "AAW_ARB_20080314.0023-11", True),  # الهجوم ... فأسفر عن ثمانية قتلى
    ("ASSAULT", "AAW_ARB_20080219.0002-16", True),  # وقتل مهاجم انتحاري 47 شخصا
    ("ASSAULT", "AAW_ARB_20080219.0062-52", False),  # تفجيره ... دليل على: a comment
    ("ASSAULT", "AAW_ARB_20071229.0024-16", False),  # ضرب مثالا بعناصر تعرضت للاغتيال
    ("ASSAULT", "AAW_ARB_20081227.0022-27", False),  # على خلفية الكشف عن 8 صواريخ
    ("ASSAULT", "AAW_ARB_20080925.0014-11", False),  # امن الرهائن يشكل اولوية
    ("ASSAULT", "AAW_ARB_20070916.0057-6", False),  # افرج عن رهائنه
    ("ASSAULT", "AAW_ARB_20080913.0007-59", False),  # هل تستخدم ... وسائل تعذيب؟ (a question)
    ("PROTEST", "AAW_ARB_20061101.0039-7", True),  # وتجمع آلاف المتظاهرين في خور
    ("PROTEST", "AAW_ARB_20071013.0014-2", True),  # خرجت امس مظاهرات في مدن: جوبا وواو
    ("PROTEST", "AAW_ARB_20070101.0060-1", True),  # احتشد آلاف المتظاهرين أمس
    ("PROTEST", "AAW_ARB_20080517.0039-7", True),  # تظاهر نحو الفي شخص امس في عمان
    ("PROTEST", "AAW_ARB_20061126.0059-16", False),  # يخطط لخروج مظاهرات: a plan
    ("PROTEST", "وأضاف: تارة يخرجونك في الشوط الثاني", False),  # football
    ("PROTEST", "وتنوع الحضور لبنانياً وعربياً ودولياً", False),
    ("PROTEST", "ومن أجل ذلك، لم يتورع أحد التونسيين", True),  # احراق نفسه احتجاجا: a self-immolation in protest
]


@pytest.fixture(scope="module")
def run(ocha_home):  # noqa: F811 - the gazetteer `marsad eval` uses
    pipeline = Pipeline.default(Resources(home=ocha_home))
    items = {task: load_items(GSR, task) for task in ("ASSAULT", "PROTEST")}

    def find(task: str, key: str):
        item = next(i for i in items[task] if i.id == key or i.text.startswith(key))
        doc = pipeline(Article(id=item.id, text=item.text, published=item.published))
        return item, detected(doc.events, task)
    return find


@pytest.mark.parametrize("task,key,expected", SAMPLE, ids=[f"{t}-{k[:28]}" for t, k, _ in SAMPLE])
def test_gsr_sentence(run, task, key, expected):
    item, found = run(task, key)
    assert bool(found) is expected, [(e.sub_event_type, e.notes) for e in found]
    if expected:
        assert item.positive


def test_gsr_loader_leaves_ambiguous_out_and_reads_dates():
    items = load_items(GSR, "PROTEST")
    assert {i.label for i in items} == {"yes", "easy no", "difficult no"}
    assert len(items) == 1235 - 159  # the 159 "ambiguous" sentences are left out
    first = next(i for i in load_items(GSR, "ASSAULT") if i.id == "AAW_ARB_20071026.0026-2")
    assert first.published.isoformat() == "2007-10-26"
    assert first.doc_id == "AAW_ARB_20071026.0026"
