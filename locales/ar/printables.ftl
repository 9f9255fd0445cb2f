### DRAFT machine-assisted translation — needs review by a native speaker.
### Texts printed on paper: the A4 sheet of station QR codes and a
### participant's personal sign-in card (server/services/printables.py).

## Station sheet

printables-sheet-scan = امسح الرمز بكاميرا هاتفك لترى الخطوات وتسمعها.

## Sign-in card

printables-card-scan = امسح هذا الرمز بكاميرا هاتفك لفتح Stegvis.
printables-card-private = هذه البطاقة هي مفتاحك. لا تُرِها للآخرين. إذا فقدتها، سيعطيك مدربك بطاقة جديدة.
