"""Assemble the third blind evaluation set (blind3) from the article data files.

Usage: python3 build4.py  -> writes blind3.jsonl next to this script.
Check:  python3 validate.py blind3.jsonl
Data:   arts4_en1..en3.py (English), arts4_de/fr/es/it/pt.py; helpers P/L from common.py.
Each article yields 7 cases: clean (or trap), head, mid, tail, mixed, lines, flat, as build.py builds them.
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts4_en1", "arts4_en2", "arts4_en3", "arts4_de", "arts4_fr", "arts4_es", "arts4_it", "arts4_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind3.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
