"""Validate blind.jsonl. Exit code 1 on any error."""
import collections
import json
import os
import re
import sys

PATH = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "blind.jsonl")
KEYS = ["id", "category", "register", "lang", "input", "gold", "editorial", "promos"]
CATS = {"clean", "head", "mid", "tail", "mixed", "lines", "flat", "trap"}
LANGS = {"en", "de", "fr", "es", "it", "pt"}

errors = []
cases = []
with open(PATH, encoding="utf-8") as f:
    for n, line in enumerate(f, 1):
        try:
            cases.append(json.loads(line))
        except Exception as e:  # noqa
            errors.append(f"line {n}: invalid JSON: {e}")


def err(c, msg):
    errors.append(f"{c.get('id')}: {msg}")


def norm(s):
    return " ".join(s.split())


ids = collections.Counter(c.get("id") for c in cases)
for i, n in ids.items():
    if n > 1:
        errors.append(f"duplicate id {i} x{n}")

for c in cases:
    if list(c.keys()) != KEYS:
        err(c, f"keys {list(c.keys())}")
        continue
    cat, inp, gold, ed, pr = c["category"], c["input"], c["gold"], c["editorial"], c["promos"]
    if not c["id"].endswith("/" + cat):
        err(c, "id/category mismatch")
    if cat not in CATS:
        err(c, f"bad category {cat}")
    if c["lang"] not in LANGS:
        err(c, f"bad lang {c['lang']}")
    if not all(isinstance(x, str) and x for x in ed + pr):
        err(c, "empty/non-string item")
    # gold == editorial joined
    if gold != "\n\n".join(ed):
        err(c, "gold != editorial joined by blank lines")
    if gold.split("\n\n") != ed:
        err(c, "gold paragraphs != editorial")
    for e in ed:
        if e not in inp:
            err(c, f"editorial not in input: {e[:60]!r}")
        if "\n" in e:
            err(c, f"editorial contains newline: {e[:60]!r}")
    if len(set(ed)) != len(ed):
        err(c, "duplicate editorial items")
    if len(set(pr)) != len(pr):
        err(c, "duplicate promos")
    for p in pr:
        if p not in inp:
            err(c, f"promo not in input: {p[:60]!r}")
        for e in ed:
            if p in e:
                err(c, f"promo {p[:40]!r} is substring of editorial {e[:40]!r}")
        if p in gold:
            err(c, f"promo {p[:40]!r} is substring of gold")
    # promo-free categories
    if cat == "clean" and (pr or inp != gold):
        err(c, "clean case must have no promos and input == gold")
    if cat == "trap" and len(pr) > 1:
        err(c, "trap case has more than one promo")
    if cat == "trap" and not pr and inp != gold:
        err(c, "trap case without promo must have input == gold")
    if cat not in ("clean", "trap") and not pr:
        err(c, "non-clean case without promos")
    # structural checks per category
    if cat in ("head", "mid", "tail", "clean", "trap"):
        paras = inp.split("\n\n")
        for e in ed:
            if e not in paras:
                err(c, f"editorial is not a whole paragraph: {e[:50]!r}")
        for p in pr:
            if p not in paras:
                err(c, f"promo is not a whole paragraph: {p[:50]!r}")
        if cat == "head" and paras[len(pr):] != ed:
            err(c, "head: editorial not contiguous after promos")
        if cat == "tail" and paras[:len(ed)] != ed:
            err(c, "tail: editorial not contiguous before promos")
        if cat == "mid" and (paras[0] != ed[0] or paras[-1] != ed[-1]):
            err(c, "mid: promos not strictly between paragraphs")
    if cat == "mixed":
        paras = inp.split("\n\n")
        if len(paras) != len(ed):
            err(c, "mixed: paragraph count differs from editorial")
        for p in pr:
            host = [x for x in paras if p in x]
            if len(host) != 1:
                err(c, f"mixed: promo not in exactly one paragraph: {p[:40]!r}")
                continue
            h = host[0]
            if not (h.startswith(p + " ") or h.endswith(" " + p)):
                err(c, f"mixed: promo not glued at start/end: {p[:40]!r}")
        for e, x in zip(ed, paras):
            if not (x == e or x.startswith(e + " ") or x.endswith(" " + e)):
                err(c, f"mixed: paragraph/editorial misaligned: {e[:40]!r}")
    if cat == "lines":
        ls = inp.split("\n")
        if "" in ls:
            err(c, "lines: empty line in input")
        for e in ed:
            if e not in ls:
                err(c, f"lines: editorial not a whole line: {e[:40]!r}")
        for p in pr:
            if p not in ls:
                err(c, f"lines: promo not a whole line: {p[:40]!r}")
        if sorted(ls) != sorted(ed + pr):
            err(c, "lines: input lines != editorial + promos")
    if cat == "flat":
        if "\n" in inp:
            err(c, "flat: input contains a newline")
        if "  " in inp:
            err(c, "flat: double space in input")
    # removal check: input minus promos == gold (whitespace-normalised)
    rest = inp
    for p in sorted(pr, key=len, reverse=True):
        rest = rest.replace(p, " ")
    if norm(rest) != norm(gold):
        err(c, "input minus promos != gold (whitespace-normalised)")

print(f"cases: {len(cases)}")
for field in ("category", "lang", "register"):
    cnt = collections.Counter(c.get(field) for c in cases)
    print(f"per {field}: " + ", ".join(f"{k}={v}" for k, v in sorted(cnt.items())))
arts = collections.Counter(c["id"].split("/")[0] for c in cases)
langs_art = collections.Counter()
for a in arts:
    langs_art[next(c["lang"] for c in cases if c["id"].startswith(a + "/"))] += 1
print(f"articles: {len(arts)}; per lang: " + ", ".join(f"{k}={v}" for k, v in sorted(langs_art.items())))
print(f"total promos: {sum(len(c['promos']) for c in cases)}; total editorial items: {sum(len(c['editorial']) for c in cases)}")
if errors:
    print(f"\nVALIDATION FAILED: {len(errors)} error(s)")
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nVALIDATION OK")
