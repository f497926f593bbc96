import { type Capture, capturePage } from './shared/capture';

/**
 * Injected on demand (activeTab + scripting) into the page the reader asked about: it hands back
 * a copy of the page (see shared/capture.ts), which `scripting.executeScript` returns to the popup
 * or the background once its promise settles. The digest itself is computed in the extension.
 */
export default defineUnlistedScript((): Promise<Capture> => capturePage());
