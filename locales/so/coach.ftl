### DRAFT machine-assisted translation — needs review by a native speaker
### Only the participant's own goal plan (mygoals-*) is translated here; the coach
### area (coach-*) is Swedish/English only and falls back to Swedish (locales/sv/coach.ftl).

-brand-name = Stegvis

## mygoals
mygoals-title = Yoolalkayga
mygoals-none = Weli yool ma jiro. Qorshe la samee tababarahaaga.
mygoals-offline = Xiriir lama laha server-ka. Mar kale isku day.
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } ka mid ah { $total }
