"""The skills vocabulary, its matcher, and matching a resume against a posting."""
