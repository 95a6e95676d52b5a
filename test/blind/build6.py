"""Assemble the fifth blind evaluation set (blind5) from the article data files.

Usage: python3 build6.py  -> writes blind5.jsonl next to this script.
Check:  python3 validate.py blind5.jsonl
Data:   arts6_en1..en3.py (English), arts6_de/fr/es/it/pt.py; helpers P/L from common.py.
Each article yields 7 cases: clean (or trap), head, mid, tail, mixed, lines, flat, as build.py builds them.
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts6_en1", "arts6_en2", "arts6_en3", "arts6_de", "arts6_fr", "arts6_es", "arts6_it", "arts6_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind5.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
