"""Assemble the twelfth blind evaluation set (blind12) from the article data files.

Usage: python3 build15.py  -> writes blind12.jsonl next to this script.
Check:  python3 validate.py blind12.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts15_en1", "arts15_en2", "arts15_en3", "arts15_de", "arts15_fr", "arts15_es", "arts15_it", "arts15_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind12.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
