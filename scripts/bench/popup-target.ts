/**
 * The real toolbar popup is not a Playwright page. To time it, this watches Chromium's targets over
 * CDP and attaches the moment the popup's target appears (tens of milliseconds after its navigation
 * starts, well before it can show a digest), so an expression can watch it render.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

export class PopupWatcher {
  private nextId = 1;
  private sessionId: string | null = null;
  private readonly attached: Promise<string>;

  private constructor(
    private readonly cdp: CDPSession,
    popupUrl: string,
  ) {
    this.attached = new Promise<string>((resolve) => {
      const onTarget = ({ targetInfo }: { targetInfo: TargetInfo }) => {
        if (this.sessionId !== null || targetInfo.url !== popupUrl) return;
        this.sessionId = '';
        void this.cdp
          .send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false })
          .then(({ sessionId }) => {
            this.sessionId = sessionId;
            resolve(sessionId);
          });
      };
      this.cdp.on('Target.targetCreated', onTarget);
      this.cdp.on('Target.targetInfoChanged', onTarget);
    });
  }

  /** Starts watching for the next toolbar popup; open it after this resolves. */
  static async start(context: BrowserContext, via: Page, popupUrl: string): Promise<PopupWatcher> {
    const cdp = await context.newCDPSession(via);
    const watcher = new PopupWatcher(cdp, popupUrl);
    await cdp.send('Target.setDiscoverTargets', { discover: true });
    return watcher;
  }

  /** Sends a CDP command to the popup (through the browser session, as Playwright cannot see it). */
  private send<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    const sessionId = this.sessionId ?? '';
    return new Promise<T>((resolve, reject) => {
      const onMessage = (event: { sessionId?: string; message: string }) => {
        const reply = JSON.parse(event.message) as { id?: number; result?: T; error?: { message: string } };
        if (event.sessionId !== sessionId || reply.id !== id) return;
        this.cdp.off('Target.receivedMessageFromTarget', onMessage);
        if (reply.error) reject(new Error(reply.error.message));
        else resolve(reply.result as T);
      };
      this.cdp.on('Target.receivedMessageFromTarget', onMessage);
      this.cdp
        .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) })
        .catch(reject);
    });
  }

  /** Evaluates an expression in the popup once it is attached (promises are awaited). */
  async evaluate<T>(expression: string): Promise<T> {
    await this.attached;
    const { result, exceptionDetails } = await this.send<{ result: { value: T }; exceptionDetails?: { text: string } }>(
      'Runtime.evaluate',
      { expression, returnByValue: true, awaitPromise: true },
    );
    if (exceptionDetails) throw new Error(exceptionDetails.text);
    return result.value;
  }

  /** Closes the popup and stops watching. */
  async close(): Promise<void> {
    await this.evaluate('window.close()').catch(() => undefined);
    await this.cdp.send('Target.setDiscoverTargets', { discover: false }).catch(() => undefined);
    await this.cdp.detach().catch(() => undefined);
  }
}
