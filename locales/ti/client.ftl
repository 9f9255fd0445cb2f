### DRAFT machine-assisted translation — needs review by a native speaker
### ናይ ተሳታፊ ኣፕ (Flet)

-brand-name = Stegvis

## ሓፈሻዊ
client-app-title = { -brand-name }
client-home = መበገሲ
client-back = ተመለስ
client-loading = ይጽዕን ኣሎ …
client-play = ስማዕ
client-play-swedish = ብሽወድኛ ስማዕ
client-no-audio = ገና ኣይተቐድሐን
client-not-found = እዚ ገጽ የለን።
client-offline-no-catalog = ገና ምስ ሰርቨር ርክብ የለን። ኢንተርነት ምስ ረኸብካ እንደገና ፈትን።

## ቋንቋ
client-choose-language = ቋንቋ ምረጽ
client-change-language = ቋንቋ ቀይር

## መበገሲ
client-home-checklists = ዝርዝራተይ
client-home-bus = ኣውቶቡስ
client-home-bills = ሕሳባት
client-home-stations = መደበራት ስራሕ
client-home-goals = ዕላማታተይ

## ዝርዝር
client-checklists-title = ዝርዝራተይ
client-progress = { $done } ካብ { $total }
client-tick = ተወዲኡ
client-done-title = ጽቡቕ ገርካ!
client-done-body = ኩሉ ስጉምትታት ገይርካ።
client-start-again = እንደገና ጀምር

## መምርሒታት
client-guides-title = መምርሒታት
client-guide-step = ስጉምቲ { $n } ካብ { $total }
client-guide-next = ዝቕጽል
client-guide-prev = ዝሓለፈ
client-guide-finish = ተወዲኡ

## መደበራት
client-stations-title = መደበራት ስራሕ
client-station-code-label = ኮድ መደበር
client-station-open = ክፈት
client-station-unknown = በዚ ኮድ መደበር የለን።

## ምትእስሳር
client-sync-saved = ኣብ ተሌፎን ተዓቂቡ
client-sync-sent = ተላኢኹ
client-sync-offline = ኣብ ተሌፎን ተዓቂቡ – ደሓር ክለኣኽ እዩ
client-sync-revoked = ካርድ ኣይሰርሕን

## ምእታው
client-signin-title = ካርድካ ስካን ግበር
client-signin-body = ኣብቲ ኣሰልጣኒኻ ዝሃበካ ካርድ ዘሎ QR ኮድ ስካን ግበር።
client-signin-checking = ካርድ ይረጋገጽ ኣሎ …
client-revoked-title = እዚ ካርድ ድሕሪ ሕጂ ኣይሰርሕን
client-revoked-body = ካብ ኣሰልጣኒኻ ሓድሽ ካርድ ሕተት።
