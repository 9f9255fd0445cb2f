### DRAFT machine-assisted translation — needs review by a native speaker
### Only the participant's own goal plan (mygoals-*) is translated here; the coach
### area (coach-*) is Swedish/English only and falls back to Swedish (locales/sv/coach.ftl).

-brand-name = Stegvis

## mygoals
mygoals-title = هدف‌های من
mygoals-none = هنوز هدفی نیست. با مربی خود یک برنامه بسازید.
mygoals-offline = ارتباط با سرور برقرار نیست. بعداً دوباره امتحان کنید.
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } از { $total }
