### DRAFT machine-assisted translation — needs review by a native speaker.
### Station pages behind the QR codes, the language chooser and error pages.

-brand-name = Stegvis

## Station page

station-change-language = تغيير اللغة
# Variables:
#   $count (Number) - how many steps the station has
station-step-count =
    { $count ->
        [zero] لا توجد خطوات
        [one] خطوة واحدة
        [two] خطوتان
        [few] { $count } خطوات
        [many] { $count } خطوة
       *[other] { $count } خطوة
    }
station-play-all = تشغيل كل الخطوات
station-stop = إيقاف
# Variables:
#   $number (Number) - the step's number
station-listen-step = استمع إلى الخطوة { $number }
station-no-recording = لا يوجد تسجيل صوتي بالعربية بعد.
station-no-translation = هذه الخطوة غير مترجمة بعد. اقرأها بالسويدية.
station-synthetic-voice = صوت حاسوبي
station-open-app = افتح في التطبيق
station-all-stations = كل المحطات
station-none-yet = لا توجد محطات بعد.

## Language chooser

language-choose = اختر اللغة
language-unknown = هذه اللغة غير متوفرة في { -brand-name }. اختر إحدى هذه اللغات.

## Error pages

error-title = لم ينجح ذلك
error-not-found = هذه الصفحة غير موجودة.
error-station-unknown = لا توجد محطة بهذا الرمز. امسح الرمز عند المحطة مرة أخرى، أو اسأل مدربك.
error-server = حدث خطأ من جهتنا. حاول مرة أخرى بعد قليل.
error-bad-request = العنوان غير صحيح. امسح الرمز مرة أخرى.
error-go-back = إلى كل المحطات
