"""Settings: the only place that reads the environment.

Every path the server touches (data folder, audio/, qr/, locales/) lives here,
so tests can point a whole app at a temporary folder by overriding settings.
"""

from functools import lru_cache
from pathlib import Path

from pydantic import field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]
SERVER_DIR = REPO_ROOT / "server"

# The languages Stegvis speaks: Swedish is the source, English helps reviewers,
# the other four are the participants' own languages.
SOURCE_LANGUAGE = "sv"
ALL_LANGUAGES = ("sv", "en", "ar", "fa", "so", "ti")
PARTICIPANT_LANGUAGES = ("ar", "fa", "so", "ti", "sv")
RTL_LANGUAGES = frozenset({"ar", "fa"})


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STEGVIS_", env_file=".env", extra="ignore")

    data_dir: Path = REPO_ROOT / "data"
    # Empty means SQLite in the data folder; PostgreSQL via DATABASE_URL / STEGVIS_DATABASE_URL.
    database_url: str = ""
    # Base URL printed inside QR codes: must be what a phone on the unit's network can reach.
    public_base_url: str = "http://127.0.0.1:8000"
    audio_dir: Path = REPO_ROOT / "audio"
    qr_dir: Path = REPO_ROOT / "qr"
    # Built voice data (espeak-ng 1.52 with our Somali voice compiled in); gitignored.
    speech_build_dir: Path = REPO_ROOT / "build" / "speech"
    # Issue 10: step photos, resized and stripped of EXIF, content-addressed.
    photo_dir: Path = REPO_ROOT / "photos"
    locales_dir: Path = REPO_ROOT / "locales"
    catalog_file: Path = SERVER_DIR / "catalog" / "catalog.toml"
    # Coach sessions expire; participant device tokens live until revoked.
    coach_session_hours: int = 12
    cookie_secure: bool = False
    # Issue 12: interactive API docs at /docs (Swagger UI served from here, no CDN).
    docs: bool = True
    # Origins besides the public base URL whose pages may change things with the
    # coach's session cookie (comma-separated, e.g. https://stegvis.example.se).
    csrf_trusted_origins: str = ""
    # Proxies whose X-Forwarded-For is believed (comma-separated addresses or
    # networks, e.g. 127.0.0.1,10.0.0.0/8). Empty: nobody's; the peer is the client.
    trusted_proxies: str = ""
    # A participant's sign-in card works this many days unless the coach says otherwise.
    card_lifetime_days: int = 365
    # Mount the clients at /app (off in tests that do not need it: it is slow to start).
    mount_client: bool = True
    # Where `stegvis build-client` writes the participant's static app (served at /app).
    client_build_dir: Path = REPO_ROOT / "build" / "client"

    # Load: each server process lets at most `db_concurrency` requests use the database at
    # once (its connection pool is that size plus spares, so a request that got in always
    # gets a connection: no thread ever waits on the pool while holding a worker). The rest
    # wait, cheaply, up to `queue_timeout_s`; past that, or past `max_queued` waiting, the
    # answer is 503 with Retry-After and the phone tries again later, losing nothing.
    db_concurrency: int = 10
    # The phones' event batches: their own lane (server/core/limits.py: RequestGate).
    ingest_concurrency: int = 64
    queue_timeout_s: float = 15.0
    max_queued: int = 2000
    # Request bodies are capped before they are read: JSON and forms, uploads (multipart),
    # and bodies sent with no credentials at all (only sign-in needs one).
    max_body_bytes: int = 1024 * 1024
    max_upload_bytes: int = 20 * 1024 * 1024
    max_anonymous_body_bytes: int = 16 * 1024

    @field_validator("trusted_proxies")
    @classmethod
    def _check_proxies(cls, value: str) -> str:
        import ipaddress

        for part in value.split(","):
            if part.strip():
                ipaddress.ip_network(part.strip(), strict=False)  # ValueError names it
        return value

    @property
    def sqlalchemy_url(self) -> str:
        url = self.database_url or _env_database_url()
        if url:
            # psycopg 3 is the driver we install; accept the bare scheme too.
            if url.startswith("postgresql://"):
                url = "postgresql+psycopg://" + url[len("postgresql://") :]
            elif url.startswith("postgres://"):
                url = "postgresql+psycopg://" + url[len("postgres://") :]
            return url
        return f"sqlite:///{self.data_dir / 'stegvis.db'}"


def _env_database_url() -> str:
    import os

    return os.environ.get("DATABASE_URL", "")


@lru_cache
def get_settings() -> Settings:
    return Settings()
