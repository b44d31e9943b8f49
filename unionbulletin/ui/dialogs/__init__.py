"""Dialogs: each takes its data and a parent widget, and knows nothing of the window."""
