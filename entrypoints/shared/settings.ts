import { storage } from 'wxt/utils/storage';
import type { CopyFormat } from '@/lib/format';

export interface Settings {
  /** Key sentences shown and copied. */
  sentences: number;
  copyFormat: CopyFormat;
  /** Mark the key sentences in the page itself. */
  highlight: boolean;
}

/** Longest digest a reader can ask for (the injected script ranks this many sentences). */
export const MAX_SENTENCES = 20;

export const DEFAULT_SETTINGS: Settings = { sentences: 3, copyFormat: 'text', highlight: false };

/** Keeps each field that is valid and replaces the others with defaults: one bad field never loses the rest. */
export function sanitizeSettings(value: unknown): Settings {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const n = v.sentences;
  return {
    sentences:
      typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= MAX_SENTENCES ? n : DEFAULT_SETTINGS.sentences,
    copyFormat: v.copyFormat === 'markdown' || v.copyFormat === 'text' ? v.copyFormat : DEFAULT_SETTINGS.copyFormat,
    highlight: typeof v.highlight === 'boolean' ? v.highlight : DEFAULT_SETTINGS.highlight,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
