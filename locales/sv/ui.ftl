### Station pages behind the QR codes, the language chooser and error pages.
### Swedish is the source language.

-brand-name = Stegvis

## Station page

# The link to the language chooser, on every page.
station-change-language = Byt språk
# Under the station's title.
# Variables:
#   $count (Number) - how many steps the station has
station-step-count =
    { $count ->
        [one] { $count } steg
       *[other] { $count } steg
    }
station-play-all = Spela alla steg
station-stop = Stoppa
# Label of a step's audio player (for screen readers).
# Variables:
#   $number (Number) - the step's number
station-listen-step = Lyssna på steg { $number }
# Shown instead of a player where this language has no audio for a step yet.
station-no-recording = Det finns ingen inspelning på svenska än.
station-no-translation = Det här steget är inte översatt än. Läs det på svenska.
# A discreet mark on synthetic (lower-quality) speech.
station-synthetic-voice = Datorröst
station-open-app = Öppna i appen
station-all-stations = Alla stationer
station-none-yet = Det finns inga stationer än.

## Language chooser

language-choose = Välj språk
language-unknown = Det språket finns inte i { -brand-name }. Välj ett av språken här.

## Error pages

error-title = Det gick inte
error-not-found = Sidan finns inte.
error-station-unknown = Det finns ingen station med den koden. Skanna koden vid stationen igen, eller fråga din handledare.
error-server = Något gick fel hos oss. Försök igen om en stund.
error-bad-request = Adressen är fel. Skanna koden igen.
error-go-back = Till alla stationer
