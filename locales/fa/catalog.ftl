### DRAFT machine-assisted translation — needs review by a native speaker.
### Stegvis catalog texts in Persian (Persian letters ی and ک, not Arabic ي and ك).
### Source: locales/sv/catalog.ftl. Structure: server/catalog/catalog.toml.

## Station: gardintillbehör (curtain-accessory assembly)

station-gardin-title = لوازم پرده
station-gardin-summary = قلاب‌های پرده را سوار کنید و در کیسه بگذارید.
station-gardin-fetch = یک جعبه قطعه و یک بسته کیسهٔ خالی بیاورید.
station-gardin-order = به برگهٔ کار نگاه کنید. آنجا نوشته که در هر کیسه چند قطعه باشد.
station-gardin-hooks = در هر لغزنده یک قلاب فشار دهید. باید صدای تق بدهد.
station-gardin-count = قطعه‌ها را بشمارید. آن‌ها را در ردیف‌های پنج‌تایی بگذارید تا شمردن آسان شود.
station-gardin-bag = قطعه‌ها را در یک کیسه بگذارید.
station-gardin-seal = کیسه را با دستگاه ببندید. دسته را پایین نگه دارید تا چراغ خاموش شود.
station-gardin-label = یک برچسب وسط کیسه بچسبانید.
station-gardin-box = کیسه را در جعبهٔ کیسه‌های آماده بگذارید. وقتی جعبه پر شد، به سرپرست بگویید.

## Station: sömnad (sewing)

station-somnad-title = خیاطی
station-somnad-summary = اندازه بگیرید، ببرید و لبهٔ پارچه را بدوزید.
station-somnad-measure = پارچه را با متر اندازه بگیرید. در الگو ببینید چقدر باید بلند باشد.
station-somnad-mark = با گچ خیاطی یک خط روی پارچه بکشید.
station-somnad-cut = با قیچی روی خط ببرید.
station-somnad-pin = لبه را دو بار تا کنید. آن را با سوزن ته‌گرد محکم کنید.
station-somnad-sew = لبه را بدوزید. آهسته بدوزید. انگشتان خود را از سوزن دور نگه دارید.
station-somnad-iron = درز را با اتو صاف کنید.
station-somnad-tidy = چرخ خیاطی و اتو را خاموش کنید. قیچی و سوزن‌ها را سر جایشان بگذارید.

## Station: butiksarbete (shop work, price labels and shelving)

station-butik-title = کار در فروشگاه
station-butik-summary = برچسب قیمت بزنید و کالاها را در قفسه بچینید.
station-butik-fetch = کالاها را با چرخ دستی از انبار بیاورید.
station-butik-price = به فهرست قیمت نگاه کنید. قیمت این کالا چقدر است؟
station-butik-label = با دستگاه قیمت‌زن روی هر کالا برچسب قیمت بزنید.
station-butik-shelf = کالا را در قفسهٔ درست بگذارید. کالاهای یکسان کنار هم هستند.
station-butik-rotate = کالاهای قدیمی را جلو بیاورید. کالاهای نو را عقب بگذارید.
station-butik-front = کالاها را بچرخانید تا نام و قیمت دیده شود.
station-butik-customer = اگر مشتری چیزی پرسید: با مهربانی سلام کنید. جواب را نمی‌دانید؟ سرپرست را صدا کنید.

## Station: miljösortering (waste sorting)

station-sortering-title = تفکیک زباله
station-sortering-summary = زباله را در سطل درست بریزید.
station-sortering-gloves = دستکش‌ها را بپوشید.
station-sortering-paper = کاغذ و کارتن در سطل کاغذ. کارتن را صاف کنید.
station-sortering-plastic = بسته‌بندی پلاستیکی در سطل پلاستیک.
station-sortering-metal = قوطی و فلز در سطل فلز.
station-sortering-glass = شیشه در سطل شیشه. شیشهٔ رنگی و بی‌رنگ جدا.
station-sortering-food = پسماند غذا در یک کیسهٔ کاغذی. کیسه در سطل قهوه‌ای.
station-sortering-rest = آنچه می‌ماند زبالهٔ عمومی است. مطمئن نیستید؟ از سرپرست بپرسید.
station-sortering-wash = دستکش‌ها را درآورید. دست‌هایتان را بشویید.

## Station: lagerhantering (warehouse picking)

station-lager-title = انبارداری
station-lager-summary = کالاها را طبق فهرست سفارش جمع کنید و بسته‌بندی کنید.
station-lager-list = یک فهرست سفارش بردارید.
station-lager-place = جای قفسه را در فهرست بخوانید. A 3 2 یعنی راهرو A، قفسهٔ 3، طبقهٔ 2.
station-lager-pick = کالای درست را از قفسه بردارید. شمارهٔ روی کالا را با فهرست مقایسه کنید.
station-lager-count = بشمارید. به همان تعدادی که در فهرست نوشته بردارید.
station-lager-scan = بارکد را اسکن کنید. یا کنار آن خط در فهرست تیک بزنید.
station-lager-pack = کالاها را در یک جعبه بگذارید. فهرست را روی آن بگذارید.
station-lager-deliver = جعبه را در محل تحویل بگذارید. فهرست بعدی را بردارید.

## Checklist: betala en räkning (pay a bill)

checklist-betala-rakning-title = پرداخت قبض
checklist-betala-rakning-summary = قبض را در اپلیکیشن بانک بپردازید.
checklist-betala-rakning-check = آیا این یک قبض واقعی است؟ اول با فهرست قبض یا تبلیغ بررسی کنید.
checklist-betala-rakning-bank = اپلیکیشن بانک را باز کنید. با BankID وارد شوید.
checklist-betala-rakning-scan = پرداخت را انتخاب کنید. قبض را با دوربین اسکن کنید. یا شمارهٔ بانک‌گیرو و شمارهٔ OCR را بنویسید.
checklist-betala-rakning-amount = مبلغ را بنویسید. آن را با قبض مقایسه کنید.
checklist-betala-rakning-date = یک روز انتخاب کنید. حداکثر تا تاریخ سررسید بپردازید.
checklist-betala-rakning-sign = پرداخت را با BankID تأیید کنید.
checklist-betala-rakning-save = روی قبض بنویسید پرداخت شد و تاریخ را بنویسید. آن را در یک پوشه نگه دارید.

## Checklist: räkning eller reklam (tell a real bill from an offer or advertisement)

checklist-rakning-eller-reklam-title = قبض یا تبلیغ؟
checklist-rakning-eller-reklam-summary = پیش از پرداخت بفهمید که نامه یک قبض واقعی است یا نه.
checklist-rakning-eller-reklam-sender = چه کسی نامه را فرستاده؟ آیا این نام را می‌شناسید؟
checklist-rakning-eller-reklam-bought = آیا از آن‌ها چیزی خریده‌اید؟ اگر نه، پول ندهید.
checklist-rakning-eller-reklam-words = آیا نوشته پیشنهاد، رایگان، امتحان کنید یا عضو شوید؟ پس تبلیغ است، نه قبض.
checklist-rakning-eller-reklam-bookclub = نامه‌ای دربارهٔ عضویت در باشگاه کتاب قبض نیست. لازم نیست پول بدهید.
checklist-rakning-eller-reklam-parts = قبض واقعی مبلغ، تاریخ سررسید، شمارهٔ OCR و بانک‌گیرو دارد.
checklist-rakning-eller-reklam-ask = مطمئن نیستید؟ پول ندهید. نامه را پیش مربی خود ببرید.
checklist-rakning-eller-reklam-sort = تبلیغ را در سطل کاغذ بیندازید. قبض‌های واقعی را نگه دارید.

## Checklist: åka buss (plan and take a bus trip)

checklist-bussresa-title = سفر با اتوبوس
checklist-bussresa-summary = سفر با اتوبوس را برنامه‌ریزی کنید و بروید.
checklist-bussresa-goal = تصمیم بگیرید کجا می‌روید. کی باید آنجا باشید؟
checklist-bussresa-search = سفر را در اپلیکیشن جستجو کنید. بنویسید کجا هستید و کجا می‌روید.
checklist-bussresa-note = شمارهٔ اتوبوس، ایستگاه و ساعت را یادداشت کنید.
checklist-bussresa-ticket = پیش از سوار شدن، بلیت را در اپلیکیشن بخرید.
checklist-bussresa-stop = به ایستگاه بروید. پنج دقیقه زودتر آنجا باشید.
checklist-bussresa-board = به شمارهٔ اتوبوس نگاه کنید. سوار شوید و بلیت را نشان دهید.
checklist-bussresa-press = پیش از ایستگاه خود دکمهٔ توقف را فشار دهید.
checklist-bussresa-home = سفر برگشت به خانه را هم همین‌طور برنامه‌ریزی کنید.

## Checklist: boka tvättstugan (book the laundry room)

checklist-tvattstuga-title = رزرو رختشویخانه
checklist-tvattstuga-summary = یک وقت رزرو کنید و لباس بشویید.
checklist-tvattstuga-board = به تابلوی رزرو کنار رختشویخانه بروید. یا رزرو را در اپلیکیشن باز کنید.
checklist-tvattstuga-choose = یک وقت خالی انتخاب کنید.
checklist-tvattstuga-book = قفل رزرو خود را روی آن وقت بگذارید. یا در اپلیکیشن رزرو را بزنید.
checklist-tvattstuga-remember = وقت را در گوشی بنویسید. زنگ هشدار بگذارید.
checklist-tvattstuga-clean = بعد از کار تمیز کنید. ماشین‌ها را پاک کنید، پرز را بردارید و زمین را جارو کنید.
checklist-tvattstuga-finish = سر وقت تمام کنید. نفر بعدی منتظر است.

## Checklist: boka tid på vårdcentralen eller tandvården (book a health-centre or dental visit)

checklist-vardbesok-title = گرفتن وقت درمانی
checklist-vardbesok-summary = در مرکز بهداشت یا نزد دندانپزشک وقت بگیرید.
checklist-vardbesok-urgent = اورژانسی و خطرناک است؟ به 112 زنگ بزنید. مشاوره لازم دارید؟ به 1177 زنگ بزنید.
checklist-vardbesok-login = 1177 را در گوشی باز کنید. با BankID وارد شوید.
checklist-vardbesok-book = مرکز بهداشت یا دندانپزشکی خود را انتخاب کنید. وقت بگیرید.
checklist-vardbesok-call = می‌توانید به مرکز بهداشت هم زنگ بزنید. نام خود و دلیل تماس را بگویید.
checklist-vardbesok-interpreter = مترجم لازم دارید؟ هنگام گرفتن وقت بگویید. مترجم رایگان است.
checklist-vardbesok-calendar = ساعت و نشانی را در تقویم خود بنویسید.
checklist-vardbesok-id = کارت شناسایی همراه داشته باشید. ده دقیقه زودتر بیایید.
checklist-vardbesok-cancel = نمی‌توانید بیایید؟ حداکثر یک روز قبل وقت را لغو کنید. وگرنه ممکن است پول بدهید.

## Checklist: söka försörjningsstöd (apply for income support online)

checklist-forsorjningsstod-title = درخواست کمک هزینهٔ زندگی
checklist-forsorjningsstod-summary = کمک هزینهٔ زندگی را در خدمات اینترنتی کمون درخواست کنید.
checklist-forsorjningsstod-papers = مدارک خود را جمع کنید: اجاره، حقوق یا مستمری، صورت‌حساب بانکی و قبض‌ها.
checklist-forsorjningsstod-photo = با گوشی از هر برگه یک عکس بگیرید.
checklist-forsorjningsstod-login = خدمات اینترنتی کمک هزینهٔ زندگی کمون را باز کنید. با BankID وارد شوید.
checklist-forsorjningsstod-answer = به پرسش‌ها دربارهٔ خودتان، خانواده، پول و هزینه‌هایتان جواب دهید.
checklist-forsorjningsstod-attach = عکس مدارک خود را پیوست کنید.
checklist-forsorjningsstod-send = همه چیز را بررسی کنید. بفرستید و با BankID امضا کنید.
checklist-forsorjningsstod-stuck = گیر کرده‌اید؟ ذخیره کنید. از مربی خود بپرسید یا به خدمات اجتماعی زنگ بزنید.
checklist-forsorjningsstod-reply = جواب را در خدمات اینترنتی و در صندوق پست ببینید.

## Guide: bussen (the bus)

guide-buss-title = چگونه با اتوبوس سفر کنیم
guide-buss-summary = ایستگاه، جدول زمانی، بلیت و دکمهٔ توقف.
guide-buss-sign = ایستگاه تابلویی با تصویر اتوبوس دارد. روی تابلو نام ایستگاه و شمارهٔ اتوبوس‌ها نوشته شده.
guide-buss-timetable = جدول زمانی در ایستگاه است. نشان می‌دهد اتوبوس کی حرکت می‌کند.
guide-buss-columns = جدول سه بخش دارد: روزهای کاری، شنبه‌ها، و یکشنبه‌ها و تعطیلات.
guide-buss-read = بخش امروز را انتخاب کنید. اول ساعت است، بعد دقیقه.
guide-buss-ticket = بلیت را در اپلیکیشن یا از دستگاه بلیت بخرید. معمولاً در اتوبوس نمی‌توانید پول نقد بدهید.
guide-buss-show = بلیت را در گوشی به راننده نشان دهید. یا آن را جلوی دستگاه بلیت‌خوان بگیرید.
guide-buss-button = وقتی ایستگاه شما نزدیک است، دکمهٔ توقف را فشار دهید. آنگاه اتوبوس می‌ایستد.
guide-buss-exit = صبر کنید تا اتوبوس بایستد. بعد پیاده شوید.

## Guide: räkningen (the bill)

guide-rakning-title = چگونه قبض را بخوانیم
guide-rakning-summary = فرستنده، مبلغ، تاریخ سررسید، شمارهٔ OCR و بانک‌گیرو.
guide-rakning-sender = فرستنده بالای برگه است. شرکتی است که پول می‌خواهد.
guide-rakning-amount = مبلغ یعنی چقدر باید بپردازید. کنار آن نوشته Att betala.
guide-rakning-due = تاریخ سررسید آخرین روزی است که می‌توانید بپردازید.
guide-rakning-ocr = شمارهٔ OCR یک ردیف بلند از عددهاست. نشان می‌دهد پول از طرف شماست. آن را دقیق بنویسید.
guide-rakning-giro = بانک‌گیرو یا پلاس‌گیرو شمارهٔ شرکت است. پول به آنجا می‌رود.
guide-rakning-words = سمت راست تبلیغ است. روی آن نوشته پیشنهاد و رایگان. روی صورت‌حساب چنین چیزی نوشته نمی‌شود.
guide-rakning-bookclub = باشگاه کتاب می‌خواهد عضو شوید و هر ماه یک کتاب بخرید. این پیشنهاد است، نه صورت‌حساب.
guide-rakning-nopay = تبلیغ شمارهٔ OCR و بانک‌گیرو ندارد. پرداخت نکنید. آن را دور بیندازید یا به مربی‌تان نشان دهید.
guide-rakning-einvoice = صورت‌حساب الکترونیکی مستقیم به بانک می‌آید. آن را در اپلیکیشن تأیید می‌کنید.
guide-rakning-autogiro = اتوگیرو یعنی بانک هر ماه خودش پرداخت می‌کند. پس دوباره پول ندهید.
guide-rakning-unsure = مطمئن نیستید؟ از مربی خود بپرسید. هرگز نامه‌ای را که نمی‌شناسید پرداخت نکنید.

## App labels read aloud: the home tiles (the client shows and speaks these)
app-home-checklists = فهرست‌های من
app-home-bus = اتوبوس
app-home-bills = قبض‌ها
app-home-stations = ایستگاه‌های کار
app-home-goals = هدف‌های من

## App labels read aloud: each language's name (the chooser plays a language's
## name in that language, before any choice)
app-language-ar = عربی
app-language-fa = فارسی
app-language-so = سومالیایی
app-language-ti = تیگرینیا
app-language-sv = سوئدی

## App labels read aloud: what the app and the station pages say about their state
app-say-choose-language = انتخاب زبان
app-say-choose-station = ایستگاه خود را انتخاب کنید
app-say-done = آفرین! همهٔ مراحل را انجام دادید.
app-say-saved = در گوشی ذخیره شد – بعداً فرستاده می‌شود
app-say-revoked = این کارت دیگر کار نمی‌کند. از مربی خود یک کارت تازه بخواهید.
app-say-signin = کد QR روی کارتی را که مربی به شما داده اسکن کنید.
app-say-no-connection = هنوز به سرور وصل نیستیم. وقتی اینترنت دارید دوباره امتحان کنید.
app-say-not-found = این صفحه وجود ندارد.
app-say-station-unknown = ایستگاهی با این کد وجود ندارد. کد را در ایستگاه دوباره اسکن کنید یا از مربی خود بپرسید.
app-say-server-error = مشکلی از طرف ما پیش آمد. کمی بعد دوباره امتحان کنید.
app-say-bad-request = نشانی درست نیست. کد را دوباره اسکن کنید.
app-say-no-goals = هنوز هدفی نیست. با مربی خود یک برنامه بسازید.
