import { existsSync, readFileSync } from 'node:fs';
import { encodePng } from '../../scripts/shared/png';

/**
 * A picture of part of the virtual screen, as the reader would see it: the browser window with its
 * toolbar and side panel, which no DevTools screenshot shows (those hold a page's content only).
 * scripts/with-display.sh has Xvfb keep its screen in a file, in X's XWD format; null when the
 * display is another one (then there is no such file).
 */
export const FRAMEBUFFER = process.env.NEWSGIST_FRAMEBUFFER ?? '';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function screenPng(rect: Rect): Buffer | null {
  if (!FRAMEBUFFER || !existsSync(FRAMEBUFFER)) return null;
  const file = readFileSync(FRAMEBUFFER);
  const field = (i: number) => file.readUInt32BE(i * 4);
  const [headerSize, width, height, byteOrder, bitsPerPixel, bytesPerLine, colors] = [
    field(0),
    field(4),
    field(5),
    field(7),
    field(11),
    field(12),
    field(19),
  ];
  if (bitsPerPixel !== 32) throw new Error(`Unexpected screen format: ${bitsPerPixel} bits a pixel`);
  const pixels = headerSize + colors * 12;
  const x0 = Math.max(0, Math.round(rect.x));
  const y0 = Math.max(0, Math.round(rect.y));
  const w = Math.min(width - x0, Math.round(rect.width));
  const h = Math.min(height - y0, Math.round(rect.height));
  const rgba = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const at = pixels + (y0 + y) * bytesPerLine + (x0 + x) * 4;
      const value = byteOrder === 0 ? file.readUInt32LE(at) : file.readUInt32BE(at);
      const i = (y * w + x) * 4;
      rgba[i] = (value >>> 16) & 0xff;
      rgba[i + 1] = (value >>> 8) & 0xff;
      rgba[i + 2] = value & 0xff;
      rgba[i + 3] = 0xff;
    }
  }
  return encodePng(w, h, rgba);
}
