import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * Production builds ask for no host access: the digest runs on demand through activeTab.
 * `--mode e2e` (tests only) adds http://127.0.0.1/* because automation never gets activeTab.
 */

/**
 * Extension pages (popup, background) load only the extension's own scripts and styles and may
 * connect nowhere: no fetch, no remote code, no frames, no forms.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'entrypoints/public',
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, command, manifestVersion, mode }) => {
    const action = manifestVersion === 2 ? '_execute_browser_action' : '_execute_action';
    return {
      name: 'Newsgist — news digest',
      description:
        'The gist of a news article in one click: key sentences verbatim and the named officials with their roles. Runs on your device.',
      // Chrome copies from an offscreen document (a service worker has no clipboard); Firefox from
      // its background page.
      permissions: [
        'activeTab',
        'scripting',
        'storage',
        'clipboardWrite',
        ...(browser === 'firefox' ? [] : ['offscreen']),
      ],
      host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
      commands: {
        [action]: {
          suggested_key: { default: 'Alt+Shift+G', mac: 'Alt+Shift+G' },
          description: 'Show the digest of this page',
        },
        'copy-digest': {
          suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
          description: 'Copy the digest of this page',
        },
      },
      action: { default_title: 'Newsgist: digest this page (Alt+Shift+G)' },
      // Not under `wxt` (the dev server): its live reload needs a socket and inline styles.
      ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              // data_collection_permissions needs Firefox 140 (142 on Android).
              gecko: {
                id: 'newsgist@newsgist.app',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
