import { t } from '@/entrypoints/shared/i18n';
import type { OpenIn } from '@/entrypoints/shared/settings';

/** Why the panel's digest is not of the page the reader sees now. */
export type Elsewhere = 'other-tab' | 'left' | 'closed';

export interface PanelBarProps {
  /** The digest's headline; null when the panel shows a message rather than a digest. */
  title: string | null;
  /** Set when the digest is not of the page the reader sees now. */
  elsewhere: Elsewhere | null;
  /** Set (to the page's title) when the digest is of a selection rather than of the whole page. */
  selectionOf: string | null;
  /** The keys that digest a tab into the panel; '' when none is set or they open the popup. */
  shortcut: string;
  onDigestThisTab: () => void;
}

function saying(title: string | null, elsewhere: Elsewhere): string {
  if (title === null) {
    if (elsewhere === 'closed') return t('panelTabClosedUntitled');
    return elsewhere === 'left' ? t('panelTabLeftUntitled') : t('panelOtherTabUntitled');
  }
  if (elsewhere === 'closed') return t('panelTabClosed', title);
  return elsewhere === 'left' ? t('panelTabLeft', title) : t('panelOtherTab', title);
}

/**
 * Above the digest: that it is of a selection, and which page it is of when that is not the page
 * in the current tab (with a way to digest that one). Nothing when neither applies.
 */
export function PanelBar({ title, elsewhere, selectionOf, shortcut, onDigestThisTab }: PanelBarProps) {
  if (elsewhere === null && selectionOf === null) return null;
  return (
    <header class="panel-bar">
      {selectionOf !== null && <p>{selectionOf ? t('selectionNoteOf', selectionOf) : t('selectionNote')}</p>}
      {elsewhere !== null && (
        <>
          <p role="status">{saying(title, elsewhere)}</p>
          <p class="panel-actions">
            <button type="button" class="primary" onClick={onDigestThisTab}>
              {t('panelDigestThisTab')}
            </button>
            {shortcut && <span class="hint"> {t('panelOrPress', shortcut)}</span>}
          </p>
        </>
      )}
    </header>
  );
}

export interface PanelAskProps {
  openIn: OpenIn;
  shortcut: string;
  onUsePanel: () => void;
}

/**
 * The panel before the reader has asked for this tab: Newsgist may not read it yet (activeTab is
 * granted by the button, the shortcut or the context menu, never by the panel itself).
 */
export function PanelAsk({ openIn, shortcut, onUsePanel }: PanelAskProps) {
  return (
    <main class="state panel-ask" aria-labelledby="state-heading">
      <h1 id="state-heading">{t('panelAskHeading')}</h1>
      {openIn === 'panel' ? (
        <>
          <p>{shortcut ? t('panelAskShortcut', shortcut) : t('panelAskButton')}</p>
          <p class="next-step">{t('panelAskMenu')}</p>
        </>
      ) : (
        <>
          <p>{t('panelAskPopupMode')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={onUsePanel}>
              {t('panelUsePanel')}
            </button>
          </div>
        </>
      )}
    </main>
  );
}
