import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { messageGetter } from '../../scripts/shared/messages';

// fake-browser does not implement i18n: views under test read the English messages, as a browser
// in an English UI would.
const getMessage = messageGetter('en');
beforeEach(() => {
  fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
});
