"""`stegvis` — the command line a coach's IT person uses.

    stegvis demo            everything below on the embedded defaults, then serve
    stegvis migrate         create or upgrade the database (Alembic)
    stegvis seed            load the catalog from server/catalog + locales/
    stegvis speech build    make the missing audio (offline espeak-ng 1.51 and 1.52 by default)
    stegvis qr              write station QR codes and the printable A4 sheet into qr/
    stegvis create-coach    add an organisation's coach (password asked for)
    stegvis card            print a participant's personal sign-in card (PDF)
    stegvis build-client    build the participant's app (static, runs in the browser)
    stegvis serve           run the server

Settings come from the environment (STEGVIS_DATABASE_URL or DATABASE_URL,
STEGVIS_PUBLIC_BASE_URL, STEGVIS_DATA_DIR, ...): see README.md.
"""

import argparse
import getpass
import sys
from pathlib import Path

from server.core.config import ALL_LANGUAGES, get_settings


def _session():
    from sqlmodel import Session

    from server.db import get_engine

    return Session(get_engine())


def cmd_migrate(_args) -> int:
    from server.migrations import upgrade_database

    upgrade_database()
    print(f"Database is up to date: {_redacted(get_settings().sqlalchemy_url)}")
    return 0


def cmd_seed(_args) -> int:
    from server.services.catalog import CatalogError, seed_catalog

    settings = get_settings()
    cmd_migrate(_args)
    with _session() as session:
        try:
            report = seed_catalog(
                session=session,
                catalog_file=settings.catalog_file,
                locales_dir=settings.locales_dir,
            )
        except CatalogError as exc:
            print(f"The catalog files have a problem, nothing was changed: {exc}", file=sys.stderr)
            return 2
    print(f"Catalog seeded: {report}")
    return 0


def cmd_speech_build(args) -> int:
    from server.services.speech import build_speech_cli

    sources = tuple(s.strip() for s in args.sources.split(",") if s.strip())
    return build_speech_cli(languages=tuple(args.lang) if args.lang else None, sources=sources)


def cmd_speech_report(args) -> int:
    from server.services.coverage import coverage_report

    with _session() as session:
        report = coverage_report(session=session)
    if args.json:
        import json

        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
    return 0


def _stations_for_print(session):
    from server.services.catalog import list_items, texts_for

    stations = list_items(session=session, kind="station")
    titles = texts_for(session=session, text_ids=[s.title_id for s in stations], language="sv")
    return [
        {
            "code": s.code,
            "title_sv": titles[s.title_id].text if s.title_id in titles else s.slug,
            "pictogram": s.pictogram,
        }
        for s in stations
    ]


def cmd_qr(args) -> int:
    from server.services.qr import base_url_warning, station_url, write_station_codes

    settings = get_settings()
    if args.base_url:
        settings.public_base_url = args.base_url
    with _session() as session:
        stations = _stations_for_print(session)
    if not stations:
        print("No stations in the catalog yet: run `stegvis seed` first.", file=sys.stderr)
        return 1
    try:
        paths = write_station_codes(stations=stations, settings=settings)
    except ValueError as exc:
        print(f"Could not write the QR codes: {exc}", file=sys.stderr)
        return 2
    for s in stations:
        print(f"  {s['code']:<12} {station_url(settings, s['code'])}")
    print(f"Wrote {len(paths)} files into {settings.qr_dir}")
    warning = base_url_warning(settings)
    if warning:
        print(f"Note: {warning}")
    return 0


def cmd_create_coach(args) -> int:
    from sqlmodel import select

    from server.models import Organisation
    from server.services.accounts import create_coach, create_organisation

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else None
    if password is None:
        password = getpass.getpass("Password (at least 10 characters): ")
    with _session() as session:
        org = session.exec(select(Organisation).where(Organisation.slug == args.org)).first()
        try:
            if org is None:
                org = create_organisation(
                    session=session, name=args.org_name or args.org, slug=args.org
                )
            coach = create_coach(
                session=session,
                organisation=org,
                email=args.email,
                display_name=args.name,
                password=password,
                is_admin=args.admin,
                is_coach=not args.no_coach,
                is_language_support=args.language_support,
                is_library_editor=args.library_editor,
            )
        except ValueError as exc:
            print(f"Could not create the coach: {exc}", file=sys.stderr)
            return 2
        from server.models.accounts import roles_of

        roles = ", ".join(roles_of(coach)) or "no role"
        print(f"Coach {coach.email} created in {org.name} ({roles}).")
    return 0


def cmd_card(args) -> int:
    from server.models import Participant
    from server.services.auth import MAX_CARD_DAYS
    from server.services.qr import issue_signin_card

    settings = get_settings()
    if args.valid_days is not None and not 1 <= args.valid_days <= MAX_CARD_DAYS:
        print(f"--valid-days must be between 1 and {MAX_CARD_DAYS}.", file=sys.stderr)
        return 2
    with _session() as session:
        participant = session.get(Participant, args.participant_id)
        if participant is None:
            print(f"No participant with id {args.participant_id}.", file=sys.stderr)
            return 2
        try:
            pdf = issue_signin_card(
                session=session,
                participant=participant,
                settings=settings,
                valid_days=args.valid_days,
            )
        except ValueError as exc:
            print(f"Could not make the card: {exc}", file=sys.stderr)
            return 2
        participant_id = participant.id
    out = Path(args.out or settings.qr_dir / f"card-{participant_id}.pdf")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(pdf)
    print(f"Sign-in card written to {out} (earlier cards of this participant no longer work).")
    return 0


def cmd_build_client(args) -> int:
    from server.services.client_build import build_client

    result = build_client(get_settings().client_build_dir, force=args.force)
    print(result.summary())
    return 0


def cmd_serve(args) -> int:
    import uvicorn

    workers = getattr(args, "workers", 1) or 1
    if workers > 1 and get_settings().sqlalchemy_url.startswith("sqlite"):
        print(
            "Several server processes need PostgreSQL (set STEGVIS_DATABASE_URL): SQLite is "
            "the one-process embedded default.",
            file=sys.stderr,
        )
        return 2
    # Each process is stateless apart from caches that expire by themselves; login
    # throttling, rollup claims and event ids live in the database.
    uvicorn.run(
        "server.main:create_served_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        # Issue 12: uvicorn would believe X-Forwarded-For from 127.0.0.1 by default;
        # the app reads it itself, only from STEGVIS_TRUSTED_PROXIES.
        proxy_headers=False,
    )
    return 0


def cmd_demo(args) -> int:
    """Embedded defaults end to end: database, catalog, offline speech, QR sheet, server."""
    settings = get_settings()
    settings.public_base_url = args.base_url or f"http://{_display_host(args.host)}:{args.port}"
    for step in (cmd_seed, cmd_speech_build, cmd_qr):
        code = step(args)
        if code:
            return code
    demo_coach = _ensure_demo_coach()
    sheet = settings.qr_dir / "stations-a4.pdf"
    print()
    print(f"QR sheet to print: {sheet}")
    with _session() as session:
        first = _stations_for_print(session)[0]["code"]
    print(f"Open a station:    {settings.public_base_url}/s/{first}")
    print(f"Participant app:   {settings.public_base_url}/app/")
    print(f"Coach area:        {settings.public_base_url}/app/coach")
    if demo_coach:
        email, password = demo_coach
        print(f"  demo coach:      {email}  password: {password}  (shown once; an org admin)")
    print(f"API docs:          {settings.public_base_url}/docs")
    print()
    import os

    os.environ["STEGVIS_PUBLIC_BASE_URL"] = settings.public_base_url
    get_settings.cache_clear()
    return cmd_serve(args)


DEMO_ORG = "demo"
DEMO_COACH_EMAIL = "coach@demo.example.org"


def _ensure_demo_coach() -> tuple[str, str] | None:
    """On a database with no coach at all, a demo organisation and admin coach, so the
    coach area can be tried at once. Returns (email, password) when it made one."""
    import secrets

    from sqlmodel import select

    from server.models import Coach
    from server.services.accounts import create_coach, create_organisation

    with _session() as session:
        if session.exec(select(Coach).limit(1)).first() is not None:
            return None
        org = create_organisation(
            session=session, name="Demo: arbetsmarknadsenheten", slug=DEMO_ORG
        )
        password = secrets.token_urlsafe(12)
        create_coach(
            session=session,
            organisation=org,
            email=DEMO_COACH_EMAIL,
            display_name="Demo coach",
            password=password,
            is_admin=True,
            # Issue 10: the demo's one account may also keep texts, recordings and the library.
            is_language_support=True,
            is_library_editor=True,
        )
    return DEMO_COACH_EMAIL, password


def _display_host(host: str) -> str:
    return "127.0.0.1" if host in ("0.0.0.0", "::") else host


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stegvis",
        description="Stegvis: everyday-autonomy checklists, workstation instructions read "
        "aloud through QR codes, and progress for the coach.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="Settings come from environment variables; see README.md.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def serve_args(p):
        p.add_argument(
            "--host",
            default="127.0.0.1",
            help="address to listen on (0.0.0.0 to let phones on the unit's network reach it)",
        )
        p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("demo", help="set up everything on embedded defaults and serve")
    serve_args(p)
    p.add_argument("--base-url", help="URL phones use to reach this server (goes into QR codes)")
    p.add_argument("--sources", default="espeak,espeak152", help=argparse.SUPPRESS)
    p.add_argument("--lang", action="append", help=argparse.SUPPRESS)
    p.set_defaults(func=cmd_demo)

    sub.add_parser("migrate", help="create or upgrade the database").set_defaults(func=cmd_migrate)
    p = sub.add_parser("build-client", help="build the participant's static app served at /app")
    p.add_argument("--force", action="store_true", help="rebuild even when up to date")
    p.set_defaults(func=cmd_build_client)
    sub.add_parser(
        "seed", help="load the catalog (stations, checklists, guides, texts)"
    ).set_defaults(func=cmd_seed)

    speech = sub.add_parser("speech", help="build or report the spoken audio")
    speech_sub = speech.add_subparsers(dest="speech_command", required=True, metavar="ACTION")
    p = speech_sub.add_parser("build", help="make missing audio files (never at request time)")
    p.add_argument(
        "--sources",
        default="espeak,espeak152",
        help="comma-separated, best first: gtts (needs the network), espeak (Debian's "
        "espeak-ng 1.51: sv ar fa), espeak152 (espeak-ng 1.52: ti, and our Somali voice, "
        "which plays only once staff approve each clip). Default: espeak,espeak152",
    )
    p.add_argument(
        "--lang", action="append", choices=ALL_LANGUAGES, help="only this language (repeatable)"
    )
    p.set_defaults(func=cmd_speech_build)
    p = speech_sub.add_parser("report", help="what has audio, from which source, what is missing")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_speech_report)

    p = sub.add_parser("qr", help="write station QR codes (PNG, SVG) and the A4 sheet (PDF)")
    p.add_argument("--base-url", help="override STEGVIS_PUBLIC_BASE_URL for these codes")
    p.set_defaults(func=cmd_qr)

    p = sub.add_parser("create-coach", help="add a coach (creates the organisation if new)")
    p.add_argument("--org", required=True, help="organisation short name, e.g. arvika-ame")
    p.add_argument("--org-name", help="organisation's full name (when it is new)")
    p.add_argument("--email", required=True)
    p.add_argument("--name", required=True, help="the coach's display name")
    p.add_argument("--admin", action="store_true", help="may manage the organisation's coaches")
    p.add_argument(
        "--language-support",
        action="store_true",
        help="may change the organisation's texts, reviews and recordings",
    )
    p.add_argument(
        "--library-editor",
        action="store_true",
        help="may change the shared library (only granted here, never by an organisation)",
    )
    p.add_argument("--no-coach", action="store_true", help="no coach role: sees no participants")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.set_defaults(func=cmd_create_coach)

    p = sub.add_parser("card", help="print a participant's sign-in card (old cards stop working)")
    p.add_argument("participant_id", type=int)
    p.add_argument("--out", help="PDF path (default qr/card-<id>.pdf)")
    p.add_argument(
        "--valid-days",
        type=int,
        default=None,
        help="how many days the card works (default STEGVIS_CARD_LIFETIME_DAYS, a year)",
    )
    p.set_defaults(func=cmd_card)

    p = sub.add_parser("serve", help="run the server")
    serve_args(p)
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (PostgreSQL only; e.g. one per CPU core)",
    )
    p.set_defaults(func=cmd_serve)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
