### DRAFT machine-assisted translation — needs review by a native speaker
### Language support (/app/coach/language): review, correct and record read-aloud texts.
### The coach area shows Swedish or English today; every id is here for when it shows more.


## The page
ls-title = ደገፍ ቋንቋ
ls-nav = ደገፍ ቋንቋ
ls-intro = ሓደ ቋንቋ ምረጽ እሞ ጽሑፋቱ ርአ፦ ቃላት ኣርም፡ ከም ዝተመርመረ ምልክት ግበር፡ ከመይ ከም ዝንበብ ቅዳሕ።

## Coverage
ls-cov-title = ድምጺ ንነፍሲ ወከፍ ቋንቋ
ls-cov-loading = ይጽዓን ኣሎ …
ls-cov-source-text = መበቆል ጽሑፍ
# Variables:
#   $draft (Number) - texts not yet reviewed
#   $reviewed (Number) - reviewed texts
ls-cov-review = { $draft } ንድፊ፡ { $reviewed } ዝተመርመረ
# Variables:
#   $human (Number) - texts whose audio is a human recording
#   $gtts (Number) - texts read by gTTS
#   $espeak (Number) - texts read by espeak-ng
#   $none (Number) - texts without audio
#   $stale (Number) - texts whose audio was made for an earlier wording
ls-cov-line = ዝተቀድሐ { $human } · gTTS { $gtts } · espeak { $espeak } · ድምጺ የብሉን { $none } · ዝኣረገ { $stale }
# Variables:
#   $done (Number) - texts with audio
#   $total (Number) - texts read aloud
#   $percent (Number) - share with audio
ls-cov-with-audio = { $done } ካብ { $total } ድምጺ ዘለዎም ({ $percent } %)

## Where the text is
# Variables:
#   $item (String) - the checklist, guide or station
#   $n (Number) - step number
ls-where-step = { $item } · ስጉምቲ { $n }
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-title = { $item } · ኣርእስቲ
ls-where-label = { $item } · ኣፕ · ሰሌዳ ቀንዲ ገጽ
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-summary = { $item } · ጽማቕ

## Status
ls-status-source = መበቆል ጽሑፍ
ls-status-draft = ንድፊ
ls-status-reviewed = ተመርሚሩ
ls-audio-human = ተቀዲሑ
ls-audio-gtts = gTTS
ls-audio-espeak = espeak
ls-audio-stale = ዝኣረገ ድምጺ
ls-audio-none = ገና ድምጺ የብሉን
ls-audio-lower-quality = ትሑት ብቕዓት
# Variables:
#   $source (String) - where the audio comes from
#   $who (String) - who made it
#   $when (String) - date
#   $seconds (Number) - length
ls-audio-made = ሕጂ ዝሰምዕ ድምጺ፦ { $source }፡ { $who }፡ { $when }፡ { $seconds } s
# Variables:
#   $who (String) - who marked it reviewed
#   $when (String) - date
ls-reviewed-by = ዝመርመሮ { $who }፡ { $when }
ls-stale-help = ንዝሓለፈ ቃላት ዝተቀድሐ ድምጺ ኣሎ። ድሕሪ ሕጂ ኣይሰምዕን፦ ደጊምካ ቅዳሕ።

## Buttons
ls-play = ስማዕ
# Variables:
#   $where (String) - where the text is
ls-play-label = ስማዕ { $where }
ls-open = ኣብዚ ጽሑፍ ስራሕ
ls-close = ዕጸው
# Issue 10: a text this account may not change.
ls-read-only = ነዚ ጽሑፍ ከተንብቦ ትኽእል ግን ክትቕይሮ ኣይትኽእልን፡ ናይ ሓባራዊ ቤተ-መጻሕፍቲ እዩ ወይ ተራ ደገፍ ቋንቋ የብልካን።
# Variables:
#   $text (String) - the Swedish text
ls-open-label = ስራሕ ኣብ፦ { $text }
ls-edit-label = ጽሑፍ ብዚ ቋንቋ
ls-save = እርማት ዓቕብ
ls-mark-reviewed = ከም ዝተመርመረ ምልክት ግበር
ls-mark-draft = ናብ ንድፊ ምለስ
ls-record = ቅዳሕ
ls-record-stop = ደው ኣብል እሞ ዓቕብ
ls-upload = ፋይል ድምጺ ስደድ
ls-withdraw = ቅዳሕ ኣልግስ
ls-recording-now = ይቕዳሕ ኣሎ … ሕጂ ተዛረብ፡ ድሕሪኡ ደው ኣብል እሞ ዓቕብ ጠውቕ።

## Filters
ls-filter-all = ኩሉ
ls-filter-draft = ንድፊ ጥራይ
ls-filter-no_audio = ድምጺ ዘይብሉ ጥራይ
ls-filter-stale = ዝኣረገ ድምጺ
# Variables:
#   $count (Number) - texts shown
ls-count = { $count ->
    [one] { $count } ጽሑፍ
   *[other] { $count } ጽሑፋት
}
ls-empty = ኣብዚ ጽሑፍ የለን።
# Variables:
#   $count (Number) - texts not shown yet
ls-more = ተወሳኺ ኣርኢ ({ $count } ተሪፉ)

## Messages
ls-saved = እርማት ተዓቂቡ። ድምጺ ናይ ቀዳማይ ቃላት ድሕሪ ሕጂ ኣይሰምዕን።
ls-unchanged = ጽሑፍ ኣይተቐየረን።
ls-marked-reviewed = ከም ዝተመርመረ ተመልኪቱ።
ls-marked-draft = ሕጂ ንድፊ እዩ።
# Variables:
#   $seconds (Number) - length of the recording
ls-recording-saved = ቅዳሕ ተዓቂቡ ({ $seconds } s)፡ ሕጂ ኣብ ገጽ መደበር ይሰምዕ።
ls-withdrawn = ቅዳሕ ሕጂ ኣይሰምዕን።
ls-error-session = ምእታውካ ግዜኡ ኣኺሉ። ደጊምካ እቶ።
ls-error-offline = ምስ ሰርቨር ርክብ የለን። ድሕሪ ቁሩብ ደጊምካ ፈትን።
ls-error-conflict = ካልእ ሰብ ክትሰርሕ ከለኻ ጽሑፍ ቀይሩዎ። እዚ ሓድሽ ጽሑፍ እዩ፦ ለውጥኻ ደጊምካ ግበር።
ls-error-not-found = እዚ ጽሑፍ ድሕሪ ሕጂ የለን።
# Variables:
#   $detail (String) - the server's reason
ls-error-refused = ሰርቨር ኣበየ፦ { $detail }
ls-error-empty = ጽሑፍ ባዶ ክኸውን የብሉን።
ls-error-no-sound = ድምጺ ኣይኣተወን። ማይክሮፎን ርአ እሞ ደጊምካ ፈትን።
ls-error-microphone = ማይክሮፎን ኣይሰርሐን። ኣብ browser ማይክሮፎን ፍቐድ እሞ ደጊምካ ፈትን።

## Computer voices (issue 13): staff approve or reject computer-voice audio
ls-audio-espeak152 = ድምጺ ኮምፒተር (espeak-ng 1.52)
# Variables:
#   $espeak152 (Number) - texts heard in a computer voice of espeak-ng 1.52
#   $waiting (Number) - computer audio made but not heard until approved
#   $approved (Number) - computer audio approved by staff
#   $rejected (Number) - computer audio rejected by staff
ls-cov-computer = ድምጺ ኮምፒተር { $espeak152 } · ንፍቓድ ዝጽበ { $waiting } · ዝተፈቕደ { $approved } · ዝተነጽገ { $rejected }
ls-computer-waiting = ድምጺ ኮምፒተር: ክሳብ ዝፍቀድ ኣይስማዕን
ls-computer-approved = ድምጺ ኮምፒተር: ተፈቒዱ
ls-computer-rejected = ድምጺ ኮምፒተር: ተነጺጉ
ls-computer-unapproved = ድምጺ ኮምፒተር: ኣይተመርመረን
ls-computer-help = ድምጺ ኮምፒተር ነዚ ጽሑፍ የንብቦ። ስምዑ: ቅኑዕ እንተኾይኑ ፍቐዱ፣ ጌጋ እንተኾይኑ ንጸጉ (ድሕሪኡ ነቲ ጽሑፍ ቅድሑ)።
ls-computer-listen = ድምጺ ኮምፒተር ስምዑ
ls-computer-approve = ፍቐድ: ተሳተፍቲ ይሰምዕዎ
ls-computer-reject = ንጸግ: ቅዳሕ ተጸበ
ls-computer-undo = ውሳነ ሰርዝ
ls-computer-approved-msg = ተፈቒዱ። ተሳተፍቲ ሕጂ ነዚ ድምጺ ይሰምዕዎ።
ls-computer-rejected-msg = ተነጺጉ። እቲ ጽሑፍ ቅዳሕ ይጽበ ኣሎ።
ls-computer-undone = እቲ ውሳነ ተሰሪዙ።
ls-filter-computer = ዝምርመር ድምጺ ኮምፒተር
