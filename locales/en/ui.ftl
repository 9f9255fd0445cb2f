### DRAFT machine-assisted translation — needs review by a native speaker.
### Station pages behind the QR codes, the language chooser and error pages.

-brand-name = Stegvis

## Station page

station-change-language = Change language
# Variables:
#   $count (Number) - how many steps the station has
station-step-count =
    { $count ->
        [one] { $count } step
       *[other] { $count } steps
    }
station-play-all = Play all steps
station-stop = Stop
# Variables:
#   $number (Number) - the step's number
station-listen-step = Listen to step { $number }
station-no-recording = There is no recording in English yet.
station-no-translation = This step is not translated yet. Read it in Swedish.
station-synthetic-voice = Computer voice
station-open-app = Open in the app
station-all-stations = All stations
station-none-yet = There are no stations yet.

## Language chooser

language-choose = Choose language
language-unknown = That language is not available in { -brand-name }. Choose one of these languages.

## Error pages

error-title = That did not work
error-not-found = This page does not exist.
error-station-unknown = There is no station with this code. Scan the code at the station again, or ask your coach.
error-server = Something went wrong on our side. Try again in a moment.
error-bad-request = The address is wrong. Scan the code again.
error-go-back = To all stations
