// Draws the add-in's icons (16, 32, 64, 80 px) as PNG files in assets/: a navy tile with three rising bars (the deck's
// chart) and an orange point (the one highlight, as on the default template). Plain Node, no native dependencies:
// shapes are distance functions sampled 8×8 times per pixel, written with zlib.  Run: node addin-manifest/draw-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const navy = [0x1f, 0x3a, 0x68], blue = [0x2b, 0x5f, 0xae], orange = [0xf2, 0x8c, 0x28], white = [0xff, 0xff, 0xff];

const roundedBox = (x, y, x0, y0, x1, y1, r) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r)), dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return Math.hypot(dx, dy) <= r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};

// The colour at a point of the unit square, or null outside the tile. Small sizes get thicker bars so they stay crisp.
function colourAt(x, y, size) {
  if (!roundedBox(x, y, 0, 0, 1, 1, 0.2)) return null;
  const small = size <= 16;
  const width = small ? 0.19 : 0.14, gap = small ? 0.07 : 0.06, base = 0.8;
  const heights = small ? [0.25, 0.4, 0.56] : [0.22, 0.36, 0.5];
  for (let i = 0; i < 3; i++) {
    const x0 = (small ? 0.14 : 0.18) + i * (width + gap);
    if (roundedBox(x, y, x0, base - heights[i], x0 + width, base, small ? 0.02 : 0.03)) return white;
  }
  const cx = small ? 0.76 : 0.74, cy = small ? 0.27 : 0.28, r = small ? 0.13 : 0.1;
  if (Math.hypot(x - cx, y - cy) <= r) return orange;
  const t = y;
  return navy.map((c, i) => c + (blue[i] - c) * t);
}

function draw(size) {
  const n = 8, rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < n; sy++)
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size, size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      const o = (py * size + px) * 4;
      if (a > 0) { rgba[o] = Math.round(r / a); rgba[o + 1] = Math.round(g / a); rgba[o + 2] = Math.round(b / a); }
      rgba[o + 3] = Math.round((255 * a) / (n * n));
    }
  return png(size, size, rgba);
}

function png(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header[8] = 8; header[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header), chunk("IDAT", deflateSync(raw, { level: 9 })), chunk("IEND", Buffer.alloc(0))]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4); length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes) {
  let c = ~0;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

for (const size of [16, 32, 64, 80])
  writeFileSync(fileURLToPath(new URL(`assets/icon-${size}.png`, import.meta.url)), draw(size));
