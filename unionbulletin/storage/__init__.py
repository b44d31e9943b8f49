"""Storage: the TinyDB file, atomic writes, schema migrations, backups and the file lock."""
