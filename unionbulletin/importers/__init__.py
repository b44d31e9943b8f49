"""Importers: plain text and DOCX bulletins to the domain model, with PDF-artefact clean-up."""
