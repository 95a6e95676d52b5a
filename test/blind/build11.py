"""Assemble the eighth blind evaluation set (blind8) from the article data files.

Usage: python3 build11.py  -> writes blind8.jsonl next to this script.
Check:  python3 validate.py blind8.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts11_en1", "arts11_en2", "arts11_en3", "arts11_de", "arts11_fr", "arts11_es", "arts11_it", "arts11_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind8.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
