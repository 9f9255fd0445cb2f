### Texts printed on paper: the A4 sheet of station QR codes and a
### participant's personal sign-in card (server/services/printables.py).

## Station sheet

printables-sheet-scan = Skanna koden med mobilens kamera för att se och höra stegen.

## Sign-in card

printables-card-scan = Skanna koden med mobilens kamera för att öppna Stegvis.
printables-card-private = Kortet är din nyckel. Visa det inte för andra. Tappar du det får du ett nytt av din coach.
