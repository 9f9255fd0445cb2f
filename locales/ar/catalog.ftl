### DRAFT machine-assisted translation — needs review by a native speaker.
### Stegvis catalog texts in Arabic. Source: locales/sv/catalog.ftl.
### Structure: server/catalog/catalog.toml.

## Station: gardintillbehör (curtain-accessory assembly)

station-gardin-title = إكسسوارات الستائر
station-gardin-summary = ركّب خطافات الستائر وعبّئها في أكياس.
station-gardin-fetch = أحضر صندوقًا فيه القطع ورزمة من الأكياس الفارغة.
station-gardin-order = انظر إلى أمر العمل. مكتوب فيه كم قطعة توضع في كل كيس.
station-gardin-hooks = اضغط خطافًا في كل منزلق. يجب أن تسمع صوت طقّة.
station-gardin-count = عُدّ القطع. ضعها في صفوف من خمس قطع، فيصبح العدّ سهلًا.
station-gardin-bag = ضع القطع في كيس.
station-gardin-seal = أغلق الكيس بالآلة. اضغط على المقبض حتى ينطفئ الضوء.
station-gardin-label = ألصق ملصقًا في وسط الكيس.
station-gardin-box = ضع الكيس في صندوق الأكياس الجاهزة. عندما يمتلئ الصندوق أخبر المشرف.

## Station: sömnad (sewing)

station-somnad-title = الخياطة
station-somnad-summary = قِس وقصّ وخِط حافة القماش.
station-somnad-measure = قِس القماش بشريط القياس. انظر في النموذج كم يجب أن يكون طوله.
station-somnad-mark = ارسم خطًا على القماش بالطبشورة.
station-somnad-cut = قُصّ على طول الخط بالمقص.
station-somnad-pin = اطوِ الحافة مرتين. ثبّتها بالدبابيس.
station-somnad-sew = خِط على طول الحافة. خِط ببطء. أبعد أصابعك عن الإبرة.
station-somnad-iron = اكوِ الدرزة بالمكواة حتى تصبح مستوية.
station-somnad-tidy = أطفئ الآلة والمكواة. أعد المقص والدبابيس إلى مكانها.

## Station: butiksarbete (shop work, price labels and shelving)

station-butik-title = العمل في المتجر
station-butik-summary = ألصق ملصقات الأسعار ورتّب البضائع على الرف.
station-butik-fetch = أحضر البضائع من المخزن بالعربة.
station-butik-price = انظر إلى قائمة الأسعار. كم سعر هذه السلعة؟
station-butik-label = ألصق ملصق السعر على كل سلعة بمسدس الأسعار.
station-butik-shelf = ضع السلعة على الرف الصحيح. السلع المتشابهة تكون معًا.
station-butik-rotate = انقل السلع القديمة إلى الأمام. ضع السلع الجديدة في الخلف.
station-butik-front = أدِر السلع حتى يظهر الاسم والسعر.
station-butik-customer = إذا سألك زبون: رحّب به بلطف. لا تعرف الجواب؟ نادِ المشرف.

## Station: miljösortering (waste sorting)

station-sortering-title = فرز النفايات
station-sortering-summary = افرز النفايات في الحاوية الصحيحة.
station-sortering-gloves = البس القفازات.
station-sortering-paper = الورق والكرتون في حاوية الورق. اجعل الكرتون مسطحًا.
station-sortering-plastic = عبوات البلاستيك في حاوية البلاستيك.
station-sortering-metal = العلب والمعادن في حاوية المعادن.
station-sortering-glass = الزجاج في حاوية الزجاج. الزجاج الملوّن وحده، والشفاف وحده.
station-sortering-food = بقايا الطعام في كيس ورقي. الكيس في الحاوية البنية.
station-sortering-rest = ما يبقى هو نفايات عامة. لست متأكدًا؟ اسأل المشرف.
station-sortering-wash = اخلع القفازات. اغسل يديك.

## Station: lagerhantering (warehouse picking)

station-lager-title = المستودع
station-lager-summary = اجمع البضائع حسب قائمة الطلب وعبّئها.
station-lager-list = خذ قائمة طلب.
station-lager-place = اقرأ مكان الرف في القائمة. A 3 2 يعني الممر A، الرف 3، المستوى 2.
station-lager-pick = خذ السلعة الصحيحة من الرف. قارن الرقم على السلعة بالقائمة.
station-lager-count = عُدّ. خذ العدد المكتوب في القائمة.
station-lager-scan = امسح الرمز الشريطي. أو ضع علامة على السطر في القائمة.
station-lager-pack = عبّئ البضائع في صندوق. ضع القائمة في الأعلى.
station-lager-deliver = ضع الصندوق عند مكان التسليم. خذ القائمة التالية.

## Checklist: betala en räkning (pay a bill)

checklist-betala-rakning-title = دفع فاتورة
checklist-betala-rakning-summary = ادفع الفاتورة في تطبيق البنك.
checklist-betala-rakning-check = هل هي فاتورة حقيقية؟ تأكد أولًا بقائمة فاتورة أم إعلان.
checklist-betala-rakning-bank = افتح تطبيق البنك. سجّل الدخول بـ BankID.
checklist-betala-rakning-scan = اختر دفع. امسح الفاتورة بالكاميرا. أو اكتب رقم البنك جيرو ورقم OCR.
checklist-betala-rakning-amount = اكتب المبلغ. قارنه بالفاتورة.
checklist-betala-rakning-date = اختر يومًا. ادفع في تاريخ الاستحقاق أو قبله.
checklist-betala-rakning-sign = وافق على الدفع بـ BankID.
checklist-betala-rakning-save = اكتب على الفاتورة مدفوعة والتاريخ. احفظها في ملف.

## Checklist: räkning eller reklam (tell a real bill from an offer or advertisement)

checklist-rakning-eller-reklam-title = فاتورة أم إعلان؟
checklist-rakning-eller-reklam-summary = تأكد إن كانت الرسالة فاتورة حقيقية قبل أن تدفع.
checklist-rakning-eller-reklam-sender = من أرسل الرسالة؟ هل تعرف الاسم؟
checklist-rakning-eller-reklam-bought = هل اشتريت شيئًا منهم؟ إذا لا، فلا تدفع.
checklist-rakning-eller-reklam-words = هل مكتوب عرض، مجاني، جرّب أو انضم؟ إذن هو إعلان وليس فاتورة.
checklist-rakning-eller-reklam-bookclub = رسالة عن الانضمام إلى نادي كتب ليست فاتورة. لا يجب أن تدفع.
checklist-rakning-eller-reklam-parts = الفاتورة الحقيقية فيها مبلغ وتاريخ استحقاق ورقم OCR ورقم بنك جيرو.
checklist-rakning-eller-reklam-ask = لست متأكدًا؟ لا تدفع. خذ الرسالة إلى مرشدك.
checklist-rakning-eller-reklam-sort = الإعلانات توضع في حاوية الورق. احتفظ بالفواتير الحقيقية.

## Checklist: åka buss (plan and take a bus trip)

checklist-bussresa-title = ركوب الحافلة
checklist-bussresa-summary = خطّط لرحلة بالحافلة وسافر.
checklist-bussresa-goal = قرّر إلى أين تذهب. متى يجب أن تصل؟
checklist-bussresa-search = ابحث عن الرحلة في التطبيق. اكتب أين أنت وإلى أين تذهب.
checklist-bussresa-note = اكتب رقم الحافلة والمحطة والوقت.
checklist-bussresa-ticket = اشترِ التذكرة في التطبيق قبل أن تركب الحافلة.
checklist-bussresa-stop = اذهب إلى المحطة. كن هناك قبل خمس دقائق.
checklist-bussresa-board = انظر إلى الرقم على الحافلة. اركب وأظهر التذكرة.
checklist-bussresa-press = اضغط زر التوقف قبل محطتك.
checklist-bussresa-home = خطّط لرحلة العودة إلى البيت بنفس الطريقة.

## Checklist: boka tvättstugan (book the laundry room)

checklist-tvattstuga-title = حجز غرفة الغسيل
checklist-tvattstuga-summary = احجز وقتًا واغسل ملابسك.
checklist-tvattstuga-board = اذهب إلى لوحة الحجز عند غرفة الغسيل. أو افتح الحجز في التطبيق.
checklist-tvattstuga-choose = اختر وقتًا فارغًا.
checklist-tvattstuga-book = ضع قفل الحجز الخاص بك على الوقت. أو اضغط احجز في التطبيق.
checklist-tvattstuga-remember = اكتب الوقت في هاتفك. اضبط منبّهًا.
checklist-tvattstuga-clean = نظّف بعدك. امسح الآلات، أزل الوبر، واكنس الأرض.
checklist-tvattstuga-finish = انتهِ في الوقت. الشخص التالي ينتظر.

## Checklist: boka tid på vårdcentralen eller tandvården (book a health-centre or dental visit)

checklist-vardbesok-title = حجز موعد طبي
checklist-vardbesok-summary = احجز موعدًا في المركز الصحي أو عند طبيب الأسنان.
checklist-vardbesok-urgent = هل هي حالة طارئة وخطيرة؟ اتصل بـ 112. تحتاج نصيحة؟ اتصل بـ 1177.
checklist-vardbesok-login = افتح 1177 في هاتفك. سجّل الدخول بـ BankID.
checklist-vardbesok-book = اختر مركزك الصحي أو عيادة الأسنان. احجز موعدًا.
checklist-vardbesok-call = يمكنك أيضًا الاتصال بالمركز الصحي. قل اسمك ولماذا تتصل.
checklist-vardbesok-interpreter = تحتاج مترجمًا؟ قل ذلك عندما تحجز. المترجم مجاني.
checklist-vardbesok-calendar = اكتب الوقت والعنوان في تقويمك.
checklist-vardbesok-id = خذ معك بطاقة الهوية. تعال قبل عشر دقائق.
checklist-vardbesok-cancel = لا تستطيع أن تأتي؟ ألغِ الموعد قبل يوم على الأقل. وإلا قد تدفع.

## Checklist: söka försörjningsstöd (apply for income support online)

checklist-forsorjningsstod-title = طلب المساعدة المالية
checklist-forsorjningsstod-summary = اطلب المساعدة المالية في الخدمة الإلكترونية للبلدية.
checklist-forsorjningsstod-papers = اجمع أوراقك: الإيجار، الراتب أو التعويض، كشف الحساب والفواتير.
checklist-forsorjningsstod-photo = صوّر كل ورقة بهاتفك.
checklist-forsorjningsstod-login = افتح الخدمة الإلكترونية للبلدية للمساعدة المالية. سجّل الدخول بـ BankID.
checklist-forsorjningsstod-answer = أجب عن الأسئلة عنك وعن عائلتك وعن أموالك ومصاريفك.
checklist-forsorjningsstod-attach = أرفق صور أوراقك.
checklist-forsorjningsstod-send = راجع كل شيء. أرسل ووقّع بـ BankID.
checklist-forsorjningsstod-stuck = توقفت؟ احفظ. اسأل مرشدك أو اتصل بالخدمات الاجتماعية.
checklist-forsorjningsstod-reply = ابحث عن الرد في الخدمة الإلكترونية وفي صندوق البريد.

## Guide: bussen (the bus)

guide-buss-title = كيف تركب الحافلة
guide-buss-summary = المحطة، جدول المواعيد، التذكرة وزر التوقف.
guide-buss-sign = المحطة لها لافتة عليها صورة حافلة. على اللافتة اسم المحطة وأرقام الحافلات.
guide-buss-timetable = جدول المواعيد موجود في المحطة. يبيّن متى تنطلق الحافلة.
guide-buss-columns = للجدول ثلاثة أقسام: أيام الأسبوع، أيام السبت، وأيام الأحد والعطل.
guide-buss-read = اختر القسم الخاص باليوم. أولًا الساعة، ثم الدقائق.
guide-buss-ticket = اشترِ التذكرة في التطبيق أو من آلة التذاكر. غالبًا لا يمكنك الدفع نقدًا في الحافلة.
guide-buss-show = أظهر التذكرة في هاتفك للسائق. أو قرّبها من قارئ التذاكر.
guide-buss-button = اضغط زر التوقف عندما تقترب محطتك. عندها تتوقف الحافلة.
guide-buss-exit = انتظر حتى تتوقف الحافلة. ثم انزل.

## Guide: räkningen (the bill)

guide-rakning-title = كيف تقرأ الفاتورة
guide-rakning-summary = المرسِل، المبلغ، تاريخ الاستحقاق، رقم OCR والبنك جيرو.
guide-rakning-sender = المرسِل مكتوب في الأعلى. هو الشركة التي تريد المال.
guide-rakning-amount = المبلغ هو كم يجب أن تدفع. مكتوب بجانبه Att betala.
guide-rakning-due = تاريخ الاستحقاق هو آخر يوم يمكنك أن تدفع فيه.
guide-rakning-ocr = رقم OCR هو سطر طويل من الأرقام. يبيّن أن المال منك. اكتبه بدقة.
guide-rakning-giro = البنك جيرو أو البلس جيرو هو رقم الشركة. إليه يذهب المال.
guide-rakning-words = على اليمين إعلان. مكتوب فيه عرض ومجاني. الفاتورة لا تقول ذلك.
guide-rakning-bookclub = نادي الكتب يريد أن تنضم إليه وتشتري كتابا كل شهر. هذا عرض وليس فاتورة.
guide-rakning-nopay = الإعلان ليس فيه رقم OCR ولا بانكجيرو. لا تدفع. ارمه أو أره لمرشدك.
guide-rakning-einvoice = الفاتورة الإلكترونية تأتي مباشرة إلى البنك. توافق عليها في التطبيق.
guide-rakning-autogiro = الأوتوجيرو يعني أن البنك يدفع وحده كل شهر. عندها لا تدفع مرة ثانية.
guide-rakning-unsure = لست متأكدًا؟ اسأل مرشدك. لا تدفع أبدًا رسالة لا تعرفها.

## App labels read aloud: the home tiles (the client shows and speaks these)
app-home-checklists = قوائمي
app-home-bus = الحافلة
app-home-bills = الفواتير
app-home-stations = محطات العمل
app-home-goals = أهدافي

## App labels read aloud: each language's name (the chooser plays a language's
## name in that language, before any choice)
app-language-ar = العربية
app-language-fa = الفارسية
app-language-so = الصومالية
app-language-ti = التغرينية
app-language-sv = السويدية

## App labels read aloud: what the app and the station pages say about their state
app-say-choose-language = اختر اللغة
app-say-choose-station = اختر محطتك
app-say-done = أحسنت! لقد أنجزت كل الخطوات.
app-say-saved = محفوظ في الهاتف – سيُرسل لاحقًا
app-say-revoked = هذه البطاقة لم تعد تعمل. اطلب من مرشدك بطاقة جديدة.
app-say-signin = امسح رمز QR على البطاقة التي أعطاك إياها مرشدك.
app-say-no-connection = لا يوجد اتصال بالخادم بعد. حاول مرة أخرى عند توفر الإنترنت.
app-say-not-found = هذه الصفحة غير موجودة.
app-say-station-unknown = لا توجد محطة بهذا الرمز. امسح الرمز عند المحطة مرة أخرى، أو اسأل مدربك.
app-say-server-error = حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل.
app-say-bad-request = العنوان غير صحيح. امسح الرمز مرة أخرى.
app-say-no-goals = لا توجد أهداف بعد. ضع خطة مع مدربك.
