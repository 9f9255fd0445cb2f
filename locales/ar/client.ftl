### DRAFT machine-assisted translation — needs review by a native speaker
### تطبيق المشارك (Flet)

-brand-name = Stegvis

## عام
client-app-title = { -brand-name }
client-home = الرئيسية
client-back = رجوع
client-loading = جارٍ التحميل …
client-play = استمع
client-play-swedish = استمع بالسويدية
client-no-audio = لا يوجد تسجيل بعد
client-not-found = هذه الصفحة غير موجودة.
client-offline-no-catalog = لا يوجد اتصال بالخادم بعد. حاول مرة أخرى عند توفر الإنترنت.

## اللغة
client-choose-language = اختر اللغة
client-change-language = غيّر اللغة

## الرئيسية
client-home-checklists = قوائمي
client-home-bus = الحافلة
client-home-bills = الفواتير
client-home-stations = محطات العمل
client-home-goals = أهدافي

## قائمة المهام
client-checklists-title = قوائمي
client-progress = { $done } من { $total }
client-tick = تم
client-done-title = أحسنت!
client-done-body = لقد أنجزت كل الخطوات.
client-start-again = ابدأ من جديد

## الأدلة
client-guides-title = الأدلة
client-guide-step = الخطوة { $n } من { $total }
client-guide-next = التالي
client-guide-prev = السابق
client-guide-finish = تم

## المحطات
client-stations-title = محطات العمل
client-station-code-label = رمز المحطة
client-station-open = افتح
client-station-unknown = لا توجد محطة بهذا الرمز.

## المزامنة
client-sync-saved = محفوظ في الهاتف
client-sync-sent = تم الإرسال
client-sync-offline = محفوظ في الهاتف – سيُرسل لاحقًا
client-sync-revoked = البطاقة لا تعمل

## الدخول
client-signin-title = امسح بطاقتك
client-signin-body = امسح رمز QR على البطاقة التي أعطاك إياها مرشدك.
client-signin-checking = جارٍ التحقق من البطاقة …
client-revoked-title = هذه البطاقة لم تعد تعمل
client-revoked-body = اطلب من مرشدك بطاقة جديدة.
