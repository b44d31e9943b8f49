"""The main window and what only it assembles: menus, actions, the library, the preview and
the read-only banner."""
