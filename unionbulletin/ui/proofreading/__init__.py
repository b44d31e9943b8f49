"""The 校对 panel and its jump to the place of a finding (through the editors' focus_location)."""
