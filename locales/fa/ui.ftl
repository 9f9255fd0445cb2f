### DRAFT machine-assisted translation — needs review by a native speaker.
### Station pages behind the QR codes, the language chooser and error pages.

-brand-name = Stegvis

## Station page

station-change-language = تغییر زبان
# Variables:
#   $count (Number) - how many steps the station has
station-step-count =
    { $count ->
        [one] { $count } مرحله
       *[other] { $count } مرحله
    }
station-play-all = پخش همهٔ مرحله‌ها
station-stop = توقف
# Variables:
#   $number (Number) - the step's number
station-listen-step = گوش دادن به مرحلهٔ { $number }
station-no-recording = هنوز صدای ضبط‌شده‌ای به فارسی نیست.
station-no-translation = این مرحله هنوز ترجمه نشده است. آن را به سوئدی بخوانید.
station-synthetic-voice = صدای رایانه‌ای
station-open-app = باز کردن در برنامه
station-all-stations = همهٔ ایستگاه‌ها
station-none-yet = هنوز ایستگاهی نیست.

## Language chooser

language-choose = انتخاب زبان
language-unknown = این زبان در { -brand-name } نیست. یکی از این زبان‌ها را انتخاب کنید.

## Error pages

error-title = انجام نشد
error-not-found = این صفحه وجود ندارد.
error-station-unknown = ایستگاهی با این کد وجود ندارد. کد را در ایستگاه دوباره اسکن کنید یا از مربی خود بپرسید.
error-server = مشکلی از طرف ما پیش آمد. کمی بعد دوباره امتحان کنید.
error-bad-request = نشانی درست نیست. کد را دوباره اسکن کنید.
error-go-back = به همهٔ ایستگاه‌ها
