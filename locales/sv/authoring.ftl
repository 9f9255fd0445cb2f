### Authoring and the language-support worklist (issue 10): Swedish is the source.

au-title = Stationer och listor
au-intro = Er organisations egna stationer, checklistor och guider. Skapa en ny eller kopiera en ur det gemensamma biblioteket och anpassa den.
au-new-title = Ny
au-kind-station = Station
au-kind-checklist = Checklista
au-kind-guide = Guide
au-title-label = Namn (svenska)
au-create = Skapa
au-own-title = Våra egna
au-none-yet = Inga egna än.
au-library-title = Gemensamt bibliotek
au-library-help = Biblioteket kan inte ändras här. Kopiera en sak för att anpassa den (ert bussbolag, er tvättstuga).
au-copy = Kopiera till oss
au-open = Öppna
# Variables:
#   $code (String) - the station's code
au-code = Kod: { $code }
au-item-title = Namn och kod
au-read-only = Detta hör till biblioteket eller en annan organisation: du kan läsa men inte ändra.
au-preview = Förhandsvisa stationssidan
au-print-qr = Skriv ut QR-kod
au-steps-title =
    { $count ->
        [one] Ett steg
       *[other] { $count } steg
    }
au-step-text = Stegets text (svenska)
au-save = Spara
au-up = Flytta upp
au-down = Flytta ner
au-photo = Foto
au-pictogram = Bildsymbol
au-retire = Ta bort steget
au-icon-search = Sök bildsymbol (t.ex. buss, låda)
au-search = Sök
au-new-step = Nytt steg (svenska)
au-add-step = Lägg till steg
au-retired-title = Borttagna steg (finns kvar i rapporterna)
au-back = Tillbaka till listan
au-created = Skapad. Lägg till stegen nedan.
au-copied = Kopierad: nu kan ni anpassa den.
au-saved = Sparat.
au-step-added = Steget är tillagt. Översättningarna väntar i arbetslistan.
au-step-retired = Steget är borttaget från sidan; dess historik finns kvar.
au-photo-saved = Fotot är sparat (förminskat, utan plats- och kamerauppgifter).
au-error-empty = Skriv en text först.
au-error-session = Du är utloggad. Logga in igen.
au-error-offline = Servern svarar inte just nu. Försök igen om en stund.
au-error-refused = Servern sa nej: { $detail }
au-error-no-sound = Inget ljud spelades in.
au-error-microphone = Mikrofonen får inte användas. Tillåt den i webbläsaren.
au-worklist-title = Arbetslista för språkstöd
au-worklist-intro = Per språk: det som saknar text eller ljud, ljud inspelat för en äldre text, och det som inte är granskat.
au-need-missing_text = Saknar text
au-need-missing_audio = Saknar ljud
au-need-stale_audio = Ljudet är inaktuellt
au-need-unreviewed = Ej granskad
au-search-label = Sök i texter och namn
au-rows =
    { $count ->
        [one] En text
       *[other] { $count } texter
    }
au-record-title = Spela in i ett svep
au-record-next = Spela in nästa som saknas
au-record = Spela in
au-record-stop = Stoppa och spara
au-skip = Hoppa över
au-recording-now = Spelar in … läs texten högt.
au-recorded = Inspelningen är sparad. Här är nästa.
au-all-recorded = Allt är inspelat på det här språket.
au-write-text = Skriv texten på { $lang }
au-where-title = { $item }: namnet
au-where-summary = { $item }: sammanfattningen
au-where-step = { $item }: steg { $n }
au-where-label = Appens etikett: { $item }
au-pack-title = Inspelningspaket
au-pack-help = Dela era granskade texter och inspelningar på { $lang } med en annan enhet, eller ta emot deras. Samma svenska text får samma översättning och ljud.
au-pack-export = Exportera paket
au-pack-import = Importera paket …
au-pack-preview = Paketet skulle ändra { $texts } texter, granska { $reviews }, lägga till { $recordings } inspelningar. { $conflicts } egna granskade texter behålls.
au-pack-apply = Importera nu
au-pack-exported = Paketet är klart att skicka.
au-pack-imported = Importerat: { $texts } texter och { $recordings } inspelningar.
au-close = Stäng
