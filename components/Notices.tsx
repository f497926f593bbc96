import { noticeText } from '@/entrypoints/shared/wording';
import type { Notice } from '@/lib/types';

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
