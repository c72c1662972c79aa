// Draws the extension icon (media/icon.png, 128×128): a red square with rounded corners, a white page with
// text lines, a yellow star and a check mark. Plain shape tests with 4×4 supersampling, written as a PNG
// with node:zlib, so no image tool is needed. Run: node scripts/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const N = 128,
  S = 4;
const RED = [200, 16, 46],
  WHITE = [255, 255, 255],
  GREY = [150, 150, 160];
const YELLOW = [255, 205, 0],
  GREEN = [0, 150, 70];

const inRounded = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r),
    cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const star = (() => {
  const pts = [];
  for (let k = 0; k < 10; k++) {
    const a = -Math.PI / 2 + (k * Math.PI) / 5,
      r = k % 2 ? 7 : 17;
    pts.push([34 + r * Math.cos(a), 36 + r * Math.sin(a)]);
  }
  return pts;
})();
const inPolygon = (x, y, pts) => {
  let inside = false;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const [xi, yi] = pts[i],
      [xj, yj] = pts[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
};
const nearSegment = (x, y, [ax, ay], [bx, by], w) => {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return (x - ax - t * (bx - ax)) ** 2 + (y - ay - t * (by - ay)) ** 2 <= w * w;
};

function colour(x, y) {
  if (!inRounded(x, y, 4, 4, 124, 124, 22)) return null;
  if (nearSegment(x, y, [70, 94], [84, 108], 6) || nearSegment(x, y, [84, 108], [110, 76], 6)) return GREEN;
  if (inPolygon(x, y, star)) return YELLOW;
  if (inRounded(x, y, 56, 18, 108, 112, 4)) {
    for (const ly of [34, 48, 62, 76]) if (y >= ly && y <= ly + 4 && x >= 64 && x <= 100) return GREY;
    return WHITE;
  }
  return RED;
}

const raw = Buffer.alloc(N * (N * 4 + 1));
for (let y = 0; y < N; y++) {
  raw[y * (N * 4 + 1)] = 0;
  for (let x = 0; x < N; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < S; sy++)
      for (let sx = 0; sx < S; sx++) {
        const c = colour(x + (sx + 0.5) / S, y + (sy + 0.5) / S);
        if (c) {
          acc[0] += c[0];
          acc[1] += c[1];
          acc[2] += c[2];
          acc[3]++;
        }
      }
    const o = y * (N * 4 + 1) + 1 + x * 4;
    if (acc[3]) for (let k = 0; k < 3; k++) raw[o + k] = Math.round(acc[k] / acc[3]);
    raw[o + 3] = Math.round((255 * acc[3]) / (S * S));
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const c = Buffer.alloc(4);
  c.writeUInt32BE(crc(td));
  return Buffer.concat([len, td, c]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(N, 0);
ihdr.writeUInt32BE(N, 4);
ihdr[8] = 8;
ihdr[9] = 6;
ihdr[10] = 0;
ihdr[11] = 0;
ihdr[12] = 0;
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync('media', { recursive: true });
writeFileSync('media/icon.png', png);
process.stdout.write(`media/icon.png: ${png.length} bytes\n`);
