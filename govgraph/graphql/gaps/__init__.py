"""Governance gaps: what a city's documents leave open."""
