"""Layout: style tokens, font resolution, line breaking and pagination into page boxes (no Qt)."""
