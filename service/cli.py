"""The ``bienban`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from worker.errors import BienbanError


def _fail(err: BienbanError) -> None:
    click.echo(f"bienban: {err.code}: {err.message}", err=True)
    sys.exit(err.exit_code)


@click.group()
def main() -> None:
    """bienban — kiểm tra và tra cứu biên bản sinh hoạt chi bộ."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def extract(file: Path) -> None:
    """In văn bản đã chuẩn hóa (NFC) của một tệp."""
    from worker.extract import extract_file

    try:
        result = extract_file(file)
    except BienbanError as e:
        _fail(e)
    except OSError as e:
        click.echo(f"bienban: unreadable_file: Không đọc được tệp {file}: {e.strerror}", err=True)
        sys.exit(2)
    sys.stdout.write(result.text)
    if not result.text.endswith("\n"):
        sys.stdout.write("\n")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="text", show_default=True)
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def check(fmt: str, file: Path) -> None:
    """Kiểm tra một biên bản: thông tin cuộc họp, nội dung, văn bản được trích dẫn, thiếu sót."""
    from service.render import render_text
    from worker.pipeline import process_path

    try:
        report = process_path(file)
    except BienbanError as e:
        _fail(e)
    except OSError as e:
        click.echo(f"bienban: unreadable_file: Không đọc được tệp {file}: {e.strerror}", err=True)
        sys.exit(2)
    except Exception as e:  # analysis bugs must not look like bad input
        click.echo(f"bienban: analysis_failed: Phân tích thất bại: {e}", err=True)
        sys.exit(1)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render_text(report))


if __name__ == "__main__":
    main()
