import { beforeEach } from 'vitest';
import { browserSpeaks } from './i18n-stub';

// Views under test read the English messages, as a browser in an English UI would.
beforeEach(() => browserSpeaks('en'));
