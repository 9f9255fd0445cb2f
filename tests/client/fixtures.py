"""A small catalog and a signed-in participant, made straight through the models.

Used by the catalog/progress API tests and the client tests, so they do not
depend on the full seed: two checklists, a guide and a station, texts in
every language (Somali/Tigrinya without audio, like real life today).
"""

from dataclasses import dataclass

from sqlmodel import Session

from server.models import AudioClip, CatalogItem, CatalogText, Organisation, Participant, Step
from server.services.audio import text_sha
from server.services.auth import issue_participant_token

TEXTS = {
    "sv": {
        "checklist-bill-title": "Betala en räkning",
        "checklist-bill-open": "Öppna räkningen",
        "checklist-bill-amount": "Hitta beloppet",
        "checklist-bill-date": "Hitta sista dag att betala",
        "checklist-laundry-title": "Boka tvättstugan",
        "checklist-laundry-board": "Gå till bokningstavlan",
        "checklist-laundry-lock": "Sätt ditt lås på en tid",
        "guide-bus-title": "Bussen",
        "guide-bus-stop": "Hållplatsen har en skylt",
        "guide-bus-button": "Tryck på stoppknappen",
        "station-gardin-title": "Gardinstationen",
        "station-gardin-fetch": "Hämta en låda med krokar",
        "station-gardin-count": "Räkna tio krokar",
    },
    "en": {
        "checklist-bill-title": "Pay a bill",
        "checklist-bill-open": "Open the bill",
        "checklist-bill-amount": "Find the amount",
        "checklist-bill-date": "Find the due date",
        "checklist-laundry-title": "Book the laundry room",
        "checklist-laundry-board": "Go to the booking board",
        "checklist-laundry-lock": "Put your lock on a time",
        "guide-bus-title": "The bus",
        "guide-bus-stop": "The stop has a sign",
        "guide-bus-button": "Press the stop button",
        "station-gardin-title": "Curtain station",
        "station-gardin-fetch": "Fetch a box of hooks",
        "station-gardin-count": "Count ten hooks",
    },
    "ar": {
        "checklist-bill-title": "دفع فاتورة",
        "checklist-bill-open": "افتح الفاتورة",
        "checklist-bill-amount": "ابحث عن المبلغ",
        "checklist-bill-date": "ابحث عن آخر موعد للدفع",
        "checklist-laundry-title": "حجز غرفة الغسيل",
        "checklist-laundry-board": "اذهب إلى لوحة الحجز",
        "checklist-laundry-lock": "ضع قفلك على موعد",
        "guide-bus-title": "الحافلة",
        "guide-bus-stop": "للموقف لافتة",
        "guide-bus-button": "اضغط زر التوقف",
        "station-gardin-title": "محطة الستائر",
        "station-gardin-fetch": "أحضر صندوق الخطافات",
        "station-gardin-count": "عدّ عشرة خطافات",
    },
    "fa": {
        "checklist-bill-title": "پرداخت قبض",
        "checklist-bill-open": "قبض را باز کنید",
        "checklist-bill-amount": "مبلغ را پیدا کنید",
        "checklist-bill-date": "آخرین روز پرداخت را پیدا کنید",
        "checklist-laundry-title": "رزرو رختشویخانه",
        "checklist-laundry-board": "به تابلوی رزرو بروید",
        "checklist-laundry-lock": "قفل خود را روی یک وقت بگذارید",
        "guide-bus-title": "اتوبوس",
        "guide-bus-stop": "ایستگاه یک تابلو دارد",
        "guide-bus-button": "دکمه توقف را فشار دهید",
        "station-gardin-title": "ایستگاه پرده",
        "station-gardin-fetch": "یک جعبه قلاب بیاورید",
        "station-gardin-count": "ده قلاب بشمارید",
    },
    "so": {
        "checklist-bill-title": "Bixi biil",
        "checklist-bill-open": "Fur biilka",
        "checklist-bill-amount": "Raadi lacagta",
        "checklist-bill-date": "Raadi maalinta ugu dambeysa",
        "checklist-laundry-title": "Ballanso qolka dharka",
        "checklist-laundry-board": "Tag looxa ballanta",
        "checklist-laundry-lock": "Quflkaaga saar waqti",
        "guide-bus-title": "Baska",
        "guide-bus-stop": "Joogsiga wuxuu leeyahay calaamad",
        "guide-bus-button": "Riix badhanka joogsiga",
        "station-gardin-title": "Saldhigga daahyada",
        "station-gardin-fetch": "Keen sanduuq qabatooyin ah",
        "station-gardin-count": "Tiri toban qabato",
    },
    "ti": {
        "checklist-bill-title": "ሕሳብ ክፈል",
        "checklist-bill-open": "ሕሳብ ክፈት",
        "checklist-bill-amount": "መጠን ረኽብ",
        "checklist-bill-date": "ናይ መወዳእታ መዓልቲ ረኽብ",
        "checklist-laundry-title": "ክፍሊ ሕጽቦ ሓዝ",
        "checklist-laundry-board": "ናብ ሰሌዳ ኪድ",
        "checklist-laundry-lock": "ቁልፍኻ ኣብ ግዜ ኣቐምጥ",
        "guide-bus-title": "ኣውቶቡስ",
        "guide-bus-stop": "መዕረፊ ምልክት ኣለዎ",
        "guide-bus-button": "መጠወቒ ጠውቕ",
        "station-gardin-title": "መደበር መጋረጃ",
        "station-gardin-fetch": "ሳንዱቕ መንጠልጠሊ ኣምጽእ",
        "station-gardin-count": "ዓሰርተ መንጠልጠሊ ቑጸር",
    },
}

ITEMS = [
    (
        "checklist",
        "bill",
        None,
        "receipt_long",
        [("open", "mail"), ("amount", "payments"), ("date", "event")],
    ),
    (
        "checklist",
        "laundry",
        None,
        "local_laundry_service",
        [("board", "dashboard"), ("lock", "lock")],
    ),
    ("guide", "bus", None, "directions_bus", [("stop", "signpost"), ("button", "touch_app")]),
    ("station", "gardin", "gardin", "curtains", [("fetch", "inventory_2"), ("count", "pin")]),
]


def make_mini_catalog(session: Session, *, with_audio: bool = True) -> None:
    for pos, (kind, slug, code, picto, steps) in enumerate(ITEMS):
        item = CatalogItem(
            slug=slug,
            kind=kind,
            code=code,
            pictogram=picto,
            position=pos,
            title_id=f"{kind}-{slug}-title",
        )
        session.add(item)
        session.flush()
        for spos, (sslug, spicto) in enumerate(steps):
            session.add(
                Step(
                    item_id=item.id,
                    slug=sslug,
                    position=spos,
                    pictogram=spicto,
                    text_id=f"{kind}-{slug}-{sslug}",
                )
            )
    for lang, texts in TEXTS.items():
        for text_id, text in texts.items():
            session.add(
                CatalogText(
                    text_id=text_id,
                    language=lang,
                    text=text,
                    review_status="source" if lang == "sv" else "draft",
                )
            )
            # Audio where an engine speaks the language; none for so/ti (as today).
            if with_audio and lang in ("sv", "ar", "fa"):
                session.add(
                    AudioClip(
                        text_id=text_id,
                        language=lang,
                        text_sha=text_sha(text),
                        source="espeak",
                        voice=f"espeak-{lang}",
                        file_name=f"{lang}-{text_sha(text)[:16]}.mp3",
                        byte_size=1000,
                        duration_ms=1500,
                    )
                )
    session.commit()


@dataclass
class SignedIn:
    participant_id: int
    token: str


def make_participant(
    session: Session, *, name: str = "Amal", language: str = "ar", org_slug: str = "angered"
) -> SignedIn:
    org = Organisation(name=f"AMU {org_slug}", slug=org_slug)
    session.add(org)
    session.flush()
    p = Participant(display_name=name, language=language, organisation_id=org.id)
    session.add(p)
    session.commit()
    token = issue_participant_token(session=session, participant=p)
    return SignedIn(participant_id=p.id, token=token)
