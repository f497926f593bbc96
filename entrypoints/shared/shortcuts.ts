import { browser } from 'wxt/browser';

/** The command behind the toolbar button's shortcut (Chrome's and Firefox's names). */
export function isDigestCommand(name: string | undefined): boolean {
  return name === '_execute_action' || name === '_execute_browser_action';
}

/** The keys that digest the current tab ("Alt+Shift+G"), or '' when the reader has none set. */
export async function digestShortcut(): Promise<string> {
  try {
    return (await browser.commands.getAll()).find((c) => isDigestCommand(c.name))?.shortcut ?? '';
  } catch {
    return '';
  }
}
