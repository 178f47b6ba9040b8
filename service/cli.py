"""The ``bienban`` command line."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from worker.errors import BienbanError


@contextmanager
def _reporting_errors(file: Path) -> Iterator[None]:
    """Turn failures into the contract's one-line reason and exit status (2 bad input, 1 analysis failed)."""
    try:
        yield
    except BienbanError as e:
        click.echo(f"bienban: {e.code}: {e.message}", err=True)
        sys.exit(e.exit_code)
    except OSError as e:
        click.echo(f"bienban: unreadable_file: Không đọc được tệp {file}: {e.strerror}", err=True)
        sys.exit(2)
    except Exception as e:  # analysis bugs must not look like bad input
        click.echo(f"bienban: analysis_failed: Phân tích thất bại: {e}", err=True)
        sys.exit(1)


@click.group()
def main() -> None:
    """bienban — kiểm tra và tra cứu biên bản sinh hoạt chi bộ."""


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
def extract(file: Path) -> None:
    """In văn bản đã chuẩn hóa (NFC) của một tệp."""
    from worker.extract import extract_file

    with _reporting_errors(file):
        result = extract_file(file)
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

    with _reporting_errors(file):
        report = process_path(file)
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


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Địa chỉ lắng nghe.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Cổng (0: tự chọn).")
@click.option("--workers", type=click.IntRange(0, 256), default=None,
              help="Số tiến trình worker chạy kèm (mặc định: số lõi; 0: không chạy worker).")
@click.option("--threads", type=click.IntRange(1, 256), default=8, show_default=True, help="Số luồng web.")
def serve(host: str, port: int, workers: int | None, threads: int) -> None:
    """Chạy dịch vụ web kèm worker (mặc định: SQLite và hàng đợi nhúng trong BIENBAN_DATA_DIR)."""
    from service.serve import serve as run

    run(host, port, workers=workers, threads=threads, echo=lambda msg: click.echo(msg, err=True))


@main.command()
@click.option("--code", help="Số hiệu văn bản, ví dụ 05-CT/TW.")
@click.option("--type", "type_", help="Loại văn bản: NQ, CT, QĐ, KL…")
@click.option("--issuer", help="Cơ quan ban hành: TW, BCT…")
@click.option("--year", type=click.IntRange(1900, 2100), help="Năm ban hành.")
@click.option("--organization", help="Chi bộ trích dẫn.")
@click.option("--kind", type=click.Choice(["party", "state"]), help="Văn bản Đảng hay Nhà nước.")
@click.option("--limit", type=click.IntRange(1, 100000), default=1000, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def refs(code: str | None, type_: str | None, issuer: str | None, year: int | None, organization: str | None,
         kind: str | None, limit: int, fmt: str) -> None:
    """Tra cứu các văn bản được trích dẫn trong những biên bản dịch vụ đã xử lý."""
    from service.app import create_app
    from service.db import get_db
    from service.refs_cli import query_mentions, render_table

    db = get_db(create_app())
    db.migrate()
    mentions = query_mentions(db, code=code, kind=kind, type_=type_, issuer=issuer, year=year,
                              organization=organization, limit=limit)
    if fmt == "json":
        click.echo(json.dumps(mentions, ensure_ascii=False, indent=2))
    else:
        click.echo(render_table(mentions))


@main.command()
def reconcile() -> None:
    """Gửi lại vào hàng đợi những tài liệu bị kẹt (mất thông điệp, worker chết); in số tài liệu."""
    from service.app import create_app
    from service.db import get_db
    from service.enqueue import reconcile_app

    app = create_app()
    get_db(app).migrate()
    ids = reconcile_app(app)
    click.echo(f"Đã gửi lại {len(ids)} tài liệu vào hàng đợi.", err=True)


@main.group()
def token() -> None:
    """Quản lý mã truy cập API (mỗi mã thuộc một tổ chức: đảng bộ, chi bộ)."""


def _service_db():
    from service.app import create_app
    from service.db import get_db

    db = get_db(create_app())
    db.migrate()
    return db


@token.command("create")
@click.option("--org", default="local", show_default=True, help="Tổ chức sở hữu mã (tạo mới nếu chưa có).")
@click.option("--parent", help="Tổ chức cấp trên (đã có) khi tạo tổ chức mới, ví dụ đảng bộ của chi bộ.")
@click.option("--label", help="Ghi chú để nhận ra mã.")
def token_create(org: str, parent: str | None, label: str | None) -> None:
    """Tạo một mã truy cập; in riêng mã ra stdout (chỉ hiện một lần)."""
    from service.auth import create_token

    try:
        secret, row = create_token(_service_db(), org, parent=parent, label=label)
    except ValueError as e:
        click.echo(f"bienban: bad_usage: {e}", err=True)
        sys.exit(2)
    click.echo(secret)
    click.echo(f"Đã tạo mã {row.prefix}… cho tổ chức '{org}'. Hãy lưu lại: mã không hiện lại lần nữa.", err=True)


@token.command("revoke")
@click.argument("prefix_or_id")
def token_revoke(prefix_or_id: str) -> None:
    """Thu hồi một mã (theo tiền tố hoặc id như `bienban token list` hiển thị)."""
    from service.auth import revoke_token

    try:
        row = revoke_token(_service_db(), prefix_or_id)
    except LookupError as e:
        click.echo(f"bienban: not_found: {e}", err=True)
        sys.exit(2)
    click.echo(f"Đã thu hồi mã {row.prefix}… ({row.id}).", err=True)


@token.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def token_list(fmt: str) -> None:
    """Liệt kê các mã (tiền tố, tổ chức, ngày tạo, lần dùng cuối, đã thu hồi chưa) — không bao giờ in mã."""
    from service.api.common import iso
    from service.auth import list_tokens

    rows = [{**r, **{k: iso(r[k]) for k in ("created_at", "last_used_at", "revoked_at")}}
            for r in list_tokens(_service_db())]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        state = f"thu hồi {r['revoked_at']}" if r["revoked_at"] else "đang dùng"
        org = f"{r['organization']} (thuộc {r['parent']})" if r["parent"] else r["organization"]
        click.echo(f"{r['prefix']}…  {r['id']}  {org}  tạo {r['created_at']}  {state}"
                   + (f"  — {r['label']}" if r["label"] else ""))


@main.command()
def migrate() -> None:
    """Tạo / nâng cấp lược đồ cơ sở dữ liệu của dịch vụ (BIENBAN_DATABASE_URL)."""
    from service.app import create_app
    from service.db import get_db

    get_db(create_app()).migrate()
    click.echo("Cơ sở dữ liệu đã ở phiên bản mới nhất.", err=True)


if __name__ == "__main__":
    main()
