import { browser } from 'wxt/browser';
import { MAX_SELECTION_CHARS } from '@/lib/selection';
import { t } from './i18n';
import { postRequest, type SelectionCopy } from './requests';
import type { OpenIn } from './settings';

/**
 * What the background does when the reader asks for a digest with a gesture that lets Newsgist read
 * the tab (activeTab): the toolbar button or the shortcut while they open the side panel, and the
 * two context-menu entries. The popup, when chosen, is opened by the browser itself on a click or
 * the shortcut; the side panel and the popup opened from a menu are opened here.
 *
 * The browsers open a panel or a popup only while the gesture's event is being handled, so each
 * opening call is made before anything is awaited. That is why the menu entries' ids say where they
 * open (`digest-page@panel`): the settings cannot be read from storage in time.
 */

export const POPUP = '/popup.html';
export type MenuKind = 'selection' | 'page';
const MENU_IDS: Record<MenuKind, string> = { selection: 'digest-selection', page: 'digest-page' };

export function menuId(kind: MenuKind, openIn: OpenIn): string {
  return `${MENU_IDS[kind]}@${openIn}`;
}

export function parseMenuId(id: string | number): { kind: MenuKind; openIn: OpenIn } | null {
  const [name, openIn] = String(id).split('@');
  const kind = (Object.keys(MENU_IDS) as MenuKind[]).find((k) => MENU_IDS[k] === name);
  return kind && (openIn === 'popup' || openIn === 'panel') ? { kind, openIn } : null;
}

const action = () => browser.action ?? browser.browserAction;

/**
 * Makes the toolbar button and the shortcut open what the reader chose: the popup, or (no popup set)
 * a click the background answers by opening the panel. Re-creates the menu entries to match.
 */
export async function applyOpenIn(openIn: OpenIn): Promise<void> {
  await action().setPopup({ popup: openIn === 'popup' ? POPUP : '' });
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: menuId('selection', openIn),
    title: t('menuDigestSelection'),
    contexts: ['selection'],
  });
  browser.contextMenus.create({ id: menuId('page', openIn), title: t('menuDigestPage'), contexts: ['page'] });
}

type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

/** Opens the side panel (Chrome) or sidebar (Firefox) of a window; call it before any await. */
function openPanel(windowId: number): void {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  const opened = sidebar ? sidebar.open() : browser.sidePanel.open({ windowId });
  opened.catch(() => undefined);
}

/** Opens the popup at `page` in a window, then gives the button its usual popup back. */
function openPopupAt(windowId: number, page: string): void {
  const button = action();
  if (page !== POPUP) void button.setPopup({ popup: page });
  button
    .openPopup({ windowId })
    .catch(() => undefined)
    .finally(() => {
      if (page !== POPUP) void button.setPopup({ popup: POPUP });
    });
}

interface GestureTab {
  id?: number;
  windowId?: number;
}

/** The toolbar button or the shortcut while they open the panel (no popup is set then). */
export function onActionClicked(tab: GestureTab): void {
  if (tab.id === undefined || tab.windowId === undefined) return;
  openPanel(tab.windowId);
  void postRequest({ view: 'panel', windowId: tab.windowId, tabId: tab.id, at: Date.now() });
}

/**
 * Runs in the page (self-contained): the selected text with its line breaks, which the menu's
 * `selectionText` does not keep, and the page's title and address.
 */
function selectionInPage(max: number): SelectionCopy {
  const text = getSelection()?.toString() ?? '';
  return { text: text.slice(0, max), length: text.length, title: document.title, url: location.href };
}

/** The selection, read in the page; where no script may run there (a PDF), the menu's copy of it. */
async function readSelection(tabId: number, fallback: string, title: string, url: string): Promise<SelectionCopy> {
  try {
    const [frame] = await browser.scripting.executeScript({
      target: { tabId },
      func: selectionInPage,
      args: [MAX_SELECTION_CHARS],
    });
    const copy = frame?.result as SelectionCopy | undefined;
    if (copy?.text.trim()) return copy;
  } catch {
    // The selection is in a frame, or in a page no script may run in: the menu's text is all there is.
  }
  return { text: fallback.slice(0, MAX_SELECTION_CHARS), length: fallback.length, title, url };
}

interface MenuInfo {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

export function onMenuClicked(info: MenuInfo, tab: (GestureTab & { title?: string }) | undefined): void {
  const menu = parseMenuId(info.menuItemId);
  if (!menu || tab?.id === undefined || tab.windowId === undefined) return;
  const { id: tabId, windowId } = tab;
  if (menu.openIn === 'panel') openPanel(windowId);
  else openPopupAt(windowId, menu.kind === 'selection' ? `${POPUP}?request=${windowId}` : POPUP);
  if (menu.kind === 'page') {
    if (menu.openIn === 'panel') void postRequest({ view: 'panel', windowId, tabId, at: Date.now() });
    return;
  }
  // A panel opened by this click would otherwise digest the tab's page while the selection is read.
  const asked = Date.now();
  if (menu.openIn === 'panel') void postRequest({ view: 'panel', windowId, tabId, awaiting: 'selection', at: asked });
  void readSelection(tabId, info.selectionText ?? '', tab.title ?? '', info.pageUrl ?? '').then((selection) =>
    postRequest({ view: menu.openIn, windowId, tabId, selection, at: Math.max(Date.now(), asked + 1) }),
  );
}
