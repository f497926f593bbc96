import { existsSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { FIXTURES } from './harness';

const PAGES = join(__dirname, 'pages');
/** The stalled page is the seed article, its head sent at once and its body on release. */
const SEED = readFileSync(join(FIXTURES, 'seed-blinken-china', 'source.html'), 'utf8');
const SEED_HEAD = SEED.slice(0, SEED.search(/<body/i));
const SEED_BODY = SEED.slice(SEED_HEAD.length);

/** A one-page PDF with one line of text, built with correct cross-reference offsets. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/**
 * A second server on 127.0.0.1 for the privacy and bad-page tests. It logs every request it gets
 * (so a test can prove a URL was never fetched) and serves:
 * - /pages/<file>.html from tests/e2e/pages;
 * - /doc.pdf, a tiny PDF (Chromium shows it in its PDF viewer);
 * - /stalled.html, a page whose head arrives at once and whose body waits for `release()`;
 * - anything else: 404 (beacons land here and are logged).
 */
export async function startProbeServer() {
  const log: string[] = [];
  const stalled: ServerResponse[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    log.push(path);
    const page = /^\/pages\/([a-z0-9-]+\.html)$/.exec(path)?.[1];
    if (page && existsSync(join(PAGES, page))) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(PAGES, page)));
    } else if (path === '/doc.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end(tinyPdf('Minister resigns over budget row'));
    } else if (path === '/stalled.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(SEED_HEAD);
      stalled.push(res);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    /** Sends the stalled pages their body and ends them. */
    release: () => {
      for (const res of stalled.splice(0)) res.end(SEED_BODY);
    },
    close: () => {
      for (const res of stalled.splice(0)) res.destroy();
      server.close();
    },
  };
}
