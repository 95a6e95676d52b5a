"""Assemble the seventh blind evaluation set (blind7) from the article data files.

Usage: python3 build10.py  -> writes blind7.jsonl next to this script.
Check:  python3 validate.py blind7.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts10_en1", "arts10_en2", "arts10_en3", "arts10_de", "arts10_fr", "arts10_es", "arts10_it", "arts10_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind7.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
