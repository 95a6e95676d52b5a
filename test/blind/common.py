"""Helpers shared by the article data files."""


def P(s):
    """Split a triple-quoted block into paragraphs on blank lines."""
    out = []
    for chunk in s.strip("\n").split("\n\n"):
        chunk = chunk.strip()
        if chunk:
            assert "\n" not in chunk, chunk
            out.append(chunk)
    return out


def L(s):
    """Split a triple-quoted block into single lines (for page-chrome lists)."""
    return [x.strip() for x in s.strip("\n").split("\n") if x.strip()]
