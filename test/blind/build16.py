"""Assemble the thirteenth blind evaluation set (blind13) from the article data files.

Usage: python3 build16.py  -> writes blind13.jsonl next to this script.
Check:  python3 validate.py blind13.jsonl
Written without reading the library or its scorer.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import build

NAMES = ["arts16_en1", "arts16_en2", "arts16_en3", "arts16_de", "arts16_fr", "arts16_es", "arts16_it", "arts16_pt"]
ARTICLES = build.load(NAMES)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind13.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
