### DRAFT machine-assisted translation — needs review by a native speaker
### Only the participant's own goal plan (mygoals-*) is translated here; the coach
### area (coach-*) is Swedish/English only and falls back to Swedish (locales/sv/coach.ftl).

-brand-name = Stegvis

## mygoals
mygoals-title = أهدافي
mygoals-none = لا توجد أهداف بعد. ضع خطة مع مدربك.
mygoals-offline = لا يوجد اتصال بالخادم. حاول مرة أخرى لاحقًا.
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } من { $total }
