### DRAFT machine-assisted translation — needs review by a native speaker
### The coach's side of Stegvis (Flet client, /app/coach) and the participant's own goal plan.
### Holds every id of locales/sv/coach.ftl (the Swedish source).

-brand-name = Stegvis

## Shared
coach-brand = { -brand-name } · Tababare
coach-nav-participants = Ka-qaybgalayaasha
coach-nav-report = Warbixin
coach-nav-language = Taageerada luqadda
coach-nav-authoring = Goobaha
coach-nav-worklist = Liiska shaqada
coach-sign-out = Ka bax
coach-sign-out-everywhere = Ka bax meel kasta
coach-signed-out = Waad ka baxday.
coach-signed-out-everywhere = Waad ka baxday dhammaan qalabkaaga.
coach-close = Xir
coach-cancel = Jooji
coach-add = Ku dar
coach-date = Taariikh (SSSS-BB-MM)
coach-never = weligii
coach-none-yet = Weli waxba ma jiraan.
coach-lang-unknown = luqad aan la aqoon
coach-refresh = Cusboonaysii
# Variables:
#   $done (Number) - done
#   $total (Number) - total
coach-steps-of = { $done } ka mid ah { $total }

## Sign-in
coach-signin-title = U gal sidii tababare
coach-signin-intro = Loogu talagalay tababarayaasha iyo macallimiinta qaybta suuqa shaqada.
coach-email = Iimayl
coach-password = Furaha sirta ah
coach-signin-button = Gal

## Errors and notices
coach-error-wrong-login = Iimaylka ama furaha sirta ah waa khalad. Mar kale isku day.
# Variables:
#   $minutes (Number) - minutes until the next try
coach-error-rate-limited = Isku day badan oo fashilmay. Sug { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } kadibna mar kale isku day.
coach-error-session-expired = Galitaankaagu wuu dhacay. Mar kale gal.
coach-error-offline = Server-ku hadda ma jawaabayo. Wax yar kadib isku day.
coach-error-not-found = Ka-qaybgalahan ma jiro (ama wuxuu ka tirsan yahay urur kale).
coach-error-deactivated = Ka-qaybgalaha waa la joojiyay. Marka hore dib u hawlgeli.
# Variables:
#   $detail (String) - the server's explanation
coach-error-refused = Ma suurtagelin: { $detail }
coach-error-fill-in = Buuxi iimaylka iyo furaha sirta ah.
coach-error-name-needed = Qor magac ama naanays.
coach-error-exit-reason = Dooro sababta dhammaadka.
coach-error-date = U qor taariikhda sidan SSSS-BB-MM.
coach-error-period = Taariikhda bilowgu waxay ka dambaysaa taariikhda dhammaadka.
coach-error-goal-title = Qor waxa yoolku yahay.
coach-error-no-ratings = Dooro ugu yaraan hal qiimeyn.
coach-error-rating-range = Qiimeyntu waa 1 ilaa 10.
# Variables:
#   $name (String) - the participant's name
coach-enrolled = { $name } waa la diiwaangeliyay. Daabac kaarka galitaanka.
coach-card-ready = Kaarku waa diyaar. Kaarkii hore mar dambe ma shaqeynayo.
coach-deactivated = Ka-qaybgalaha waa la joojiyay, waana laga saaray qalabkiisa.
coach-exit-recorded = Dhammaadka waa la diiwaangeliyay.
coach-rating-saved = Qiimeynta waa la kaydiyay.
coach-exported = Xogta ka-qaybgalaha waa la soo dejiyay.
coach-erased = Xogta ka-qaybgalaha waa la tirtiray.

## Participant list
coach-participants-title = Ka-qaybgalayaasha
coach-search = Raadi magac
coach-show-active = Firfircoon
coach-show-exited = Dhammaystay
coach-show-all = Dhammaan
coach-enrol = Diiwaangeli ka-qaybgale
# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - rows matching
coach-list-count = Waxaa la muujinayaa { $shown } ka mid ah { $total }
coach-list-empty = Ma jiro ka-qaybgale ku habboon.
coach-col-last-activity = Markii ugu dambaysay
coach-col-checklists = Liisaska hubinta
coach-col-stations = Goobaha
coach-col-progress = Horumar
# Variables:
#   $done (Number) - checklists done
#   $started (Number) - checklists started
coach-done-of-started = { $done } dhammaaday ka mid ah { $started }
coach-status-active = Firfircoon
coach-status-inactive = Aan firfircoonayn
# Variables:
#   $reason (String) - the exit reason
coach-status-exited = Dhammaystay: { $reason }

## Exit reasons (ESF)
coach-exit-work = shaqo
coach-exit-studies = waxbarasho
coach-exit-work_practice = tababar shaqo
coach-exit-seeking_work = shaqo raadis
coach-exit-other = kale

## Gender (for ESF follow-up only)
coach-gender-unspecified = Lama sheegin
coach-gender-woman = Haweeney
coach-gender-man = Nin
coach-gender-non_binary = Labo-mid-ma-aha

## Enrol
coach-enrol-title = Diiwaangeli ka-qaybgale
coach-enrol-privacy = Kaydi oo keliya waxa shaqadu u baahan tahay: magac ama naanays iyo luqad. Lambar aqoonsi shakhsi ah maya, xog caafimaad maya.
coach-field-name = Magac ama naanays
coach-field-language = Luqad
coach-field-coach = Tababare
coach-field-coach-me = Aniga
coach-field-gender = Jinsi
coach-field-gender-why = Waxaa loo weydiiyaa oo keliya warbixinta ESF; "Lama sheegin" waa ku filan.
coach-enrol-submit = Diiwaangeli

## Participant page
coach-participant-loading = Ka-qaybgalaha waa la soo rarayaa …
# Variables:
#   $date (String) - date
coach-enrolled-on = La diiwaangeliyay { $date }
coach-last-activity = Markii ugu dambaysay { $date }
coach-print-card = Daabac kaarka galitaanka
coach-card-note = Kaar cusub wuxuu isla markiiba joojiyaa kaarkii hore.
coach-card-inactive = Ka-qaybgalaha waa la joojiyay: kaar lama daabici karo.
coach-renew-card = Cusboonaysii kaarka
coach-card-valid-until = Kaarku wuu shaqaynayaa ilaa { $until }.
coach-card-expired = Kaarku wuu joogsaday { $until }. Cusboonaysii ama daabac mid cusub.
coach-card-none = Ma jiro kaar shaqeeya: daabac mid.
coach-card-renewed = Kaarku hadda wuu shaqaynayaa ilaa { $until }.
coach-record-exit = Diiwaangeli dhammaadka
coach-record-exit-save = Kaydi dhammaadka
coach-exit-reason = Sababta dhammaadka
coach-deactivate = Jooji
coach-export = Dhoofi xogta
coach-erase = Tirtir xogta
# Variables:
#   $name (String) - the participant's name
coach-erase-confirm = Ma tirtirtaa dhammaan xogta { $name }?
coach-erase-what = Dhacdooyinka, qorshaha yoolalka iyo qiimeynada waa la tirtirayaa, dib looma soo celin karo. Tirooyinka warbixinnadii hore waxay u harayaan wadar ahaan.
coach-erase-yes = Haa, tirtir

coach-activity-title = Hawlaha waqti ka dib
coach-activity-help = Dhacdooyinka toddobaad kasta (calaamadeyn, furid, dhegeysi). Tilmaamaha dul saar tiir si aad u aragto faahfaahin.
coach-no-activity = Weli hawl ma jirto.
# Variables:
#   $week (String) - first day of the week
#   $events (Number) - events
#   $ticks (Number) - ticks
#   $listened (String) - listening time
coach-week-tip = Toddobaadka laga bilaabo { $week }: { $events } dhacdo, { $ticks } calaamadeyn, { $listened } dhegeysi

coach-checklists-title = Liisaska hubinta
# Variables:
#   $done (Number) - done
#   $going (Number) - under way
#   $catalog (Number) - checklists in the catalog
coach-checklists-summary = { $done } dhammaaday, { $going } socda, ka mid ah { $catalog } liis hubin
coach-checklists-done = Dhammaaday
coach-checklists-going = Socda
# Variables:
#   $date (String) - last done
#   $times (Number) - times done
coach-checklist-done-on = dhammaaday { $date } ({ $times ->
        [one] hal mar
       *[other] { $times } jeer
    })
# Variables:
#   $date (String) - started
#   $last (String) - last active
coach-checklist-started-on = la bilaabay { $date }, ugu dambaysay { $last }

coach-stations-title = Goobaha shaqada
coach-stations-help = Goob kasta: inta jeer ee ka-qaybgaluhu furay, inta jeer ee tallaabo kasta la shiday, iyo luqadda. Dib-u-shid badan oo isla tallaabada ah luqad kasta waxay tilmaamaysaa hawsha; kuwa badan oo Iswiidhish oo keliya ah waxay tilmaamaysaa luqadda.
# Variables:
#   $opens (Number) - opens
#   $plays (Number) - plays
#   $listened (String) - listening time
#   $per_open (Number) - plays per open
#   $last (String) - last
coach-station-numbers = La furay { $opens } jeer · { $plays } shid ({ $per_open } furid kasta) · dhegeysi { $listened } · ugu dambaysay { $last }
coach-listening-by-language = Waqtiga dhegeysiga luqad kasta
coach-plays-by-step = Shidista tallaabo iyo luqad kasta
coach-step = Tallaabo
coach-plays = Wadar
# Variables:
#   $step (String) - the step
coach-hint-task = Tallaabada "{ $step }" ayaa ugu badan dib loo shiday luqad kasta: waxay u badan tahay in hawsha ay adag tahay, ee aysan ahayn luqadda.
coach-hint-step = Ugu badan la shiday: "{ $step }". Isbarbar dhig luqadaha kore.
coach-hint-none = Weli wax la shiday ma jiraan.

coach-goals-title = Qorshaha yoolalka (qorshaha fulinta)
coach-goals-help = Yoolal leh yoolal-hoosaad aad wada dejisaan. Ka-qaybgaluhu wuxuu calaamadeeyaa yoolal-hoosaadka app-kiisa; halkan ayaad ku aragtaa goorta.
coach-no-goals = Weli yool ma jiro.
coach-done-by-participant = ka-qaybgalaha
# Variables:
#   $name (String) - the coach's name
coach-done-by-coach = tababare { $name }
# Variables:
#   $date (String) - date
#   $who (String) - who ticked it
coach-subgoal-done = dhammaaday { $date }, waxaa sameeyay { $who }
coach-new-subgoal = Yool-hoosaad cusub
coach-new-goal = Yool cusub
coach-goal-title = Yool
coach-goal-subgoals = Yoolal-hoosaad (mid sadar kasta)
coach-add-goal = Ku dar yool

coach-scales-title = Horumarka tallaabo-tallaabo
coach-scales-help = Qiimeyn 1–10 ah oo aad si joogto ah u wada samaysaan. Lambarka midigta waa isbeddelka tan iyo qiimeyntii ugu horreysay.
coach-no-ratings = Weli qiimeyn ma jirto.
coach-rate-title = Qiimeyn cusub
coach-rate-save = Kaydi qiimeynta
coach-scale-everyday_autonomy = Nolol maalmeedka oo keligaa ah
coach-scale-swedish = Iswiidhish
coach-scale-health_self_rated = Caafimaad (sida uu dareemo)
coach-scale-work_skills = Awoodda shaqo
coach-scale-social_contacts = Xiriirada bulshada
coach-scale-job_search = Shaqo raadis

## Report
coach-report-title = Warbixinta ururka
coach-from = Laga bilaabo
coach-to = Ilaa
coach-report-show = Muuji
coach-report-csv = Soo deji CSV
coach-report-small-counts = Shaashadda waxaa lagu muujiyaa tirooyinka saxda ah (ururkaaga oo keliya). Faylka CSV tirooyinka ka yar 5 waxaa loo muujiyaa "<5".
# Variables:
#   $org (String) - the organisation
#   $start (String) - from
#   $end (String) - to
coach-report-period = { $org }, { $start } – { $end }
# Variables:
#   $total (Number) - count
coach-report-participants = Ka-qaybgalayaasha jinsi ahaan ({ $total })
coach-report-exits = Dhammaadyada sabab ahaan ({ $total })
coach-report-checklists = Liisaska hubinta ee dhammaaday ({ $total })
coach-report-stations = Goobaha luqad ahaan
coach-report-stations-help = Furidda goobaha shaqada luqad kasta muddada gudaheeda.
coach-checklist = Liiska hubinta
coach-station = Goob
coach-language = Luqad
coach-opens = Furid
coach-count = Tirada

## The participant's own goal plan (in their app)
mygoals-title = Yoolalkayga
mygoals-none = Weli yool ma jiro. Qorshe la samee tababarahaaga.
mygoals-offline = Xiriir lama laha server-ka. Mar kale isku day.
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } ka mid ah { $total }

## Goal plan: a goal heard in the coach's own voice (else a computer voice)
coach-goal-record = Ku duub yoolka codkaaga
coach-goal-stop = Jooji oo kaydi
coach-goal-recorded = Yoolka hadda waxaa lagu maqlayaa codkaaga.
coach-goal-listen = Dhageyso
coach-goal-voice-human = codkaaga
coach-goal-voice-computer = cod kombiyuutar
coach-goal-no-sound = Cod lama helin. Mar kale isku day.
coach-goal-microphone = Makarafoonka lama isticmaali karo. U oggolow biraawsarka.
