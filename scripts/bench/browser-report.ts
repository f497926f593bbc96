/** The tables of `npm run bench:browser`. */

import { median, ms, p95, printTable, printTimings, printVerdict } from '../shared/stats';
import type { CopyRun, PopupMarks, ShortcutPopupRun, ToolbarRun } from './browser-runs';
import type { InjectionTimes } from './injection';

const CLICK_BUDGET_MS = 250;

export interface FixtureResult {
  fixture: string;
  tab: { cold: PopupMarks; warm: PopupMarks[] };
  /** The toolbar button pinned, as a reader who clicks it has it. */
  toolbar: { cold: ToolbarRun; warm: ToolbarRun[] };
  /** Not pinned: Chromium first animates the button out of the Extensions menu. */
  unpinned: { cold: ToolbarRun; warm: ToolbarRun[] };
  shortcut: { cold: ShortcutPopupRun; warm: ShortcutPopupRun[] };
  copy: { cold: CopyRun; warm: CopyRun[] };
  injection: InjectionTimes;
}

/** The cold run, then the median and p95 of the warm runs. */
function coldAndWarm(cold: number, warm: number[]): string[] {
  return [ms(cold), ms(median(warm)), ms(p95(warm))];
}

function toolbarTable(
  title: string,
  runs: (r: FixtureResult) => { cold: ToolbarRun; warm: ToolbarRun[] },
  results: FixtureResult[],
): void {
  printTable(
    title,
    [
      'fixture',
      'cold',
      'median',
      'p95',
      'click → popup navigation',
      'navigation → digest painted',
      'watched before the digest',
    ],
    results.map((r) => {
      const { cold, warm } = runs(r);
      return [
        r.fixture,
        ...coldAndWarm(
          cold.wall,
          warm.map((x) => x.wall),
        ),
        ms(median(warm.map((x) => x.opening))),
        ms(median(warm.map((x) => x.inPopup))),
        `${[cold, ...warm].filter((x) => x.watched).length}/${warm.length + 1}`,
      ];
    }),
  );
}

export function reportToolbar(results: FixtureResult[], warm: number): void {
  toolbarTable(
    `Click to digest on screen: toolbar button pinned, action.openPopup() → digest painted (wall clock), ms; cold = first run, then ${warm} runs`,
    (r) => r.toolbar,
    results,
  );
  const allToolbar = results.flatMap((r) => r.toolbar.warm.map((x) => x.wall));
  printVerdict(
    median(allToolbar) <= CLICK_BUDGET_MS,
    `click to digest ${ms(median(allToolbar))} ms median over all fixtures after the first run ≤ ${CLICK_BUDGET_MS} ms`,
  );
  for (const r of results) {
    const m = median(r.toolbar.warm.map((x) => x.wall));
    if (m > CLICK_BUDGET_MS)
      printVerdict(false, `${r.fixture}: click to digest ${ms(m)} ms median > ${CLICK_BUDGET_MS} ms`);
  }
  toolbarTable(
    `The same, button NOT pinned (opened from the Extensions menu or the shortcut: Chromium first animates the button into the toolbar), ms; cold, then ${warm} runs`,
    (r) => r.unpinned,
    results,
  );
  printTable(
    `Popup shortcut: Alt+Shift+G (xdotool, button pinned) → digest painted in the toolbar popup, ms from the first key's keydown in the page; cold, then ${warm} presses`,
    ['fixture', 'cold', 'median', 'p95', 'watched before the digest'],
    results.map((r) => {
      const { cold, warm: w } = r.shortcut;
      return [
        r.fixture,
        ...coldAndWarm(
          cold.keyToDigest,
          w.map((x) => x.keyToDigest),
        ),
        `${[cold, ...w].filter((x) => x.watched).length}/${w.length + 1}`,
      ];
    }),
  );
}

export function reportWhere(results: FixtureResult[], warm: number): void {
  const tab = results.flatMap((r) => r.tab.warm);
  printTimings('Where the time goes (warm runs, all fixtures), ms', 'runs', [
    [
      'toolbar, pinned: click → popup navigation starts (the browser opens the popup)',
      results.flatMap((r) => r.toolbar.warm.map((x) => x.opening)),
    ],
    [
      'toolbar, not pinned: click → popup navigation starts (pop-out animation included)',
      results.flatMap((r) => r.unpinned.warm.map((x) => x.opening)),
    ],
    ['toolbar, pinned: navigation → digest painted', results.flatMap((r) => r.toolbar.warm.map((x) => x.inPopup))],
    ['popup in a tab: navigation → asks the tab (page load, app start)', tab.map((x) => x.askTab)],
    [
      'popup in a tab: asks the tab → digest returned (inject digest.js, digest in the page)',
      tab.map((x) => x.tabAnswered - x.askTab),
    ],
    [
      'popup in a tab: digest returned → painted (Preact render, next frame)',
      tab.map((x) => x.digestPainted - x.tabAnswered),
    ],
  ]);
  printTable(
    `Popup page in a tab (popup.html?tabId=N), ms from the popup's navigation start; median of ${warm} warm runs (cold in brackets); the digest is its first paint (the loading view waits 250 ms, so it never flashes)`,
    ['fixture', 'app rendered', 'asks the tab', 'tab answered', 'digest in DOM', 'painted', 'wall clock'],
    results.map((r) => {
      const w = r.tab.warm;
      const col = (k: keyof PopupMarks) => `${ms(median(w.map((x) => x[k])))} (${ms(r.tab.cold[k])})`;
      return [
        r.fixture,
        col('appRendered'),
        col('askTab'),
        col('tabAnswered'),
        col('digestInDom'),
        col('digestPainted'),
        col('wall'),
      ];
    }),
  );
}

export function reportInjection(results: FixtureResult[], warm: number): void {
  printTable(
    `Inside the article page: median ms of ${warm} runs (after one warm-up), main world for the last two`,
    [
      'fixture',
      'executeScript round trip',
      'executeScript digest.js',
      'compromise module set-up',
      'digestDocument (all loaded)',
    ],
    results.map(({ fixture, injection: t }) => [
      fixture,
      ms(median(t.roundTrip)),
      ms(median(t.digestJs)),
      ms(median(t.compromiseSetup)),
      ms(median(t.digest)),
    ]),
  );
}

export function reportCopy(results: FixtureResult[], warm: number): void {
  printTable(
    `Copy shortcut: Alt+Shift+Y (xdotool) → ✓ on the toolbar button (digest and copy in the offscreen document), ms; cold = first press, then ${warm} presses`,
    ['fixture', 'cold', 'median', 'p95', 'median from pressKeys()', 'keydown seen', 'clipboard written'],
    results.map((r) => {
      const w = r.copy.warm;
      const all = [r.copy.cold, ...w];
      return [
        r.fixture,
        ...coldAndWarm(
          r.copy.cold.keyToToast,
          w.map((x) => x.keyToToast),
        ),
        ms(median(w.map((x) => x.fromPress))),
        `${all.filter((x) => Number.isFinite(x.keyToToast)).length}/${all.length}`,
        `${all.filter((x) => x.copied).length}/${all.length}`,
      ];
    }),
  );
}
