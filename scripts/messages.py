#!/usr/bin/env python3
"""Lists the diagnostic messages written in Sources/ and adds the missing ones
to the catalogues in locales/, untranslated, so that a translator (or the
completeness test) sees what is left.

    python3 scripts/messages.py            # list messages missing from any catalogue
    python3 scripts/messages.py --add      # append them to every locales/*.po

The rules mirror Tests/RapporteurCoreTests/MessageExtraction.swift, which is
what the tests trust: a message is a single-line string literal given as
the message or suggestion of .error/.warning/.note, diagnostic(...),
AnswerProblem(...), Diagnostic(message:/suggestion:) or DiagnosticMessage(...),
adjacent literals joined by + making one message.
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LANGS = ["en", "sr-Latn", "sq", "mk"]


def literal(src, i):
    """Parses a "..." literal at src[i]; returns (template, end, count)."""
    assert src[i] == '"'
    i += 1
    out, n = "", 0
    while True:
        c = src[i]
        if c == '"':
            return out, i + 1, n
        if c == "\\":
            d = src[i + 1]
            if d == "(":
                depth, j = 1, i + 2
                while depth:
                    if src[j] == '"':
                        _, j, _ = literal(src, j)
                        continue
                    depth += {"(": 1, ")": -1}.get(src[j], 0)
                    j += 1
                out += "{%d}" % n
                n += 1
                i = j
                continue
            out += {"n": "\n", "t": "\t", "r": "\r", "0": "\0"}.get(d, d)
            i += 2
            continue
        out += c
        i += 1


def renumber(t, shift):
    return re.sub(r"\{(\d+)\}", lambda m: "{%d}" % (int(m.group(1)) + shift), t)


def messages_in(src):
    found = []
    frames = []  # [kind, callee, argIndex, label]
    i, last, prev_ident = 0, [], None
    previous_message = None  # (frame id, arg, index in found, count)
    while i < len(src):
        c = src[i]
        if src.startswith("//", i):
            i = src.index("\n", i) if "\n" in src[i:] else len(src)
            continue
        if src.startswith("/*", i):
            i = src.index("*/", i) + 2
            continue
        if src.startswith('"""', i):
            i = src.index('"""', i + 3) + 3
            last.append("lit-multi")
            continue
        if src.startswith('#"', i):
            i = src.index('"#', i + 2) + 2
            last.append("lit-raw")
            continue
        if c == '"':
            template, end, count = literal(src, i)
            if is_message(frames):
                key = (id(frames[-1]) if frames else 0, frames[-1][2] if frames else 0)
                if last and last[-1] == "+" and previous_message and previous_message[0] == key and len(last) >= 2 and last[-2] == "msg":
                    idx, n = previous_message[1], previous_message[2]
                    found[idx] = found[idx] + renumber(template, n)
                    previous_message = (key, idx, n + count)
                else:
                    found.append(template)
                    previous_message = (key, len(found) - 1, count)
                last.append("msg")
            else:
                last.append("lit")
            i = end
            continue
        if c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            k = j
            while k < len(src) and src[k] in " \t":
                k += 1
            if k < len(src) and src[k] == ":" and frames and frames[-1][3] is None and last and last[-1] in ("(", ","):
                frames[-1][3] = word
            dotted = last and last[-1] == "."
            last.append(("id:." if dotted else "id:") + word)
            i = j
            continue
        if c in "([{":
            callee = None
            if c == "(" and last and last[-1].startswith("id:"):
                callee = last[-1][3:]
            frames.append([c, callee, 0, None])
            last.append("(" if c == "(" else c)
        elif c in ")]}":
            if frames:
                frames.pop()
            last.append(c)
        elif c == ",":
            if frames:
                frames[-1][2] += 1
                frames[-1][3] = None
            last.append(",")
        elif c == "+":
            last.append("+")
        elif not c.isspace():
            last.append(c)
        i += 1
    return found


def qualifies(frame):
    kind, callee, arg, label = frame
    if kind != "(":
        return None
    if label == "suggestion":
        return True
    if callee in (".error", ".warning", ".note", "AnswerProblem", ".AnswerProblem"):
        return arg >= 1 and label is None
    if callee in ("diagnostic", "DiagnosticMessage", "Diagnostic") and False:
        pass
    if callee == "diagnostic":
        return arg == 0 and label is None
    if callee == "DiagnosticMessage":
        return label is None
    if callee == "Diagnostic":
        return label == "message"
    return False if callee else None


def is_message(frames):
    for frame in reversed(frames):
        q = qualifies(frame)
        if q is None:
            continue
        return q
    return False


def sources():
    for base, _, files in os.walk(os.path.join(ROOT, "Sources")):
        for f in sorted(files):
            if f.endswith(".swift"):
                yield os.path.join(base, f)


def all_messages():
    seen = []
    for path in sorted(sources()):
        for m in messages_in(open(path, encoding="utf-8").read()):
            if m not in seen:
                seen.append(m)
    return seen


def po_ids(path):
    ids, ctx = set(), False
    if not os.path.exists(path):
        return ids
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line.startswith("msgctxt"):
            ctx = True
        elif line.startswith("msgid "):
            cur = eval(line[6:])
        elif line.startswith('"') and cur is not None:
            cur += eval(line)
        elif line.startswith("msgstr"):
            if not ctx:
                ids.add(cur)
            cur, ctx = None, False
    return ids


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


if __name__ == "__main__":
    messages = all_messages()
    add = "--add" in sys.argv
    for lang in LANGS:
        path = os.path.join(ROOT, "locales", lang + ".po")
        have = po_ids(path)
        missing = [m for m in messages if m not in have]
        if not missing:
            continue
        print(f"{lang}: {len(missing)} message(s) missing", file=sys.stderr)
        if add:
            with open(path, "a", encoding="utf-8") as f:
                for m in missing:
                    flag = "#, python-brace-format\n" if re.search(r"\{\d+\}", m) else ""
                    f.write(f"\n{flag}msgid {quote(m)}\nmsgstr {quote(m) if lang == 'en' else quote('')}\n")
        elif "--list" in sys.argv or lang == "en":
            for m in missing:
                print(f"  {m}")
