"""Settings: the only place that reads the environment.

Every path the server touches (data folder, audio/, qr/, locales/) lives here,
so tests can point a whole app at a temporary folder by overriding settings.
"""

from functools import lru_cache
from pathlib import Path

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
    # Issue 10: step photos, resized and stripped of EXIF, content-addressed.
    photo_dir: Path = REPO_ROOT / "photos"
    locales_dir: Path = REPO_ROOT / "locales"
    catalog_file: Path = SERVER_DIR / "catalog" / "catalog.toml"
    # Coach sessions expire; participant device tokens live until revoked.
    coach_session_hours: int = 12
    cookie_secure: bool = False
    # Mount the Flet web client at /app (off in tests that do not need it: it is slow to start).
    mount_client: bool = True

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
