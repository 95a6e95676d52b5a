"""Assemble the ninth blind evaluation set (blind9) from the article data files.

Usage: python3 build12.py  -> writes blind9.jsonl next to this script.
Check:  python3 validate.py blind9.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts12_en1", "arts12_en2", "arts12_en3", "arts12_de", "arts12_fr", "arts12_es", "arts12_it", "arts12_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind9.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
