import { describe, expect, it } from 'vitest';
import { explainInjectionError, isRestrictedUrl } from '../../entrypoints/shared/errors';
import { reasonText } from '../../entrypoints/shared/wording';
import { english } from '../../scripts/shared/messages';

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://extensions/', true],
    ['chrome-extension://abc/popup.html', true],
    ['about:blank', true],
    ['edge://settings', true],
    ['view-source:https://a.example', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://www.bbc.com/news/world-europe-50473792', false],
    ['http://127.0.0.1:8080/page.html', false],
    ['https://example.com/chrome://x', false],
    [undefined, false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});

describe('explainInjectionError', () => {
  it.each([
    [
      'Cannot access contents of url "file:///tmp/a.html". Extension manifest must request permission',
      'file:///tmp/a.html',
      'file-access',
    ],
    ['Cannot access a chrome:// URL', 'chrome://settings', 'restricted'],
    ['The extensions gallery cannot be scripted.', 'https://chromewebstore.google.com/', 'restricted'],
    ['Cannot access contents of the page.', 'https://news.example/report.pdf', 'restricted'],
    ['No tab with id: 42.', undefined, 'tab-gone'],
    ['Frame with ID 0 was removed.', 'https://news.example/', 'tab-gone'],
    ['Something odd', 'https://news.example/', 'failed'],
  ] as const)('%s → %s', (message, url, code) => {
    const error = explainInjectionError(message, url);
    expect(error.code).toBe(code);
    expect(reasonText(error.reason, english).length).toBeGreaterThan(20);
  });

  it('keeps the browser message when it cannot explain it', () => {
    expect(reasonText(explainInjectionError('Something odd', null).reason, english)).toBe(
      'Newsgist could not read this page: Something odd',
    );
  });
});
