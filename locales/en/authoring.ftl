### Authoring and the language-support worklist (issue 10).

au-title = Stations and lists
au-intro = Your organisation's own stations, checklists and guides. Create one, or copy one from the shared library and adapt it.
au-new-title = New
au-kind-station = Station
au-kind-checklist = Checklist
au-kind-guide = Guide
au-title-label = Name (Swedish)
au-create = Create
au-own-title = Our own
au-none-yet = None of your own yet.
au-library-title = Shared library
au-library-help = The library cannot be changed here. Copy an item to adapt it (your bus company, your laundry room).
au-copy = Copy to us
au-open = Open
# Variables:
#   $code (String) - the station's code
au-code = Code: { $code }
au-item-title = Name and code
au-read-only = This belongs to the library or another organisation: you can read it but not change it.
au-preview = Preview the station page
au-print-qr = Print QR code
au-steps-title =
    { $count ->
        [one] One step
       *[other] { $count } steps
    }
au-step-text = The step's text (Swedish)
au-save = Save
au-up = Move up
au-down = Move down
au-photo = Photo
au-pictogram = Pictogram
au-retire = Retire the step
au-icon-search = Search pictograms (e.g. buss, låda)
au-search = Search
au-new-step = New step (Swedish)
au-add-step = Add step
au-retired-title = Retired steps (kept for the reports)
au-back = Back to the list
au-created = Created. Add the steps below.
au-copied = Copied: now adapt it.
au-saved = Saved.
au-step-added = Step added. Its translations wait on the worklist.
au-step-retired = The step is off the page; its history is kept.
au-photo-saved = Photo saved (made small, without location or camera data).
au-error-empty = Write a text first.
au-error-session = You are signed out. Sign in again.
au-error-offline = The server does not answer right now. Try again shortly.
au-error-refused = The server said no: { $detail }
au-error-no-sound = No sound was recorded.
au-error-microphone = The microphone may not be used. Allow it in the browser.
au-worklist-title = Language-support worklist
au-worklist-intro = Per language: what lacks text or audio, audio recorded for an older text, and what is not reviewed.
au-need-missing_text = Missing text
au-need-missing_audio = Missing audio
au-need-stale_audio = Audio out of date
au-need-unreviewed = Not reviewed
au-search-label = Search texts and names
au-rows =
    { $count ->
        [one] One text
       *[other] { $count } texts
    }
au-record-title = Record in one sitting
au-record-next = Record the next missing item
au-record = Record
au-record-stop = Stop and save
au-skip = Skip
au-recording-now = Recording … read the text aloud.
au-recorded = Recording saved. Here is the next one.
au-all-recorded = Everything is recorded in this language.
au-write-text = Write the text in { $lang }
au-where-title = { $item }: the name
au-where-summary = { $item }: the summary
au-where-step = { $item }: step { $n }
au-where-label = App label: { $item }
au-pack-title = Recording pack
au-pack-help = Share your reviewed texts and recordings in { $lang } with another unit, or take theirs. The same Swedish text gets the same translation and audio.
au-pack-export = Export pack
au-pack-import = Import pack …
au-pack-preview = The pack would change { $texts } texts, review { $reviews }, add { $recordings } recordings. { $conflicts } texts you reviewed are kept.
au-pack-apply = Import now
au-pack-exported = The pack is ready to send.
au-pack-imported = Imported: { $texts } texts and { $recordings } recordings.
au-close = Close
