"""Thin widgets of the main window and its dialogs, in layers (import-linter keeps them so):
window (assembles) > flows (operations, given a FlowContext) > dialogs | proofreading > editors."""
