"""Sample returns with ground truth, and the accuracy command that measures extraction on them.

``python -m samples.generate --out DIR`` writes returns as offices would send them, each
beside its ``.truth.json``; ``python -m samples.accuracy DIR`` compares
``app.extraction.extract_file`` with that truth. Only the accuracy command reads the truth.
"""
