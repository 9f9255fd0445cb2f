### Språkstöd (Flet-klienten, /app/coach/language): granska, rätta och spela in
### katalogens uppläsningstexter per språk. Svenska är källspråket.

## Sidan
ls-title = Språkstöd
ls-nav = Språkstöd
ls-intro = Välj ett språk och gå igenom texterna: rätta ordalydelsen, markera den granskad och spela in hur den låter.

## Täckning
ls-cov-title = Ljud per språk
ls-cov-loading = Hämtar täckningen …
ls-cov-source-text = källtext
# Variables:
#   $draft (Number) - texts not yet reviewed
#   $reviewed (Number) - reviewed texts
ls-cov-review = { $draft } utkast, { $reviewed } granskade
# Variables:
#   $human (Number) - texts whose audio is a human recording
#   $gtts (Number) - texts read by gTTS
#   $espeak (Number) - texts read by espeak-ng
#   $none (Number) - texts without audio
#   $stale (Number) - texts whose audio was made for an earlier wording
ls-cov-line = inspelat { $human } · gTTS { $gtts } · espeak { $espeak } · inget ljud { $none } · inaktuellt { $stale }
# Variables:
#   $done (Number) - texts with audio
#   $total (Number) - texts read aloud
#   $percent (Number) - share with audio
ls-cov-with-audio = { $done } av { $total } med ljud ({ $percent } %)

## Var texten finns
# Variables:
#   $item (String) - the checklist, guide or station
#   $n (Number) - step number
ls-where-step = { $item } · steg { $n }
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-title = { $item } · rubrik
ls-where-label = { $item } · app · ruta på startsidan
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-summary = { $item } · sammanfattning

## Status
ls-status-source = källtext
ls-status-draft = utkast
ls-status-reviewed = granskad
ls-audio-human = inspelat
ls-audio-gtts = gTTS
ls-audio-espeak = espeak
ls-audio-stale = inaktuellt ljud
ls-audio-none = inget ljud ännu
ls-audio-lower-quality = lägre kvalitet
# Variables:
#   $source (String) - where the audio comes from
#   $who (String) - who made it
#   $when (String) - date
#   $seconds (Number) - length
ls-audio-made = Ljudet som spelas: { $source }, { $who }, { $when }, { $seconds } s
# Variables:
#   $who (String) - who marked it reviewed
#   $when (String) - date
ls-reviewed-by = Granskad av { $who }, { $when }
ls-stale-help = Det finns ljud för en äldre ordalydelse. Det spelas inte längre: spela in igen.

## Knappar
ls-play = Spela
# Variables:
#   $where (String) - where the text is
ls-play-label = Spela { $where }
ls-open = Arbeta med texten
ls-close = Stäng
# Issue 10: a text this account may not change.
ls-read-only = Du kan läsa den här texten men inte ändra den: den hör till det gemensamma biblioteket, eller så saknar du rollen språkstöd.
# Variables:
#   $text (String) - the Swedish text
ls-open-label = Arbeta med: { $text }
ls-edit-label = Texten på det här språket
ls-save = Spara rättelsen
ls-mark-reviewed = Markera som granskad
ls-mark-draft = Tillbaka till utkast
ls-record = Spela in
ls-record-stop = Stoppa och spara
ls-upload = Ladda upp en ljudfil
ls-withdraw = Dra tillbaka inspelningen
ls-recording-now = Spelar in … tala nu och tryck sedan på Stoppa och spara.

## Filter
ls-filter-all = Alla
ls-filter-draft = Bara utkast
ls-filter-no_audio = Bara utan ljud
ls-filter-stale = Inaktuellt ljud
# Variables:
#   $count (Number) - texts shown
ls-count = { $count ->
    [one] { $count } text
   *[other] { $count } texter
}
ls-empty = Inga texter här.
# Variables:
#   $count (Number) - texts not shown yet
ls-more = Visa fler ({ $count } kvar)

## Meddelanden
ls-saved = Rättelsen är sparad. Ljud för den gamla ordalydelsen spelas inte längre.
ls-unchanged = Texten är oförändrad.
ls-marked-reviewed = Markerad som granskad.
ls-marked-draft = Tillbaka som utkast.
# Variables:
#   $seconds (Number) - length of the recording
ls-recording-saved = Inspelningen är sparad ({ $seconds } s) och spelas nu på stationssidan.
ls-withdrawn = Inspelningen är tillbakadragen.
ls-error-session = Din inloggning har gått ut. Logga in igen.
ls-error-offline = Ingen kontakt med servern. Försök igen om en stund.
ls-error-conflict = Någon annan ändrade texten medan du arbetade. Här är den nya texten: gör om din ändring.
ls-error-not-found = Texten finns inte längre.
# Variables:
#   $detail (String) - the server's reason
ls-error-refused = Servern sa nej: { $detail }
ls-error-empty = Texten får inte vara tom.
ls-error-no-sound = Inget ljud kom in. Kontrollera mikrofonen och försök igen.
ls-error-microphone = Mikrofonen gick inte att starta. Tillåt mikrofonen i webbläsaren och försök igen.

## Computer voices (issue 13): staff approve or reject computer-voice audio
ls-audio-espeak152 = datorröst (espeak-ng 1.52)
# Variables:
#   $espeak152 (Number) - texts heard in a computer voice of espeak-ng 1.52
#   $waiting (Number) - computer audio made but not heard until approved
#   $approved (Number) - computer audio approved by staff
#   $rejected (Number) - computer audio rejected by staff
ls-cov-computer = datorröst { $espeak152 } · väntar på godkännande { $waiting } · godkända { $approved } · underkända { $rejected }
ls-computer-waiting = datorröst: hörs inte förrän den godkänts
ls-computer-approved = datorröst: godkänd
ls-computer-rejected = datorröst: underkänd
ls-computer-unapproved = datorröst: inte granskad
ls-computer-help = En datorröst läser den här texten. Lyssna: godkänn om den låter rätt, underkänn om den är fel (spela sedan in texten).
ls-computer-listen = Lyssna på datorrösten
ls-computer-approve = Godkänn: deltagarna får höra den
ls-computer-reject = Underkänn: vänta på en inspelning
ls-computer-undo = Ångra beslutet
ls-computer-approved-msg = Godkänd. Deltagarna hör nu det här ljudet.
ls-computer-rejected-msg = Underkänd. Texten väntar på en inspelning.
ls-computer-undone = Beslutet är ångrat.
ls-filter-computer = Datorröst att granska
