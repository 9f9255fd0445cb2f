### DRAFT machine-assisted translation — needs review by a native speaker
### Language support (/app/coach/language): review, correct and record read-aloud texts.
### The coach area shows Swedish or English today; every id is here for when it shows more.


## The page
ls-title = Taageerada luqadda
ls-nav = Taageerada luqadda
ls-intro = Dooro luqad oo dhex mar qoraalladeeda: sax erayada, calaamadee in la hubiyay, oo duub sida loo akhriyo.

## Coverage
ls-cov-title = Codka luqad kasta
ls-cov-loading = Waa la soo rarayaa …
ls-cov-source-text = qoraalka asalka
# Variables:
#   $draft (Number) - texts not yet reviewed
#   $reviewed (Number) - reviewed texts
ls-cov-review = { $draft } qabyo, { $reviewed } la hubiyay
# Variables:
#   $human (Number) - texts whose audio is a human recording
#   $gtts (Number) - texts read by gTTS
#   $espeak (Number) - texts read by espeak-ng
#   $none (Number) - texts without audio
#   $stale (Number) - texts whose audio was made for an earlier wording
ls-cov-line = la duubay { $human } · gTTS { $gtts } · espeak { $espeak } · cod ma leh { $none } · duug { $stale }
# Variables:
#   $done (Number) - texts with audio
#   $total (Number) - texts read aloud
#   $percent (Number) - share with audio
ls-cov-with-audio = { $done } ka mid ah { $total } cod leh ({ $percent } %)

## Where the text is
# Variables:
#   $item (String) - the checklist, guide or station
#   $n (Number) - step number
ls-where-step = { $item } · tallaabada { $n }
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-title = { $item } · cinwaanka
ls-where-label = { $item } · app · sanduuqa bogga hore
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-summary = { $item } · soo koobid

## Status
ls-status-source = qoraalka asalka
ls-status-draft = qabyo
ls-status-reviewed = la hubiyay
ls-audio-human = la duubay
ls-audio-gtts = gTTS
ls-audio-espeak = espeak
ls-audio-stale = cod duug ah
ls-audio-none = wali cod ma leh
ls-audio-lower-quality = tayo hoose
# Variables:
#   $source (String) - where the audio comes from
#   $who (String) - who made it
#   $when (String) - date
#   $seconds (Number) - length
ls-audio-made = Codka hadda: { $source }, { $who }, { $when }, { $seconds } s
# Variables:
#   $who (String) - who marked it reviewed
#   $when (String) - date
ls-reviewed-by = Waxaa hubiyay { $who }, { $when }
ls-stale-help = Waxaa jira cod loo duubay erayo hore. Mar dambe lama shido: mar kale duub.

## Buttons
ls-play = Shid
# Variables:
#   $where (String) - where the text is
ls-play-label = Shid { $where }
ls-open = Ka shaqee qoraalkan
ls-close = Xir
# Issue 10: a text this account may not change.
ls-read-only = Qoraalkan waad akhrin kartaa laakiin ma beddeli kartid: wuxuu ka tirsan yahay maktabadda guud, ama ma lihid doorka taageerada luqadda.
# Variables:
#   $text (String) - the Swedish text
ls-open-label = Ka shaqee: { $text }
ls-edit-label = Qoraalka luqaddan
ls-save = Kaydi saxitaanka
ls-mark-reviewed = Calaamadee la hubiyay
ls-mark-draft = Ku celi qabyo
ls-record = Duub
ls-record-stop = Jooji oo kaydi
ls-upload = Soo geli fayl cod ah
ls-withdraw = Ka noqo duubista
ls-recording-now = Waa la duubayaa … hadda hadal, kadibna riix Jooji oo kaydi.

## Filters
ls-filter-all = Dhammaan
ls-filter-draft = Qabyo kaliya
ls-filter-no_audio = Cod la'aan kaliya
ls-filter-stale = Cod duug ah
# Variables:
#   $count (Number) - texts shown
ls-count = { $count ->
    [one] { $count } qoraal
   *[other] { $count } qoraal
}
ls-empty = Halkan qoraal ma jiro.
# Variables:
#   $count (Number) - texts not shown yet
ls-more = Tus wax badan ({ $count } ayaa haray)

## Messages
ls-saved = Saxitaanka waa la kaydiyay. Codkii erayada hore mar dambe lama shido.
ls-unchanged = Qoraalka isma beddelin.
ls-marked-reviewed = Waxaa la calaamadeeyay in la hubiyay.
ls-marked-draft = Waxaa lagu celiyay qabyo.
# Variables:
#   $seconds (Number) - length of the recording
ls-recording-saved = Duubista waa la kaydiyay ({ $seconds } s) oo hadda waxay ka shidan tahay bogga saldhigga.
ls-withdrawn = Duubista waa laga noqday.
ls-error-session = Gelitaankaagu wuu dhacay. Mar kale gal.
ls-error-offline = Xiriir lama laha server-ka. Isku day mar kale wax yar kadib.
ls-error-conflict = Qof kale ayaa beddelay qoraalka intaad shaqaynaysay. Kani waa qoraalka cusub: mar kale samee beddelkaaga.
ls-error-not-found = Qoraalku mar dambe ma jiro.
# Variables:
#   $detail (String) - the server's reason
ls-error-refused = Server-ku wuu diiday: { $detail }
ls-error-empty = Qoraalku waa inuusan madhnaan.
ls-error-no-sound = Cod ma iman. Hubi makarafoonka oo isku day mar kale.
ls-error-microphone = Makarafoonka lama shidi karin. U ogolow makarafoonka browser-ka oo isku day mar kale.

## Computer voices (issue 13): staff approve or reject computer-voice audio
ls-audio-espeak152 = cod kombiyuutar (espeak-ng 1.52)
# Variables:
#   $espeak152 (Number) - texts heard in a computer voice of espeak-ng 1.52
#   $waiting (Number) - computer audio made but not heard until approved
#   $approved (Number) - computer audio approved by staff
#   $rejected (Number) - computer audio rejected by staff
ls-cov-computer = cod kombiyuutar { $espeak152 } · sugaya oggolaansho { $waiting } · la oggolaaday { $approved } · la diiday { $rejected }
ls-computer-waiting = cod kombiyuutar: lama maqlo ilaa la oggolaado
ls-computer-approved = cod kombiyuutar: la oggolaaday
ls-computer-rejected = cod kombiyuutar: la diiday
ls-computer-unapproved = cod kombiyuutar: lama hubin
ls-computer-help = Cod kombiyuutar ayaa qoraalkan akhriya. Dhageyso: oggolow haddii uu sax yahay, diid haddii uu khaldan yahay (kadibna qoraalka duub).
ls-computer-listen = Dhageyso codka kombiyuutarka
ls-computer-approve = Oggolow: ka qaybgalayaashu way maqli karaan
ls-computer-reject = Diid: sug duubis
ls-computer-undo = Ka noqo go'aanka
ls-computer-approved-msg = Waa la oggolaaday. Ka qaybgalayaashu hadda way maqlayaan codkan.
ls-computer-rejected-msg = Waa la diiday. Qoraalku wuxuu sugayaa duubis.
ls-computer-undone = Go'aanka waa laga noqday.
ls-filter-computer = Cod kombiyuutar oo la hubinayo
