#!/usr/bin/env python3
"""Finds (and with --write, fixes) Latin punctuation inside Chinese text in string literals.

Chinese text takes full-width punctuation: ，；：！？（）. Only string literals are touched
(C# "..", $"..", @"..", and JS '..', "..", `..`), and within them only the text outside
interpolation holes; a mark is changed when Chinese sits beside it, and the spaces
around it go, as Chinese sets no space around its own punctuation. Literals that look
like patterns (regex, format keys) are left and listed.

  bench/zh-punctuation.py [--write] FILE...
"""
import re
import sys

CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
FULL = {",": "\uff0c", ";": "\uff1b", ":": "\uff1a", "!": "\uff01", "?": "\uff1f", "(": "\uff08", ")": "\uff09"}
CLOSERS = "\uff09\u201d\u300b\u3011"  # ）” 》】 end a Chinese phrase like a character does
OPENERS = "\uff08\u201c\u300a\u3010"
HOLE = "\u0000"  # stands for an interpolation hole while deciding


def is_zh(c):
    return bool(c) and (CJK.match(c) is not None or c in CLOSERS or c in OPENERS or c in "\u3001\u3002\uff0c\uff1a\uff1b")


def pattern_like(text):
    if any(a + b in text or b + a in text for a, b in FULL.items()):
        return True  # a set of characters, both forms of a mark: "(（:："
    return bool(re.search(r"\\[dswbpSWDB]|\(\?|^\^|[\u3400-\u9fff]\|[\u3400-\u9fff]", text))


def convert(text, zh_arm=False):
    """Converts one literal's text, where HOLE marks each interpolation hole; zh_arm: the Chinese side of a choice."""
    if not (CJK.search(text) or zh_arm) or pattern_like(text):
        return text
    out = list(text)
    n = len(out)

    def prev_at(i):
        j = i - 1
        while j >= 0 and out[j] == " ":
            j -= 1
        return j

    def next_at(i):
        j = i + 1
        while j < n and out[j] == " ":
            j += 1
        return j

    def ch(j):
        return out[j] if 0 <= j < n else ""

    # Parentheses first, as pairs: Chinese inside, or Chinese right before the opening one.
    stack = []
    pairs = []
    for i, c in enumerate(out):
        if c == "(":
            stack.append(i)
        elif c == ")" and stack:
            pairs.append((stack.pop(), i))
    unmatched = stack + [i for i, c in enumerate(out) if c == ")" and all(i != b for _, b in pairs)]
    for i in unmatched:
        if (out[i] == "(" and is_zh(ch(i + 1))) or (out[i] == ")" and is_zh(ch(i - 1))):
            out[i] = FULL[out[i]]
    # A literal mostly in Chinese takes Chinese marks between its holes too: "{who}：{what}", "（{name}，{title}）".
    chinese = zh_arm or len(CJK.findall(text)) >= len(re.findall(r"[A-Za-z]", text))
    for o, c in pairs:
        inside = "".join(out[o + 1:c])
        before = ch(o - 1)
        if CJK.search(inside) or is_zh(before) or (chinese and not re.search(r"[A-Za-z]", inside)):
            out[o], out[c] = FULL["("], FULL[")"]
    for i in range(n):
        c = out[i]
        if not c or c not in ",;:!?":
            continue
        p, q = prev_at(i), next_at(i)
        before, after = ch(p), ch(q)
        if c in ",;" and before.isdigit() and after.isdigit() and p == i - 1 and q == i + 1:
            continue  # 1,000
        if c == ":" and before.isascii() and before.isalnum() and p == i - 1 and q == i + 1 and not is_zh(after):
            continue  # Auth:Jwt, 12:30, http://
        zh_before = is_zh(before)
        zh_after = is_zh(after)
        if c in ",;" and (zh_before or zh_after):
            pass
        elif c in ":!?" and zh_before:
            pass
        elif c == ":" and p == i - 1 and q == i + 1 and zh_after and before.isascii() and before.isalnum():
            pass
        elif c in ":," and (before == HOLE or p < 0) and zh_after:
            pass
        elif c in ":,;" and chinese and before == HOLE and after == HOLE:
            pass
        else:
            continue
        out[i] = FULL[c]
        for j in range(p + 1, i):
            out[j] = ""
        for j in range(i + 1, q):
            out[j] = ""
    # No space inside or outside full-width parentheses next to Chinese.
    s = "".join(out)
    s = re.sub(r"(?<=[\u3400-\u9fff\uff09]) +(?=\uff08)", "", s)
    s = re.sub(r"(?<=\uff09) +(?=[\u3400-\u9fff])", "", s)
    return s


def literals(src, js):
    """Yields (start, end, parts) for each string literal; parts are (is_text, start, end)."""
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            i = src.find("\n", i)
            i = n if i < 0 else i
            continue
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            continue
        if not js and src.startswith('"""', i):
            j = src.find('"""', i + 3)
            i = n if j < 0 else j + 3
            continue
        if not js and c == "'":
            j = i + 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            i = j + 1
            continue
        if js and c == "/" and i + 1 < n and src[i + 1] not in "/*":
            # A regex literal after an operator; division after a value.
            k = i - 1
            while k >= 0 and src[k] in " \t":
                k -= 1
            if k < 0 or src[k] in "(,=:[!&|?{};\n":
                j = i + 1
                while j < n and src[j] not in "/\n":
                    j += 2 if src[j] == "\\" else 1
                i = j + 1
                continue
        if (js and c in "'\"`") or (not js and c == '"'):
            end, parts = scan_at(src, i, js)
            yield i, end, parts
            i = end
            continue
        i += 1


def scan_at(src, i, js):
    """Scans the literal whose quote is at i, its $ and @ prefixes read from before it."""
    k = i - 1
    while k >= 0 and src[k] in "$@":
        k -= 1
    prefix, quote = src[k + 1:i], src[i]
    return scan(src, i, quote, "$" in prefix or quote == "`", "@" in prefix, js)


def scan(src, i, quote, interpolated, verbatim, js):
    """Scans one literal from its opening quote; returns its end and its text/hole parts."""
    n = len(src)
    j = i + 1
    parts = []
    start = j
    while j < n:
        c = src[j]
        if c == "\\" and not verbatim:
            j += 2
            continue
        if c == quote:
            if verbatim and j + 1 < n and src[j + 1] == quote:
                j += 2
                continue
            parts.append((True, start, j))
            return j + 1, parts
        if interpolated and not js and c == "{":
            if j + 1 < n and src[j + 1] == "{":
                j += 2
                continue
            parts.append((True, start, j))
            k = hole_end(src, j + 1, js)
            parts.append((False, j, k))
            j = start = k
            continue
        if interpolated and js and src.startswith("${", j):
            parts.append((True, start, j))
            k = hole_end(src, j + 2, js)
            parts.append((False, j, k))
            j = start = k
            continue
        j += 1
    parts.append((True, start, n))
    return n, parts


def hole_end(src, j, js):
    depth = 1
    n = len(src)
    while j < n:
        c = src[j]
        if c in "\"'`" and (js or c == '"'):
            j, _ = scan_at(src, j, js)
            continue
        if not js and c == "'":
            j += 1
            while j < n and src[j] != "'":
                j += 2 if src[j] == "\\" else 1
            j += 1
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1
    return n


def all_literals(src, js):
    """Every literal, those nested in holes included."""
    for start, end, parts in literals(src, js):
        yield start, end, parts
        for is_text, a, b in parts:
            if not is_text:
                for s2, e2, p2 in all_literals_in(src, a + (2 if js else 1), b - 1, js):
                    yield s2, e2, p2


def all_literals_in(src, a, b, js):
    sub = src[a:b]
    for s, e, parts in all_literals(sub, js):
        yield s + a, e + a, [(t, x + a, y + a) for t, x, y in parts]


def fix(src, js):
    edits = []
    left = []
    for start, end, parts in all_literals(src, js):
        texts = [(a, b) for t, a, b in parts if t]
        joined = HOLE.join(src[a:b] for a, b in texts)
        zh_arm = re.search(r"(Pick\(|(IsChinese|ZhCN|\bzh|chinese)\s*\?\s*)[$@]*$", src[max(0, start - 40):start]) is not None
        if not CJK.search(joined) and not (zh_arm and HOLE in joined):
            continue
        if pattern_like(joined):
            if re.search(r"[\u3400-\u9fff][,;:!?()]|[,;:!?()][\u3400-\u9fff]", joined):
                left.append(src[start:end])
            continue
        new = convert(joined, zh_arm).split(HOLE)
        for (a, b), t in zip(texts, new):
            if src[a:b] != t:
                edits.append((a, b, t))
    for a, b, t in sorted(edits, reverse=True):
        src = src[:a] + t + src[b:]
    return src, len(edits), left


def main(argv):
    write = "--write" in argv
    files = [a for a in argv if a != "--write"]
    total = 0
    for f in files:
        js = not f.endswith(".cs")
        with open(f, encoding="utf-8") as h:
            old = h.read()
        new, count, left = fix(old, js)
        total += count
        for lit in left:
            print(f"{f}: left (pattern-like): {lit[:100]}")
        if count and write:
            with open(f, "w", encoding="utf-8", newline="") as h:
                h.write(new)
        if count:
            print(f"{f}: {count} literal parts")
    print(f"{total} literal parts {'changed' if write else 'to change'}")


if __name__ == "__main__":
    main(sys.argv[1:])
