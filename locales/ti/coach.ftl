### DRAFT machine-assisted translation — needs review by a native speaker
### Only the participant's own goal plan (mygoals-*) is translated here; the coach
### area (coach-*) is Swedish/English only and falls back to Swedish (locales/sv/coach.ftl).

-brand-name = Stegvis

## mygoals
mygoals-title = ዕላማታተይ
mygoals-none = ገና ዕላማ የለን። ምስ ኣሰልጣኒኻ መደብ ግበር።
mygoals-offline = ምስ ሰርቨር ርክብ የለን። ደሓር ደጊምካ ፈትን።
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } ካብ { $total }
