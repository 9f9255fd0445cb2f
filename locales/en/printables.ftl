### DRAFT machine-assisted translation — needs review by a native speaker.
### Texts printed on paper: the A4 sheet of station QR codes and a
### participant's personal sign-in card (server/services/printables.py).

## Station sheet

printables-sheet-scan = Scan the code with your phone's camera to see and hear the steps.

## Sign-in card

printables-card-scan = Scan this code with your phone's camera to open Stegvis.
printables-card-private = This card is your key. Do not show it to others. If you lose it, your coach will give you a new one.
