#!/usr/bin/env python3
"""Moves report words written the old way (a Swift `switch` giving each key's
`english` and `serbianLatin` text) into the catalogues in locales/.

    git show BRANCH:Sources/RapporteurCore/Text/ReportWords.swift > /tmp/words.swift
    python3 scripts/move-words.py /tmp/words.swift            # list the keys en.po lacks
    python3 scripts/move-words.py /tmp/words.swift --add      # append them to every locales/*.po

Entries go under msgctxt "report.<key>" (or PREFIX.<key> with --prefix
template for Vocabulary). en.po and sr-Latn.po get their texts; sq.po and
mk.po get an empty msgstr, which the tests report until it is translated.
Add the same keys to the `Key` enum of ReportWords.swift.
"""
import os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def switch_cases(src, var):
    start = src.find(f"var {var}: String {{")
    if start < 0:
        return {}
    end = src.find("\n        }\n", start)
    out = {}
    for m in re.finditer(r'case \.(\w+):\s*((?:"(?:[^"\\]|\\.)*"\s*(?:\+\s*)?)+)', src[start:end]):
        out[m.group(1)] = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2)))
    return out


def contexts(path):
    found = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("msgctxt "):
            found.add(eval(line[8:]))
    return found


def quote(s):
    return '"' + s.replace('"', '\\"') + '"'


if __name__ == "__main__":
    source = open(sys.argv[1], encoding="utf-8").read()
    prefix = sys.argv[sys.argv.index("--prefix") + 1] if "--prefix" in sys.argv else "report"
    english, serbian = switch_cases(source, "english"), switch_cases(source, "serbianLatin")
    have = contexts(os.path.join(ROOT, "locales", "en.po"))
    missing = [k for k in english if f"{prefix}.{k}" not in have]
    for key in missing:
        print(f"{prefix}.{key}: {english[key]!r} / {serbian.get(key, '')!r}")
    if "--add" in sys.argv and missing:
        texts = {"en": english, "sr-Latn": serbian, "sq": {}, "mk": {}}
        for lang, table in texts.items():
            with open(os.path.join(ROOT, "locales", lang + ".po"), "a", encoding="utf-8") as f:
                for key in missing:
                    f.write(f"\nmsgctxt {quote(prefix + '.' + key)}\nmsgid {quote(english[key])}\n"
                            f"msgstr {quote(table.get(key, ''))}\n")
        print("add to Key:", ", ".join(missing))
