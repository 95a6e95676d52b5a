"""Assemble the fourth blind evaluation set (blind4) from the article data files.

Usage: python3 build5.py  -> writes blind4.jsonl next to this script.
Check:  python3 validate.py blind4.jsonl
Data:   arts5_en1..en3.py (English), arts5_de/fr/es/it/pt.py; helpers P/L from common.py.
Each article yields 7 cases: clean (or trap), head, mid, tail, mixed, lines, flat, as build.py builds them.
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts5_en1", "arts5_en2", "arts5_en3", "arts5_de", "arts5_fr", "arts5_es", "arts5_it", "arts5_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind4.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
