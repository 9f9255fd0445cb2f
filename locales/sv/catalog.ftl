### Stegvis catalog texts: stations, checklists and guides (Swedish, the source).
### Structure and pictograms: server/catalog/catalog.toml. Message ids follow
### <kind>-<item slug>-title / -summary / -<step slug>.
### Short sentences: these texts are read aloud to people who may not read.

## Station: gardintillbehör (curtain-accessory assembly)

station-gardin-title = Gardintillbehör
station-gardin-summary = Sätt ihop gardinkrokar och packa dem i påsar.
station-gardin-fetch = Hämta en låda med delar och en bunt tomma påsar.
station-gardin-order = Titta på arbetsordern. Där står hur många delar det ska vara i varje påse.
station-gardin-hooks = Tryck fast en krok i varje glidare. Det ska säga klick.
station-gardin-count = Räkna delarna. Lägg dem i rader om fem, så blir det lätt att räkna.
station-gardin-bag = Lägg delarna i en påse.
station-gardin-seal = Stäng påsen med maskinen. Håll ner handtaget tills lampan slocknar.
station-gardin-label = Sätt en etikett mitt på påsen.
station-gardin-box = Lägg påsen i lådan för färdiga påsar. När lådan är full, säg till din handledare.

## Station: sömnad (sewing)

station-somnad-title = Sömnad
station-somnad-summary = Mät, klipp och sy en fåll.
station-somnad-measure = Mät tyget med måttbandet. Titta på mönstret hur långt det ska vara.
station-somnad-mark = Rita en linje på tyget med kritan.
station-somnad-cut = Klipp längs linjen med saxen.
station-somnad-pin = Vik kanten två gånger. Sätt fast den med nålar.
station-somnad-sew = Sy längs kanten. Sy långsamt. Håll fingrarna borta från nålen.
station-somnad-iron = Stryk sömmen slät med strykjärnet.
station-somnad-tidy = Stäng av maskinen och strykjärnet. Lägg saxen och nålarna på sin plats.

## Station: butiksarbete (shop work, price labels and shelving)

station-butik-title = Butiksarbete
station-butik-summary = Sätt prislappar och ställ varor på hyllan.
station-butik-fetch = Hämta varor från lagret med vagnen.
station-butik-price = Titta på prislistan. Vad kostar varan?
station-butik-label = Sätt en prislapp på varje vara med prispistolen.
station-butik-shelf = Ställ varan på rätt hylla. Samma varor står tillsammans.
station-butik-rotate = Flytta de gamla varorna längst fram. Ställ de nya längst bak.
station-butik-front = Vänd varorna så att namnet och priset syns.
station-butik-customer = Om en kund frågar något: hälsa vänligt. Vet du inte svaret? Hämta din handledare.

## Station: miljösortering (waste sorting)

station-sortering-title = Miljösortering
station-sortering-summary = Sortera avfall i rätt kärl.
station-sortering-gloves = Ta på dig handskarna.
station-sortering-paper = Papper och kartong i kärlet för papper. Platta till kartongen.
station-sortering-plastic = Plastförpackningar i kärlet för plast.
station-sortering-metal = Burkar och metall i kärlet för metall.
station-sortering-glass = Glas i kärlet för glas. Färgat och ofärgat glas för sig.
station-sortering-food = Matavfall i en papperspåse. Påsen i det bruna kärlet.
station-sortering-rest = Det som blir kvar är restavfall. Är du osäker? Fråga din handledare.
station-sortering-wash = Ta av handskarna. Tvätta händerna.

## Station: lagerhantering (warehouse picking)

station-lager-title = Lagerhantering
station-lager-summary = Plocka varor från en plocklista och packa dem.
station-lager-list = Ta en plocklista.
station-lager-place = Läs hyllplatsen på listan. A 3 2 betyder gång A, hylla 3, plan 2.
station-lager-pick = Ta rätt vara från hyllan. Jämför numret på varan med listan.
station-lager-count = Räkna. Ta lika många som det står på listan.
station-lager-scan = Skanna streckkoden. Eller bocka av raden på listan.
station-lager-pack = Packa varorna i en låda. Lägg listan överst.
station-lager-deliver = Ställ lådan vid utlämningen. Ta nästa lista.

## Checklist: betala en räkning (pay a bill)

checklist-betala-rakning-title = Betala en räkning
checklist-betala-rakning-summary = Betala en räkning i bankens app.
checklist-betala-rakning-check = Är det en riktig räkning? Titta först med listan Räkning eller reklam.
checklist-betala-rakning-bank = Öppna bankens app. Logga in med BankID.
checklist-betala-rakning-scan = Välj Betala. Skanna räkningen med kameran. Eller skriv bankgiro och OCR-nummer.
checklist-betala-rakning-amount = Skriv beloppet. Jämför med räkningen.
checklist-betala-rakning-date = Välj en dag. Betala senast på förfallodagen.
checklist-betala-rakning-sign = Godkänn betalningen med BankID.
checklist-betala-rakning-save = Skriv Betald och datum på räkningen. Spara den i en pärm.

## Checklist: räkning eller reklam (tell a real bill from an offer or advertisement)

checklist-rakning-eller-reklam-title = Räkning eller reklam?
checklist-rakning-eller-reklam-summary = Ta reda på om ett brev är en riktig räkning innan du betalar.
checklist-rakning-eller-reklam-sender = Vem har skickat brevet? Känner du igen namnet?
checklist-rakning-eller-reklam-bought = Har du köpt något från dem? Om inte, betala inte.
checklist-rakning-eller-reklam-words = Står det Erbjudande, Gratis, Prova eller Gå med? Då är det reklam, inte en räkning.
checklist-rakning-eller-reklam-bookclub = Ett brev om att gå med i en bokklubb är inte en räkning. Du ska inte betala.
checklist-rakning-eller-reklam-parts = En riktig räkning har belopp, förfallodag, OCR-nummer och bankgiro.
checklist-rakning-eller-reklam-ask = Är du osäker? Betala inte. Ta med brevet till din coach.
checklist-rakning-eller-reklam-sort = Reklam läggs i pappersinsamlingen. Spara riktiga räkningar.

## Checklist: åka buss (plan and take a bus trip)

checklist-bussresa-title = Åka buss
checklist-bussresa-summary = Planera en bussresa och åk.
checklist-bussresa-goal = Bestäm vart du ska. När måste du vara där?
checklist-bussresa-search = Sök resan i appen. Skriv var du är och vart du ska.
checklist-bussresa-note = Skriv upp bussens nummer, hållplatsen och tiden.
checklist-bussresa-ticket = Köp biljett i appen innan du går på bussen.
checklist-bussresa-stop = Gå till hållplatsen. Var där fem minuter före.
checklist-bussresa-board = Titta på numret på bussen. Gå på och visa biljetten.
checklist-bussresa-press = Tryck på stoppknappen innan din hållplats.
checklist-bussresa-home = Planera resan hem på samma sätt.

## Checklist: boka tvättstugan (book the laundry room)

checklist-tvattstuga-title = Boka tvättstugan
checklist-tvattstuga-summary = Boka en tid och tvätta.
checklist-tvattstuga-board = Gå till bokningstavlan vid tvättstugan. Eller öppna bokningen i appen.
checklist-tvattstuga-choose = Välj en tid som är ledig.
checklist-tvattstuga-book = Sätt ditt bokningslås på tiden. Eller tryck Boka i appen.
checklist-tvattstuga-remember = Skriv tiden i telefonen. Ställ ett larm.
checklist-tvattstuga-clean = Städa efter dig. Torka maskinerna, ta bort luddet och sopa golvet.
checklist-tvattstuga-finish = Sluta i tid. Nästa person väntar.

## Checklist: boka tid på vårdcentralen eller tandvården (book a health-centre or dental visit)

checklist-vardbesok-title = Boka tid hos vården
checklist-vardbesok-summary = Boka tid på vårdcentralen eller hos tandläkaren.
checklist-vardbesok-urgent = Är det akut och farligt? Ring 112. Behöver du råd? Ring 1177.
checklist-vardbesok-login = Öppna 1177 i telefonen. Logga in med BankID.
checklist-vardbesok-book = Välj din vårdcentral eller tandvård. Boka en tid.
checklist-vardbesok-call = Du kan också ringa vårdcentralen. Säg ditt namn och varför du ringer.
checklist-vardbesok-interpreter = Behöver du tolk? Säg det när du bokar. Tolken kostar inget.
checklist-vardbesok-calendar = Skriv tiden och adressen i din kalender.
checklist-vardbesok-id = Ta med legitimation. Kom tio minuter före.
checklist-vardbesok-cancel = Kan du inte komma? Avboka senast dagen före. Annars kan du få betala.

## Checklist: söka försörjningsstöd (apply for income support online)

checklist-forsorjningsstod-title = Söka försörjningsstöd
checklist-forsorjningsstod-summary = Sök försörjningsstöd i kommunens e-tjänst.
checklist-forsorjningsstod-papers = Samla dina papper: hyra, lön eller ersättning, kontoutdrag och räkningar.
checklist-forsorjningsstod-photo = Ta en bild av varje papper med telefonen.
checklist-forsorjningsstod-login = Öppna kommunens e-tjänst för försörjningsstöd. Logga in med BankID.
checklist-forsorjningsstod-answer = Svara på frågorna om dig, din familj, dina pengar och dina kostnader.
checklist-forsorjningsstod-attach = Bifoga bilderna på dina papper.
checklist-forsorjningsstod-send = Titta igenom allt. Skicka och signera med BankID.
checklist-forsorjningsstod-stuck = Fastnar du? Spara. Fråga din coach eller ring socialtjänsten.
checklist-forsorjningsstod-reply = Titta efter svar i e-tjänsten och i brevlådan.

## Guide: bussen (the bus)

guide-buss-title = Så åker du buss
guide-buss-summary = Hållplats, tidtabell, biljett och stoppknapp.
guide-buss-sign = Hållplatsen har en skylt med en buss. På skylten står hållplatsens namn och bussarnas nummer.
guide-buss-timetable = Tidtabellen sitter vid hållplatsen. Den visar när bussen går.
guide-buss-columns = Tidtabellen har tre delar. En för vardagar. En för lördagar. En för söndagar och helgdagar.
guide-buss-read = Välj delen för i dag. Först står timmen, sedan minuterna.
guide-buss-ticket = Köp biljett i appen eller i en biljettautomat. Ofta kan du inte betala med kontanter på bussen.
guide-buss-show = Visa biljetten i telefonen för föraren. Eller håll den mot biljettläsaren.
guide-buss-button = Tryck på stoppknappen när din hållplats kommer. Då stannar bussen.
guide-buss-exit = Vänta tills bussen har stannat. Gå sedan av.

## Guide: räkningen (the bill)

guide-rakning-title = Så läser du en räkning
guide-rakning-summary = Avsändare, belopp, förfallodag, OCR-nummer och bankgiro.
guide-rakning-sender = Avsändaren står högst upp. Det är företaget som vill ha pengar.
guide-rakning-amount = Beloppet är hur mycket du ska betala. Det står Att betala.
guide-rakning-due = Förfallodagen är den sista dagen du kan betala.
guide-rakning-ocr = OCR-numret är en lång rad siffror. Det visar att pengarna kommer från dig. Skriv det exakt.
guide-rakning-giro = Bankgiro eller plusgiro är företagets nummer. Dit går pengarna.
guide-rakning-words = Till höger är reklam. Där står Erbjudande och Gratis. Så står det inte på en räkning.
guide-rakning-bookclub = Bokklubben vill att du går med och köper en bok varje månad. Det är ett erbjudande, inte en räkning.
guide-rakning-nopay = Reklamen har inget OCR-nummer och inget bankgiro. Betala inte. Släng den eller visa din coach.
guide-rakning-einvoice = En e-faktura kommer direkt till banken. Du godkänner den i appen.
guide-rakning-autogiro = Autogiro betyder att banken betalar själv varje månad. Då ska du inte betala en gång till.
guide-rakning-unsure = Är du osäker? Fråga din coach. Betala aldrig ett brev som du inte känner igen.

## App labels read aloud: the home tiles (the client shows and speaks these)
app-home-checklists = Mina checklistor
app-home-bus = Buss
app-home-bills = Räkningar
app-home-stations = Arbetsstationer
app-home-goals = Mina mål

## App labels read aloud: each language's name (the chooser plays a language's
## name in that language, before any choice)
app-language-ar = Arabiska
app-language-fa = Persiska
app-language-so = Somaliska
app-language-ti = Tigrinska
app-language-sv = Svenska

## App labels read aloud: what the app and the station pages say about their state
app-say-choose-language = Välj språk
app-say-choose-station = Välj din station
app-say-done = Bra jobbat! Du har gjort alla steg.
app-say-saved = Sparat i telefonen – skickas senare
app-say-revoked = Kortet fungerar inte längre. Be din coach om ett nytt kort.
app-say-signin = Skanna QR-koden på kortet du fick av din coach.
app-say-no-connection = Ingen kontakt med servern än. Försök igen när du har nät.
app-say-not-found = Sidan finns inte.
app-say-station-unknown = Det finns ingen station med den koden. Skanna koden vid stationen igen, eller fråga din handledare.
app-say-server-error = Något gick fel hos oss. Försök igen om en stund.
app-say-bad-request = Adressen är fel. Skanna koden igen.
app-say-no-goals = Inga mål ännu. Gör en plan tillsammans med din coach.
