"""Assemble the blind evaluation set from the article data files.

Usage: python3 build.py  -> writes blind.jsonl next to this script.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import arts_en1
import arts_en2
import arts_intl

ARTICLES = arts_en1.ARTICLES + arts_en2.ARTICLES + arts_intl.ARTICLES


def load(names):
    """The articles of the data modules `names` (in this directory), in order. A module whose file is
    absent is skipped (a set being written); one that fails to import otherwise raises."""
    import importlib

    here = os.path.dirname(os.path.abspath(__file__))
    articles = []
    for name in names:
        try:
            articles.extend(importlib.import_module(name).ARTICLES)
        except ModuleNotFoundError:
            if os.path.exists(os.path.join(here, name + ".py")):
                raise
    return articles


def names(directory, prefix):
    """The data modules `<prefix>*.py` of `directory`, by name and in order, for `load()` (the directory
    must be on sys.path)."""
    import glob

    return [os.path.basename(p)[:-3] for p in sorted(glob.glob(os.path.join(directory, prefix + "*.py")))]


OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind.jsonl")


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


def main(articles=ARTICLES, out=OUT):
    cases = []
    for a in articles:
        cases += build_article(a)
    with open(out, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(cases)} cases from {len(articles)} articles to {out}")


if __name__ == "__main__":
    main()
