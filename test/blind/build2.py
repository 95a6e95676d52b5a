"""Assemble the second blind evaluation set (blind2) from the article data files.

Usage: python3 build2.py  -> writes blind2.jsonl next to this script.
Check:  python3 validate.py blind2.jsonl
Data:   arts2_en1..en4.py (English), arts2_de/fr/es/it/pt.py; helpers P/L from common.py.
Each article yields 7 cases: clean (or trap), head, mid, tail, mixed, lines, flat, as build.py builds them.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build
import arts2_en1
import arts2_en2
import arts2_en3
import arts2_en4
import arts2_de
import arts2_fr
import arts2_es
import arts2_it
import arts2_pt

MODULES = [arts2_en1, arts2_en2, arts2_en3, arts2_en4, arts2_de, arts2_fr, arts2_es, arts2_it, arts2_pt]
ARTICLES = [a for m in MODULES for a in m.ARTICLES]
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind2.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
