"""Alembic environment: metadata from the SQLModel models, URL from settings."""

from logging.config import fileConfig

from alembic import context
from sqlmodel import SQLModel

import server.models  # noqa: F401  (registers every table)
from server.db import get_engine

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logging", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    def run(connection) -> None:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            compare_type=True,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()

    # Tests hand in a connection of their own; the CLI uses the settings' engine.
    connection = config.attributes.get("connection")
    if connection is not None:
        run(connection)
        return
    with get_engine().connect() as connection:
        run(connection)
        connection.commit()


if context.is_offline_mode():
    raise SystemExit("Stegvis runs migrations online only: stegvis migrate")
run_migrations_online()
