### DRAFT machine-assisted translation — needs review by a native speaker.
### Texts printed on paper: the A4 sheet of station QR codes and a
### participant's personal sign-in card (server/services/printables.py).

## Station sheet

printables-sheet-scan = کد را با دوربین گوشی خود اسکن کنید تا مراحل را ببینید و بشنوید.

## Sign-in card

printables-card-scan = این کد را با دوربین گوشی خود اسکن کنید تا Stegvis باز شود.
printables-card-private = این کارت کلید شماست. آن را به دیگران نشان ندهید. اگر گمش کردید، مربی‌تان کارت تازه‌ای به شما می‌دهد.
