import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsForm, type Shortcut } from '@/components/OptionsForm';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, loadSettings, type Settings, saveSettings } from '../shared/settings';
import { isDigestCommand } from '../shared/shortcuts';

async function loadShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.map((c) => ({
    name: c.name ?? '',
    description: isDigestCommand(c.name) ? t('commandDigest') : (c.description ?? ''),
    shortcut: c.shortcut ?? '',
  }));
}

interface ActionUserSettings {
  isOnToolbar?: boolean;
}
type ActionWithSettings = {
  getUserSettings?: () => Promise<ActionUserSettings>;
  onUserSettingsChanged?: {
    addListener(listener: (change: ActionUserSettings) => void): void;
    removeListener(listener: (change: ActionUserSettings) => void): void;
  };
};

/**
 * Follows whether the toolbar button is pinned (Chrome 91+; changes seen live from Chrome 130).
 * Null where the browser does not say.
 */
function usePinned(): boolean | null {
  const [pinned, setPinned] = useState<boolean | null>(null);
  useEffect(() => {
    const action = (browser as unknown as { action?: ActionWithSettings }).action;
    if (!action?.getUserSettings) return;
    const update = (s: ActionUserSettings) => setPinned(typeof s.isOnToolbar === 'boolean' ? s.isOnToolbar : null);
    action.getUserSettings().then(update, () => setPinned(null));
    action.onUserSettingsChanged?.addListener(update);
    return () => action.onUserSettingsChanged?.removeListener(update);
  }, []);
  return pinned;
}

/** Chrome has a shortcuts page; Firefox opens its own editor (or says where it is). */
function openShortcutSettings(): void {
  const commands = browser.commands as { openShortcutSettings?: () => Promise<void> };
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [status, setStatus] = useState('');
  const pinned = usePinned();
  useEffect(() => {
    loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    loadShortcuts().then(setShortcuts, () => setShortcuts([]));
  }, []);
  if (!settings) return null;
  const change = async (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    try {
      setSettings(await saveSettings(patch));
      setStatus(t('optionsSaved'));
    } catch (err) {
      setStatus(t('optionsSaveFailed', (err as Error).message));
    }
  };
  return (
    <OptionsForm
      settings={settings}
      shortcuts={shortcuts}
      status={status}
      pinned={pinned}
      onChange={change}
      onOpenShortcuts={openShortcutSettings}
    />
  );
}
