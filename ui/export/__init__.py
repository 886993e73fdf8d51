"""The protocol on paper and in the archive: DOCX draft, PDF/A, protokollsutdrag, package."""
