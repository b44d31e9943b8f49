"""Thin widgets of the main window and its dialogs."""
