"""The quality benchmark: the engine's analysis, matching and ordering measured
against a hand-labelled set of resume × posting pairs (``python -m benchmarks
quality``; see cli.py for its options and ``benchmarks/data/quality/LABELLING.md``
for how the labels are written)."""
