### DRAFT machine-assisted translation — needs review by a native speaker.
### Stegvis catalog texts in Tigrinya (Ge'ez script). Source: locales/sv/catalog.ftl.
### Structure: server/catalog/catalog.toml.

## Station: gardintillbehör (curtain-accessory assembly)

station-gardin-title = ናይ መጋረጃ ኣቑሑት
station-gardin-summary = መንጠልጠሊ መጋረጃ ኣተኣኻኺብካ ኣብ ቦርሳታት ኣእትዎ።
station-gardin-fetch = ሳንዱቕ ኣቑሑትን ጥቕላል ባዶ ቦርሳታትን ኣምጽእ።
station-gardin-order = ነቲ ትእዛዝ ስራሕ ርአ። ኣብ ነፍሲ ወከፍ ቦርሳ ክንደይ ኣቑሑት ከም ዝኣቱ ተጻሒፉ ኣሎ።
station-gardin-hooks = ኣብ ነፍሲ ወከፍ ተንሸራታቲ ሓደ መንጠልጠሊ ጸቕጦ። ቅጭ ክብል ኣለዎ።
station-gardin-count = ነቲ ኣቑሑት ቍጸሮ። ብሓሙሽተ ሓሙሽተ ብመስርዕ ኣቐምጦ፡ ምቑጻር ቀሊል ይኸውን።
station-gardin-bag = ነቲ ኣቑሑት ኣብ ቦርሳ ኣእትዎ።
station-gardin-seal = ነቲ ቦርሳ ብማሽን ዕጸዎ። መብራህቲ ክሳዕ ዝጠፍእ መትሓዚ ጸቒጥካ ሓዞ።
station-gardin-label = ኣብ ማእከል ቦርሳ ምልክት ለጥፍ።
station-gardin-box = ነቲ ቦርሳ ኣብ ሳንዱቕ ዝተዳለዉ ቦርሳታት ኣእትዎ። ሳንዱቕ ምስ መልአ ንሓላፊኻ ንገሮ።

## Station: sömnad (sewing)

station-somnad-title = ስፌት
station-somnad-summary = ዕቀን፡ ቍረጽን ጫፍ ክዳን ስፍን።
station-somnad-measure = ነቲ ጨርቂ ብሜትሮ ዕቀኖ። ክንደይ ንውሓት ክህልዎ ከም ዘለዎ ኣብ ሞዴል ርአ።
station-somnad-mark = ብጠባሽር ኣብ ጨርቂ መስመር ሕንጸጽ።
station-somnad-cut = ብመቐስ ብመስመር ቍረጽ።
station-somnad-pin = ነቲ ጫፍ ክልተ ግዜ ዕጸፎ። ብመርፍእ ኣጽንዖ።
station-somnad-sew = ብጫፍ ስፍዮ። ቀስ ኢልካ ስፍ። ኣጻብዕካ ካብ መርፍእ ኣርሕቕ።
station-somnad-iron = ነቲ ስፌት ብካውያ ኣስተኻኽሎ።
station-somnad-tidy = ማሽንን ካውያን ኣጥፍእ። መቐስን መርፍእን ናብ ቦትኡ ምለስ።

## Station: butiksarbete (shop work, price labels and shelving)

station-butik-title = ስራሕ ድኳን
station-butik-summary = ምልክት ዋጋ ለጥፍን ኣቑሑት ኣብ መደርደሪ ስርዕን።
station-butik-fetch = ኣቑሑት ካብ መኽዘን ብዓረብያ ኣምጽእ።
station-butik-price = ዝርዝር ዋጋ ርአ። እዚ ኣቕሓ ክንደይ ዋጋ ኣለዎ?
station-butik-label = ብመለጠፊ ዋጋ ኣብ ነፍሲ ወከፍ ኣቕሓ ምልክት ዋጋ ለጥፍ።
station-butik-shelf = ነቲ ኣቕሓ ኣብ ቅኑዕ መደርደሪ ኣቐምጦ። ሓደ ዓይነት ኣቑሑት ብሓባር ይቕመጡ።
station-butik-rotate = ነቲ ኣረጊት ኣቑሑት ናብ ቅድሚት ኣምጽኦ። ነቲ ሓድሽ ናብ ድሕሪት ኣቐምጦ።
station-butik-front = ስምን ዋጋን ክርአ ከሎ ነቲ ኣቑሑት ኣዙሮ።
station-butik-customer = ዓሚል እንተ ሓተተካ፡ ብሕያውነት ሰላም በሎ። መልሲ ዘይትፈልጥ እንተ ኮይንካ፡ ንሓላፊኻ ጸውዕ።

## Station: miljösortering (waste sorting)

station-sortering-title = ምፍልላይ ጓሓፍ
station-sortering-summary = ጓሓፍ ኣብ ቅኑዕ መእከቢ ፈላሊኻ ኣእቱ።
station-sortering-gloves = ጓንቲ ግበር።
station-sortering-paper = ወረቐትን ካርቶንን ኣብ መእከቢ ወረቐት። ነቲ ካርቶን ጽፍሓዮ።
station-sortering-plastic = ናይ ፕላስቲክ መዕሸጊ ኣብ መእከቢ ፕላስቲክ።
station-sortering-metal = ታኒካታትን ሓጺንን ኣብ መእከቢ ሓጺን።
station-sortering-glass = ብርጭቆ ኣብ መእከቢ ብርጭቆ። ሕብራውን ጻዕዳን ብርጭቆ በበይኑ።
station-sortering-food = ተረፍ መግቢ ኣብ ናይ ወረቐት ቦርሳ። እቲ ቦርሳ ኣብ ቡናዊ መእከቢ።
station-sortering-rest = እቲ ዝተረፈ ሓፈሻዊ ጓሓፍ እዩ። ርግጸኛ ኣይኮንካን? ንሓላፊኻ ሕተት።
station-sortering-wash = ጓንቲ ኣውጽእ። ኣእዳውካ ተሓጸብ።

## Station: lagerhantering (warehouse picking)

station-lager-title = መኽዘን
station-lager-summary = ብዝርዝር ትእዛዝ ኣቑሑት ኣኪብካ ጠቕልል።
station-lager-list = ዝርዝር ትእዛዝ ውሰድ።
station-lager-place = ኣብቲ ዝርዝር ቦታ መደርደሪ ኣንብብ። A 3 2 ማለት መሕለፊ A፡ መደርደሪ 3፡ ደረጃ 2 እዩ።
station-lager-pick = ቅኑዕ ኣቕሓ ካብ መደርደሪ ውሰድ። ኣብ ኣቕሓ ዘሎ ቍጽሪ ምስ ዝርዝር ኣወዳድሮ።
station-lager-count = ቍጸር። ከምቲ ኣብ ዝርዝር ዝተጻሕፈ ብዝሒ ውሰድ።
station-lager-scan = ባርኮድ ስካን ግበር። ወይ ነቲ መስመር ኣብ ዝርዝር ምልክት ግበረሉ።
station-lager-pack = ነቲ ኣቑሑት ኣብ ሳንዱቕ ጠቕልሎ። ነቲ ዝርዝር ኣብ ልዕሊኡ ኣቐምጦ።
station-lager-deliver = ነቲ ሳንዱቕ ኣብ ቦታ ምርካብ ኣቐምጦ። ዝቕጽል ዝርዝር ውሰድ።

## Checklist: betala en räkning (pay a bill)

checklist-betala-rakning-title = ሕሳብ ምኽፋል
checklist-betala-rakning-summary = ሕሳብ ብኣፕ ባንኪ ክፈል።
checklist-betala-rakning-check = ሓቀኛ ሕሳብ ድዩ? መጀመርታ ብዝርዝር ሕሳብ ወይ ረክላም ኣረጋግጽ።
checklist-betala-rakning-bank = ኣፕ ባንኪ ክፈት። ብBankID እቶ።
checklist-betala-rakning-scan = ክፈል ምረጽ። ነቲ ሕሳብ ብካሜራ ስካን ግበሮ። ወይ ባንክጊሮን ቍጽሪ OCRን ጽሓፍ።
checklist-betala-rakning-amount = መጠን ገንዘብ ጽሓፍ። ምስቲ ሕሳብ ኣወዳድሮ።
checklist-betala-rakning-date = መዓልቲ ምረጽ። ኣብ ዳሕረዋይ መዓልቲ ክፍሊት ወይ ቅድሚኡ ክፈል።
checklist-betala-rakning-sign = ነቲ ክፍሊት ብBankID ኣጽድቖ።
checklist-betala-rakning-save = ኣብቲ ሕሳብ ተኸፊሉ ዝብልን ዕለትን ጽሓፍ። ኣብ ፋይል ዓቅቦ።

## Checklist: räkning eller reklam (tell a real bill from an offer or advertisement)

checklist-rakning-eller-reklam-title = ሕሳብ ድዩ ረክላም?
checklist-rakning-eller-reklam-summary = ቅድሚ ምኽፋልካ እቲ ደብዳቤ ሓቀኛ ሕሳብ ምዃኑ ፍለጥ።
checklist-rakning-eller-reklam-sender = ነቲ ደብዳቤ መን ለኣኾ? ነቲ ስም ትፈልጦ ዶ?
checklist-rakning-eller-reklam-bought = ካባታቶም ገለ ገዚእካ ዶ? እንተዘይኮይኑ ኣይትኽፈል።
checklist-rakning-eller-reklam-words = ቅናሽ፡ ብነጻ፡ ፈትን ወይ ተጸንበር ዝብል ተጻሒፉ ድዩ? ሽዑ ረክላም እዩ፡ ሕሳብ ኣይኮነን።
checklist-rakning-eller-reklam-bookclub = ብዛዕባ ምጽንባር ክለብ መጻሕፍቲ ዝገልጽ ደብዳቤ ሕሳብ ኣይኮነን። ክትከፍል የብልካን።
checklist-rakning-eller-reklam-parts = ሓቀኛ ሕሳብ መጠን ገንዘብ፡ ዳሕረዋይ መዓልቲ ክፍሊት፡ ቍጽሪ OCRን ባንክጊሮን ኣለዎ።
checklist-rakning-eller-reklam-ask = ርግጸኛ ኣይኮንካን? ኣይትኽፈል። ነቲ ደብዳቤ ናብ ኣሰልጣኒኻ ውሰዶ።
checklist-rakning-eller-reklam-sort = ረክላም ኣብ መእከቢ ወረቐት ኣእቱ። ሓቀኛ ሕሳባት ዓቅብ።

## Checklist: åka buss (plan and take a bus trip)

checklist-bussresa-title = ብኣውቶቡስ ምጓዝ
checklist-bussresa-summary = ጉዕዞ ኣውቶቡስ ኣዳሊኻ ተጓዓዝ።
checklist-bussresa-goal = ናበይ ከም ትኸይድ ወስን። መዓስ ኣብኡ ክትበጽሕ ኣለካ?
checklist-bussresa-search = ነቲ ጉዕዞ ኣብ ኣፕ ድለዮ። ኣበይ ከም ዘለኻን ናበይ ከም ትኸይድን ጽሓፍ።
checklist-bussresa-note = ቍጽሪ ኣውቶቡስ፡ መዓርፎን ሰዓትን ጽሓፍ።
checklist-bussresa-ticket = ቅድሚ ኣብ ኣውቶቡስ ምስቃልካ ትኬት ኣብ ኣፕ ግዛእ።
checklist-bussresa-stop = ናብ መዓርፎ ኪድ። ሓሙሽተ ደቒቕ ቀዲምካ ኣብኡ ኩን።
checklist-bussresa-board = ኣብ ኣውቶቡስ ዘሎ ቍጽሪ ርአ። ተሰቐልን ትኬት ኣርእን።
checklist-bussresa-press = ቅድሚ መዓርፎኻ መጠወቒ ደው ምባል ጸቕጥ።
checklist-bussresa-home = ናብ ገዛ ምምላስ ከምኡ ኣዳልዎ።

## Checklist: boka tvättstugan (book the laundry room)

checklist-tvattstuga-title = ክፍሊ ሕጽቦ ምሕጻይ
checklist-tvattstuga-summary = ግዜ ሓጺኻ ክዳውንቲ ሕጸብ።
checklist-tvattstuga-board = ናብ ሰሌዳ ምሕጻይ ጥቓ ክፍሊ ሕጽቦ ኪድ። ወይ ምሕጻይ ኣብ ኣፕ ክፈት።
checklist-tvattstuga-choose = ባዶ ግዜ ምረጽ።
checklist-tvattstuga-book = ናይ ምሕጻይ ኩሉፍካ ኣብቲ ግዜ ኣቐምጦ። ወይ ኣብ ኣፕ ሕጸ ጸቕጥ።
checklist-tvattstuga-remember = ነቲ ግዜ ኣብ ተሌፎንካ ጽሓፎ። ደወል ኣቐምጥ።
checklist-tvattstuga-clean = ድሕሪ ስራሕካ ኣጽርይ። ማሽናት ደምስስ፡ ደሓን ኣውጽእ፡ ባይታ ኣጽርይ።
checklist-tvattstuga-finish = ብግዜኡ ወድእ። ዝቕጽል ሰብ ይጽበ ኣሎ።

## Checklist: boka tid på vårdcentralen eller tandvården (book a health-centre or dental visit)

checklist-vardbesok-title = ቆጸራ ሕክምና ምሓዝ
checklist-vardbesok-summary = ኣብ ማእከል ጥዕና ወይ ሓኪም ስኒ ቆጸራ ሓዝ።
checklist-vardbesok-urgent = ህጹጽን ሓደገኛን ድዩ? ናብ 112 ደውል። ምኽሪ የድልየካ ዶ? ናብ 1177 ደውል።
checklist-vardbesok-login = ኣብ ተሌፎንካ 1177 ክፈት። ብBankID እቶ።
checklist-vardbesok-book = ማእከል ጥዕናኻ ወይ ክሊኒክ ስኒ ምረጽ። ቆጸራ ሓዝ።
checklist-vardbesok-call = ናብ ማእከል ጥዕና ክትድውል እውን ትኽእል ኢኻ። ስምካን ስለምንታይ ከም እትድውልን ንገር።
checklist-vardbesok-interpreter = ተርጓሚ የድልየካ ዶ? ቆጸራ ክትሕዝ ከለኻ ንገር። ተርጓሚ ብነጻ እዩ።
checklist-vardbesok-calendar = ሰዓትን ኣድራሻን ኣብ ዓውደ ኣዋርሕካ ጽሓፍ።
checklist-vardbesok-id = መንነት ወረቐት ሒዝካ ምጻእ። ዓሰርተ ደቒቕ ቀዲምካ ምጻእ።
checklist-vardbesok-cancel = ክትመጽእ ኣይትኽእልን ዲኻ? እንተ ወሓደ ሓደ መዓልቲ ቀዲምካ ቆጸራ ሰርዝ። እንተዘይኮይኑ ክትከፍል ትኽእል ኢኻ።

## Checklist: söka försörjningsstöd (apply for income support online)

checklist-forsorjningsstod-title = ሓገዝ መነባብሮ ምሕታት
checklist-forsorjningsstod-summary = ሓገዝ መነባብሮ ብኤሌክትሮኒካዊ ኣገልግሎት ኮሙን ሕተት።
checklist-forsorjningsstod-papers = ወረቓቕትኻ ኣክብ፡ ክራይ፡ ደሞዝ ወይ ካሕሳ፡ ጸብጻብ ባንክን ሕሳባትን።
checklist-forsorjningsstod-photo = ብተሌፎንካ ንነፍሲ ወከፍ ወረቐት ስእሊ ኣልዕል።
checklist-forsorjningsstod-login = ኤሌክትሮኒካዊ ኣገልግሎት ሓገዝ መነባብሮ ናይ ኮሙን ክፈት። ብBankID እቶ።
checklist-forsorjningsstod-answer = ብዛዕባኻ፡ ስድራኻ፡ ገንዘብካን ወጻኢታትካን ንዘለዉ ሕቶታት መልሲ ሃብ።
checklist-forsorjningsstod-attach = ስእልታት ወረቓቕትኻ ኣተሓሕዝ።
checklist-forsorjningsstod-send = ኩሉ ኣረጋግጽ። ስደድ ብBankID ፈርም።
checklist-forsorjningsstod-stuck = ተጸጊምካ ዲኻ? ዓቅብ። ንኣሰልጣኒኻ ሕተት ወይ ናብ ማሕበራዊ ኣገልግሎት ደውል።
checklist-forsorjningsstod-reply = መልሲ ኣብ ኤሌክትሮኒካዊ ኣገልግሎትን ኣብ ሳንዱቕ ፖስታን ርአ።

## Guide: bussen (the bus)

guide-buss-title = ብኣውቶቡስ ከመይ ትጓዓዝ
guide-buss-summary = መዓርፎ፡ ሰሌዳ ግዜ፡ ትኬትን መጠወቒ ደው ምባልን።
guide-buss-sign = መዓርፎ ስእሊ ኣውቶቡስ ዘለዎ ምልክት ኣለዎ። ኣብቲ ምልክት ስም መዓርፎን ቍጽሪ ኣውቶቡሳትን ተጻሒፉ ኣሎ።
guide-buss-timetable = ሰሌዳ ግዜ ኣብ መዓርፎ ኣሎ። ኣውቶቡስ መዓስ ከም ዝብገስ የርኢ።
guide-buss-columns = ሰሌዳ ግዜ ሰለስተ ክፋል ኣለዎ፡ መዓልታት ስራሕ፡ ቀዳማት፡ ሰናብትን በዓላትን።
guide-buss-read = ናይ ሎሚ ክፋል ምረጽ። መጀመርታ ሰዓት፡ ድሕሪኡ ደቓይቕ።
guide-buss-ticket = ትኬት ኣብ ኣፕ ወይ ካብ ማሽን ትኬት ግዛእ። መብዛሕትኡ ግዜ ኣብ ኣውቶቡስ ብጥረ ገንዘብ ክትከፍል ኣይትኽእልን ኢኻ።
guide-buss-show = ትኬት ኣብ ተሌፎንካ ንመራሒ ኣርእዮ። ወይ ናብ መንበቢ ትኬት ኣቕርቦ።
guide-buss-button = መዓርፎኻ ክቐርብ ከሎ መጠወቒ ደው ምባል ጸቕጥ። ሽዑ ኣውቶቡስ ደው ትብል።
guide-buss-exit = ኣውቶቡስ ክሳዕ ደው ትብል ተጸበ። ድሕሪኡ ውረድ።

## Guide: räkningen (the bill)

guide-rakning-title = ሕሳብ ከመይ ተንብብ
guide-rakning-summary = ለኣኺ፡ መጠን ገንዘብ፡ ዳሕረዋይ መዓልቲ ክፍሊት፡ ቍጽሪ OCRን ባንክጊሮን።
guide-rakning-sender = ለኣኺ ኣብ ላዕሊ ተጻሒፉ ኣሎ። ገንዘብ ዝደሊ ትካል እዩ።
guide-rakning-amount = መጠን ገንዘብ ክንደይ ክትከፍል ከም ዘለካ እዩ። Att betala ዝብል ተጻሒፉ ኣሎ።
guide-rakning-due = ዳሕረዋይ መዓልቲ ክፍሊት ክትከፍለሉ እትኽእል ናይ መወዳእታ መዓልቲ እዩ።
guide-rakning-ocr = ቍጽሪ OCR ነዊሕ መስርዕ ቍጽርታት እዩ። እቲ ገንዘብ ካባኻ ምዃኑ የርኢ። ብልክዕ ጽሓፎ።
guide-rakning-giro = ባንክጊሮ ወይ ፕላስጊሮ ቍጽሪ እቲ ትካል እዩ። ገንዘብ ናብኡ ይኸይድ።
guide-rakning-words = ኣብ የማን ምውዕዋዕ እዩ። ኣብኡ ቅናሽን ብነጻን ተጻሒፉ ኣሎ። ኣብ ሕሳብ ከምኡ ኣይጽሓፍን።
guide-rakning-bookclub = ክለብ መጻሕፍቲ ክትኣቱን ኣብ ወርሒ ሓደ መጽሓፍ ክትገዝእን ይደሊ። እዚ ቅናሽ እዩ፡ ሕሳብ ኣይኮነን።
guide-rakning-nopay = እቲ ምውዕዋዕ ቁጽሪ OCR ወይ ባንክጂሮ የብሉን። ኣይትኽፈል። ደርብዮ ወይ ንኣሰልጣኒኻ ኣርእዮ።
guide-rakning-einvoice = ኤሌክትሮኒካዊ ሕሳብ ብቐጥታ ናብ ባንክኻ ይመጽእ። ኣብ ኣፕ ተጽድቖ።
guide-rakning-autogiro = ኣውቶጊሮ ማለት ባንኪ ባዕሉ ኣብ ነፍሲ ወከፍ ወርሒ ይኸፍል ማለት እዩ። ሽዑ ደጊምካ ኣይትኽፈል።
guide-rakning-unsure = ርግጸኛ ኣይኮንካን? ንኣሰልጣኒኻ ሕተት። ዘይትፈልጦ ደብዳቤ ፈጺምካ ኣይትኽፈል።

## App labels read aloud: the home tiles (the client shows and speaks these)
app-home-checklists = ዝርዝራተይ
app-home-bus = ኣውቶቡስ
app-home-bills = ሕሳባት
app-home-stations = መደበራት ስራሕ
app-home-goals = ዕላማታተይ

## App labels read aloud: each language's name (the chooser plays a language's
## name in that language, before any choice)
app-language-ar = ዓረብኛ
app-language-fa = ፋርስኛ
app-language-so = ሶማልኛ
app-language-ti = ትግርኛ
app-language-sv = ሽወድኛ

## App labels read aloud: what the app and the station pages say about their state
app-say-choose-language = ቋንቋ ምረጽ
app-say-choose-station = መደበር ስራሕካ ምረጽ
app-say-done = ጽቡቕ ገርካ! ኩሉ ስጉምትታት ገይርካ።
app-say-saved = ኣብ ተሌፎን ተዓቂቡ – ደሓር ክለኣኽ እዩ
app-say-revoked = እዚ ካርድ ድሕሪ ሕጂ ኣይሰርሕን። ካብ ኣሰልጣኒኻ ሓድሽ ካርድ ሕተት።
app-say-signin = ኣብቲ ኣሰልጣኒኻ ዝሃበካ ካርድ ዘሎ QR ኮድ ስካን ግበር።
app-say-no-connection = ገና ምስ ሰርቨር ርክብ የለን። ኢንተርነት ምስ ረኸብካ እንደገና ፈትን።
app-say-not-found = እዚ ገጽ የለን።
app-say-station-unknown = ብዚ ኮድ ዝፍለጥ መደበር የለን። ነቲ ኮድ ኣብቲ መደበር ደጊምካ ስካን ግበሮ፡ ወይ ንኣሰልጣኒኻ ሕተት።
app-say-server-error = ኣብ ወገንና ጌጋ ኣጋጢሙ። ድሕሪ ቁሩብ ደጊምካ ፈትን።
app-say-bad-request = እቲ ኣድራሻ ጌጋ እዩ። ነቲ ኮድ ደጊምካ ስካን ግበሮ።
app-say-no-goals = ገና ዕላማ የለን። ምስ ኣሰልጣኒኻ መደብ ግበር።
