"""The ``marsad`` command line (../shared/docs/contract.md)."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

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
    """marsad (مرصد): Arabic conflict news to ACLED-style event data.

    $MARSAD_HOME is the data directory; $MARSAD_COUNTRY (an English country name, e.g. Iraq) is
    the country an article is about when its text names none (default: Syria)."""
    from marsad.actors.lexicon import LexiconError, check_country
    from marsad.config import default_country

    try:
        check_country(default_country())
    except LexiconError as err:
        click.echo(f"marsad: {err}", err=True)
        sys.exit(2)


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--published", callback=_date, help="Default publication date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "geojson"]), default="jsonl",
              help="jsonl: the contract's record; csv: ACLED's 31 columns; geojson: points for maps.")
@click.option("--out", type=click.Path(dir_okay=False), help="Write here (atomically) instead of standard output.")
@click.option("--samples", is_flag=True, help="Also read the sample articles shipped with marsad.")
@click.option("--max-article-mb", type=click.FloatRange(min=0, min_open=True), default=5.0, show_default=True,
              help="Largest article (file, JSONL line or stdin) read, in MB.")
def extract(inputs: tuple[str, ...], published: date | None, fmt: str, out: str | None, samples: bool,
            max_article_mb: float) -> None:
    """Extract events from articles (.txt, .jsonl, .html, directories, - for stdin).

    Exit status 0: all inputs read; 1: some input had a problem (reported on stderr, one line
    each; events of the other inputs are still written); 2: usage error.
    """
    from marsad.export.run import ExtractRun, check_out

    if not inputs and not samples and sys.stdin.isatty():
        raise click.UsageError("no input: give files or directories, - for standard input, or --samples")
    problem = check_out(out, inputs)
    if problem:
        raise click.BadParameter(problem, param_hint="'--out'")
    run = ExtractRun(list(inputs) or ([] if samples else ["-"]), published, fmt, out, samples,
                     max_bytes=int(max_article_mb * 1_000_000))
    sys.exit(run.run())


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--published", callback=_date, help="Default publication date (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl")
def places(inputs: tuple[str, ...], published: date | None, fmt: str) -> None:
    """Every place mention with its resolution, one JSON object per line."""
    from marsad.geo.recognise import place_records
    from marsad.pipeline import Pipeline, PipelineError

    problems = Problems()
    pipeline = Pipeline.default(until="places")
    try:
        pipeline.warm_up()
    except PipelineError as err:
        click.echo(f"marsad: {err}", err=True)
        sys.exit(1)
    for article in iter_articles(inputs or ["-"], published, problems):
        for rec in place_records(pipeline(article)):
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sys.exit(1 if problems else 0)


@main.group()
def gazetteer() -> None:
    """The place gazetteer in the data directory (built-in default, OCHA, GeoNames)."""


@gazetteer.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--kind", type=click.Choice(["ocha-csv", "ocha-xlsx", "geonames"]), help="Format (guessed by default).")
def gazetteer_import(file: Path, kind: str | None) -> None:
    """Import the OCHA communities list (CSV/XLSX) or a GeoNames dump; upsert by id."""
    from marsad.config import data_home
    from marsad.geo.gazetteer import Gazetteer, GazetteerError

    try:
        gaz = Gazetteer.load(data_home())
        result = gaz.import_file(file, kind)
    except GazetteerError as err:
        click.echo(f"marsad: {err}", err=True)
        sys.exit(1)
    click.echo(f"imported {result['entries']} {result['origin']} places from {file}"
               + ("" if result["changed"] else " (nothing changed)"))
    gaz.compiled  # compile the matcher now rather than on the first run


@gazetteer.command("info")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def gazetteer_info(as_json: bool) -> None:
    """What is loaded: entries and names per origin, and where they came from."""
    from marsad.config import data_home
    from marsad.geo.gazetteer import Gazetteer, GazetteerError

    try:
        info = Gazetteer.load(data_home()).info()
    except GazetteerError as err:
        click.echo(f"marsad: {err}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(info, ensure_ascii=False, indent=2))
        return
    click.echo(f"gazetteer: {info['path']} (generation {info['generation']})")
    for origin, o in info["origins"].items():
        click.echo(f"  {origin}: {o['entries']} entries, {o['names']} names")
        for src in o["sources"]:
            click.echo(f"    {src['path']} ({src['kind']}, {src['entries']} entries, {src['imported_at']})")


# ---- event store (marsad.store): ingest, reprocess, events, export, control ----
def _event_filters(func):
    """The filters shared by ``events`` and ``export``."""
    for opt in reversed((
        click.option("--from", "date_from", callback=_date, help="Events on or after this day."),
        click.option("--to", "date_to", callback=_date, help="Events on or before this day."),
        click.option("--admin1", help="Governorate (English, as in the gazetteer: Idleb, Aleppo...)."),
        click.option("--admin2", help="District."),
        click.option("--place", help="Place name (Arabic or English) or gazetteer id."),
        click.option("--actor", help="Actor (part of its name, any side)."),
        click.option("--type", "type_", help="ACLED event type or sub-event type."),
        click.option("--source", help="A source or outlet of the event."),
    )):
        func = opt(func)
    return func


def _query(limit: int | None, **filters):
    from marsad.store.commands import make_query

    try:
        return make_query(limit=limit, **filters)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--type")


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--published", callback=_date, help="Default publication date (YYYY-MM-DD).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def ingest(inputs: tuple[str, ...], published: date | None, quiet: bool) -> None:
    """Store articles and their events in the event store ($MARSAD_HOME/marsad.db)."""
    from marsad.store.commands import run_ingest

    sys.exit(run_ingest(inputs or ["-"], published, quiet))


@main.command()
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def reprocess(quiet: bool) -> None:
    """Re-run extraction on every stored article (after lexicons change) and re-merge."""
    from marsad.store.commands import run_reprocess

    sys.exit(run_reprocess(quiet))


@main.command()
@_event_filters
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True, help="0 = no limit.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl")
def events(limit: int, fmt: str, **filters) -> None:
    """Query the stored (merged) events."""
    from marsad.store.commands import run_events

    sys.exit(run_events(_query(limit or None, **filters), fmt))


@main.command()
@_event_filters
@click.option("--format", "fmt", type=click.Choice(["acled-csv", "csv", "jsonl", "geojson"]), default="acled-csv",
              show_default=True)
@click.option("--out", type=click.Path(dir_okay=False), help="Write here (atomically) instead of standard output.")
def export(fmt: str, out: str | None, **filters) -> None:
    """Export the stored (merged) events: ACLED's 31-column CSV, JSON Lines or GeoJSON."""
    from marsad.store.commands import run_export

    sys.exit(run_export(_query(None, **filters), fmt, out))


@main.command()
@click.argument("place", required=False)
@click.option("--date", "day", callback=_date, help="Who held what on this day.")
@click.option("--admin1", help="Governorate, with --date.")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def control(place: str | None, day: date | None, admin1: str | None, fmt: str) -> None:
    """Territorial control: the timeline of PLACE, or with --date who held each place that day."""
    from marsad.store.commands import run_control

    sys.exit(run_control(place, day, admin1, fmt))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--token", envvar="MARSAD_TOKEN", help="Allow POST /api/articles with this bearer token "
              "(default $MARSAD_TOKEN); without it the server is read-only.")
@click.option("--tiles", envvar="MARSAD_TILES", help="Tile URL template of an optional base map, "
              "e.g. https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png (default $MARSAD_TILES).")
@click.option("--tiles-attribution", envvar="MARSAD_TILES_ATTRIBUTION", help="Attribution shown with the tiles.")
def serve(host: str, port: int, token: str | None, tiles: str | None, tiles_attribution: str | None) -> None:
    """Serve the map, timeline and JSON API (/openapi.json) over the event store."""
    from marsad.pipeline import PipelineError
    from marsad.store import StoreError
    from marsad.web.app import serve as run_server, tile_origin

    try:
        tile_origin(tiles)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--tiles")
    try:
        run_server(host, port, token=token or None, tiles_url=tiles, tiles_attribution=tiles_attribution)
    except (StoreError, PipelineError) as err:
        raise click.ClickException(str(err))


@main.command("eval")
@click.option("--gold", "gold_dir", type=click.Path(path_type=Path), help="Gold folder (default ../shared/gold/dev).")
@click.option("--gsr", "gsr_dir", type=click.Path(path_type=Path),
              help="GSR folder (default ../shared/eval/arabic_event_gsr).")
@click.option("--ocha", type=click.Path(path_type=Path),
              help="OCHA communities CSV imported into a temporary data directory "
                   "(default ../shared/data/ocha_syria/communities.csv).")
@click.option("--no-gold", is_flag=True, help="Skip the gold events.")
@click.option("--no-gsr", is_flag=True, help="Skip the GSR sentences.")
@click.option("--verbose", "-v", is_flag=True, help="List every miss and false alarm (default: the first 10).")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Also write the full report as JSON here.")
def eval_(gold_dir: Path | None, gsr_dir: Path | None, ocha: Path | None, no_gold: bool, no_gsr: bool,
          verbose: bool, out: Path | None) -> None:
    """Score extraction on the gold events and the GSR sentences (precision, recall, F1)."""
    from marsad.evaluation import EvalError, default_shared, dump_json, run_eval, write_report

    shared = default_shared()
    if shared is not None:
        gold_dir = gold_dir or _existing(shared / "gold" / "dev")
        gsr_dir = gsr_dir or _existing(shared / "eval" / "arabic_event_gsr")
        ocha = ocha or _existing(shared / "data" / "ocha_syria" / "communities.csv")
    gold_dir = None if no_gold else gold_dir
    gsr_dir = None if no_gsr else gsr_dir
    try:
        report = run_eval(gold_dir, gsr_dir, ocha)
    except EvalError as err:
        raise click.ClickException(str(err))
    write_report(report, sys.stdout, limit=None if verbose else 10)
    if out:
        dump_json(report, out)


def _existing(path: Path) -> Path | None:
    return path if path.exists() else None


if __name__ == "__main__":
    main()
