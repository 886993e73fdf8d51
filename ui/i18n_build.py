"""Compiles the Qt Linguist translations in resources/i18n (.ts) to .qm files."""
