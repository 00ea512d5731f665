#!/usr/bin/env python3
"""Tiles PNGs (pdftoppm output) into one contact sheet, pure Python (zlib only): contact-sheet.py out.png cols a.png b.png …"""
import struct, sys, zlib

def read(path):
    data = open(path, 'rb').read()
    pos, chunks = 8, []
    w = h = ctype = 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', body[:10])
        elif kind == b'IDAT':
            chunks.append(body)
        pos += 12 + n
    bpp = {2: 3, 6: 4, 0: 1}[ctype]
    raw = zlib.decompress(b''.join(chunks))
    stride, rows, prev = w * bpp, [], bytearray(w * bpp)
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1: line[i] = (line[i] + a) & 255
            elif f == 2: line[i] = (line[i] + b) & 255
            elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        rows.append(bytes(line[j] for k in range(w) for j in (k * bpp, k * bpp + (1 % bpp), k * bpp + (2 % bpp))) if bpp != 3 else bytes(line))
    return w, h, rows

def write(path, w, h, rows):
    raw = b''.join(b'\0' + r for r in rows)
    def chunk(k, b): return struct.pack('>I', len(b)) + k + b + struct.pack('>I', zlib.crc32(k + b) & 0xffffffff)
    open(path, 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw, 6)) + chunk(b'IEND', b''))

out, cols, files = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
imgs = [read(f) for f in files]
cw, ch = max(i[0] for i in imgs), max(i[1] for i in imgs)
gap = 6
nrows = (len(imgs) + cols - 1) // cols
W, H = cols * (cw + gap), nrows * (ch + gap)
canvas = [bytearray(b'\x80' * (W * 3)) for _ in range(H)]
for n, (w, h, rows) in enumerate(imgs):
    ox, oy = (n % cols) * (cw + gap), (n // cols) * (ch + gap)
    for y in range(h):
        canvas[oy + y][ox * 3:(ox + w) * 3] = rows[y]
write(out, W, H, [bytes(r) for r in canvas])
