### DRAFT machine-assisted translation — needs review by a native speaker
### Language support (/app/coach/language): review, correct and record read-aloud texts.
### The coach area shows Swedish or English today; every id is here for when it shows more.


## The page
ls-title = پشتیبانی زبان
ls-nav = پشتیبانی زبان
ls-intro = یک زبان را انتخاب کنید و متن‌هایش را مرور کنید: متن را اصلاح کنید، آن را بازبینی‌شده علامت بزنید و صدایش را ضبط کنید.

## Coverage
ls-cov-title = صدا برای هر زبان
ls-cov-loading = در حال بارگیری پوشش …
ls-cov-source-text = متن مبدأ
# Variables:
#   $draft (Number) - texts not yet reviewed
#   $reviewed (Number) - reviewed texts
ls-cov-review = { $draft } پیش‌نویس، { $reviewed } بازبینی‌شده
# Variables:
#   $human (Number) - texts whose audio is a human recording
#   $gtts (Number) - texts read by gTTS
#   $espeak (Number) - texts read by espeak-ng
#   $none (Number) - texts without audio
#   $stale (Number) - texts whose audio was made for an earlier wording
ls-cov-line = ضبط‌شده { $human } · gTTS { $gtts } · espeak { $espeak } · بدون صدا { $none } · قدیمی { $stale }
# Variables:
#   $done (Number) - texts with audio
#   $total (Number) - texts read aloud
#   $percent (Number) - share with audio
ls-cov-with-audio = { $done } از { $total } با صدا ({ $percent } %)

## Where the text is
# Variables:
#   $item (String) - the checklist, guide or station
#   $n (Number) - step number
ls-where-step = { $item } · مرحله { $n }
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-title = { $item } · عنوان
ls-where-label = { $item } · برنامه · کاشی صفحهٔ اصلی
# Variables:
#   $item (String) - the checklist, guide or station
ls-where-summary = { $item } · خلاصه

## Status
ls-status-source = متن مبدأ
ls-status-draft = پیش‌نویس
ls-status-reviewed = بازبینی‌شده
ls-audio-human = ضبط‌شده
ls-audio-gtts = gTTS
ls-audio-espeak = espeak
ls-audio-stale = صدای قدیمی
ls-audio-none = هنوز صدا ندارد
ls-audio-lower-quality = کیفیت پایین‌تر
# Variables:
#   $source (String) - where the audio comes from
#   $who (String) - who made it
#   $when (String) - date
#   $seconds (Number) - length
ls-audio-made = صدای فعلی: { $source }، { $who }، { $when }، { $seconds } ثانیه
# Variables:
#   $who (String) - who marked it reviewed
#   $when (String) - date
ls-reviewed-by = بازبینی توسط { $who }، { $when }
ls-stale-help = برای متن قبلی صدا وجود دارد که دیگر پخش نمی‌شود: دوباره ضبط کنید.

## Buttons
ls-play = پخش
# Variables:
#   $where (String) - where the text is
ls-play-label = پخش { $where }
ls-open = روی این متن کار کنید
ls-close = بستن
# Issue 10: a text this account may not change.
ls-read-only = این متن را می‌توانید بخوانید اما تغییر نمی‌دهید: از کتابخانهٔ مشترک است یا نقش پشتیبانی زبانی ندارید.
# Variables:
#   $text (String) - the Swedish text
ls-open-label = کار روی: { $text }
ls-edit-label = متن به این زبان
ls-save = ذخیره اصلاح
ls-mark-reviewed = علامت بازبینی‌شده
ls-mark-draft = بازگشت به پیش‌نویس
ls-record = ضبط
ls-record-stop = توقف و ذخیره
ls-upload = بارگذاری فایل صوتی
ls-withdraw = پس گرفتن ضبط
ls-recording-now = در حال ضبط … اکنون صحبت کنید و سپس «توقف و ذخیره» را بزنید.

## Filters
ls-filter-all = همه
ls-filter-draft = فقط پیش‌نویس‌ها
ls-filter-no_audio = فقط بدون صدا
ls-filter-stale = صدای قدیمی
# Variables:
#   $count (Number) - texts shown
ls-count = { $count ->
    [one] { $count } متن
   *[other] { $count } متن
}
ls-empty = اینجا متنی نیست.
# Variables:
#   $count (Number) - texts not shown yet
ls-more = نمایش بیشتر ({ $count } باقی‌مانده)

## Messages
ls-saved = اصلاح ذخیره شد. صدای متن قبلی دیگر پخش نمی‌شود.
ls-unchanged = متن تغییری نکرده است.
ls-marked-reviewed = بازبینی‌شده علامت خورد.
ls-marked-draft = به پیش‌نویس بازگشت.
# Variables:
#   $seconds (Number) - length of the recording
ls-recording-saved = ضبط ذخیره شد ({ $seconds } ثانیه) و اکنون در صفحه ایستگاه پخش می‌شود.
ls-withdrawn = ضبط پس گرفته شد.
ls-error-session = ورود شما منقضی شده است. دوباره وارد شوید.
ls-error-offline = ارتباط با سرور برقرار نیست. کمی بعد دوباره تلاش کنید.
ls-error-conflict = شخص دیگری هنگام کار شما متن را تغییر داد. این متن جدید است: تغییر خود را دوباره انجام دهید.
ls-error-not-found = این متن دیگر وجود ندارد.
# Variables:
#   $detail (String) - the server's reason
ls-error-refused = سرور نپذیرفت: { $detail }
ls-error-empty = متن نباید خالی باشد.
ls-error-no-sound = صدایی دریافت نشد. میکروفون را بررسی کنید و دوباره تلاش کنید.
ls-error-microphone = میکروفون روشن نشد. در مرورگر اجازه میکروفون را بدهید و دوباره تلاش کنید.

## Computer voices (issue 13): staff approve or reject computer-voice audio
ls-audio-espeak152 = صدای رایانه‌ای (espeak-ng 1.52)
# Variables:
#   $espeak152 (Number) - texts heard in a computer voice of espeak-ng 1.52
#   $waiting (Number) - computer audio made but not heard until approved
#   $approved (Number) - computer audio approved by staff
#   $rejected (Number) - computer audio rejected by staff
ls-cov-computer = صدای رایانه‌ای { $espeak152 } · در انتظار تأیید { $waiting } · تأییدشده { $approved } · ردشده { $rejected }
ls-computer-waiting = صدای رایانه‌ای: تا تأیید نشود پخش نمی‌شود
ls-computer-approved = صدای رایانه‌ای: تأیید شد
ls-computer-rejected = صدای رایانه‌ای: رد شد
ls-computer-unapproved = صدای رایانه‌ای: بررسی نشده
ls-computer-help = یک صدای رایانه‌ای این متن را می‌خواند. گوش کنید: اگر درست است تأیید کنید، اگر نادرست است رد کنید (سپس متن را ضبط کنید).
ls-computer-listen = گوش دادن به صدای رایانه‌ای
ls-computer-approve = تأیید: شرکت‌کنندگان آن را می‌شنوند
ls-computer-reject = رد: منتظر ضبط بمانید
ls-computer-undo = لغو تصمیم
ls-computer-approved-msg = تأیید شد. شرکت‌کنندگان اکنون این صدا را می‌شنوند.
ls-computer-rejected-msg = رد شد. متن منتظر ضبط است.
ls-computer-undone = تصمیم لغو شد.
ls-filter-computer = صدای رایانه‌ای برای بررسی
