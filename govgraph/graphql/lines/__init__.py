"""Reporting lines and the chain upward."""
