"""Organisational units: departments, offices, companies, external organisations."""
