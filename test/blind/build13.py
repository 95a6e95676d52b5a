"""Assemble the tenth blind evaluation set (blind10) from the article data files.

Usage: python3 build13.py  -> writes blind10.jsonl next to this script.
Check:  python3 validate.py blind10.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts13_en1", "arts13_en2", "arts13_en3", "arts13_de", "arts13_fr", "arts13_es", "arts13_it", "arts13_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind10.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
