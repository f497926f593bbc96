/**
 * Adds a saved page as a digest fixture: tests/fixtures/<name>/{source.html, SOURCE.md}, the code
 * of its scripts emptied (JSON-LD kept).
 *   npm run fixture:add -- <name> <page.html | page.html.gz> <original URL> "<provenance>"
 * Then write its reviewed expected digest on purpose:
 *   UPDATE_FIXTURES=1 npm run test:unit -- fixtures   (and review the diff of expected.json)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { commandLine, UsageError } from '../shared/args';

const [name, file, url, provenance] = commandLine(
  'Usage: npm run fixture:add -- <name: a-z 0-9 -> <page.html[.gz]> <original URL> "<provenance>"',
  {},
  ({ positionals }) => {
    if (positionals.length !== 4) throw new UsageError('Give a name, a page, its URL and its provenance.');
    if (!/^[a-z0-9-]+$/.test(positionals[0] ?? '')) throw new UsageError('The name takes a-z, 0-9 and - only.');
    return positionals as [string, string, string, string];
  },
);
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'fixtures', name);
if (existsSync(dir)) {
  process.stderr.write(`tests/fixtures/${name} exists already.\n`);
  process.exit(1);
}
const raw = readFileSync(file);
const page = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
// Scripts are never read as article text (JSON-LD apart, which metadata reads): their code is
// emptied so a saved page stays small. Styles stay: their hiding rules decide what is shown.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
let emptied = 0;
const html = page.replace(SCRIPT, (whole, attrs: string) => {
  if (/application\/ld\+json/i.test(attrs)) return whole;
  emptied++;
  return `<script${attrs}></script>`;
});
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'source.html'), html);
const note = emptied
  ? `\n\nThe code of its ${emptied} scripts (all but JSON-LD) was emptied to keep the file small; nothing else was changed.`
  : '';
writeFileSync(join(dir, 'SOURCE.md'), `# ${name}\n\nOriginal URL: ${url}\n\n${provenance}${note}\n`);
process.stdout.write(
  `Added tests/fixtures/${name}. Now run UPDATE_FIXTURES=1 npm run test:unit -- fixtures and review expected.json.\n`,
);
