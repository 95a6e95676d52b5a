"""Assemble the second blind evaluation set (blind2) from the article data files.

Usage: python3 build2.py  -> writes blind2.jsonl next to this script.
Check:  python3 validate.py blind2.jsonl
Data:   arts2_en1..en4.py (English), arts2_de/fr/es/it/pt.py; helpers P/L from common.py.
Each article yields 7 cases: clean (or trap), head, mid, tail, mixed, lines, flat.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

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


def resolve(a, anchor):
    if isinstance(anchor, int):
        assert 0 <= anchor < len(a["paras"]), (a["slug"], anchor)
        return anchor
    hits = [i for i, p in enumerate(a["paras"]) if p.startswith(anchor)]
    assert len(hits) == 1, (a["slug"], anchor, hits)
    return hits[0]


def after_map(a, pairs):
    m = {}
    for anchor, block in pairs:
        m.setdefault(resolve(a, anchor), []).append(block)
    return m


def segments(a, before, pairs, after):
    """Return list of (text, is_promo) in page order."""
    m = after_map(a, pairs)
    segs = [(b, True) for b in before]
    for i, p in enumerate(a["paras"]):
        segs.append((p, False))
        segs += [(b, True) for b in m.get(i, [])]
    segs += [(b, True) for b in after]
    return segs


def uniq(seq):
    out = []
    for x in seq:
        if x not in out:
            out.append(x)
    return out


def case(a, variant, inp, promos):
    return {
        "id": f"{a['slug']}/{variant}",
        "category": variant,
        "register": a["register"],
        "lang": a["lang"],
        "input": inp,
        "gold": "\n\n".join(a["paras"]),
        "editorial": list(a["paras"]),
        "promos": uniq(promos),
    }


def from_segs(a, variant, segs, sep):
    if sep == "\n":
        for t, is_p in segs:
            assert "\n" not in t, (a["slug"], variant, t)
    if sep == " ":
        segs = [(" ".join(t.split("\n")) if is_p else t, is_p) for t, is_p in segs]
    inp = sep.join(t for t, _ in segs)
    return case(a, variant, inp, [t for t, is_p in segs if is_p])


def build_article(a):
    out = []
    paras = a["paras"]
    base = "trap" if a.get("trap") else "clean"

    # clean / trap (trap may carry exactly one real promo)
    tp = a.get("trap_promo")
    if base == "trap" and tp:
        where, block = tp
        if where == "head":
            segs = segments(a, [block], [], [])
        elif where == "tail":
            segs = segments(a, [], [], [block])
        else:
            segs = segments(a, [], [(where, block)], [])
        out.append(from_segs(a, base, segs, "\n\n"))
    else:
        out.append(case(a, base, "\n\n".join(paras), []))

    out.append(from_segs(a, "head", segments(a, a["head"], [], []), "\n\n"))
    out.append(from_segs(a, "mid", segments(a, [], a["mid"], []), "\n\n"))
    out.append(from_segs(a, "tail", segments(a, [], [], a["tail"]), "\n\n"))

    # mixed: promo sentences glued to the start / end of editorial paragraphs
    glued = list(paras)
    promos = []
    for anchor, pos, sent in a["mixed"]:
        i = resolve(a, anchor)
        if pos == "start":
            glued[i] = sent + " " + glued[i]
        elif pos == "end":
            glued[i] = glued[i] + " " + sent
        else:
            raise ValueError(pos)
        promos.append(sent)
    out.append(case(a, "mixed", "\n\n".join(glued), promos))

    # lines: one block per line, page chrome around and inside the article
    lsegs = segments(a, a["ltop"], a["lmid"], a["lbot"])
    out.append(from_segs(a, "lines", lsegs, "\n"))

    # flat: whole page flattened to one line (get_text(' ') style)
    ftop = a.get("ftop_extra", []) + a.get("ftop", a["ltop"])
    fmid = a.get("fmid", a["lmid"])
    fbot = a.get("fbot", a["lbot"]) + a.get("fbot_extra", [])
    out.append(from_segs(a, "flat", segments(a, ftop, fmid, fbot), " "))
    return out


def main():
    cases = []
    for a in ARTICLES:
        cases += build_article(a)
    with open(OUT, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases from {len(ARTICLES)} articles to {OUT}")


if __name__ == "__main__":
    main()
