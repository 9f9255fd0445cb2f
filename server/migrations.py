"""Running Alembic from code (the CLI and the tests), never create_all on a real database."""

from alembic import command
from alembic.config import Config

from server.core.config import SERVER_DIR


def alembic_config() -> Config:
    cfg = Config(str(SERVER_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(SERVER_DIR / "alembic"))
    return cfg


def upgrade_database(revision: str = "head") -> None:
    command.upgrade(alembic_config(), revision)
