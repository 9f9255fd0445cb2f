### DRAFT machine-assisted translation — needs review by a native speaker
### The coach's side of Stegvis (Flet client, /app/coach) and the participant's own goal plan.
### Holds every id of locales/sv/coach.ftl (the Swedish source).

-brand-name = Stegvis

## Shared
coach-brand = { -brand-name } · ኣሰልጣኒ
coach-nav-participants = ተሳተፍቲ
coach-nav-report = ጸብጻብ
coach-nav-language = ደገፍ ቋንቋ
coach-nav-authoring = መደበራት
coach-nav-worklist = ዝርዝር ስራሕ
coach-sign-out = ውጻእ
coach-sign-out-everywhere = ካብ ኩሉ መሳርሒታት ውጻእ
coach-signed-out = ወጺእካ ኣለኻ።
coach-signed-out-everywhere = ካብ ኩሉ መሳርሒታት ወጺእካ ኣለኻ።
coach-close = ዕጸው
coach-cancel = ሰርዝ
coach-add = ወስኽ
coach-date = ዕለት (YYYY-MM-DD)
coach-never = ፈጺሙ
coach-none-yet = ገና ዋላ ሓንቲ የለን።
coach-lang-unknown = ዘይፍለጥ ቋንቋ
coach-refresh = ኣሐድስ
# Variables:
#   $done (Number) - done
#   $total (Number) - total
coach-steps-of = { $done } ካብ { $total }

## Sign-in
coach-signin-title = ከም ኣሰልጣኒ እቶ
coach-signin-intro = ንኣሰልጠንቲን መምህራንን ናይ ክፍሊ ዕዳጋ ስራሕ።
coach-email = ኢመይል
coach-password = መሕለፊ ቃል
coach-signin-button = እቶ

## Errors and notices
coach-error-wrong-login = ጌጋ ኢመይል ወይ መሕለፊ ቃል። እንደገና ፈትን።
# Variables:
#   $minutes (Number) - minutes until the next try
coach-error-rate-limited = ብዙሕ ዘይተዓወቱ ፈተነታት። { $minutes ->
        [one] ሓንቲ ደቒቕ
       *[other] { $minutes } ደቓይቕ
    } ተጸበ እሞ እንደገና ፈትን።
coach-error-session-expired = እቶትካ ግዜኡ ሓሊፉ። እንደገና እቶ።
coach-error-offline = ሰርቨር ሕጂ ይምልስ የለን። ቁሩብ ጸኒሕካ እንደገና ፈትን።
coach-error-not-found = እዚ ተሳታፊ የለን (ወይ ናይ ካልእ ትካል እዩ)።
coach-error-deactivated = እቲ ተሳታፊ ተሰናቢዱ ኣሎ። ቅድም ንጡፍ ግበሮ።
# Variables:
#   $detail (String) - the server's explanation
coach-error-refused = ኣይተኻእለን: { $detail }
coach-error-fill-in = ኢመይልን መሕለፊ ቃልን ምላእ።
coach-error-name-needed = ስም ወይ ሳጓ ጽሓፍ።
coach-error-exit-reason = ምኽንያት ምውጻእ ምረጽ።
coach-error-date = ዕለት ብ YYYY-MM-DD ጽሓፍ።
coach-error-period = ዕለት መጀመርታ ድሕሪ ዕለት መወዳእታ እዩ።
coach-error-goal-title = እቲ ዕላማ እንታይ ምዃኑ ጽሓፍ።
coach-error-no-ratings = እንተወሓደ ሓደ ገምጋም ምረጽ።
coach-error-rating-range = ገምጋማት ካብ 1 ክሳብ 10 እዮም።
# Variables:
#   $name (String) - the participant's name
coach-enrolled = { $name } ተመዝጊቡ ኣሎ። ካርድ እቶት ሕተም።
coach-card-ready = ካርድ ድሉው እዩ። እቲ ዝሓለፈ ካርድ ድሕሪ ሕጂ ኣይሰርሕን።
coach-deactivated = እቲ ተሳታፊ ተሰናቢዱ ካብ መሳርሒታቱ ድማ ወጺኡ ኣሎ።
coach-exit-recorded = ምውጻእ ተመዝጊቡ ኣሎ።
coach-rating-saved = ገምጋም ተዓቂቡ ኣሎ።
coach-exported = ሓበሬታ ተሳታፊ ወሪዱ ኣሎ።
coach-erased = ሓበሬታ ተሳታፊ ተደምሲሱ ኣሎ።

## Participant list
coach-participants-title = ተሳተፍቲ
coach-search = ስም ድለ
coach-show-active = ንጡፋት
coach-show-exited = ዝወጹ
coach-show-all = ኩሎም
coach-enrol = ተሳታፊ መዝግብ
# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - rows matching
coach-list-count = { $shown } ካብ { $total } ይርአ ኣሎ
coach-list-empty = ዝሰማማዕ ተሳታፊ የለን።
coach-col-last-activity = ናይ መወዳእታ ንጥፈት
coach-col-checklists = ዝርዝራት መቆጻጸሪ
coach-col-stations = ጣብያታት
coach-col-progress = ምዕባለ
# Variables:
#   $done (Number) - checklists done
#   $started (Number) - checklists started
coach-done-of-started = { $done } ዝተዛዘሙ ካብ { $started }
coach-status-active = ንጡፍ
coach-status-inactive = ዘይንጡፍ
# Variables:
#   $reason (String) - the exit reason
coach-status-exited = ወጺኡ: { $reason }

## Exit reasons (ESF)
coach-exit-work = ስራሕ
coach-exit-studies = ትምህርቲ
coach-exit-work_practice = ልምምድ ስራሕ
coach-exit-seeking_work = ስራሕ ምድላይ
coach-exit-other = ካልእ

## Gender (for ESF follow-up only)
coach-gender-unspecified = ዘይተገልጸ
coach-gender-woman = ሰበይቲ
coach-gender-man = ሰብኣይ
coach-gender-non_binary = ክልተኣዊ ዘይኮነ

## Enrol
coach-enrol-title = ተሳታፊ መዝግብ
coach-enrol-privacy = እቲ ስራሕ ዘድልዮ ጥራይ ዓቅብ: ስም ወይ ሳጓን ቋንቋን። ቁጽሪ መንነት የለን፣ ሓበሬታ ጥዕና የለን።
coach-field-name = ስም ወይ ሳጓ
coach-field-language = ቋንቋ
coach-field-coach = ኣሰልጣኒ
coach-field-coach-me = ኣነ
coach-field-gender = ጾታ
coach-field-gender-why = ንጸብጻብ ESF ጥራይ እዩ ዝሕተት፤ "ዘይተገልጸ" ጽቡቕ እዩ።
coach-enrol-submit = መዝግብ

## Participant page
coach-participant-loading = ተሳታፊ ይጽዓን ኣሎ …
# Variables:
#   $date (String) - date
coach-enrolled-on = ዝተመዝገበሉ { $date }
coach-last-activity = ናይ መወዳእታ ንጥፈት { $date }
coach-print-card = ካርድ እቶት ሕተም
coach-card-note = ሓድሽ ካርድ ነቲ ዝሓለፈ ብኡንብኡ ከም ዘይሰርሕ ይገብሮ።
coach-card-inactive = እቲ ተሳታፊ ተሰናቢዱ ኣሎ: ካርድ ክሕተም ኣይክእልን።
coach-renew-card = ካርድ ኣሐድስ
coach-card-valid-until = እቲ ካርድ ክሳብ { $until } ይሰርሕ።
coach-card-expired = እቲ ካርድ ብ { $until } ምስራሕ ኣቋሪጹ። ኣሐድሶ ወይ ሓድሽ ሕተም።
coach-card-none = ዝሰርሕ ካርድ የለን: ሓደ ሕተም።
coach-card-renewed = እቲ ካርድ ሕጂ ክሳብ { $until } ይሰርሕ።
coach-record-exit = ምውጻእ መዝግብ
coach-record-exit-save = ምውጻእ ዓቅብ
coach-exit-reason = ምኽንያት ምውጻእ
coach-deactivate = ኣሰናብድ
coach-export = ሓበሬታ ኣውጽእ
coach-erase = ሓበሬታ ደምስስ
# Variables:
#   $name (String) - the participant's name
coach-erase-confirm = ኩሉ ሓበሬታ ብዛዕባ { $name } ይደምሰስ ድዩ?
coach-erase-what = ፍጻመታት፣ መደብ ዕላማታትን ገምጋማትን ይድምሰሱ፣ ክምለሱ ድማ ኣይክእሉን። ኣብ ዝሓለፉ ጸብጻባት ዘለዉ ቁጽርታት ከም ድምር ይተርፉ።
coach-erase-yes = እወ፣ ደምስስ

coach-activity-title = ንጥፈት ምስ ግዜ
coach-activity-help = ፍጻመታት ኣብ ሰሙን (ምምልካት፣ ምኽፋት፣ ምስማዕ)። ንዝርዝር ኣብ ልዕሊ ዓንዲ ማውስ ኣንብር።
coach-no-activity = ገና ንጥፈት የለን።
# Variables:
#   $week (String) - first day of the week
#   $events (Number) - events
#   $ticks (Number) - ticks
#   $listened (String) - listening time
coach-week-tip = ሰሙን ካብ { $week }: { $events } ፍጻመታት፣ { $ticks } ምልክታት፣ { $listened } ተሰሚዑ

coach-checklists-title = ዝርዝራት መቆጻጸሪ
# Variables:
#   $done (Number) - done
#   $going (Number) - under way
#   $catalog (Number) - checklists in the catalog
coach-checklists-summary = { $done } ዝተዛዘሙ፣ { $going } ኣብ መስርሕ፣ ካብ { $catalog } ዝርዝራት መቆጻጸሪ
coach-checklists-done = ዝተዛዘሙ
coach-checklists-going = ኣብ መስርሕ
# Variables:
#   $date (String) - last done
#   $times (Number) - times done
coach-checklist-done-on = ተዛዚሙ { $date } ({ $times ->
        [one] ሓደ ግዜ
       *[other] { $times } ግዜ
    })
# Variables:
#   $date (String) - started
#   $last (String) - last active
coach-checklist-started-on = ጀሚሩ { $date }፣ ናይ መወዳእታ { $last }

coach-stations-title = ጣብያታት ስራሕ
coach-stations-help = ነፍሲ ወከፍ ጣብያ: እቲ ተሳታፊ ክንደይ ግዜ ከፊትዎ፣ ነፍሲ ወከፍ ስጉምቲ ክንደይ ግዜ ተጻዊቱ፣ ብየናይ ቋንቋ። ሓደ ስጉምቲ ብኹሉ ቋንቋታት ብዙሕ ግዜ እንተተደጊሙ ነቲ ዕዮ የመልክት፤ ብሽወደንኛ ጥራይ እንተተደጊሙ ነቲ ቋንቋ የመልክት።
# Variables:
#   $opens (Number) - opens
#   $plays (Number) - plays
#   $listened (String) - listening time
#   $per_open (Number) - plays per open
#   $last (String) - last
coach-station-numbers = { $opens } ግዜ ተኸፊቱ · { $plays } ምጽዋት ({ $per_open } ኣብ ነፍሲ ወከፍ ምኽፋት) · ተሰሚዑ { $listened } · ናይ መወዳእታ { $last }
coach-listening-by-language = ግዜ ምስማዕ ብቋንቋ
coach-plays-by-step = ምጽዋት ብስጉምትን ቋንቋን
coach-step = ስጉምቲ
coach-plays = ድምር
# Variables:
#   $step (String) - the step
coach-hint-task = ስጉምቲ "{ $step }" ብኹሉ ቋንቋታት ዝበዝሐ ተደጊሙ: እቲ ከቢድ ዘሎ እቲ ዕዮ እምበር እቲ ቋንቋ ኣይኮነን ይመስል።
coach-hint-step = ዝበዝሐ ዝተጻወተ: "{ $step }"። ኣብ ላዕሊ ዘለዉ ቋንቋታት ኣወዳድር።
coach-hint-none = ገና ምጽዋት የለን።

coach-goals-title = መደብ ዕላማታት (መደብ ትግባረ)
coach-goals-help = ብሓባር እትሕንጽዎም ዕላማታት ምስ ንኡሳን ዕላማታት። እቲ ተሳታፊ ንኡሳን ዕላማታት ኣብ ኣፑ የመልክቶም፤ መዓስ ከም ዝኾነ ኣብዚ ትርኢ።
coach-no-goals = ገና ዕላማ የለን።
coach-done-by-participant = እቲ ተሳታፊ
# Variables:
#   $name (String) - the coach's name
coach-done-by-coach = ኣሰልጣኒ { $name }
# Variables:
#   $date (String) - date
#   $who (String) - who ticked it
coach-subgoal-done = ተዛዚሙ { $date } ብ { $who }
coach-new-subgoal = ሓድሽ ንኡስ ዕላማ
coach-new-goal = ሓድሽ ዕላማ
coach-goal-title = ዕላማ
coach-goal-subgoals = ንኡሳን ዕላማታት (ሓደ ኣብ ነፍሲ ወከፍ መስመር)
coach-add-goal = ዕላማ ወስኽ

coach-scales-title = ስጉምቲ ብስጉምቲ ምዕባለ
coach-scales-help = ብሓባር ብስሩዕ እትገብርዎም ገምጋማት 1–10። እቲ ኣብ የማን ዘሎ ቁጽሪ ካብቲ ቀዳማይ ገምጋም ጀሚሩ ዘሎ ለውጢ እዩ።
coach-no-ratings = ገና ገምጋም የለን።
coach-rate-title = ሓድሽ ገምጋም
coach-rate-save = ገምጋም ዓቅብ
coach-scale-everyday_autonomy = ብርእስኻ ናይ መዓልታዊ ህይወት
coach-scale-swedish = ሽወደንኛ
coach-scale-health_self_rated = ጥዕና (ከም ስምዒቱ)
coach-scale-work_skills = ክእለት ስራሕ
coach-scale-social_contacts = ማሕበራዊ ርክባት
coach-scale-job_search = ስራሕ ምድላይ

## Report
coach-report-title = ጸብጻብ ትካል
coach-from = ካብ
coach-to = ክሳብ
coach-report-show = ኣርኢ
coach-report-csv = CSV ኣውርድ
coach-report-small-counts = ኣብ ስክሪን ልክዕ ቁጽርታት ይርኣዩ (ንትካልኩም ጥራይ)። ኣብ ፋይል CSV ካብ 5 ዝንእሱ ቁጽርታት ከም "<5" ይርኣዩ።
# Variables:
#   $org (String) - the organisation
#   $start (String) - from
#   $end (String) - to
coach-report-period = { $org }፣ { $start } – { $end }
# Variables:
#   $total (Number) - count
coach-report-participants = ተሳተፍቲ ብጾታ ({ $total })
coach-report-exits = ምውጻኣት ብምኽንያት ({ $total })
coach-report-checklists = ዝተዛዘሙ ዝርዝራት መቆጻጸሪ ({ $total })
coach-report-stations = ጣብያታት ብቋንቋ
coach-report-stations-help = ኣብቲ እዋን ምኽፋት ጣብያታት ስራሕ ብቋንቋ።
coach-checklist = ዝርዝር መቆጻጸሪ
coach-station = ጣብያ
coach-language = ቋንቋ
coach-opens = ምኽፋታት
coach-count = ብዝሒ

## The participant's own goal plan (in their app)
mygoals-title = ዕላማታተይ
mygoals-none = ገና ዕላማ የለን። ምስ ኣሰልጣኒኻ መደብ ግበር።
mygoals-offline = ምስ ሰርቨር ርክብ የለን። ደሓር ደጊምካ ፈትን።
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } ካብ { $total }

## Goal plan: a goal heard in the coach's own voice (else a computer voice)
coach-goal-record = ነቲ ዕላማ ብድምጽኻ ቅዳሕ
coach-goal-stop = ኣቋርጽን ዓቅብን
coach-goal-recorded = እቲ ዕላማ ሕጂ ብድምጽኻ ይስማዕ።
coach-goal-listen = ስማዕ
coach-goal-voice-human = ድምጽኻ
coach-goal-voice-computer = ድምጺ ኮምፒዩተር
coach-goal-no-sound = ድምጺ ኣይተቐድሐን። ደጊምካ ፈትን።
coach-goal-microphone = ማይክሮፎን ክጥቀመሉ ኣይከኣልን። ኣብ ብራውዘር ፍቐደሉ።
