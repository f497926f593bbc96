/** The tables of `npm run bench:browser`. */
import type { CopyRun, PopupMarks, ToolbarRun } from './browser-runs';
import type { InjectionTimes } from './injection';
import { median, ms, p95, printTable, printTimings, printVerdict } from './stats';

const CLICK_BUDGET_MS = 250;

export interface FixtureResult {
  fixture: string;
  tab: { cold: PopupMarks; warm: PopupMarks[] };
  toolbar: { cold: ToolbarRun; warm: ToolbarRun[] };
  copy: { cold: CopyRun; warm: CopyRun[] };
  injection: InjectionTimes;
}

/** The cold run, then the median and p95 of the warm runs. */
function coldAndWarm(cold: number, warm: number[]): string[] {
  return [ms(cold), ms(median(warm)), ms(p95(warm))];
}

export function reportToolbar(results: FixtureResult[], warm: number): void {
  printTable(
    `Click to digest on screen: toolbar popup, action.openPopup() → digest painted (wall clock), ms; cold = first run, then ${warm} runs`,
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
      const w = r.toolbar.warm;
      return [
        r.fixture,
        ...coldAndWarm(
          r.toolbar.cold.wall,
          w.map((x) => x.wall),
        ),
        ms(median(w.map((x) => x.opening))),
        ms(median(w.map((x) => x.inPopup))),
        `${[r.toolbar.cold, ...w].filter((x) => x.watched).length}/${w.length + 1}`,
      ];
    }),
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
}

export function reportWhere(results: FixtureResult[], warm: number): void {
  const tab = results.flatMap((r) => r.tab.warm);
  printTimings('Where the time goes (warm runs, all fixtures), ms', 'runs', [
    [
      'toolbar: click → popup navigation starts (the browser opens the popup)',
      results.flatMap((r) => r.toolbar.warm.map((x) => x.opening)),
    ],
    ['toolbar: navigation → digest painted', results.flatMap((r) => r.toolbar.warm.map((x) => x.inPopup))],
    ['popup in a tab: navigation → first paint (loading view)', tab.map((x) => x.firstPaint)],
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
    `Popup page in a tab (popup.html?tabId=N), ms from the popup's navigation start; median of ${warm} warm runs (cold in brackets)`,
    [
      'fixture',
      'first paint',
      'app rendered',
      'asks the tab',
      'tab answered',
      'digest in DOM',
      'painted',
      'wall clock',
    ],
    results.map((r) => {
      const w = r.tab.warm;
      const col = (k: keyof PopupMarks) => `${ms(median(w.map((x) => x[k])))} (${ms(r.tab.cold[k])})`;
      return [
        r.fixture,
        col('firstPaint'),
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
    `Copy shortcut: Alt+Shift+Y (xdotool) → toast attached in the page, ms; cold = first press, then ${warm} presses`,
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
