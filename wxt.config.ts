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
      // Every string the manifest shows comes from entrypoints/public/_locales (en is the default).
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // Chrome copies from an offscreen document (a service worker has no clipboard); Firefox from
      // its background page. WXT adds `sidePanel` for Chrome's side panel (Firefox's sidebar needs
      // no permission).
      permissions: [
        'activeTab',
        'scripting',
        'storage',
        'clipboardWrite',
        'contextMenus',
        ...(browser === 'firefox' ? [] : ['offscreen']),
      ],
      host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
      commands: {
        [action]: {
          suggested_key: { default: 'Alt+Shift+G', mac: 'Alt+Shift+G' },
          description: '__MSG_commandDigest__',
        },
        'copy-digest': {
          suggested_key: { default: 'Alt+Shift+Y', mac: 'Alt+Shift+Y' },
          description: '__MSG_commandCopy__',
        },
      },
      action: { default_title: '__MSG_actionTitle__' },
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
