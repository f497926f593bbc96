import type { Notice } from '@/lib/types';

function noticeText(n: Notice): string {
  switch (n.kind) {
    case 'short':
      return `A very short article (${n.words} words): the digest may be most of it.`;
    case 'truncated':
      return `A very long page: this digest is built on its first ${n.words.toLocaleString('en')} of ${n.totalWords.toLocaleString('en')} words.`;
  }
}

export function Notices({ notices }: { notices: Notice[] }) {
  if (notices.length === 0) return null;
  return (
    <div class="notices">
      {notices.map((n) => (
        <p class={`notice notice-${n.kind}`} role="note" key={n.kind}>
          {noticeText(n)}
        </p>
      ))}
    </div>
  );
}
