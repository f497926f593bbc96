import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { fiveMegabytePage, twoHundredThousandSpans } from '../tests/fixtures/hostile/huge';

const pages: Record<string, string> = { five: fiveMegabytePage(), spans: twoHundredThousandSpans() };
const server = createServer((req, res) => {
  res.setHeader('content-type', 'text/html');
  res.end('<title>x</title>');
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
const port = (server.address() as { port: number }).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/blank`);
await page.addScriptTag({ content: readFileSync('/tmp/exp/ng.js', 'utf8') });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const WANT = (
  process.env.WANT ??
  'digestPage,extractArticle,pruneBoilerplate,parse,_grabArticle,walkBlocks,readFacts,digestArticle,removeHiddenByPage,copyWithoutHidden,measurePage,collapseWrapperChains,asidesApart,storyAnchor,removeGluedCards,removeDateBoxes,spaceBylineBoxes,keepJsonLd,cleanBlocks,findOfficials,rankSentences,detectLanguage,segmentSentences'
).split(',');
for (const name of (process.argv[2] ?? 'five').split(',')) {
  await page.evaluate(`window.__html = ${JSON.stringify(pages[name])}`);
  for (let run = 0; run < 2; run++) {
    if (run === 1) await cdp.send('Profiler.start');
    const t = await page.evaluate(
      `(() => { const t0 = performance.now(); const doc = new DOMParser().parseFromString(window.__html, 'text/html'); const t1 = performance.now(); const r = NG.digestDocument(doc, { url: 'http://x/', disposable: true }); const t2 = performance.now(); return { parse: Math.round(t1 - t0), digest: Math.round(t2 - t1), ok: r.ok }; })()`,
    );
    console.log(name, run, JSON.stringify(t));
    if (run === 1) {
      const { profile } = (await cdp.send('Profiler.stop')) as any;
      const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const total = new Map<string, number>();
      profile.samples.forEach((id: number, i: number) => {
        const seen = new Set<string>();
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
          const f = byId.get(n).callFrame.functionName;
          if (WANT.includes(f) && !seen.has(f)) {
            seen.add(f);
            total.set(f, (total.get(f) ?? 0) + profile.timeDeltas[i] / 1000);
          }
        }
      });
      console.log(
        [...total]
          .sort((a, b) => b[1] - a[1])
          .map(([k, v]) => `  ${v.toFixed(0).padStart(6)} ms ${k}`)
          .join('\n'),
      );
    }
  }
}
await browser.close();
server.close();
