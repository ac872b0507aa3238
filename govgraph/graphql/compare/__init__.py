"""Comparison of cities: who fills each governance function, and structural figures."""
