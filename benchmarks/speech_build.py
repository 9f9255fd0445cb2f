"""Speech build figures: full build, then incremental rebuilds.

    .venv/bin/python benchmarks/speech_build.py [--full-runs N] [--runs N] [--sources espeak]

Seeds a temporary SQLite database with the real catalog (server.services.catalog
.seed_catalog, when it exists) or else a synthetic set of ~150 step texts in
sv/ar/fa (+ so/ti, which no source speaks), and builds into a temporary audio
folder. Prints medians: full build time, files written, bytes, bytes per second
of speech; a rebuild with nothing changed; a rebuild after one text changed.
Offline: gTTS is only used if asked for with --sources gtts,espeak,espeak152;
the default is the offline pair espeak (1.51: sv ar fa) + espeak152 (1.52: so ti).
"""

import argparse
import inspect
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlmodel import Session, SQLModel, select  # noqa: E402

import server.models  # noqa: E402,F401
from server.core.config import Settings  # noqa: E402
from server.db import make_engine  # noqa: E402
from server.models import CatalogText  # noqa: E402
from server.services.speech import DEFAULT_SOURCES, build_speech  # noqa: E402

# Realistic step lengths: one instruction of 6-14 words.
_SV = [
    "Ta en gardinskena ur lådan och lägg den på bordet.",
    "Mät fyrtio centimeter från kanten och gör ett märke med pennan.",
    "Skruva fast hållaren med två skruvar, inte för hårt.",
    "Lägg färdiga delar i den blå backen till höger.",
    "Sortera kartong, plast och metall i var sin behållare.",
    "Sätt prislappen uppe i vänstra hörnet på förpackningen.",
    "Läs plocklistan och hämta varorna i den ordning de står.",
    "Fråga din handledare om du är osäker på något.",
    "Trä tråden genom nålen och sy en rak söm längs kanten.",
    "Tvätta händerna innan du börjar och när du är klar.",
]
_AR = [
    "خذ قضيب الستارة من الصندوق وضعه على الطاولة.",
    "قس أربعين سنتيمترا من الحافة وضع علامة بالقلم.",
    "ثبّت الحامل ببرغيين ولا تشدّهما كثيرا.",
    "ضع القطع الجاهزة في الصندوق الأزرق على اليمين.",
    "افرز الكرتون والبلاستيك والمعدن كل في حاوية.",
    "ألصق بطاقة السعر في الزاوية العليا اليسرى من العبوة.",
    "اقرأ قائمة الانتقاء وأحضر البضائع بالترتيب المكتوب.",
    "اسأل مشرفك إذا لم تكن متأكدا من شيء.",
    "أدخل الخيط في الإبرة وخِط درزة مستقيمة على طول الحافة.",
    "اغسل يديك قبل أن تبدأ وعندما تنتهي.",
]
_FA = [
    "یک ریل پرده از جعبه بردارید و روی میز بگذارید.",
    "چهل سانتیمتر از لبه اندازه بگیرید و با مداد علامت بزنید.",
    "نگهدارنده را با دو پیچ ببندید، نه خیلی سفت.",
    "قطعات آماده را در جعبه آبی سمت راست بگذارید.",
    "مقوا، پلاستیک و فلز را هر کدام در یک ظرف جدا کنید.",
    "برچسب قیمت را در گوشه بالا سمت چپ بسته بچسبانید.",
    "فهرست برداشت را بخوانید و کالاها را به ترتیب بیاورید.",
    "اگر مطمئن نیستید از سرپرست خود بپرسید.",
    "نخ را از سوزن رد کنید و یک درز صاف در لبه بدوزید.",
    "قبل از شروع و در پایان دست‌هایتان را بشویید.",
]
_SO = ["Ka qaado tuubada daaha sanduuqa oo saar miiska."] * 10
_TI = ["ካብ ሳጹን ሓንቲ ዘንጊ መጋረጃ ውሰድ ኣብ ጠረቤዛ ኣንብሮ።"] * 10
_STEP_PREFIX = {
    "sv": "Steg {n}. ",
    "ar": "الخطوة {n}. ",
    "fa": "مرحله {n}. ",
    "so": "Tallaabo {n}. ",
    "ti": "ስጉምቲ {n}። ",
}


def seed_synthetic(session: Session, steps: int = 50) -> str:
    bank = {"sv": _SV, "ar": _AR, "fa": _FA, "so": _SO, "ti": _TI}
    for i in range(steps):
        for lang, texts in bank.items():
            # Numbered so every text differs (no two clips share a sentence).
            text = _STEP_PREFIX[lang].format(n=i + 1) + texts[i % len(texts)]
            session.add(CatalogText(text_id=f"bench-step-{i:03d}", language=lang, text=text))
    session.commit()
    return f"synthetic: {steps} steps x sv/ar/fa/so/ti"


def seed(session: Session, settings: Settings) -> str:
    try:
        from server.services import catalog
    except ImportError:
        catalog = None
    seed_fn = getattr(catalog, "seed_catalog", None)
    if seed_fn is not None:
        params = inspect.signature(seed_fn).parameters
        kwargs = {k: v for k, v in (("session", session), ("settings", settings)) if k in params}
        try:
            seed_fn(**kwargs)
            session.commit()
            n = len(session.exec(select(CatalogText)).all())
            return f"real catalog (seed_catalog): {n} texts"
        except Exception as e:  # a work in progress elsewhere: fall back, say why
            session.rollback()
            print(f"(seed_catalog failed: {e}; using the synthetic set)")
    return seed_synthetic(session)


def fresh(tmp: Path) -> tuple[Settings, Session]:
    tmp.mkdir(parents=True)
    settings = Settings(
        data_dir=tmp / "data",
        audio_dir=tmp / "audio",
        database_url=f"sqlite:///{tmp / 'bench.db'}",
    )
    engine = make_engine(settings.sqlalchemy_url)
    SQLModel.metadata.create_all(engine)  # a throwaway database, not a live one
    return settings, Session(engine)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--full-runs", type=int, default=3, help="cold builds (median)")
    ap.add_argument("--runs", type=int, default=5, help="incremental rebuilds (median)")
    ap.add_argument(
        "--sources", default=",".join(DEFAULT_SOURCES), help="comma-separated, in preference order"
    )
    args = ap.parse_args()
    sources = tuple(s.strip() for s in args.sources.split(",") if s.strip())

    with tempfile.TemporaryDirectory(prefix="stegvis-speech-bench-") as root:
        full_s, report, settings, session, label = [], None, None, None, ""
        for i in range(args.full_runs):
            if session is not None:
                session.close()
            settings, session = fresh(Path(root) / f"run{i}")
            label = seed(session, settings)
            report = build_speech(session=session, settings=settings, sources=sources)
            full_s.append(report.seconds)
        assert report is not None and settings is not None and session is not None

        print(report.summary())
        files = len(report.written)
        speech_s = report.ms_written / 1000
        print(f"catalog: {label}; sources: {','.join(sources)}")
        print(
            f"full build: median {statistics.median(full_s):.2f} s over {len(full_s)} runs "
            f"({', '.join(f'{s:.2f}' for s in full_s)})"
        )
        print(
            f"  files written {files}, total {report.bytes_written / 1024:.0f} KB, "
            f"{speech_s:.0f} s of speech, "
            f"{report.bytes_written / max(speech_s, 1e-9):.0f} bytes per second of speech, "
            f"{report.bytes_written / max(files, 1) / 1024:.1f} KB per file"
        )
        print(
            f"  per file {statistics.median(full_s) / max(files, 1) * 1000:.0f} ms; "
            f"not speakable: {dict(report.not_speakable)}; failed: {len(report.failed)}"
        )

        same = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            r = build_speech(session=session, settings=settings, sources=sources)
            same.append(time.perf_counter() - t0)
            assert not r.written, r.summary()
        ratio = statistics.median(same) / statistics.median(full_s)
        print(
            f"rebuild, nothing changed: median {statistics.median(same) * 1000:.0f} ms, "
            f"files written 0 (ratio to full build {ratio:.3f})"
        )

        one, written = [], []
        spoken = session.exec(
            select(CatalogText).where(CatalogText.language.in_(("sv", "ar", "fa")))
        ).all()
        for i in range(args.runs):
            row = spoken[i % len(spoken)]
            row.text = row.text.rstrip() + f" ({i + 1})"
            session.add(row)
            session.commit()
            t0 = time.perf_counter()
            r = build_speech(session=session, settings=settings, sources=sources)
            one.append(time.perf_counter() - t0)
            written.append(len(r.written))
        print(
            f"rebuild, one text changed: median {statistics.median(one) * 1000:.0f} ms, "
            f"files written per run {written}"
        )
        session.close()


if __name__ == "__main__":
    main()
