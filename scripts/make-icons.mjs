/**
 * Draws the add-in's icons as PNG files in assets/: a teal rounded square with a white bar chart
 * (the add-in) or a white table grid (the insert button). Run with `node scripts/make-icons.mjs`.
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const assets = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const TEAL = [14, 124, 102];
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

/** Shapes in a 0..1 square: rectangles and one rounded background. */
const BAR_CHART = [
  { x: 0.22, y: 0.52, w: 0.14, h: 0.26 },
  { x: 0.43, y: 0.34, w: 0.14, h: 0.44 },
  { x: 0.64, y: 0.2, w: 0.14, h: 0.58 },
];
const TABLE_GRID = [
  { x: 0.2, y: 0.22, w: 0.6, h: 0.14 },
  { x: 0.2, y: 0.42, w: 0.27, h: 0.13 },
  { x: 0.53, y: 0.42, w: 0.27, h: 0.13 },
  { x: 0.2, y: 0.61, w: 0.27, h: 0.13 },
  { x: 0.53, y: 0.61, w: 0.27, h: 0.13 },
];

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideAny(rects, x, y) {
  return rects.some((r) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h);
}

/** RGBA pixels, anti-aliased by averaging SUPERSAMPLE² samples per pixel. */
function draw(size, glyph) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedSquare(x, y, 0.18)) continue;
          covered++;
          if (insideAny(glyph, x, y)) white++;
        }
      }
      const offset = (py * size + px) * 4;
      const whiteShare = covered === 0 ? 0 : white / covered;
      for (let channel = 0; channel < 3; channel++) {
        pixels[offset + channel] = Math.round(TEAL[channel] * (1 - whiteShare) + WHITE[channel] * whiteShare);
      }
      pixels[offset + 3] = Math.round((covered / samples) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 64, 80]) {
  writeFileSync(join(assets, `icon-${size}.png`), png(size, draw(size, BAR_CHART)));
}
for (const size of [16, 32, 80]) {
  writeFileSync(join(assets, `insert-${size}.png`), png(size, draw(size, TABLE_GRID)));
}
