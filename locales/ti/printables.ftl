### DRAFT machine-assisted translation — needs review by a native speaker.
### Texts printed on paper: the A4 sheet of station QR codes and a
### participant's personal sign-in card (server/services/printables.py).

## Station sheet

printables-sheet-scan = ነቲ ስጉምትታት ንምርኣይን ንምስማዕን፡ ነዚ ኮድ ብካሜራ ሞባይልካ ስከን ግበሮ።

## Sign-in card

printables-card-scan = Stegvis ንምኽፋት ነዚ ኮድ ብካሜራ ሞባይልካ ስከን ግበሮ።
printables-card-private = እዚ ካርድ መፍትሕካ እዩ። ንኻልኦት ኣይተርኢ። እንተጠፊኡካ፡ ኣሰልጣኒኻ ሓድሽ ክህበካ እዩ።
