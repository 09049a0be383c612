"""The resume's structure: contact, sections, entries with title, employer and dates, skills."""
