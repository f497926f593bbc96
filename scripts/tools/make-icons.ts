/**
 * Draws the toolbar icon (a blue rounded square with three digest lines) as PNGs at the sizes
 * browsers ask for: npm run icons → entrypoints/public/icon/<size>.png. Pure math, no image tools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { noArguments } from '../shared/args';
import { encodePng } from '../shared/png';

noArguments('Usage: npm run icons (no arguments: it writes its files)');

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'entrypoints', 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];
const SUPERSAMPLE = 4;

function insideRoundRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number): boolean {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Colour at a point of the unit square: [r, g, b, a]. */
function shade(x: number, y: number): [number, number, number, number] {
  if (!insideRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.22)) return [0, 0, 0, 0];
  const lines: [number, number, number][] = [
    [0.3, 0.2, 0.8],
    [0.5, 0.2, 0.7],
    [0.7, 0.2, 0.55],
  ];
  for (const [cy, x0, x1] of lines) {
    if (insideRoundRect(x, y, x0, cy - 0.06, x1, cy + 0.06, 0.06))
      return cy === 0.3 ? [255, 214, 102, 255] : [255, 255, 255, 255];
  }
  return [11, 87, 208, 255];
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const c = shade((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
          const a = c[3] / 255;
          sum[0] = (sum[0] ?? 0) + c[0] * a;
          sum[1] = (sum[1] ?? 0) + c[1] * a;
          sum[2] = (sum[2] ?? 0) + c[2] * a;
          sum[3] = (sum[3] ?? 0) + c[3];
        }
      }
      const n = SUPERSAMPLE * SUPERSAMPLE;
      const alpha = (sum[3] ?? 0) / n;
      const i = (py * size + px) * 4;
      const cover = alpha / 255 || 1;
      rgba[i] = Math.round((sum[0] ?? 0) / n / cover);
      rgba[i + 1] = Math.round((sum[1] ?? 0) / n / cover);
      rgba[i + 2] = Math.round((sum[2] ?? 0) / n / cover);
      rgba[i + 3] = Math.round(alpha);
    }
  }
  writeFileSync(join(OUT, `${size}.png`), encodePng(size, size, rgba));
}
process.stdout.write(`Wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to entrypoints/public/icon/\n`);
