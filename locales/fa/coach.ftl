### DRAFT machine-assisted translation — needs review by a native speaker
### The coach's side of Stegvis (Flet client, /app/coach) and the participant's own goal plan.
### Holds every id of locales/sv/coach.ftl (the Swedish source).

-brand-name = Stegvis

## Shared
coach-brand = { -brand-name } · مربی
coach-nav-participants = شرکت‌کنندگان
coach-nav-report = گزارش
coach-nav-language = پشتیبانی زبانی
coach-nav-authoring = ایستگاه‌ها
coach-nav-worklist = فهرست کار
coach-sign-out = خروج
coach-sign-out-everywhere = خروج از همه دستگاه‌ها
coach-signed-out = شما خارج شدید.
coach-signed-out-everywhere = شما از همه دستگاه‌ها خارج شدید.
coach-close = بستن
coach-cancel = لغو
coach-add = افزودن
coach-date = تاریخ (YYYY-MM-DD)
coach-never = هرگز
coach-none-yet = هنوز چیزی نیست.
coach-lang-unknown = زبان ناشناخته
coach-refresh = به‌روزرسانی
# Variables:
#   $done (Number) - done
#   $total (Number) - total
coach-steps-of = { $done } از { $total }

## Sign-in
coach-signin-title = ورود به‌عنوان مربی
coach-signin-intro = برای مربیان و آموزگاران واحد بازار کار.
coach-email = ایمیل
coach-password = رمز عبور
coach-signin-button = ورود

## Errors and notices
coach-error-wrong-login = ایمیل یا رمز عبور اشتباه است. دوباره امتحان کنید.
# Variables:
#   $minutes (Number) - minutes until the next try
coach-error-rate-limited = تلاش‌های ناموفق بیش از حد. { $minutes ->
        [one] یک دقیقه
       *[other] { $minutes } دقیقه
    } صبر کنید و دوباره امتحان کنید.
coach-error-session-expired = ورود شما منقضی شده است. دوباره وارد شوید.
coach-error-offline = سرور الان پاسخ نمی‌دهد. کمی بعد دوباره امتحان کنید.
coach-error-not-found = این شرکت‌کننده وجود ندارد (یا به سازمان دیگری تعلق دارد).
coach-error-deactivated = شرکت‌کننده غیرفعال است. اول او را فعال کنید.
# Variables:
#   $detail (String) - the server's explanation
coach-error-refused = انجام نشد: { $detail }
coach-error-fill-in = ایمیل و رمز عبور را وارد کنید.
coach-error-name-needed = یک نام یا نام مستعار بنویسید.
coach-error-exit-reason = دلیل پایان را انتخاب کنید.
coach-error-date = تاریخ را به شکل YYYY-MM-DD بنویسید.
coach-error-period = تاریخ شروع بعد از تاریخ پایان است.
coach-error-goal-title = بنویسید هدف چیست.
coach-error-no-ratings = دست‌کم یک ارزیابی انتخاب کنید.
coach-error-rating-range = ارزیابی‌ها از ۱ تا ۱۰ هستند.
# Variables:
#   $name (String) - the participant's name
coach-enrolled = { $name } ثبت‌نام شد. کارت ورود را چاپ کنید.
coach-card-ready = کارت آماده است. کارت قبلی دیگر کار نمی‌کند.
coach-deactivated = شرکت‌کننده غیرفعال شد و از دستگاه‌هایش خارج شد.
coach-exit-recorded = پایان برنامه ثبت شد.
coach-rating-saved = ارزیابی ذخیره شد.
coach-exported = داده‌های شرکت‌کننده دانلود شد.
coach-erased = داده‌های شرکت‌کننده پاک شد.

## Participant list
coach-participants-title = شرکت‌کنندگان
coach-search = جست‌وجوی نام
coach-show-active = فعال
coach-show-exited = پایان‌یافته
coach-show-all = همه
coach-enrol = ثبت‌نام شرکت‌کننده
# Variables:
#   $shown (Number) - rows shown
#   $total (Number) - rows matching
coach-list-count = نمایش { $shown } از { $total }
coach-list-empty = هیچ شرکت‌کننده‌ای پیدا نشد.
coach-col-last-activity = آخرین فعالیت
coach-col-checklists = چک‌لیست‌ها
coach-col-stations = ایستگاه‌ها
coach-col-progress = پیشرفت
# Variables:
#   $done (Number) - checklists done
#   $started (Number) - checklists started
coach-done-of-started = { $done } انجام‌شده از { $started }
coach-status-active = فعال
coach-status-inactive = غیرفعال
# Variables:
#   $reason (String) - the exit reason
coach-status-exited = پایان‌یافته: { $reason }

## Exit reasons (ESF)
coach-exit-work = کار
coach-exit-studies = تحصیل
coach-exit-work_practice = کارآموزی
coach-exit-seeking_work = جویای کار
coach-exit-other = دیگر

## Gender (for ESF follow-up only)
coach-gender-unspecified = مشخص نشده
coach-gender-woman = زن
coach-gender-man = مرد
coach-gender-non_binary = غیردودویی

## Enrol
coach-enrol-title = ثبت‌نام شرکت‌کننده
coach-enrol-privacy = فقط آنچه کار لازم دارد را ذخیره کنید: یک نام یا نام مستعار و زبان. بدون شماره شخصی، بدون اطلاعات سلامتی.
coach-field-name = نام یا نام مستعار
coach-field-language = زبان
coach-field-coach = مربی
coach-field-coach-me = من
coach-field-gender = جنسیت
coach-field-gender-why = فقط برای گزارش ESF پرسیده می‌شود؛ «مشخص نشده» هم اشکالی ندارد.
coach-enrol-submit = ثبت‌نام

## Participant page
coach-participant-loading = در حال بارگیری شرکت‌کننده …
# Variables:
#   $date (String) - date
coach-enrolled-on = ثبت‌نام در { $date }
coach-last-activity = آخرین فعالیت { $date }
coach-print-card = چاپ کارت ورود
coach-card-note = کارت جدید باعث می‌شود کارت قبلی فوراً از کار بیفتد.
coach-card-inactive = شرکت‌کننده غیرفعال است: هیچ کارتی چاپ نمی‌شود.
coach-renew-card = تمدید کارت
coach-card-valid-until = کارت تا { $until } کار می‌کند.
coach-card-expired = کارت از { $until } دیگر کار نمی‌کند. آن را تمدید کنید یا کارت جدیدی چاپ کنید.
coach-card-none = کارتی که کار کند وجود ندارد: یکی چاپ کنید.
coach-card-renewed = کارت اکنون تا { $until } کار می‌کند.
coach-record-exit = ثبت پایان برنامه
coach-record-exit-save = ذخیرهٔ پایان
coach-exit-reason = دلیل پایان
coach-deactivate = غیرفعال کردن
coach-export = خروجی گرفتن از داده‌ها
coach-erase = پاک کردن داده‌ها
# Variables:
#   $name (String) - the participant's name
coach-erase-confirm = همهٔ داده‌های { $name } پاک شود؟
coach-erase-what = رویدادها، برنامهٔ هدف‌ها و ارزیابی‌ها پاک می‌شوند و قابل بازگرداندن نیستند. شمارش‌ها در گزارش‌های قبلی به‌صورت مجموع باقی می‌مانند.
coach-erase-yes = بله، پاک شود

coach-activity-title = فعالیت در طول زمان
coach-activity-help = رویدادها در هر هفته (تیک زدن، باز کردن، گوش دادن). برای جزئیات، نشانگر را روی یک ستون نگه دارید.
coach-no-activity = هنوز فعالیتی نیست.
# Variables:
#   $week (String) - first day of the week
#   $events (Number) - events
#   $ticks (Number) - ticks
#   $listened (String) - listening time
coach-week-tip = هفتهٔ از { $week }: { $events } رویداد، { $ticks } تیک، { $listened } گوش داده شده

coach-checklists-title = چک‌لیست‌ها
# Variables:
#   $done (Number) - done
#   $going (Number) - under way
#   $catalog (Number) - checklists in the catalog
coach-checklists-summary = { $done } انجام‌شده، { $going } در جریان، از { $catalog } چک‌لیست
coach-checklists-done = انجام‌شده
coach-checklists-going = در جریان
# Variables:
#   $date (String) - last done
#   $times (Number) - times done
coach-checklist-done-on = انجام‌شده در { $date } ({ $times ->
        [one] یک بار
       *[other] { $times } بار
    })
# Variables:
#   $date (String) - started
#   $last (String) - last active
coach-checklist-started-on = شروع در { $date }، آخرین بار { $last }

coach-stations-title = ایستگاه‌های کار
coach-stations-help = برای هر ایستگاه: شرکت‌کننده چند بار آن را باز کرده، هر مرحله چند بار پخش شده و به چه زبانی. پخش مکرر یک مرحله به همهٔ زبان‌ها نشان می‌دهد که خود کار دشوار است؛ پخش مکرر فقط به سوئدی نشان می‌دهد که زبان دشوار است.
# Variables:
#   $opens (Number) - opens
#   $plays (Number) - plays
#   $listened (String) - listening time
#   $per_open (Number) - plays per open
#   $last (String) - last
coach-station-numbers = { $opens } بار باز شده · { $plays } پخش ({ $per_open } در هر بار باز شدن) · { $listened } گوش داده شده · آخرین بار { $last }
coach-listening-by-language = زمان گوش دادن به تفکیک زبان
coach-plays-by-step = پخش‌ها به تفکیک مرحله و زبان
coach-step = مرحله
coach-plays = مجموع
# Variables:
#   $step (String) - the step
coach-hint-task = مرحلهٔ «{ $step }» به همهٔ زبان‌ها بیش از همه دوباره پخش شده است: احتمالاً خود کار دشوار است، نه زبان.
coach-hint-step = بیشترین پخش: «{ $step }». زبان‌های بالا را مقایسه کنید.
coach-hint-none = هنوز پخشی نیست.

coach-goals-title = برنامهٔ هدف‌ها (برنامهٔ اجرایی)
coach-goals-help = هدف‌ها با زیرهدف‌هایی که با هم تعیین می‌کنید. شرکت‌کننده زیرهدف‌ها را در برنامهٔ خود تیک می‌زند؛ اینجا می‌بینید کی.
coach-no-goals = هنوز هدفی نیست.
coach-done-by-participant = شرکت‌کننده
# Variables:
#   $name (String) - the coach's name
coach-done-by-coach = مربی { $name }
# Variables:
#   $date (String) - date
#   $who (String) - who ticked it
coach-subgoal-done = انجام‌شده در { $date } توسط { $who }
coach-new-subgoal = زیرهدف جدید
coach-new-goal = هدف جدید
coach-goal-title = هدف
coach-goal-subgoals = زیرهدف‌ها (هر کدام در یک خط)
coach-add-goal = افزودن هدف

coach-scales-title = پیشرفت گام‌به‌گام
coach-scales-help = ارزیابی‌های ۱ تا ۱۰ که در فاصله‌های منظم با هم انجام می‌دهید. عدد سمت راست تغییر از اولین ارزیابی است.
coach-no-ratings = هنوز ارزیابی‌ای نیست.
coach-rate-title = ارزیابی جدید
coach-rate-save = ذخیرهٔ ارزیابی
coach-scale-everyday_autonomy = استقلال در زندگی روزمره
coach-scale-swedish = زبان سوئدی
coach-scale-health_self_rated = سلامت (به احساس خود شخص)
coach-scale-work_skills = توانایی کار
coach-scale-social_contacts = ارتباطات اجتماعی
coach-scale-job_search = جست‌وجوی کار

## Report
coach-report-title = گزارش سازمان
coach-from = از
coach-to = تا
coach-report-show = نمایش
coach-report-csv = دانلود CSV
coach-report-small-counts = روی صفحه شمارش‌های دقیق نشان داده می‌شود (فقط برای سازمان شما). در فایل CSV شمارش‌های کمتر از ۵ به شکل "<5" نشان داده می‌شوند.
# Variables:
#   $org (String) - the organisation
#   $start (String) - from
#   $end (String) - to
coach-report-period = { $org }، { $start } – { $end }
# Variables:
#   $total (Number) - count
coach-report-participants = شرکت‌کنندگان به تفکیک جنسیت ({ $total })
coach-report-exits = پایان‌ها به تفکیک دلیل ({ $total })
coach-report-checklists = چک‌لیست‌های انجام‌شده ({ $total })
coach-report-stations = ایستگاه‌ها به تفکیک زبان
coach-report-stations-help = دفعات باز شدن ایستگاه‌های کار به تفکیک زبان در این دوره.
coach-checklist = چک‌لیست
coach-station = ایستگاه
coach-language = زبان
coach-opens = دفعات باز شدن
coach-count = تعداد

## The participant's own goal plan (in their app)
mygoals-title = هدف‌های من
mygoals-none = هنوز هدفی نیست. با مربی خود یک برنامه بسازید.
mygoals-offline = ارتباط با سرور برقرار نیست. بعداً دوباره امتحان کنید.
# Variables:
#   $done (String) - done
#   $total (String) - total
mygoals-progress = { $done } از { $total }

## Goal plan: a goal heard in the coach's own voice (else a computer voice)
coach-goal-record = هدف را با صدای خودتان ضبط کنید
coach-goal-stop = توقف و ذخیره
coach-goal-recorded = هدف اکنون با صدای شما پخش می‌شود.
coach-goal-listen = گوش دهید
coach-goal-voice-human = صدای شما
coach-goal-voice-computer = صدای رایانه‌ای
coach-goal-no-sound = هیچ صدایی ضبط نشد. دوباره امتحان کنید.
coach-goal-microphone = نمی‌توان از میکروفون استفاده کرد. در مرورگر اجازه دهید.
