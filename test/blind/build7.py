"""Assemble the sixth blind evaluation set (blind6) from the article data files.

Usage: python3 build7.py  -> writes blind6.jsonl next to this script.
Check:  python3 validate.py blind6.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts7_en1", "arts7_en2", "arts7_en3", "arts7_de", "arts7_fr", "arts7_es", "arts7_it", "arts7_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind6.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
