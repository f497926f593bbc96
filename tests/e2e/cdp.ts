import type { CDPSession, Page } from 'playwright-core';
import { type Browser, UI_TIMEOUT } from './harness';

export interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
}

/**
 * A DevTools session on any target of the browser (the extension's service worker, a tab),
 * attached through a page's CDP session, that keeps every event the target sends.
 */
export class CdpTarget {
  readonly events: CdpEvent[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly session: CDPSession,
    private readonly sessionId: string,
    readonly info: TargetInfo,
  ) {
    session.on('Target.receivedMessageFromTarget', (event: { sessionId?: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        method?: string;
        params?: Record<string, unknown>;
        result?: unknown;
        error?: { message: string };
      };
      if (message.id !== undefined) {
        const call = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else call?.resolve(message.result);
      } else if (message.method) {
        this.events.push({ method: message.method, params: message.params ?? {} });
      }
    });
  }

  /** Lists the browser's targets, seen from `via`. */
  static async targets(b: Browser, via: Page): Promise<TargetInfo[]> {
    const session = await b.context.newCDPSession(via);
    try {
      return ((await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] }).targetInfos;
    } finally {
      await session.detach().catch(() => undefined);
    }
  }

  /** Waits for a target that `match` accepts and attaches to it. */
  static async attach(
    b: Browser,
    via: Page,
    match: (t: TargetInfo) => boolean,
    timeoutMs = UI_TIMEOUT,
    notFound = 'No such target.',
  ): Promise<CdpTarget> {
    const session = await b.context.newCDPSession(via);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      const target = targetInfos.find(match);
      if (target) {
        const { sessionId } = (await session.send('Target.attachToTarget', {
          targetId: target.targetId,
          flatten: false,
        })) as { sessionId: string };
        return new CdpTarget(session, sessionId, target);
      }
      if (Date.now() > deadline) throw new Error(notFound);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  call<T>(method: string, params: object = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.session
        .send('Target.sendMessageToTarget', {
          sessionId: this.sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  }

  /** URLs of the requests the target sent since Network.enable. */
  requests(): { url: string; initiator: unknown }[] {
    return this.events
      .filter((e) => e.method === 'Network.requestWillBeSent')
      .map((e) => ({ url: (e.params.request as { url: string }).url, initiator: e.params.initiator }));
  }

  /** Uncaught exceptions and console errors the target reported since Runtime/Log.enable. */
  errors(): string[] {
    return this.events.flatMap((e) => {
      if (e.method === 'Runtime.exceptionThrown') {
        const d = e.params.exceptionDetails as { text: string; exception?: { description?: string } };
        return [`${d.text} ${d.exception?.description ?? ''}`.trim()];
      }
      if (e.method === 'Runtime.consoleAPICalled' && (e.params.type === 'error' || e.params.type === 'assert')) {
        const args = e.params.args as { value?: unknown; description?: string }[];
        return [args.map((a) => String(a.value ?? a.description ?? '')).join(' ')];
      }
      if (e.method === 'Log.entryAdded') {
        const entry = e.params.entry as { level: string; text: string; url?: string };
        return entry.level === 'error' ? [`${entry.text} ${entry.url ?? ''}`.trim()] : [];
      }
      return [];
    });
  }

  async detach(): Promise<void> {
    await this.session.detach().catch(() => undefined);
  }
}

/**
 * The real toolbar popup (opened by a click, a shortcut or `action.openPopup()`) and the side panel
 * are not Playwright pages; they are reachable over CDP. This attaches to one and evaluates
 * expressions there.
 */
export class ExtensionView {
  private constructor(private readonly target: CdpTarget) {}

  /** Waits for the extension page whose address (after chrome-extension://<id>/) `matches`. */
  static async find(
    b: Browser,
    via: Page,
    matches: (path: string) => boolean,
    timeoutMs = UI_TIMEOUT,
    notFound = 'The view did not open.',
  ): Promise<ExtensionView> {
    const prefix = `chrome-extension://${b.extensionId}/`;
    const target = await CdpTarget.attach(
      b,
      via,
      (t) => t.type === 'page' && t.url.startsWith(prefix) && matches(t.url.slice(prefix.length)),
      timeoutMs,
      notFound,
    );
    return new ExtensionView(target);
  }

  /** DevTools on the view, to record its requests or errors (Network.enable…). */
  get devtools(): CdpTarget {
    return this.target;
  }

  /** Evaluates `expression` in the view and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.target.call<{
      result: { value: T };
      exceptionDetails?: { text: string };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  /** Polls until `expression` is truthy in the view, then returns its value. */
  async waitFor<T>(expression: string, timeoutMs = UI_TIMEOUT): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting in the view for: ${expression}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /**
   * Clicks what `selector` finds with DevTools' mouse events: a click the view sees as the reader's
   * (trusted), not a script's.
   */
  async click(selector: string): Promise<void> {
    const at = await this.waitFor<{ x: number; y: number }>(
      `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) return null; el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`,
    );
    for (const type of ['mousePressed', 'mouseReleased'])
      await this.target.call('Input.dispatchMouseEvent', { type, x: at.x, y: at.y, button: 'left', clickCount: 1 });
  }

  /** A PNG of the view as the reader sees it. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.target.call<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  detach(): Promise<void> {
    return this.target.detach();
  }
}

/** The real toolbar popup: popup.html, as a click, the shortcut or `action.openPopup()` opens it. */
export const ToolbarPopup = {
  find: (b: Browser, via: Page, timeoutMs = UI_TIMEOUT): Promise<ExtensionView> =>
    ExtensionView.find(b, via, (path) => path === 'popup.html', timeoutMs, 'The toolbar popup did not open.'),
};

export interface RecordedRequests {
  /** Every request Playwright saw in the browser context, with the page or worker it came from. */
  seen: { url: string; from: string }[];
  /** The extension's service worker, with DevTools' Network domain recording. */
  worker: CdpTarget;
}

/** Starts recording every request the browser makes: in the context, and in the extension's service worker. */
export async function recordRequests(b: Browser, via: Page): Promise<RecordedRequests> {
  const seen: RecordedRequests['seen'] = [];
  b.context.on('request', (r) => {
    let from = '';
    try {
      from = r.serviceWorker()?.url() ?? r.frame().url();
    } catch {
      from = 'unknown';
    }
    seen.push({ url: r.url(), from });
  });
  const worker = await CdpTarget.attach(
    b,
    via,
    (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${b.extensionId}/`),
  );
  await worker.call('Network.enable');
  return { seen, worker };
}
