"""Operations started from the window: print, export, import, follow-up, archive, rescue; each
gets what it needs (a FlowContext), never the window itself."""
