### DRAFT machine-assisted translation — needs review by a native speaker.
### Station pages behind the QR codes, the language chooser and error pages.

-brand-name = Stegvis

## Station page

station-change-language = Beddel luqadda
# Variables:
#   $count (Number) - how many steps the station has
station-step-count =
    { $count ->
        [one] { $count } tallaabo
       *[other] { $count } tallaabo
    }
station-play-all = Dhageyso dhammaan tallaabooyinka
station-stop = Jooji
# Variables:
#   $number (Number) - the step's number
station-listen-step = Dhageyso tallaabada { $number }
station-no-recording = Weli ma jiro cod la duubay oo af-Soomaali ah.
station-no-translation = Tallaabadan weli lama turjumin. Ku akhri af-Iswiidhish.
station-synthetic-voice = Cod kombiyuutar
station-open-app = Ku fur app-ka
station-all-stations = Dhammaan goobaha
station-none-yet = Weli ma jiraan goobo.

## Language chooser

language-choose = Dooro luqadda
language-unknown = Luqaddaas kuma jirto { -brand-name }. Ka dooro mid ka mid ah luqadahan.

## Error pages

error-title = Ma shaqeyn
error-not-found = Boggan ma jiro.
error-station-unknown = Ma jirto goob leh koodhkan. Mar kale iskaan garee koodhka goobta, ama weydii tababarahaaga.
error-server = Khalad ayaa dhinaceena ka dhacay. Isku day mar kale wax yar kadib.
error-bad-request = Cinwaanku waa khalad. Mar kale iskaan garee koodhka.
error-go-back = Dhammaan goobaha
