"""The chair's console: touch first, at the presidium table."""
