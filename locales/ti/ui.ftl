### DRAFT machine-assisted translation — needs review by a native speaker.
### Station pages behind the QR codes, the language chooser and error pages.

-brand-name = Stegvis

## Station page

station-change-language = ቋንቋ ቀይር
# Variables:
#   $count (Number) - how many steps the station has
station-step-count =
    { $count ->
        [one] { $count } ስጉምቲ
       *[other] { $count } ስጉምትታት
    }
station-play-all = ኩሎም ስጉምትታት ኣስምዕ
station-stop = ደው ኣብል
# Variables:
#   $number (Number) - the step's number
station-listen-step = ስጉምቲ { $number } ስማዕ
station-no-recording = ብትግርኛ ዝተቐደሐ ድምጺ ገና የለን።
station-no-translation = እዚ ስጉምቲ ገና ኣይተተርጎመን። ብሽወደንኛ ኣንብቦ።
station-synthetic-voice = ናይ ኮምፒተር ድምጺ
station-open-app = ብኣፕ ክፈት
station-all-stations = ኩሎም መደበራት
station-none-yet = ገና መደበራት የለዉን።

## Language chooser

language-choose = ቋንቋ ምረጽ
language-unknown = እዚ ቋንቋ ኣብ { -brand-name } የለን። ካብዞም ቋንቋታት ሓደ ምረጽ።

## Error pages

error-title = ኣይሰለጠን
error-not-found = እዚ ገጽ የለን።
error-station-unknown = ብዚ ኮድ ዝፍለጥ መደበር የለን። ነቲ ኮድ ኣብቲ መደበር ደጊምካ ስካን ግበሮ፡ ወይ ንኣሰልጣኒኻ ሕተት።
error-server = ኣብ ወገንና ጌጋ ኣጋጢሙ። ድሕሪ ቁሩብ ደጊምካ ፈትን።
error-bad-request = እቲ ኣድራሻ ጌጋ እዩ። ነቲ ኮድ ደጊምካ ስካን ግበሮ።
error-go-back = ናብ ኩሎም መደበራት
