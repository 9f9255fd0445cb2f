"""Playing one clip at a time with flet_audio, working around Flet 1.0.5 on the web.

Two things were found in headless Chromium (and hold on phones' browsers too):
- an Audio service made without a source never loads one set later, so the
  service is made at the first play, with that clip as its source;
- play() after the source changed never completes (no request is even made),
  while resume() loads the new source and plays it.
"""

from typing import Any

import flet_audio as fa


class ClipAudio:
    def __init__(self, **handlers: Any):
        self._handlers = handlers  # on_state_change, on_position_change, ...
        self.audio: fa.Audio | None = None  # kept referenced: Flet drops unreferenced services

    async def play(self, src: str) -> None:
        if self.audio is None:
            self.audio = fa.Audio(src=src, release_mode=fa.ReleaseMode.STOP, **self._handlers)
        elif self.audio.src == src:
            await self.audio.seek(0)  # the same clip again: from the start, as often as needed
        else:
            self.audio.src = src
            self.audio.update()
        await self.audio.resume()
