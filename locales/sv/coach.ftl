### Coachens del av Stegvis (Flet-klienten, /app/coach) och deltagarens egen målplan.
### Detta är källan: en, ar, fa, so och ti har samma id:n (ar/fa/so/ti som utkast
### som behöver granskas av en modersmålstalare).

-brand-name = Stegvis

## Gemensamt
coach-brand = { -brand-name } · Coach
coach-nav-participants = Deltagare
coach-nav-report = Rapport
coach-nav-language = Språkstöd
coach-nav-authoring = Stationer
coach-nav-worklist = Arbetslista
coach-sign-out = Logga ut
coach-sign-out-everywhere = Logga ut överallt
coach-signed-out = Du är utloggad.
coach-signed-out-everywhere = Du är utloggad på alla enheter.
coach-close = Stäng
coach-cancel = Avbryt
coach-add = Lägg till
coach-date = Datum (ÅÅÅÅ-MM-DD)
coach-never = aldrig
coach-none-yet = Inget ännu.
coach-lang-unknown = okänt språk
coach-refresh = Uppdatera
# Variables:
#   $done (Number) - klara
#   $total (Number) - totalt
coach-steps-of = { $done } av { $total }

## Inloggning
coach-signin-title = Logga in som coach
coach-signin-intro = För coacher och pedagoger på arbetsmarknadsenheten.
coach-email = E-post
coach-password = Lösenord
coach-signin-button = Logga in

## Fel och besked
coach-error-wrong-login = Fel e-post eller lösenord. Försök igen.
# Variables:
#   $minutes (Number) - minuter tills nästa försök
coach-error-rate-limited = För många misslyckade försök. Vänta { $minutes ->
        [one] en minut
       *[other] { $minutes } minuter
    } och försök igen.
coach-error-session-expired = Din inloggning har gått ut. Logga in igen.
coach-error-offline = Servern svarar inte just nu. Försök igen om en stund.
coach-error-not-found = Deltagaren finns inte (eller hör till en annan organisation).
coach-error-deactivated = Deltagaren är inaktiverad. Aktivera hen först.
# Variables:
#   $detail (String) - serverns förklaring
coach-error-refused = Det gick inte: { $detail }
coach-error-fill-in = Fyll i e-post och lösenord.
coach-error-name-needed = Skriv ett namn eller smeknamn.
coach-error-exit-reason = Välj en avslutsorsak.
coach-error-date = Skriv datumet som ÅÅÅÅ-MM-DD.
coach-error-period = Startdatum ligger efter slutdatum.
coach-error-goal-title = Skriv vad målet är.
coach-error-no-ratings = Välj minst en skattning.
coach-error-rating-range = Skattningar går från 1 till 10.
# Variables:
#   $name (String) - deltagarens namn
coach-enrolled = { $name } är inskriven. Skriv ut inloggningskortet.
coach-card-ready = Kortet är klart. Det tidigare kortet fungerar inte längre.
coach-deactivated = Deltagaren är inaktiverad och utloggad på sina enheter.
coach-exit-recorded = Avslutet är registrerat.
coach-rating-saved = Skattningen är sparad.
coach-exported = Deltagarens data är nedladdad.
coach-erased = Deltagarens data är raderad.

## Deltagarlistan
coach-participants-title = Deltagare
coach-search = Sök namn
coach-show-active = Aktiva
coach-show-exited = Avslutade
coach-show-all = Alla
coach-enrol = Skriv in deltagare
# Variables:
#   $shown (Number) - rader som visas
#   $total (Number) - rader som matchar
coach-list-count = Visar { $shown } av { $total }
coach-list-empty = Inga deltagare matchar.
coach-col-last-activity = Senast aktiv
coach-col-checklists = Checklistor
coach-col-stations = Stationer
coach-col-progress = Framsteg
# Variables:
#   $done (Number) - klara checklistor
#   $started (Number) - påbörjade checklistor
coach-done-of-started = { $done } klara av { $started }
coach-status-active = Aktiv
coach-status-inactive = Inaktiv
# Variables:
#   $reason (String) - avslutsorsaken
coach-status-exited = Avslutad: { $reason }

## Avslutsorsaker (ESF)
coach-exit-work = arbete
coach-exit-studies = studier
coach-exit-work_practice = praktik
coach-exit-seeking_work = arbetssökande
coach-exit-other = annat

## Kön (bara för ESF-uppföljning)
coach-gender-unspecified = Ej angivet
coach-gender-woman = Kvinna
coach-gender-man = Man
coach-gender-non_binary = Icke-binär

## Skriv in
coach-enrol-title = Skriv in deltagare
coach-enrol-privacy = Spara bara det arbetet kräver: ett namn eller smeknamn och språk. Inga personnummer, inga hälsouppgifter.
coach-field-name = Namn eller smeknamn
coach-field-language = Språk
coach-field-coach = Coach
coach-field-coach-me = Jag
coach-field-gender = Kön
coach-field-gender-why = Frågas bara för ESF-rapportens räkning; "Ej angivet" går bra.
coach-enrol-submit = Skriv in

## Deltagarsidan
coach-participant-loading = Hämtar deltagaren …
# Variables:
#   $date (String) - datum
coach-enrolled-on = Inskriven { $date }
coach-last-activity = Senast aktiv { $date }
coach-print-card = Skriv ut inloggningskort
coach-card-note = Ett nytt kort gör att det förra slutar fungera direkt.
coach-card-inactive = Deltagaren är inaktiverad: inget kort kan skrivas ut.
coach-renew-card = Förläng kortet
coach-card-valid-until = Kortet fungerar till { $until }.
coach-card-expired = Kortet slutade fungera { $until }. Förläng det, eller skriv ut ett nytt.
coach-card-none = Inget kort som fungerar: skriv ut ett.
coach-card-renewed = Kortet fungerar nu till { $until }.
coach-record-exit = Registrera avslut
coach-record-exit-save = Spara avslut
coach-exit-reason = Avslutsorsak
coach-deactivate = Inaktivera
coach-export = Exportera data
coach-erase = Radera data
# Variables:
#   $name (String) - deltagarens namn
coach-erase-confirm = Radera all data om { $name }?
coach-erase-what = Händelser, målplan och skattningar raderas och kan inte återställas. Antal i tidigare rapporter finns kvar som summor.
coach-erase-yes = Ja, radera

coach-activity-title = Aktivitet över tid
coach-activity-help = Händelser per vecka (bocka av, öppna, lyssna). Håll muspekaren över en stapel för detaljer.
coach-no-activity = Ingen aktivitet ännu.
# Variables:
#   $week (String) - veckans första dag
#   $events (Number) - händelser
#   $ticks (Number) - avbockningar
#   $listened (String) - lyssnad tid
coach-week-tip = Veckan från { $week }: { $events } händelser, { $ticks } avbockningar, { $listened } lyssnat

coach-checklists-title = Checklistor
# Variables:
#   $done (Number) - klara
#   $going (Number) - pågående
#   $catalog (Number) - checklistor i katalogen
coach-checklists-summary = { $done } klara, { $going } pågående, av { $catalog } checklistor
coach-checklists-done = Klara
coach-checklists-going = Pågående
# Variables:
#   $date (String) - senast klar
#   $times (Number) - antal gånger klar
coach-checklist-done-on = klar { $date } ({ $times } { $times ->
        [one] gång
       *[other] gånger
    })
# Variables:
#   $date (String) - påbörjad
#   $last (String) - senast aktiv
coach-checklist-started-on = påbörjad { $date }, senast { $last }

coach-stations-title = Arbetsstationer
coach-stations-help = Per station: hur ofta deltagaren öppnade den, hur ofta varje steg spelades upp och på vilket språk. Många uppspelningar av samma steg på alla språk tyder på uppgiften; många bara på svenska tyder på språket.
# Variables:
#   $opens (Number) - öppningar
#   $plays (Number) - uppspelningar
#   $listened (String) - lyssnad tid
#   $per_open (Number) - uppspelningar per öppning
#   $last (String) - senast
coach-station-numbers = Öppnad { $opens } ggr · { $plays } uppspelningar ({ $per_open } per öppning) · lyssnat { $listened } · senast { $last }
coach-listening-by-language = Lyssnad tid per språk
coach-plays-by-step = Uppspelningar per steg och språk
coach-step = Steg
coach-plays = Totalt
# Variables:
#   $step (String) - steget
coach-hint-task = Steget "{ $step }" spelas om mest på alla språk: troligen är det uppgiften som är svår, inte språket.
coach-hint-step = Mest uppspelat: "{ $step }". Jämför språken ovan.
coach-hint-none = Inga uppspelningar ännu.

coach-goals-title = Målplan (genomförandeplan)
coach-goals-help = Mål med delmål som ni sätter tillsammans. Deltagaren bockar av delmål i sin app; här syns när.
coach-no-goals = Inga mål ännu.
coach-done-by-participant = deltagaren
# Variables:
#   $name (String) - coachens namn
coach-done-by-coach = coach { $name }
# Variables:
#   $date (String) - datum
#   $who (String) - vem som bockade av
coach-subgoal-done = klart { $date } av { $who }
coach-new-subgoal = Nytt delmål
coach-new-goal = Nytt mål
coach-goal-title = Mål
coach-goal-subgoals = Delmål (ett per rad)
coach-add-goal = Lägg till mål

coach-scales-title = Stegförflyttning
coach-scales-help = Skattningar 1–10 som ni gör tillsammans med jämna mellanrum. Siffran till höger är förändringen sedan första skattningen.
coach-no-ratings = Inga skattningar ännu.
coach-rate-title = Ny skattning
coach-rate-save = Spara skattning
coach-scale-everyday_autonomy = Vardagen på egen hand
coach-scale-swedish = Svenska
coach-scale-health_self_rated = Hälsa (egen upplevelse)
coach-scale-work_skills = Arbetsförmåga
coach-scale-social_contacts = Sociala kontakter
coach-scale-job_search = Jobbsökande

## Rapport
coach-report-title = Organisationsrapport
coach-from = Från
coach-to = Till
coach-report-show = Visa
coach-report-csv = Ladda ner CSV
coach-report-small-counts = På skärmen visas exakta antal (bara för er organisation). I CSV-filen visas antal under 5 som "<5".
# Variables:
#   $org (String) - organisationen
#   $start (String) - från
#   $end (String) - till
coach-report-period = { $org }, { $start } – { $end }
# Variables:
#   $total (Number) - antal
coach-report-participants = Deltagare per kön ({ $total })
coach-report-exits = Avslut per orsak ({ $total })
coach-report-checklists = Klara checklistor ({ $total })
coach-report-stations = Stationer per språk
coach-report-stations-help = Öppningar av arbetsstationer per språk under perioden.
coach-checklist = Checklista
coach-station = Station
coach-language = Språk
coach-opens = Öppningar
coach-count = Antal

## Deltagarens egen målplan (i deltagarens app)
mygoals-title = Mina mål
mygoals-none = Inga mål ännu. Gör en plan tillsammans med din coach.
mygoals-offline = Ingen kontakt med servern. Försök igen senare.
# Variables:
#   $done (String) - klara
#   $total (String) - totalt
mygoals-progress = { $done } av { $total }

## Goal plan: a goal heard in the coach's own voice (else a computer voice)
coach-goal-record = Spela in målet med din röst
coach-goal-stop = Stoppa och spara
coach-goal-recorded = Målet spelas nu upp med din röst.
coach-goal-listen = Lyssna
coach-goal-voice-human = din röst
coach-goal-voice-computer = datorröst
coach-goal-no-sound = Inget ljud kom med. Försök igen.
coach-goal-microphone = Mikrofonen går inte att använda. Tillåt den i webbläsaren.
