### DRAFT machine-assisted translation — needs review by a native speaker.
### Texts printed on paper: the A4 sheet of station QR codes and a
### participant's personal sign-in card (server/services/printables.py).

## Station sheet

printables-sheet-scan = Koodhka ku sawir kamaradda taleefankaaga si aad u aragto oo u maqasho tallaabooyinka.

## Sign-in card

printables-card-scan = Koodhkan ku sawir kamaradda taleefankaaga si aad u furto Stegvis.
printables-card-private = Kaadhkani waa furahaaga. Ha tusin dadka kale. Haddii uu kaa lumo, tababarahaagu wuxuu ku siin doonaa mid cusub.
