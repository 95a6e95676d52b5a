"""Assemble the fourth training set of hand-written cases (train4) from arts8_*.py.

Usage: python3 build8.py  -> writes train4.jsonl next to this script.
Check:  python3 ../blind/validate.py train4.jsonl
Written by someone who had not read the library or its scorer; for fitting (rules may be tuned on it).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind"))
sys.path.insert(0, HERE)

import build  # noqa: E402

ARTICLES = build.load(build.names(HERE, "arts8_"))
OUT = os.path.join(HERE, "train4.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
