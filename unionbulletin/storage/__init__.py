"""Storage: the TinyDB file, atomic writes, schema migrations, backups and the file lock."""

from .database import Database
from .errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseWriteFailed,
    DataFolderNotWritable,
    StorageError,
    WriteRefused,
)
from .paths import default_db_path
from .rows import BulletinRow

__all__ = [
    "BulletinRow",
    "DataFolderNotWritable",
    "Database",
    "DatabaseDamaged",
    "DatabaseLocked",
    "DatabaseReadOnly",
    "DatabaseTooNew",
    "DatabaseWriteFailed",
    "StorageError",
    "WriteRefused",
    "default_db_path",
]
