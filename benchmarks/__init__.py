"""Benchmarks for the budgets of DESIGN.md. Run them all with ``make bench``."""
