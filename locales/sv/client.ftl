### Deltagarens app (Flet-klienten). Källspråk: svenska.

-brand-name = Stegvis

## Allmänt
client-app-title = { -brand-name }
client-home = Hem
client-back = Tillbaka
client-loading = Laddar …
client-play = Lyssna
client-play-swedish = Lyssna på svenska
client-no-audio = Ingen inspelning ännu
client-not-found = Sidan finns inte.
client-offline-no-catalog = Ingen kontakt med servern än. Försök igen när du har nät.

## Språk
client-choose-language = Välj språk
client-change-language = Byt språk

## Hem
client-home-checklists = Mina checklistor
client-home-bus = Buss
client-home-bills = Räkningar
client-home-stations = Arbetsstationer
client-home-goals = Mina mål

## Checklista
client-checklists-title = Mina checklistor
# Variables:
#   $done (String) - steps ticked, already in the language's digits
#   $total (String) - steps in the list
client-progress = { $done } av { $total }
client-tick = Klar
client-done-title = Bra jobbat!
client-done-body = Du har gjort alla steg.
client-start-again = Börja om

## Guider
client-guides-title = Guider
# Variables:
#   $n (String) - this step's number
#   $total (String) - number of steps
client-guide-step = Steg { $n } av { $total }
client-guide-next = Nästa
client-guide-prev = Förra
client-guide-finish = Klar

## Stationer
client-stations-title = Arbetsstationer
client-station-code-label = Stationens kod
client-station-open = Öppna
client-station-unknown = Ingen station med den koden.

## Synk
client-sync-saved = Sparat i telefonen
client-sync-sent = Skickat
client-sync-offline = Sparat i telefonen – skickas senare
client-sync-revoked = Kortet fungerar inte

## Inloggning
client-signin-title = Skanna ditt kort
client-signin-body = Skanna QR-koden på kortet du fick av din coach.
client-signin-checking = Kontrollerar kortet …
client-revoked-title = Kortet fungerar inte längre
client-revoked-body = Be din coach om ett nytt kort.
