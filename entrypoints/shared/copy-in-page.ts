/**
 * Runs inside the page (passed to `scripting.executeScript` as `func`, so it must be
 * self-contained): writes the text to the clipboard and shows a short toast. Returns whether the
 * copy worked. With `text` null it only shows `failMessage` (the clipboard is left alone). The
 * toast lives in a shadow root (isolated from the page's styles) and uses textContent only.
 */
export async function copyInPage(text: string | null, okMessage: string, failMessage: string): Promise<boolean> {
  let copied = false;
  if (text !== null) {
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      copied = false;
    }
  }
  if (text !== null && !copied) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;top:-1000px;left:-1000px;opacity:0';
    document.documentElement.append(area);
    area.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
  }
  const host = document.createElement('newsgist-toast');
  const root = host.attachShadow({ mode: 'open' });
  const box = document.createElement('div');
  box.setAttribute('role', 'status');
  box.textContent = copied ? okMessage : failMessage;
  box.style.cssText =
    'position:fixed;z-index:2147483647;bottom:24px;right:24px;max-width:360px;padding:10px 14px;border-radius:8px;' +
    'font:14px/1.4 system-ui,sans-serif;color:#fff;box-shadow:0 4px 16px rgba(0,0,0,.25);' +
    (copied ? 'background:#1f6f43' : 'background:#9b2c2c');
  root.append(box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), 2600);
  return copied;
}
