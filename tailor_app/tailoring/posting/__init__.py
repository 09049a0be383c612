"""The posting's analysis: its sections, title, required and preferred skills, years, degree."""
