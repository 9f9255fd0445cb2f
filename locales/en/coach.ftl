### DRAFT machine-assisted translation — needs review by a native speaker
### The coach's side of Stegvis (Flet client, /app/coach) and the participant's own goal plan.
### Holds every id of locales/sv/coach.ftl (the Swedish source); so do ar, fa, so and ti.

-brand-name = Stegvis

## Shared
coach-brand = { -brand-name } · Coach
coach-nav-participants = Participants
coach-nav-report = Report
coach-nav-language = Language support
coach-nav-authoring = Stations
coach-nav-worklist = Worklist
coach-sign-out = Sign out
coach-sign-out-everywhere = Sign out everywhere
coach-signed-out = You are signed out.
coach-signed-out-everywhere = You are signed out on every device.
coach-close = Close
coach-cancel = Cancel
coach-add = Add
coach-date = Date (YYYY-MM-DD)
coach-never = never
coach-none-yet = Nothing yet.
coach-lang-unknown = unknown language
coach-refresh = Refresh
# Variables:
#   $done (Number) - done
#   $total (Number) - total
coach-steps-of = { $done } of { $total }

## Sign-in
coach-signin-title = Sign in as a coach
coach-signin-intro = For coaches and pedagogues at the labour-market unit.
coach-email = Email
coach-password = Password
coach-signin-button = Sign in

## Errors and notices
coach-error-wrong-login = Wrong email or password. Try again.
# Variables:
#   $minutes (Number) - minutes until the next try
coach-error-rate-limited = Too many failed attempts. Wait { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    } and try again.
coach-error-session-expired = Your session has expired. Please sign in again.
coach-error-offline = The server is not answering right now. Try again in a moment.
coach-error-not-found = No such participant (or they belong to another organisation).
coach-error-deactivated = The participant is deactivated. Reactivate them first.
# Variables:
#   $detail (String) - the server's explanation
coach-error-refused = That did not work: { $detail }
coach-error-fill-in = Fill in email and password.
coach-error-name-needed = Enter a name or nickname.
coach-error-exit-reason = Choose an exit reason.
coach-error-date = Write the date as YYYY-MM-DD.
coach-error-period = The start date is after the end date.
coach-error-goal-title = Write what the goal is.
coach-error-no-ratings = Choose at least one rating.
coach-error-rating-range = Ratings go from 1 to 10.
# Variables:
#   $name (String) - the participant's name
coach-enrolled = { $name } is enrolled. Print their sign-in card.
coach-card-ready = The card is ready. The previous card no longer works.
coach-deactivated = The participant is deactivated and signed out on their devices.
coach-exit-recorded = The exit is recorded.
coach-rating-saved = The rating is saved.
coach-exported = The participant's data is downloaded.
coach-erased = The participant's data is erased.

## Participant list
coach-participants-title = Participants
coach-search = Search name
coach-show-active = Active
coach-show-exited = Exited
coach-show-all = All
coach-enrol = Enrol participant
# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - rows matching
coach-list-count = Showing { $shown } of { $total }
coach-list-empty = No participants match.
coach-col-last-activity = Last active
coach-col-checklists = Checklists
coach-col-stations = Stations
coach-col-progress = Progress
# Variables:
#   $done (Number) - checklists done
#   $started (Number) - checklists started
coach-done-of-started = { $done } done of { $started }
coach-status-active = Active
coach-status-inactive = Inactive
# Variables:
#   $reason (String) - the exit reason
coach-status-exited = Exited: { $reason }

## Exit reasons (ESF)
coach-exit-work = work
coach-exit-studies = studies
coach-exit-work_practice = work practice
coach-exit-seeking_work = seeking work
coach-exit-other = other

## Gender (for ESF follow-up only)
coach-gender-unspecified = Not stated
coach-gender-woman = Woman
coach-gender-man = Man
coach-gender-non_binary = Non-binary

## Enrol
coach-enrol-title = Enrol participant
coach-enrol-privacy = Store only what the work needs: a name or nickname and a language. No personal identity numbers, no health data.
coach-field-name = Name or nickname
coach-field-language = Language
coach-field-coach = Coach
coach-field-coach-me = Me
coach-field-gender = Gender
coach-field-gender-why = Asked only for the ESF report; "Not stated" is fine.
coach-enrol-submit = Enrol

## Participant page
coach-participant-loading = Loading the participant …
# Variables:
#   $date (String) - date
coach-enrolled-on = Enrolled { $date }
coach-last-activity = Last active { $date }
coach-print-card = Print sign-in card
coach-card-note = A new card makes the previous one stop working at once.
coach-card-inactive = The participant is deactivated: no card can be printed.
coach-renew-card = Renew the card
coach-card-valid-until = The card works until { $until }.
coach-card-expired = The card stopped working on { $until }. Renew it, or print a new one.
coach-card-none = No working card: print one.
coach-card-renewed = The card now works until { $until }.
coach-record-exit = Record exit
coach-record-exit-save = Save exit
coach-exit-reason = Exit reason
coach-deactivate = Deactivate
coach-export = Export data
coach-erase = Erase data
# Variables:
#   $name (String) - the participant's name
coach-erase-confirm = Erase all data about { $name }?
coach-erase-what = Events, goal plan and ratings are erased and cannot be restored. Counts in past reports stay as totals.
coach-erase-yes = Yes, erase

coach-activity-title = Activity over time
coach-activity-help = Events per week (ticks, opens, listening). Hover over a bar for details.
coach-no-activity = No activity yet.
# Variables:
#   $week (String) - first day of the week
#   $events (Number) - events
#   $ticks (Number) - ticks
#   $listened (String) - listening time
coach-week-tip = Week from { $week }: { $events } events, { $ticks } ticks, { $listened } listened

coach-checklists-title = Checklists
# Variables:
#   $done (Number) - done
#   $going (Number) - under way
#   $catalog (Number) - checklists in the catalog
coach-checklists-summary = { $done } done, { $going } under way, of { $catalog } checklists
coach-checklists-done = Done
coach-checklists-going = Under way
# Variables:
#   $date (String) - last done
#   $times (Number) - times done
coach-checklist-done-on = done { $date } ({ $times } { $times ->
        [one] time
       *[other] times
    })
# Variables:
#   $date (String) - started
#   $last (String) - last active
coach-checklist-started-on = started { $date }, last { $last }

coach-stations-title = Workstations
coach-stations-help = Per station: how often the participant opened it, how often each step was played, and in which language. Many replays of the same step in every language point to the task; many in Swedish only point to the language.
# Variables:
#   $opens (Number) - opens
#   $plays (Number) - plays
#   $listened (String) - listening time
#   $per_open (Number) - plays per open
#   $last (String) - last
coach-station-numbers = Opened { $opens } times · { $plays } plays ({ $per_open } per open) · listened { $listened } · last { $last }
coach-listening-by-language = Listening time by language
coach-plays-by-step = Plays by step and language
coach-step = Step
coach-plays = Total
# Variables:
#   $step (String) - the step
coach-hint-task = The step "{ $step }" is replayed most in every language: the task, not the language, is the likelier difficulty.
coach-hint-step = Played most: "{ $step }". Compare the languages above.
coach-hint-none = No plays yet.

coach-goals-title = Goal plan
coach-goals-help = Goals with sub-goals you set together. The participant ticks sub-goals off in their app; you see when here.
coach-no-goals = No goals yet.
coach-done-by-participant = the participant
# Variables:
#   $name (String) - the coach's name
coach-done-by-coach = coach { $name }
# Variables:
#   $date (String) - date
#   $who (String) - who ticked it
coach-subgoal-done = done { $date } by { $who }
coach-new-subgoal = New sub-goal
coach-new-goal = New goal
coach-goal-title = Goal
coach-goal-subgoals = Sub-goals (one per line)
coach-add-goal = Add goal

coach-scales-title = Step movement
coach-scales-help = Ratings 1–10 you make together at intervals. The number on the right is the change since the first rating.
coach-no-ratings = No ratings yet.
coach-rate-title = New rating
coach-rate-save = Save rating
coach-scale-everyday_autonomy = Everyday autonomy
coach-scale-swedish = Swedish
coach-scale-health_self_rated = Health (as they feel it)
coach-scale-work_skills = Work skills
coach-scale-social_contacts = Social contacts
coach-scale-job_search = Job search

## Report
coach-report-title = Organisation report
coach-from = From
coach-to = To
coach-report-show = Show
coach-report-csv = Download CSV
coach-report-small-counts = On screen you see exact counts (your organisation only). In the CSV file counts under 5 are shown as "<5".
# Variables:
#   $org (String) - the organisation
#   $start (String) - from
#   $end (String) - to
coach-report-period = { $org }, { $start } – { $end }
# Variables:
#   $total (Number) - count
coach-report-participants = Participants by gender ({ $total })
coach-report-exits = Exits by reason ({ $total })
coach-report-checklists = Checklists completed ({ $total })
coach-report-stations = Stations by language
coach-report-stations-help = Workstation opens per language in the period.
coach-checklist = Checklist
coach-station = Station
coach-language = Language
coach-opens = Opens
coach-count = Count

## The participant's own goal plan (in their app)
mygoals-title = My goals
mygoals-none = No goals yet. Make a plan together with your coach.
mygoals-offline = No contact with the server. Try again later.
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } of { $total }

## Goal plan: a goal heard in the coach's own voice (else a computer voice)
coach-goal-record = Record the goal in your voice
coach-goal-stop = Stop and save
coach-goal-recorded = The goal now plays in your voice.
coach-goal-listen = Listen
coach-goal-voice-human = your voice
coach-goal-voice-computer = computer voice
coach-goal-no-sound = No sound came through. Try again.
coach-goal-microphone = The microphone cannot be used. Allow it in the browser.
