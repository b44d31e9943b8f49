"""unionbulletin: monthly work bulletins of a trade-union federation in the official layout."""

__version__ = "0.1.0"
