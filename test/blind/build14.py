"""Assemble the eleventh blind evaluation set (blind11) from the article data files.

Usage: python3 build14.py  -> writes blind11.jsonl next to this script.
Check:  python3 validate.py blind11.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts14_en1", "arts14_en2", "arts14_en3", "arts14_de", "arts14_fr", "arts14_es", "arts14_it", "arts14_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind11.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
