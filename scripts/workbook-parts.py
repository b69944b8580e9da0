#!/usr/bin/env python3
"""Writes a workbook (.xlsx) as the input of the `workbook` fuzz target.

The target fuzzes the parts a sheet is read from, not the zip bytes (see
Sources/FuzzTargets/WorkbookParts.swift): a selector byte, then the parts in
a fixed order separated by "\\n\\x01PART\\x01\\n", a missing part empty.

usage: workbook-parts.py SELECTOR_BYTE IN.xlsx OUT
"""
import sys
import zipfile

NAMES = [
    "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
    "xl/sharedStrings.xml", "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
]
SEPARATOR = b"\n\x01PART\x01\n"


def main():
    selector, source, target = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    try:
        package = zipfile.ZipFile(source)
    except zipfile.BadZipFile:
        return 0  # a hostile file that is no zip is no seed for this target
    stored = {name.lower(): name for name in package.namelist()}
    parts = []
    for name in NAMES:
        real = stored.get(name.lower())
        try:
            parts.append(package.read(real) if real else b"")
        except Exception:
            parts.append(b"")
    with open(target, "wb") as out:
        out.write(bytes([selector]) + SEPARATOR.join(parts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
