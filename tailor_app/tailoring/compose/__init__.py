"""Tailoring itself: reorder and rename, the truthfulness guard, the plain-text rendering."""
