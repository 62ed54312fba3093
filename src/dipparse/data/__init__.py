"""Vocabulary and gazetteer files shipped with dipparse (read with importlib.resources)."""
