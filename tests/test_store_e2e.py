"""End to end over the seeds with the real pipeline: OCHA gazetteer -> extraction -> store -> control."""
from __future__ import annotations

import json

from click.testing import CliRunner

from marsad.cli import main
from store_helpers import MFS, SEED_001_VILLAGES, SEEDS, SHARED


def run(home, *args: str):
    return CliRunner().invoke(main, list(args), env={"MARSAD_HOME": str(home)}, catch_exceptions=False)


def test_control_timeline_of_seed_001_from_the_real_pipeline(tmp_path):
    """The villages seed 001 says the army took 'امس' pass to the Syrian army on 2020-01-26, the day
    before publication (2020-01-27), each at its OCHA community."""
    communities = SHARED / "data" / "ocha_syria" / "communities.csv"
    assert run(tmp_path, "gazetteer", "import", str(communities)).exit_code == 0
    assert run(tmp_path, "ingest", "-q", str(SEEDS), "--published", "2020-01-27").exit_code == 0
    held = [json.loads(x) for x in run(tmp_path, "control", "--date", "2020-01-26", "--admin1", "Idleb",
                                       "--format", "jsonl").stdout.splitlines()]
    by_name = {h["name_ar"]: h for h in held}
    for name_ar, _, pcode, *_ in SEED_001_VILLAGES:
        assert name_ar in by_name, (name_ar, sorted(by_name))
        village = by_name[name_ar]
        assert (village["controller"], village["since"]) == (MFS, "2020-01-26"), village
        assert village["gazetteer_id"] == (f"ocha:{pcode}" if pcode else None), village
    before = run(tmp_path, "control", "--date", "2020-01-25", "--admin1", "Idleb", "--format", "jsonl")
    assert before.exit_code == 0 and before.stdout == ""
    timeline = [json.loads(x) for x in run(tmp_path, "control", "بسيدا", "--format", "jsonl").stdout.splitlines()]
    assert [(t["date"], t["controller"], t["gazetteer_id"], t["sources"]) for t in timeline] == [
        ("2020-01-26", MFS, "ocha:C3976", ["RT"])]
