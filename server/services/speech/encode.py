"""Audio in, the project's compact speech format out.

Every source (espeak-ng's WAV, gTTS's MP3, a phone recording) goes through the
same two steps: decode to 16-bit mono PCM at the target rate, then encode to
MP3 with lameenc (bundled LAME: no system encoder needed). The duration is
measured on the PCM, so it is exact whatever the container claimed.
"""

import shutil
import struct
import subprocess
from dataclasses import dataclass


class AudioDecodeError(ValueError):
    """The bytes are not audio we can decode (or decode to nothing)."""


@dataclass(frozen=True)
class AudioFormat:
    """The compact format every clip is stored in."""

    sample_rate: int = 22050
    bitrate_kbps: int = 32
    channels: int = 1
    extension: str = "mp3"

    # LAME's own default: at 32 kbps speech, q2 is ~40% slower and sounds the same.
    lame_quality: int = 5
    # Bump when the processing below changes what ends up in a file.
    processing: str = "trim1"

    @property
    def tag(self) -> str:
        # Part of every file name's hash: a change of format must change the URL,
        # because audio URLs are cached forever.
        return (
            f"{self.extension}-{self.sample_rate}-{self.bitrate_kbps}k-{self.channels}ch"
            f"-q{self.lame_quality}-{self.processing}"
        )


# Mono speech at 22.05 kHz / 32 kbps: ~4 KB per second, clear enough for speech
# on an old phone's speaker, small enough for mobile data.
SPEECH_FORMAT = AudioFormat()


@dataclass(frozen=True)
class Pcm:
    """Signed 16-bit little-endian mono samples."""

    samples: bytes
    sample_rate: int

    @property
    def frame_count(self) -> int:
        return len(self.samples) // 2

    @property
    def duration_ms(self) -> int:
        return round(self.frame_count * 1000 / self.sample_rate)


def parse_wav(data: bytes) -> tuple[int, int, int, int, bytes] | None:
    """(format tag, channels, rate, bits) and the data of a RIFF/WAVE file, or None.

    Written by hand because espeak-ng's --stdout WAV has placeholder sizes
    (it cannot seek back on a pipe), which the stdlib wave module rejects.
    """
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    pos, fmt = 12, None
    while pos + 8 <= len(data):
        chunk_id = data[pos : pos + 4]
        (size,) = struct.unpack_from("<I", data, pos + 4)
        body = pos + 8
        if chunk_id == b"fmt " and size >= 16:
            tag, channels, rate = struct.unpack_from("<HHI", data, body)
            (bits,) = struct.unpack_from("<H", data, body + 14)
            fmt = (tag, channels, rate, bits)
        elif chunk_id == b"data":
            if fmt is None:
                return None
            # A placeholder size runs past the end: take what is there.
            end = min(body + size, len(data))
            return (*fmt, data[body:end][: (end - body) // 2 * 2])
        pos = body + size + (size & 1)
    return None


def _ffmpeg_decode(data: bytes, fmt: AudioFormat) -> bytes:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        raise AudioDecodeError("ffmpeg is not installed: needed to decode this audio")
    cmd = [ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin", "-i", "pipe:0"]
    cmd += ["-vn", "-f", "s16le", "-acodec", "pcm_s16le"]
    cmd += ["-ac", str(fmt.channels), "-ar", str(fmt.sample_rate), "pipe:1"]
    try:
        done = subprocess.run(cmd, input=data, capture_output=True, timeout=120, check=False)
    except subprocess.TimeoutExpired as e:
        raise AudioDecodeError("decoding took too long") from e
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise AudioDecodeError(f"not decodable audio ({reason[-1] if reason else 'ffmpeg failed'})")
    return done.stdout


def decode_to_pcm(data: bytes, fmt: AudioFormat = SPEECH_FORMAT) -> Pcm:
    """Any audio bytes -> mono PCM at the format's rate. Raises AudioDecodeError."""
    if not data:
        raise AudioDecodeError("empty audio")
    wav = parse_wav(data)
    if wav is not None and wav[:4] == (1, fmt.channels, fmt.sample_rate, 16):
        samples = wav[4]  # already what we need (espeak-ng's case): no subprocess
    else:
        samples = _ffmpeg_decode(data, fmt)
    pcm = Pcm(samples, fmt.sample_rate)
    if pcm.frame_count == 0:
        raise AudioDecodeError("the audio has no samples")
    return pcm


def encode_mp3(pcm: Pcm, fmt: AudioFormat = SPEECH_FORMAT) -> bytes:
    import lameenc

    if pcm.sample_rate != fmt.sample_rate:
        raise ValueError(f"PCM at {pcm.sample_rate} Hz, format wants {fmt.sample_rate} Hz")
    enc = lameenc.Encoder()
    enc.set_bit_rate(fmt.bitrate_kbps)
    enc.set_in_sample_rate(fmt.sample_rate)
    enc.set_out_sample_rate(fmt.sample_rate)
    enc.set_channels(fmt.channels)
    enc.set_quality(fmt.lame_quality)
    return bytes(enc.encode(pcm.samples) + enc.flush())


def trim_silence(
    pcm: Pcm, *, threshold: int = 330, keep_start_ms: int = 80, keep_end_ms: int = 150
) -> Pcm:
    """Cut leading and trailing silence (below ~-40 dBFS), keeping a short margin.

    espeak-ng ends every clip with ~0.4 s of silence and phone recordings start
    with a pause: trimmed, "play all" flows and the files are smaller. A clip
    that is all silence is returned as it is (the caller decides what that means).
    """
    import array

    a = array.array("h", pcm.samples)
    block = max(pcm.sample_rate // 100, 1)  # 10 ms
    n = len(a)

    def loud(i: int) -> bool:
        chunk = a[i : i + block]
        return bool(chunk) and max(max(chunk), -min(chunk)) > threshold

    first = next((i for i in range(0, n, block) if loud(i)), None)
    if first is None:
        return pcm
    last = next(i for i in range(((n - 1) // block) * block, -1, -block) if loud(i))
    start = max(first - pcm.sample_rate * keep_start_ms // 1000, 0)
    end = min(last + block + pcm.sample_rate * keep_end_ms // 1000, n)
    return Pcm(a[start:end].tobytes(), pcm.sample_rate)
