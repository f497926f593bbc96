import { browser } from 'wxt/browser';
import type { CopyFormat } from '@/lib/format';
import { MAX_SENTENCES } from '@/lib/select';

/** Where the toolbar button, the shortcut and the context menu show a digest. */
export type OpenIn = 'popup' | 'panel';

export interface Settings {
  /** Key sentences shown and copied. */
  sentences: number;
  copyFormat: CopyFormat;
  /** Mark the key sentences in the page itself. */
  highlight: boolean;
  openIn: OpenIn;
}

export const DEFAULT_SETTINGS: Settings = { sentences: 3, copyFormat: 'text', highlight: false, openIn: 'popup' };

/**
 * Where and in which shape settings are stored: `local:settings` = the fields plus `version`.
 * A later shape adds a step to MIGRATIONS (from version N to N + 1); a stored value without a
 * version is version 1. A hand-rolled item rather than WXT's `storage.defineItem` (which does the
 * same with versions and migrations): bundled and minified, WXT's storage module adds 9.5 kB,
 * and the popup (34.9 kB) would pass its 40 kB budget.
 */
const KEY = 'settings';
export const SETTINGS_VERSION = 1;
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/** Keeps each field that is valid and replaces the others with defaults: one bad field never loses the rest. */
export function sanitizeSettings(value: unknown): Settings {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const n = v.sentences;
  return {
    sentences:
      typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_SENTENCES ? n : DEFAULT_SETTINGS.sentences,
    copyFormat: v.copyFormat === 'markdown' || v.copyFormat === 'text' ? v.copyFormat : DEFAULT_SETTINGS.copyFormat,
    highlight: typeof v.highlight === 'boolean' ? v.highlight : DEFAULT_SETTINGS.highlight,
    openIn: v.openIn === 'panel' ? v.openIn : DEFAULT_SETTINGS.openIn,
  };
}

/** Brings a stored value of any known version to the current shape; a newer or broken one keeps its valid fields. */
export function migrateSettings(stored: unknown): Settings {
  if (!stored || typeof stored !== 'object') return DEFAULT_SETTINGS;
  let value = stored as Record<string, unknown>;
  let version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 1;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (step) value = step(value);
    version++;
  }
  return sanitizeSettings(value);
}

export async function loadSettings(): Promise<Settings> {
  try {
    return migrateSettings((await browser.storage.local.get(KEY))[KEY]);
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: { ...next, version: SETTINGS_VERSION } });
  return next;
}

/** Calls `listener` each time the settings are saved (by any page of the extension), with the settings before. */
export function watchSettings(listener: (now: Settings, before: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
    const change = area === 'local' ? changes[KEY] : undefined;
    if (change) listener(migrateSettings(change.newValue), migrateSettings(change.oldValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
