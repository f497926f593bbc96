/**
 * The E2E harness (tests/e2e/harness.ts), loaded for scripts run by tsx: it finds its files with
 * __dirname, which vitest provides and ES modules do not.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
Object.assign(globalThis, { __dirname: join(ROOT, 'tests', 'e2e') });
export const harness = await import('../../tests/e2e/harness');
export type Browser = Awaited<ReturnType<typeof harness.launchBrowser>>;
/** DevTools access to the side panel and the toolbar popup (tests/e2e/cdp.ts). */
export const cdp = await import('../../tests/e2e/cdp');
