"""Resume Tailor: tailor a resume to a job posting, truthfully and offline."""

__version__ = "0.1.0"
