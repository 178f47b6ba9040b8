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


_MONTH = r"^\d{4}-(0[1-9]|1[0-2])$"


def _month(_ctx, _param, value: str | None) -> str | None:
    import re

    if value is not None and not re.match(_MONTH, value):
        raise click.BadParameter("cần dạng YYYY-MM, ví dụ 2024-01")
    return value


@main.command()
@click.option("--format", "fmt", type=click.Choice(["json", "html", "csv"]), default="json", show_default=True)
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), help="Ghi báo cáo ra tệp này.")
@click.option("--from", "period_from", callback=_month, help="Tháng đầu kỳ kiểm tra (YYYY-MM).")
@click.option("--to", "period_to", callback=_month, help="Tháng cuối kỳ kiểm tra (YYYY-MM).")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help="Số tiến trình (mặc định: số lõi).")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def audit(fmt: str, out: Path | None, period_from: str | None, period_to: str | None, jobs: int | None,
          paths: tuple[Path, ...]) -> None:
    """Kiểm tra cả kho biên bản (thư mục, tệp nén .zip): tháng/quý thiếu, vắng nhiều lần, thiếu sót từng biên bản."""
    from tqdm import tqdm

    from service.audit_render import render_csv, render_html
    from worker.archive_input import count_inputs
    from worker.audit import run_audit

    total = count_inputs(list(paths))
    with tqdm(total=total, unit="tệp", desc="Kiểm tra", file=sys.stderr, disable=None) as bar:
        result = run_audit(list(paths), jobs=jobs, period_from=period_from, period_to=period_to,
                           on_done=lambda _entry: bar.update(1))
    if fmt == "json":
        body = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    elif fmt == "html":
        body = render_html(result)
    else:
        body = render_csv(result)
    if out:
        out.write_text(body, encoding="utf-8")
        failed = sum(1 for d in result["documents"] if d.get("error"))
        click.echo(f"Đã ghi báo cáo: {out} ({len(result['documents'])} tệp, {failed} tệp lỗi)", err=True)
    else:
        sys.stdout.write(body)


if __name__ == "__main__":
    main()
