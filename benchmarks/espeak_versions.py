"""Should Swedish, Persian (and Arabic) move from Debian's espeak-ng 1.51 to 1.52?

    .venv/bin/python benchmarks/espeak_versions.py [--clips 40]

For every catalog text in locales/<lang>/catalog.ftl: do the two versions speak
the same phonemes (1.51: `espeak-ng -q --ipa`; 1.52: the espeakng-loader
library, the same worker the speech build uses)? For the first --clips texts:
median synthesis time per clip and median length of the audio at the project's
speed (145 wpm, 20 ms word gap). Prints per language; the differing texts'
phonemes side by side.
"""

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from server.services.speech.encode import decode_to_pcm  # noqa: E402
from server.services.speech.espeak152 import Espeak152Source  # noqa: E402
from server.services.speech.sources import EspeakSource  # noqa: E402


def catalog_texts(lang: str) -> list[str]:
    out = []
    for line in (ROOT / "locales" / lang / "catalog.ftl").read_text("utf-8").splitlines():
        if "=" in line and not line.startswith(("#", " ")):
            value = line.split("=", 1)[1].strip()
            if value:
                out.append(value)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clips", type=int, default=40, help="texts synthesised per language")
    ap.add_argument("--lang", action="append", help="sv, fa, ar (default: all three)")
    args = ap.parse_args()
    langs = args.lang or ["sv", "fa", "ar"]
    new = Espeak152Source(languages=tuple(langs))
    new.VOICES = {**new.VOICES, **{lang: lang for lang in langs}}
    old = EspeakSource()
    print(f"espeak-ng 1.51 (Debian) against {new.version()} (espeakng-loader)")
    try:
        for lang in langs:
            texts = catalog_texts(lang)
            differ = []
            for text in texts:
                ipa_old = subprocess.run(
                    ["espeak-ng", "-q", "--ipa", "-v", lang], input=text.encode(),
                    capture_output=True, check=True,
                ).stdout.decode().split()  # fmt: skip
                ipa_new = new.phonemes(text, lang).split()
                if ipa_old != ipa_new:
                    differ.append((text, " ".join(ipa_old), " ".join(ipa_new)))
            t_old, t_new, ms_old, ms_new = [], [], [], []
            for text in texts[: args.clips]:
                t0 = time.perf_counter()
                ms_old.append(decode_to_pcm(old.synthesize(text, lang)).duration_ms)
                t_old.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                ms_new.append(decode_to_pcm(new.synthesize(text, lang)).duration_ms)
                t_new.append(time.perf_counter() - t0)
            n = len(t_old)
            print(
                f"{lang}: {len(texts)} texts, phonemes differ in {len(differ)}; over {n} clips "
                f"median synthesis 1.51 {statistics.median(t_old) * 1000:.0f} ms "
                f"(a process each) / 1.52 {statistics.median(t_new) * 1000:.0f} ms (a fork each); "
                f"median length 1.51 {statistics.median(ms_old) / 1000:.2f} s / "
                f"1.52 {statistics.median(ms_new) / 1000:.2f} s"
            )
            for text, a, b in differ[:5]:
                print(f"   {text[:70]}\n     1.51: {a[:160]}\n     1.52: {b[:160]}")
    finally:
        new.close()


if __name__ == "__main__":
    main()
