"""The ``marsad`` command line (../shared/docs/contract.md)."""
from __future__ import annotations

import json
import sys
from datetime import date

import click

from marsad.io.problems import Problems
from marsad.io.readers import iter_articles


def _date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")


@click.group()
@click.version_option(package_name="marsad")
def main() -> None:
    """marsad (مرصد): Arabic conflict news to ACLED-style event data."""


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--published", callback=_date, help="Default publication date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl")
@click.option("--out", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
def extract(inputs: tuple[str, ...], published: date | None, fmt: str, out: str | None) -> None:
    """Extract events from articles (.txt, .jsonl, .html, directories, - for stdin)."""
    from marsad.pipeline import Pipeline

    problems = Problems()
    pipeline = Pipeline.default()
    events = [ev for doc in pipeline.pipe(iter_articles(inputs or ["-"], published, problems)) for ev in doc.events]
    fh = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout
    try:
        for ev in events:
            fh.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if out:
            fh.close()
    sys.exit(1 if problems else 0)


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--published", callback=_date, help="Default publication date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl")
def places(inputs: tuple[str, ...], published: date | None, fmt: str) -> None:
    """Every place mention with its resolution, one JSON object per line."""
    from marsad.geo.recognise import place_records
    from marsad.pipeline import Pipeline

    problems = Problems()
    pipeline = Pipeline.default(until="places")
    for doc in pipeline.pipe(iter_articles(inputs or ["-"], published, problems)):
        for rec in place_records(doc):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
