"""Assemble the training set of hand-written cases (train3) from the article data files.

Usage: python3 build3.py  -> writes train3.jsonl next to this script.
Check:  python3 ../blind/validate.py train3.jsonl
Data:   arts3_*.py in this directory (each defines ARTICLES), in the format of ../blind/arts2_*.py;
        helpers P/L from ../blind/common.py. Each article yields 7 cases as ../blind/build.py builds them.

Unlike the blind sets, these cases are for fitting: rules, lexicon entries and weights may be tuned on
them. They were written by someone who had not read the lexicon or the scorer, so they stand for
wordings nobody fitted on.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "blind"))
sys.path.insert(0, HERE)

import build  # noqa: E402

ARTICLES = build.load(build.names(HERE, "arts3_"))
OUT = os.path.join(HERE, "train3.jsonl")

if __name__ == "__main__":
    build.main(ARTICLES, OUT)
