### DRAFT machine-assisted translation — needs review by a native speaker
### Language support (Flet client, /app/coach/language): review, correct and record
### the catalog's read-aloud texts per language. Swedish is the source language.

## The page
ls-title = Language support
ls-nav = Language support
ls-intro = Pick a language and work through its texts: correct the wording, mark it reviewed and record how it sounds.

## Coverage
ls-cov-title = Audio per language
ls-cov-loading = Loading coverage …
ls-cov-source-text = source text
# Variables:
#   $draft (Number) - texts not yet reviewed
#   $reviewed (Number) - reviewed texts
ls-cov-review = { $draft } draft, { $reviewed } reviewed
# Variables:
#   $human (Number) - texts whose audio is a human recording
#   $gtts (Number) - texts read by gTTS
#   $espeak (Number) - texts read by espeak-ng
#   $none (Number) - texts without audio
#   $stale (Number) - texts whose audio was made for an earlier wording
ls-cov-line = recorded { $human } · gTTS { $gtts } · espeak { $espeak } · no audio { $none } · stale { $stale }
# Variables:
#   $done (Number) - texts with audio
#   $total (Number) - texts read aloud
#   $percent (Number) - share with audio
ls-cov-with-audio = { $done } of { $total } with audio ({ $percent } %)

## Where the text is
# Variables:
#   $item (String) - the checklist, guide or station
#   $n (Number) - step number
ls-where-step = { $item } · step { $n }
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-title = { $item } · title
ls-where-label = { $item } · app · home screen tile
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-summary = { $item } · summary

## Status
ls-status-source = source text
ls-status-draft = draft
ls-status-reviewed = reviewed
ls-audio-human = recorded
ls-audio-gtts = gTTS
ls-audio-espeak = espeak
ls-audio-stale = stale audio
ls-audio-none = no audio yet
ls-audio-lower-quality = lower quality
# Variables:
#   $source (String) - where the audio comes from
#   $who (String) - who made it
#   $when (String) - date
#   $seconds (Number) - length
ls-audio-made = Audio playing now: { $source }, { $who }, { $when }, { $seconds } s
# Variables:
#   $who (String) - who marked it reviewed
#   $when (String) - date
ls-reviewed-by = Reviewed by { $who }, { $when }
ls-stale-help = There is audio for an earlier wording. It no longer plays: record again.

## Buttons
ls-play = Play
# Variables:
#   $where (String) - where the text is
ls-play-label = Play { $where }
ls-open = Work on this text
ls-close = Close
# Issue 10: a text this account may not change.
ls-read-only = You can read this text but not change it: it belongs to the shared library, or you do not have the language-support role.
# Variables:
#   $text (String) - the Swedish text
ls-open-label = Work on: { $text }
ls-edit-label = The text in this language
ls-save = Save the correction
ls-mark-reviewed = Mark as reviewed
ls-mark-draft = Back to draft
ls-record = Record
ls-record-stop = Stop and save
ls-upload = Upload an audio file
ls-withdraw = Withdraw the recording
ls-recording-now = Recording … speak now, then press Stop and save.

## Filters
ls-filter-all = All
ls-filter-draft = Only drafts
ls-filter-no_audio = Only without audio
ls-filter-stale = Stale audio
# Variables:
#   $count (Number) - texts shown
ls-count = { $count ->
    [one] { $count } text
   *[other] { $count } texts
}
ls-empty = No texts here.
# Variables:
#   $count (Number) - texts not shown yet
ls-more = Show more ({ $count } left)

## Messages
ls-saved = The correction is saved. Audio for the old wording no longer plays.
ls-unchanged = The text is unchanged.
ls-marked-reviewed = Marked as reviewed.
ls-marked-draft = Back to draft.
# Variables:
#   $seconds (Number) - length of the recording
ls-recording-saved = The recording is saved ({ $seconds } s) and now plays on the station page.
ls-withdrawn = The recording is withdrawn.
ls-error-session = Your sign-in has expired. Sign in again.
ls-error-offline = No contact with the server. Try again in a moment.
ls-error-conflict = Someone else changed the text while you were working. Here is the new text: make your change again.
ls-error-not-found = The text no longer exists.
# Variables:
#   $detail (String) - the server's reason
ls-error-refused = The server said no: { $detail }
ls-error-empty = The text must not be empty.
ls-error-no-sound = No sound came in. Check the microphone and try again.
ls-error-microphone = The microphone could not be started. Allow the microphone in the browser and try again.

## Computer voices (issue 13): staff approve or reject computer-voice audio
ls-audio-espeak152 = computer voice (espeak-ng 1.52)
# Variables:
#   $espeak152 (Number) - texts heard in a computer voice of espeak-ng 1.52
#   $waiting (Number) - computer audio made but not heard until approved
#   $approved (Number) - computer audio approved by staff
#   $rejected (Number) - computer audio rejected by staff
ls-cov-computer = computer voice { $espeak152 } · waiting for approval { $waiting } · approved { $approved } · rejected { $rejected }
ls-computer-waiting = computer voice: not heard until approved
ls-computer-approved = computer voice: approved
ls-computer-rejected = computer voice: rejected
ls-computer-unapproved = computer voice: not reviewed
ls-computer-help = A computer voice reads this text. Listen: approve it if it sounds right, reject it if it is wrong (then record the text).
ls-computer-listen = Listen to the computer voice
ls-computer-approve = Approve: participants may hear it
ls-computer-reject = Reject: wait for a recording
ls-computer-undo = Undo the decision
ls-computer-approved-msg = Approved. Participants now hear this audio.
ls-computer-rejected-msg = Rejected. The text waits for a recording.
ls-computer-undone = The decision is undone.
ls-filter-computer = Computer voice to check
