"""Bytes → text → articles: raw files, encodings, web pages and exports, reflow, splitting,
datelines, attributions, language, identifiers, and copies grouped into stories."""
