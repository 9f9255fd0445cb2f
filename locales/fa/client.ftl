### DRAFT machine-assisted translation — needs review by a native speaker
### برنامهٔ شرکت‌کننده (Flet)

-brand-name = Stegvis

## عمومی
client-app-title = { -brand-name }
client-home = خانه
client-back = بازگشت
client-loading = در حال بارگذاری …
client-play = گوش کنید
client-play-swedish = به سوئدی گوش کنید
client-no-audio = هنوز ضبط نشده است
client-not-found = این صفحه وجود ندارد.
client-offline-no-catalog = هنوز به سرور وصل نیستیم. وقتی اینترنت دارید دوباره امتحان کنید.

## زبان
client-choose-language = زبان را انتخاب کنید
client-change-language = تغییر زبان

## خانه
client-home-checklists = فهرست‌های من
client-home-bus = اتوبوس
client-home-bills = قبض‌ها
client-home-stations = ایستگاه‌های کار
client-home-goals = هدف‌های من

## فهرست
client-checklists-title = فهرست‌های من
client-progress = { $done } از { $total }
client-tick = انجام شد
client-done-title = آفرین!
client-done-body = همهٔ مراحل را انجام دادید.
client-start-again = از نو شروع کنید

## راهنماها
client-guides-title = راهنماها
client-guide-step = مرحلهٔ { $n } از { $total }
client-guide-next = بعدی
client-guide-prev = قبلی
client-guide-finish = تمام

## ایستگاه‌ها
client-stations-title = ایستگاه‌های کار
client-station-code-label = کد ایستگاه
client-station-open = باز کنید
client-station-unknown = ایستگاهی با این کد نیست.

## همگام‌سازی
client-sync-saved = در گوشی ذخیره شد
client-sync-sent = فرستاده شد
client-sync-offline = در گوشی ذخیره شد – بعداً فرستاده می‌شود
client-sync-revoked = کارت کار نمی‌کند

## ورود
client-signin-title = کارت خود را اسکن کنید
client-signin-body = کد QR روی کارتی را که مربی به شما داده اسکن کنید.
client-signin-checking = در حال بررسی کارت …
client-revoked-title = این کارت دیگر کار نمی‌کند
client-revoked-body = از مربی خود یک کارت تازه بخواهید.
