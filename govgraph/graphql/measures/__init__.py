"""Measures (Maßnahmen) and their owners."""
