"""Renderers: PDF (reportlab), DOCX (python-docx) and QPainter (preview and printer)."""
