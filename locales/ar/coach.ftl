### DRAFT machine-assisted translation — needs review by a native speaker
### The coach's side of Stegvis (Flet client, /app/coach) and the participant's own goal plan.
### Holds every id of locales/sv/coach.ftl (the Swedish source).

-brand-name = Stegvis

## Shared
coach-brand = { -brand-name } · المدرب
coach-nav-participants = المشاركون
coach-nav-report = التقرير
coach-nav-language = الدعم اللغوي
coach-nav-authoring = المحطات
coach-nav-worklist = قائمة العمل
coach-sign-out = تسجيل الخروج
coach-sign-out-everywhere = تسجيل الخروج من كل الأجهزة
coach-signed-out = لقد سجّلت الخروج.
coach-signed-out-everywhere = لقد سجّلت الخروج من كل الأجهزة.
coach-close = إغلاق
coach-cancel = إلغاء
coach-add = إضافة
coach-date = التاريخ (YYYY-MM-DD)
coach-never = أبدًا
coach-none-yet = لا شيء بعد.
coach-lang-unknown = لغة غير معروفة
coach-refresh = تحديث
# Variables:
#   $done (Number) - done
#   $total (Number) - total
coach-steps-of = { $done } من { $total }

## Sign-in
coach-signin-title = تسجيل الدخول كمدرب
coach-signin-intro = للمدربين والمربّين في وحدة سوق العمل.
coach-email = البريد الإلكتروني
coach-password = كلمة المرور
coach-signin-button = تسجيل الدخول

## Errors and notices
coach-error-wrong-login = البريد الإلكتروني أو كلمة المرور غير صحيحة. حاول مرة أخرى.
# Variables:
#   $minutes (Number) - minutes until the next try
coach-error-rate-limited = محاولات فاشلة كثيرة جدًا. انتظر { $minutes ->
        [zero] لحظة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } ثم حاول مرة أخرى.
coach-error-session-expired = انتهت صلاحية تسجيل دخولك. سجّل الدخول مرة أخرى.
coach-error-offline = الخادم لا يستجيب الآن. حاول مرة أخرى بعد قليل.
coach-error-not-found = المشارك غير موجود (أو ينتمي إلى منظمة أخرى).
coach-error-deactivated = المشارك معطّل. فعّله أولًا.
# Variables:
#   $detail (String) - the server's explanation
coach-error-refused = لم تنجح العملية: { $detail }
coach-error-fill-in = أدخل البريد الإلكتروني وكلمة المرور.
coach-error-name-needed = اكتب اسمًا أو لقبًا.
coach-error-exit-reason = اختر سبب الخروج.
coach-error-date = اكتب التاريخ بالشكل YYYY-MM-DD.
coach-error-period = تاريخ البداية بعد تاريخ النهاية.
coach-error-goal-title = اكتب ما هو الهدف.
coach-error-no-ratings = اختر تقييمًا واحدًا على الأقل.
coach-error-rating-range = التقييمات من 1 إلى 10.
# Variables:
#   $name (String) - the participant's name
coach-enrolled = تم تسجيل { $name }. اطبع بطاقة الدخول.
coach-card-ready = البطاقة جاهزة. البطاقة السابقة لم تعد تعمل.
coach-deactivated = المشارك معطّل وتم تسجيل خروجه من أجهزته.
coach-exit-recorded = تم تسجيل الخروج من البرنامج.
coach-rating-saved = تم حفظ التقييم.
coach-exported = تم تنزيل بيانات المشارك.
coach-erased = تم حذف بيانات المشارك.

## Participant list
coach-participants-title = المشاركون
coach-search = البحث بالاسم
coach-show-active = النشطون
coach-show-exited = المنتهون
coach-show-all = الكل
coach-enrol = تسجيل مشارك
# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - rows matching
coach-list-count = عرض { $shown } من { $total }
coach-list-empty = لا يوجد مشاركون مطابقون.
coach-col-last-activity = آخر نشاط
coach-col-checklists = قوائم التحقق
coach-col-stations = المحطات
coach-col-progress = التقدّم
# Variables:
#   $done (Number) - checklists done
#   $started (Number) - checklists started
coach-done-of-started = { $done } مكتملة من { $started }
coach-status-active = نشط
coach-status-inactive = غير نشط
# Variables:
#   $reason (String) - the exit reason
coach-status-exited = منتهٍ: { $reason }

## Exit reasons (ESF)
coach-exit-work = عمل
coach-exit-studies = دراسة
coach-exit-work_practice = تدريب عملي
coach-exit-seeking_work = باحث عن عمل
coach-exit-other = أخرى

## Gender (for ESF follow-up only)
coach-gender-unspecified = غير محدد
coach-gender-woman = امرأة
coach-gender-man = رجل
coach-gender-non_binary = غير ثنائي

## Enrol
coach-enrol-title = تسجيل مشارك
coach-enrol-privacy = احفظ فقط ما يحتاجه العمل: اسم أو لقب ولغة. لا أرقام هوية شخصية، ولا بيانات صحية.
coach-field-name = الاسم أو اللقب
coach-field-language = اللغة
coach-field-coach = المدرب
coach-field-coach-me = أنا
coach-field-gender = الجنس
coach-field-gender-why = يُسأل عنه فقط لأجل تقرير ESF؛ "غير محدد" مقبول.
coach-enrol-submit = تسجيل

## Participant page
coach-participant-loading = جارٍ تحميل بيانات المشارك …
# Variables:
#   $date (String) - date
coach-enrolled-on = مسجّل منذ { $date }
coach-last-activity = آخر نشاط { $date }
coach-print-card = طباعة بطاقة الدخول
coach-card-note = البطاقة الجديدة توقف البطاقة السابقة عن العمل فورًا.
coach-card-inactive = المشارك معطّل: لا يمكن طباعة بطاقة.
coach-renew-card = تمديد البطاقة
coach-card-valid-until = البطاقة صالحة حتى { $until }.
coach-card-expired = توقفت البطاقة عن العمل في { $until }. مدّدها أو اطبع بطاقة جديدة.
coach-card-none = لا توجد بطاقة صالحة: اطبع واحدة.
coach-card-renewed = البطاقة صالحة الآن حتى { $until }.
coach-record-exit = تسجيل الخروج من البرنامج
coach-record-exit-save = حفظ الخروج
coach-exit-reason = سبب الخروج
coach-deactivate = تعطيل
coach-export = تصدير البيانات
coach-erase = حذف البيانات
# Variables:
#   $name (String) - the participant's name
coach-erase-confirm = حذف كل البيانات عن { $name }؟
coach-erase-what = تُحذف الأحداث وخطة الأهداف والتقييمات ولا يمكن استعادتها. تبقى الأعداد في التقارير السابقة كمجاميع.
coach-erase-yes = نعم، احذف

coach-activity-title = النشاط عبر الزمن
coach-activity-help = الأحداث في كل أسبوع (وضع علامة، فتح، استماع). مرّر المؤشر فوق عمود لرؤية التفاصيل.
coach-no-activity = لا يوجد نشاط بعد.
# Variables:
#   $week (String) - first day of the week
#   $events (Number) - events
#   $ticks (Number) - ticks
#   $listened (String) - listening time
coach-week-tip = الأسبوع من { $week }: { $events } أحداث، { $ticks } علامات، { $listened } استماع

coach-checklists-title = قوائم التحقق
# Variables:
#   $done (Number) - done
#   $going (Number) - under way
#   $catalog (Number) - checklists in the catalog
coach-checklists-summary = { $done } مكتملة، { $going } قيد التنفيذ، من أصل { $catalog } قوائم تحقق
coach-checklists-done = مكتملة
coach-checklists-going = قيد التنفيذ
# Variables:
#   $date (String) - last done
#   $times (Number) - times done
coach-checklist-done-on = اكتملت { $date } ({ $times ->
        [zero] ولا مرة
        [one] مرة واحدة
        [two] مرتان
        [few] { $times } مرات
        [many] { $times } مرة
       *[other] { $times } مرة
    })
# Variables:
#   $date (String) - started
#   $last (String) - last active
coach-checklist-started-on = بدأت { $date }، آخر نشاط { $last }

coach-stations-title = محطات العمل
coach-stations-help = لكل محطة: كم مرة فتحها المشارك، وكم مرة شُغّلت كل خطوة، وبأي لغة. التشغيل المتكرر للخطوة نفسها بكل اللغات يشير إلى صعوبة المهمة؛ والتكرار بالسويدية فقط يشير إلى صعوبة اللغة.
# Variables:
#   $opens (Number) - opens
#   $plays (Number) - plays
#   $listened (String) - listening time
#   $per_open (Number) - plays per open
#   $last (String) - last
coach-station-numbers = فُتحت { $opens } مرة · { $plays } تشغيل ({ $per_open } لكل فتح) · استماع { $listened } · آخر مرة { $last }
coach-listening-by-language = وقت الاستماع حسب اللغة
coach-plays-by-step = مرات التشغيل حسب الخطوة واللغة
coach-step = الخطوة
coach-plays = المجموع
# Variables:
#   $step (String) - the step
coach-hint-task = الخطوة "{ $step }" تُعاد أكثر من غيرها بكل اللغات: على الأرجح المهمة هي الصعبة، لا اللغة.
coach-hint-step = الأكثر تشغيلًا: "{ $step }". قارن اللغات أعلاه.
coach-hint-none = لا توجد مرات تشغيل بعد.

coach-goals-title = خطة الأهداف (خطة التنفيذ)
coach-goals-help = أهداف مع أهداف فرعية تضعونها معًا. يضع المشارك علامة على الأهداف الفرعية في تطبيقه؛ وهنا ترى متى.
coach-no-goals = لا توجد أهداف بعد.
coach-done-by-participant = المشارك
# Variables:
#   $name (String) - the coach's name
coach-done-by-coach = المدرب { $name }
# Variables:
#   $date (String) - date
#   $who (String) - who ticked it
coach-subgoal-done = اكتمل { $date } بواسطة { $who }
coach-new-subgoal = هدف فرعي جديد
coach-new-goal = هدف جديد
coach-goal-title = الهدف
coach-goal-subgoals = الأهداف الفرعية (واحد في كل سطر)
coach-add-goal = إضافة هدف

coach-scales-title = التقدّم خطوة بخطوة
coach-scales-help = تقييمات من 1 إلى 10 تقومون بها معًا على فترات منتظمة. الرقم على اليمين هو التغيّر منذ التقييم الأول.
coach-no-ratings = لا توجد تقييمات بعد.
coach-rate-title = تقييم جديد
coach-rate-save = حفظ التقييم
coach-scale-everyday_autonomy = الاعتماد على النفس في الحياة اليومية
coach-scale-swedish = اللغة السويدية
coach-scale-health_self_rated = الصحة (حسب شعور المشارك)
coach-scale-work_skills = القدرة على العمل
coach-scale-social_contacts = العلاقات الاجتماعية
coach-scale-job_search = البحث عن عمل

## Report
coach-report-title = تقرير المنظمة
coach-from = من
coach-to = إلى
coach-report-show = عرض
coach-report-csv = تنزيل CSV
coach-report-small-counts = تظهر على الشاشة الأعداد الدقيقة (لمنظمتكم فقط). في ملف CSV تظهر الأعداد الأقل من 5 بالشكل "<5".
# Variables:
#   $org (String) - the organisation
#   $start (String) - from
#   $end (String) - to
coach-report-period = { $org }، { $start } – { $end }
# Variables:
#   $total (Number) - count
coach-report-participants = المشاركون حسب الجنس ({ $total })
coach-report-exits = حالات الخروج حسب السبب ({ $total })
coach-report-checklists = قوائم التحقق المكتملة ({ $total })
coach-report-stations = المحطات حسب اللغة
coach-report-stations-help = مرات فتح محطات العمل حسب اللغة خلال الفترة.
coach-checklist = قائمة التحقق
coach-station = المحطة
coach-language = اللغة
coach-opens = مرات الفتح
coach-count = العدد

## The participant's own goal plan (in their app)
mygoals-title = أهدافي
mygoals-none = لا توجد أهداف بعد. ضع خطة مع مدربك.
mygoals-offline = لا يوجد اتصال بالخادم. حاول مرة أخرى لاحقًا.
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } من { $total }

## Goal plan: a goal heard in the coach's own voice (else a computer voice)
coach-goal-record = سجّل الهدف بصوتك
coach-goal-stop = أوقف واحفظ
coach-goal-recorded = يُسمع الهدف الآن بصوتك.
coach-goal-listen = استمع
coach-goal-voice-human = صوتك
coach-goal-voice-computer = صوت حاسوب
coach-goal-no-sound = لم يُسجّل أي صوت. حاول مرة أخرى.
coach-goal-microphone = لا يمكن استخدام الميكروفون. اسمح به في المتصفح.
