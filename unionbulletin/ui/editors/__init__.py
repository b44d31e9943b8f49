"""The editors of the open bulletin (items, plan, masthead and distribution) and their fields; each honours
set_read_only and focus_location."""
