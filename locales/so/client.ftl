### DRAFT machine-assisted translation — needs review by a native speaker
### Barnaamijka ka-qaybgalaha (Flet)

-brand-name = Stegvis

## Guud
client-app-title = { -brand-name }
client-home = Bogga hore
client-back = Dib u noqo
client-loading = Waa la soo rarayaa …
client-play = Dhageyso
client-play-swedish = Ku dhageyso Iswiidhish
client-no-audio = Weli lama duubin
client-not-found = Boggan ma jiro.
client-offline-no-catalog = Weli xiriir lama helin. Isku day mar kale marka aad internet haysato.

## Luqadda
client-choose-language = Dooro luqadda
client-change-language = Beddel luqadda

## Bogga hore
client-home-checklists = Liisaskayga
client-home-bus = Baska
client-home-bills = Biilasha
client-home-stations = Goobaha shaqada
client-home-goals = Yoolalkayga

## Liiska
client-checklists-title = Liisaskayga
client-progress = { $done } ka mid ah { $total }
client-tick = Waa dhammaatay
client-done-title = Si fiican ayaad u qabatay!
client-done-body = Dhammaan tallaabooyinka waad samaysay.
client-start-again = Dib u bilow

## Hagayaasha
client-guides-title = Hagayaasha
client-guide-step = Tallaabada { $n } ee { $total }
client-guide-next = Xiga
client-guide-prev = Hore
client-guide-finish = Dhammee

## Goobaha
client-stations-title = Goobaha shaqada
client-station-code-label = Koodhka goobta
client-station-open = Fur
client-station-unknown = Ma jirto goob koodhkaas leh.

## Isku-dubbarid
client-sync-saved = Waxaa lagu kaydiyay taleefanka
client-sync-sent = Waa la diray
client-sync-offline = Taleefanka ayaa lagu kaydiyay – hadhow ayaa la diri doonaa
client-sync-revoked = Kaadhku ma shaqeeyo

## Gelitaanka
client-signin-title = Iskaan garee kaadhkaaga
client-signin-body = Iskaan garee koodhka QR ee kaadhka uu ku siiyay tababarahaagu.
client-signin-checking = Kaadhka ayaa la hubinayaa …
client-revoked-title = Kaadhkani hadda ma shaqeeyo
client-revoked-body = Tababarahaaga ka codso kaadh cusub.
