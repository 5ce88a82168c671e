/**
 * Draws the add-in's icons: a deep blue rounded square with a white bar chart.
 * 16, 32 and 80 px for the ribbon button; 32 px (IconUrl) and 64 px
 * (HighResolutionIconUrl) for the add-in itself, the sizes Office asks of a
 * task pane add-in. Run with `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80];
const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
/** Samples per pixel side: smooth edges without a drawing library. */
const SAMPLES = 4;

// The glyph in unit coordinates (0–1): three bars rising left to right on a baseline.
const BARS = [
  { x0: 0.24, x1: 0.36, top: 0.56 },
  { x0: 0.44, x1: 0.56, top: 0.38 },
  { x0: 0.64, x1: 0.76, top: 0.22 },
];
const BASELINE = { x0: 0.18, x1: 0.82, y0: 0.76, y1: 0.81 };
const BAR_BOTTOM = BASELINE.y0;
const RADIUS = 0.2;

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, RADIUS), 1 - RADIUS);
  const cy = Math.min(Math.max(y, RADIUS), 1 - RADIUS);
  return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2;
}

function insideGlyph(x: number, y: number): boolean {
  if (x >= BASELINE.x0 && x <= BASELINE.x1 && y >= BASELINE.y0 && y <= BASELINE.y1) {
    return true;
  }
  return BARS.some((b) => x >= b.x0 && x <= b.x1 && y >= b.top && y <= BAR_BOTTOM);
}

/** RGBA pixels of one icon size. */
function drawIcon(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let shape = 0;
      let glyph = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) {
            continue;
          }
          shape++;
          if (insideGlyph(x, y)) {
            glyph++;
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const g = shape === 0 ? 0 : glyph / shape;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        pixels[i + c] = Math.round(BLUE[c] * (1 - g) + WHITE[c] * g);
      }
      pixels[i + 3] = Math.round((255 * shape) / n);
    }
  }
  return pixels;
}

/** A PNG file (8-bit RGBA, no interlace) around raw pixels. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) {
    c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}
