### DRAFT machine-assisted translation — needs review by a native speaker.
### Stegvis catalog texts in Somali (Latin script). Source: locales/sv/catalog.ftl.
### Structure: server/catalog/catalog.toml.

## Station: gardintillbehör (curtain-accessory assembly)

station-gardin-title = Qalabka daahyada
station-gardin-summary = Isku xir jillaabyada daahyada oo ku xir bacaha.
station-gardin-fetch = Keen sanduuq qaybo ah iyo xidhmo bacro madhan ah.
station-gardin-order = Eeg amarka shaqada. Waxaa ku qoran inta qaybood ee bac kasta la gelinayo.
station-gardin-hooks = Jillaab ku riix simbiriirixe kasta. Waa inuu yiraahdaa kilik.
station-gardin-count = Tiri qaybaha. Saf shan shan ah u dhig, si tirintu u fududaato.
station-gardin-bag = Qaybaha bac geli.
station-gardin-seal = Bacda ku xir mashiinka. Gacanta hoos u hay ilaa nalku ka damo.
station-gardin-label = Calaamad ku dheji bartamaha bacda.
station-gardin-box = Bacda geli sanduuqa bacaha diyaarka ah. Marka sanduuqu buuxsamo, u sheeg kormeerahaaga.

## Station: sömnad (sewing)

station-somnad-title = Tolmo
station-somnad-summary = Cabbir, jar oo tol darafka maradda.
station-somnad-measure = Maradda ku cabbir cabbirka. Qaabka ka eeg inta ay dhererkeedu noqonayso.
station-somnad-mark = Maradda xariiq ku sawir adigoo isticmaalaya tamaashiirta.
station-somnad-cut = Xariiqda ku jar maqaska.
station-somnad-pin = Darafka laba jeer laab. Irbado ku qabo.
station-somnad-sew = Darafka tol. Si tartiib ah u tol. Farahaaga ka fogee irbadda.
station-somnad-iron = Tolmada ku feer birta si ay u sinnaato.
station-somnad-tidy = Dami mashiinka iyo birta. Maqaska iyo irbadaha meeshooda dib u dhig.

## Station: butiksarbete (shop work, price labels and shelving)

station-butik-title = Shaqada dukaanka
station-butik-summary = Calaamadaha qiimaha dheji oo alaabta saar khaanadda.
station-butik-fetch = Alaabta bakhaarka ka keen adigoo isticmaalaya gaariga.
station-butik-price = Eeg liiska qiimaha. Immisa ayuu alaabtani ku kacayaa?
station-butik-label = Alaab kasta calaamad qiimo ku dheji qoriga qiimaha.
station-butik-shelf = Alaabta saar khaanadda saxda ah. Alaabta isku midka ah waa wada yaallaan.
station-butik-rotate = Alaabta duugga ah hore u soo dhaqaaji. Tan cusub gadaal dhig.
station-butik-front = Alaabta u rogrog si magaca iyo qiimaha loo arko.
station-butik-customer = Haddii macmiil wax ku weydiiyo: si naxariis leh u salaan. Jawaabta ma garanaysid? U yeer kormeerahaaga.

## Station: miljösortering (waste sorting)

station-sortering-title = Kala soocidda qashinka
station-sortering-summary = Qashinka ku kala sooc weelka saxda ah.
station-sortering-gloves = Xiro gacan-gashiyada.
station-sortering-paper = Warqadda iyo kartoonka weelka warqadda. Kartoonka fidi.
station-sortering-plastic = Baakadaha caaga ah weelka caagga.
station-sortering-metal = Qasacadaha iyo birta weelka birta.
station-sortering-glass = Quraaradda weelka quraaradda. Quraaradda midabka leh iyo tan cad kala saar.
station-sortering-food = Haraaga cuntada bac warqad ah. Bacda weelka bunniga ah.
station-sortering-rest = Waxa hadha waa qashin guud. Ma hubtid? Weydii kormeerahaaga.
station-sortering-wash = Iska siib gacan-gashiyada. Gacmahaaga dhaq.

## Station: lagerhantering (warehouse picking)

station-lager-title = Bakhaarka
station-lager-summary = Alaabta ka soo qaad liiska dalabka oo baakadee.
station-lager-list = Qaado liis dalab.
station-lager-place = Ka akhri liiska meesha khaanadda. A 3 2 waxaa loola jeedaa waddada A, khaanadda 3, dabaqa 2.
station-lager-pick = Khaanadda ka qaado alaabta saxda ah. Lambarka alaabta la barbar dhig liiska.
station-lager-count = Tiri. Qaado inta liiska ku qoran.
station-lager-scan = Sawir barcode-ka. Ama calaamadee safka liiska.
station-lager-pack = Alaabta sanduuq ku baakadee. Liiska dusha saar.
station-lager-deliver = Sanduuqa dhig meesha wax laga bixiyo. Qaado liiska xiga.

## Checklist: betala en räkning (pay a bill)

checklist-betala-rakning-title = Bixi biil
checklist-betala-rakning-summary = Biilka ku bixi app-ka bangiga.
checklist-betala-rakning-check = Ma biil dhab ah baa? Marka hore ku hubi liiska Biil mise xayeysiis.
checklist-betala-rakning-bank = Fur app-ka bangiga. Ku gal BankID.
checklist-betala-rakning-scan = Dooro Bixi. Biilka ku sawir kaamirada. Ama qor bankgiro iyo lambarka OCR.
checklist-betala-rakning-amount = Qor lacagta. La barbar dhig biilka.
checklist-betala-rakning-date = Dooro maalin. Bixi ugu dambayn maalinta kama dambaysta ah.
checklist-betala-rakning-sign = Lacag bixinta ku ansixi BankID.
checklist-betala-rakning-save = Biilka ku qor La bixiyay iyo taariikhda. Ku kaydi faylka.

## Checklist: räkning eller reklam (tell a real bill from an offer or advertisement)

checklist-rakning-eller-reklam-title = Biil mise xayeysiis?
checklist-rakning-eller-reklam-summary = Ogow in warqaddu tahay biil dhab ah ka hor intaadan bixin.
checklist-rakning-eller-reklam-sender = Yaa soo diray warqadda? Magaca ma taqaanaa?
checklist-rakning-eller-reklam-bought = Wax ma ka iibsatay iyaga? Haddii kale, ha bixin.
checklist-rakning-eller-reklam-words = Ma ku qoran yahay Dalab, Bilaash, Tijaabi ama Ku biir? Markaas waa xayeysiis, ma aha biil.
checklist-rakning-eller-reklam-bookclub = Warqad ku saabsan ku biirista naadi buug ma aha biil. Waa inaadan bixin.
checklist-rakning-eller-reklam-parts = Biilka dhabta ah wuxuu leeyahay lacag, maalin kama dambays ah, lambar OCR iyo bankgiro.
checklist-rakning-eller-reklam-ask = Ma hubtid? Ha bixin. Warqadda u gee tababarahaaga.
checklist-rakning-eller-reklam-sort = Xayeysiiska ku rid weelka warqadda. Kaydi biilasha dhabta ah.

## Checklist: åka buss (plan and take a bus trip)

checklist-bussresa-title = Raac baska
checklist-bussresa-summary = Qorsheyso safar bas oo bax.
checklist-bussresa-goal = Go'aanso meesha aad u socoto. Goorma ayaad halkaas joogi kartaa?
checklist-bussresa-search = Safarka ka raadi app-ka. Qor meesha aad joogto iyo meesha aad u socoto.
checklist-bussresa-note = Qor lambarka baska, boosteejada iyo waqtiga.
checklist-bussresa-ticket = Tigidhka ka iibso app-ka ka hor intaadan baska fuulin.
checklist-bussresa-stop = Aad boosteejada. Halkaas joog shan daqiiqo ka hor.
checklist-bussresa-board = Eeg lambarka baska. Fuul oo tus tigidhka.
checklist-bussresa-press = Riix badhanka joojinta ka hor boosteejadaada.
checklist-bussresa-home = Safarka guriga ku noqoshada sidaas oo kale u qorsheyso.

## Checklist: boka tvättstugan (book the laundry room)

checklist-tvattstuga-title = Qabso qolka dharka lagu dhaqo
checklist-tvattstuga-summary = Qabso waqti oo dhar dhaq.
checklist-tvattstuga-board = Aad looxa ballanta ee qolka dhaqidda. Ama ballanta ka fur app-ka.
checklist-tvattstuga-choose = Dooro waqti bannaan.
checklist-tvattstuga-book = Qufulkaaga ballanta saar waqtiga. Ama app-ka ku riix Qabso.
checklist-tvattstuga-remember = Waqtiga ku qor taleefankaaga. Dhig saacad digniin.
checklist-tvattstuga-clean = Nadiifi markaad dhammayso. Tirtir mashiinnada, ka saar boodhka, xaaqna sagxadda.
checklist-tvattstuga-finish = Waqtiga ku dhammee. Qofka xiga wuu sugayaa.

## Checklist: boka tid på vårdcentralen eller tandvården (book a health-centre or dental visit)

checklist-vardbesok-title = Ballan caafimaad qabso
checklist-vardbesok-summary = Ballan ka qabso xarunta caafimaadka ama dhakhtarka ilkaha.
checklist-vardbesok-urgent = Ma degdeg iyo khatar baa? Wac 112. Talo ma u baahan tahay? Wac 1177.
checklist-vardbesok-login = Taleefanka ka fur 1177. Ku gal BankID.
checklist-vardbesok-book = Dooro xaruntaada caafimaadka ama rugta ilkaha. Qabso ballan.
checklist-vardbesok-call = Sidoo kale waad wici kartaa xarunta caafimaadka. Sheeg magacaaga iyo sababta aad u wacayso.
checklist-vardbesok-interpreter = Turjubaan ma u baahan tahay? Sheeg markaad ballanta qabsanayso. Turjubaanku waa bilaash.
checklist-vardbesok-calendar = Waqtiga iyo cinwaanka ku qor kalandarkaaga.
checklist-vardbesok-id = Keen aqoonsigaaga. Kaalay toban daqiiqo ka hor.
checklist-vardbesok-cancel = Ma iman kartid? Ballanta jooji ugu dambayn maalin ka hor. Haddii kale lacag ayaa lagaa qaadi karaa.

## Checklist: söka försörjningsstöd (apply for income support online)

checklist-forsorjningsstod-title = Codso kaalmada dhaqaale
checklist-forsorjningsstod-summary = Kaalmada dhaqaale ka codso adeegga internetka ee degmada.
checklist-forsorjningsstod-papers = Soo ururi waraaqahaaga: kirada, mushaharka ama magdhowga, warbixinta bangiga iyo biilasha.
checklist-forsorjningsstod-photo = Waraaq kasta sawir ka qaad taleefankaaga.
checklist-forsorjningsstod-login = Fur adeegga internetka ee degmada ee kaalmada dhaqaale. Ku gal BankID.
checklist-forsorjningsstod-answer = Ka jawaab su'aalaha adiga, qoyskaaga, lacagtaada iyo kharashyadaada ku saabsan.
checklist-forsorjningsstod-attach = Ku lifaaq sawirrada waraaqahaaga.
checklist-forsorjningsstod-send = Wax walba hubi. Dir oo ku saxiix BankID.
checklist-forsorjningsstod-stuck = Ma ku xayirantay? Kaydi. Weydii tababarahaaga ama wac adeegga bulshada.
checklist-forsorjningsstod-reply = Jawaabta ka eeg adeegga internetka iyo sanduuqa boostada.

## Guide: bussen (the bus)

guide-buss-title = Sida baska loo raaco
guide-buss-summary = Boosteejada, jadwalka, tigidhka iyo badhanka joojinta.
guide-buss-sign = Boosteejadu waxay leedahay calaamad bas ku sawiran yahay. Calaamadda waxaa ku qoran magaca boosteejada iyo lambarrada basaska.
guide-buss-timetable = Jadwalku wuxuu ku yaal boosteejada. Wuxuu muujinayaa goorta baska uu baxayo.
guide-buss-columns = Jadwalku wuxuu leeyahay saddex qaybood: maalmaha shaqada, Sabtida, iyo Axadda iyo ciidaha.
guide-buss-read = Dooro qaybta maanta. Marka hore saacadda, kadibna daqiiqadaha.
guide-buss-ticket = Tigidhka ka iibso app-ka ama mashiinka tigidhada. Inta badan baska lacag caddaan ah laguma bixin karo.
guide-buss-show = Tigidhka taleefankaaga ku tus darawalka. Ama u qabo akhriyaha tigidhka.
guide-buss-button = Riix badhanka joojinta marka boosteejadaadu soo dhowaato. Markaas baska wuu istaagayaa.
guide-buss-exit = Sug ilaa baska istaago. Kadib ka deg.

## Guide: räkningen (the bill)

guide-rakning-title = Sida biil loo akhriyo
guide-rakning-summary = Diraha, lacagta, maalinta kama dambaysta ah, lambarka OCR iyo bankgiro.
guide-rakning-sender = Diraha wuxuu ku qoran yahay xagga sare. Waa shirkadda lacagta rabta.
guide-rakning-amount = Lacagtu waa inta aad bixinayso. Waxaa ku qoran Att betala.
guide-rakning-due = Maalinta kama dambaysta ahi waa maalinta ugu dambaysa ee aad bixin karto.
guide-rakning-ocr = Lambarka OCR waa saf dheer oo tirooyin ah. Wuxuu muujinayaa in lacagtu adiga ka timid. Si sax ah u qor.
guide-rakning-giro = Bankgiro ama plusgiro waa lambarka shirkadda. Lacagtu halkaas ayay aadaysaa.
guide-rakning-words = Midigta waa xayeysiis. Waxaa ku qoran Dalab iyo Bilaash. Biil sidaas kuma qorna.
guide-rakning-bookclub = Naadiga buugaagta wuxuu rabaa inaad ku biirto oo bil kasta buug iibsato. Waa dalab, ma aha biil.
guide-rakning-nopay = Xayeysiisku ma laha lambar OCR iyo bankgiro. Ha bixin. Tuur ama tus tababarahaaga.
guide-rakning-einvoice = E-faktura toos ayay bangiga ugu timaadaa. App-ka ayaad ku ansixinaysaa.
guide-rakning-autogiro = Autogiro waxaa loola jeedaa in bangigu bil kasta iskiis u bixiyo. Markaas mar kale ha bixin.
guide-rakning-unsure = Ma hubtid? Weydii tababarahaaga. Weligaa ha bixin warqad aadan aqoon.

## App labels read aloud: the home tiles (the client shows and speaks these)
app-home-checklists = Liisaskayga
app-home-bus = Baska
app-home-bills = Biilasha
app-home-stations = Goobaha shaqada
app-home-goals = Yoolalkayga

## App labels read aloud: each language's name (the chooser plays a language's
## name in that language, before any choice)
app-language-ar = Carabi
app-language-fa = Faarsi
app-language-so = Soomaali
app-language-ti = Tigrinya
app-language-sv = Iswiidhish

## App labels read aloud: what the app and the station pages say about their state
app-say-choose-language = Dooro luqadda
app-say-choose-station = Dooro goobtaada shaqada
app-say-done = Si fiican ayaad u qabatay! Dhammaan tallaabooyinka waad samaysay.
app-say-saved = Taleefanka ayaa lagu kaydiyay – hadhow ayaa la diri doonaa
app-say-revoked = Kaadhkani hadda ma shaqeeyo. Tababarahaaga ka codso kaadh cusub.
app-say-signin = Iskaan garee koodhka QR ee kaadhka uu ku siiyay tababarahaagu.
app-say-no-connection = Weli xiriir lama helin. Isku day mar kale marka aad internet haysato.
app-say-not-found = Boggan ma jiro.
app-say-station-unknown = Ma jirto goob leh koodhkan. Mar kale iskaan garee koodhka goobta, ama weydii tababarahaaga.
app-say-server-error = Khalad ayaa dhinaceena ka dhacay. Isku day mar kale wax yar kadib.
app-say-bad-request = Cinwaanku waa khalad. Mar kale iskaan garee koodhka.
app-say-no-goals = Weli yool ma jiro. Qorshe la samee tababarahaaga.
