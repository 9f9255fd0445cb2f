### DRAFT machine-assisted translation — needs review by a native speaker
### The participant's app (Flet client), English for developers and reviewers.

-brand-name = Stegvis

## General
client-app-title = { -brand-name }
client-home = Home
client-back = Back
client-loading = Loading …
client-play = Listen
client-play-swedish = Listen in Swedish
client-no-audio = No recording yet
client-not-found = This page does not exist.
client-offline-no-catalog = No contact with the server yet. Try again when you have a network.

## Language
client-choose-language = Choose language
client-change-language = Change language

## Home
client-home-checklists = My checklists
client-home-bus = Bus
client-home-bills = Bills
client-home-stations = Workstations
client-home-goals = My goals

## Checklist
client-checklists-title = My checklists
client-progress = { $done } of { $total }
client-tick = Done
client-done-title = Well done!
client-done-body = You have done every step.
client-start-again = Start again

## Guides
client-guides-title = Guides
client-guide-step = Step { $n } of { $total }
client-guide-next = Next
client-guide-prev = Back
client-guide-finish = Done

## Stations
client-stations-title = Workstations
client-station-code-label = Station code
client-station-open = Open
client-station-unknown = No station has that code.

## Sync
client-sync-saved = Saved on the phone
client-sync-sent = Sent
client-sync-offline = Saved on the phone – sent later
client-sync-revoked = Card not working

## Sign-in
client-signin-title = Scan your card
client-signin-body = Scan the QR code on the card your coach gave you.
client-signin-checking = Checking the card …
client-revoked-title = This card no longer works
client-revoked-body = Ask your coach for a new card.
