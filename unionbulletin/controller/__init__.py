"""Controller: the QObject layer between the domain and the widgets (no widgets here)."""
