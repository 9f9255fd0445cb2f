### DRAFT machine-assisted translation — needs review by a native speaker
### Language support (/app/coach/language): review, correct and record read-aloud texts.
### The coach area shows Swedish or English today; every id is here for when it shows more.


## The page
ls-title = دعم اللغة
ls-nav = دعم اللغة
ls-intro = اختر لغة وراجع نصوصها: صحّح الصياغة، وضع علامة «تمت المراجعة»، وسجّل كيف تُقرأ.

## Coverage
ls-cov-title = الصوت لكل لغة
ls-cov-loading = جارٍ تحميل التغطية …
ls-cov-source-text = النص المصدر
# Variables:
#   $draft (Number) - texts not yet reviewed
#   $reviewed (Number) - reviewed texts
ls-cov-review = { $draft } مسودة، { $reviewed } تمت مراجعتها
# Variables:
#   $human (Number) - texts whose audio is a human recording
#   $gtts (Number) - texts read by gTTS
#   $espeak (Number) - texts read by espeak-ng
#   $none (Number) - texts without audio
#   $stale (Number) - texts whose audio was made for an earlier wording
ls-cov-line = مسجّل { $human } · gTTS { $gtts } · espeak { $espeak } · بلا صوت { $none } · قديم { $stale }
# Variables:
#   $done (Number) - texts with audio
#   $total (Number) - texts read aloud
#   $percent (Number) - share with audio
ls-cov-with-audio = { $done } من { $total } لها صوت ({ $percent } %)

## Where the text is
# Variables:
#   $item (String) - the checklist, guide or station
#   $n (Number) - step number
ls-where-step = { $item } · الخطوة { $n }
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-title = { $item } · العنوان
ls-where-label = { $item } · التطبيق · مربع في الشاشة الرئيسية
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-summary = { $item } · الملخص

## Status
ls-status-source = النص المصدر
ls-status-draft = مسودة
ls-status-reviewed = تمت المراجعة
ls-audio-human = تسجيل بشري
ls-audio-gtts = gTTS
ls-audio-espeak = espeak
ls-audio-stale = صوت قديم
ls-audio-none = لا يوجد صوت بعد
ls-audio-lower-quality = جودة أقل
# Variables:
#   $source (String) - where the audio comes from
#   $who (String) - who made it
#   $when (String) - date
#   $seconds (Number) - length
ls-audio-made = الصوت الحالي: { $source }، { $who }، { $when }، { $seconds } ث
# Variables:
#   $who (String) - who marked it reviewed
#   $when (String) - date
ls-reviewed-by = راجعه { $who }، { $when }
ls-stale-help = يوجد صوت لصياغة سابقة ولم يعد يُشغّل: سجّل من جديد.

## Buttons
ls-play = تشغيل
# Variables:
#   $where (String) - where the text is
ls-play-label = تشغيل { $where }
ls-open = اعمل على النص
ls-close = إغلاق
# Issue 10: a text this account may not change.
ls-read-only = يمكنك قراءة هذا النص دون تغييره: فهو من المكتبة المشتركة أو ليس لديك دور الدعم اللغوي.
# Variables:
#   $text (String) - the Swedish text
ls-open-label = اعمل على: { $text }
ls-edit-label = النص بهذه اللغة
ls-save = احفظ التصحيح
ls-mark-reviewed = ضع علامة «تمت المراجعة»
ls-mark-draft = أعده إلى مسودة
ls-record = سجّل
ls-record-stop = أوقف واحفظ
ls-upload = ارفع ملفًا صوتيًا
ls-withdraw = اسحب التسجيل
ls-recording-now = جارٍ التسجيل … تكلّم الآن ثم اضغط «أوقف واحفظ».

## Filters
ls-filter-all = الكل
ls-filter-draft = المسودات فقط
ls-filter-no_audio = بلا صوت فقط
ls-filter-stale = صوت قديم
# Variables:
#   $count (Number) - texts shown
ls-count = { $count ->
    [one] نص واحد
   *[other] { $count } نصوص
}
ls-empty = لا توجد نصوص هنا.
# Variables:
#   $count (Number) - texts not shown yet
ls-more = اعرض المزيد (بقي { $count })

## Messages
ls-saved = تم حفظ التصحيح. الصوت المسجّل للصياغة القديمة لم يعد يُشغّل.
ls-unchanged = لم يتغير النص.
ls-marked-reviewed = تم وضع علامة «تمت المراجعة».
ls-marked-draft = أُعيد إلى مسودة.
# Variables:
#   $seconds (Number) - length of the recording
ls-recording-saved = تم حفظ التسجيل ({ $seconds } ث) وهو يُشغّل الآن في صفحة المحطة.
ls-withdrawn = تم سحب التسجيل.
ls-error-session = انتهت صلاحية تسجيل دخولك. سجّل الدخول من جديد.
ls-error-offline = لا يوجد اتصال بالخادم. حاول مرة أخرى بعد قليل.
ls-error-conflict = غيّر شخص آخر النص أثناء عملك. هذا هو النص الجديد: أعد تعديلك.
ls-error-not-found = النص لم يعد موجودًا.
# Variables:
#   $detail (String) - the server's reason
ls-error-refused = رفض الخادم: { $detail }
ls-error-empty = يجب ألا يكون النص فارغًا.
ls-error-no-sound = لم يصل أي صوت. افحص الميكروفون وحاول مرة أخرى.
ls-error-microphone = تعذّر تشغيل الميكروفون. اسمح بالميكروفون في المتصفح وحاول مرة أخرى.

## Computer voices (issue 13): staff approve or reject computer-voice audio
ls-audio-espeak152 = صوت حاسوبي (espeak-ng 1.52)
# Variables:
#   $espeak152 (Number) - texts heard in a computer voice of espeak-ng 1.52
#   $waiting (Number) - computer audio made but not heard until approved
#   $approved (Number) - computer audio approved by staff
#   $rejected (Number) - computer audio rejected by staff
ls-cov-computer = صوت حاسوبي { $espeak152 } · بانتظار الموافقة { $waiting } · موافق عليه { $approved } · مرفوض { $rejected }
ls-computer-waiting = صوت حاسوبي: لا يُسمع قبل الموافقة
ls-computer-approved = صوت حاسوبي: موافق عليه
ls-computer-rejected = صوت حاسوبي: مرفوض
ls-computer-unapproved = صوت حاسوبي: لم يُراجع
ls-computer-help = صوت حاسوبي يقرأ هذا النص. استمع: وافق عليه إذا كان صحيحًا، وارفضه إذا كان خاطئًا (ثم سجّل النص).
ls-computer-listen = استمع إلى الصوت الحاسوبي
ls-computer-approve = موافقة: يسمعه المشاركون
ls-computer-reject = رفض: انتظار تسجيل
ls-computer-undo = التراجع عن القرار
ls-computer-approved-msg = تمت الموافقة. يسمع المشاركون هذا الصوت الآن.
ls-computer-rejected-msg = تم الرفض. النص ينتظر تسجيلًا.
ls-computer-undone = تم التراجع عن القرار.
ls-filter-computer = صوت حاسوبي للمراجعة
