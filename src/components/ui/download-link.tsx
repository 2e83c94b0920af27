import type { MouseEvent, ReactNode } from 'react';

/**
 * A link that downloads an export. Against a server it is a plain link: the browser streams the
 * file. In the in-browser demo the API answers only fetches from this page (a download is a
 * navigation, which its service worker passes to the network, where nothing answers), so there
 * the file is fetched and saved from memory (docs/decisions/018).
 */
export function DownloadLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  return (
    <a className={className} href={href} download onClick={import.meta.env.MODE === 'demo' ? saveFetched : undefined}>
      {children}
    </a>
  );
}

async function saveFetched(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const href = event.currentTarget.href;
  const res = await fetch(href, { credentials: 'same-origin' });
  if (!res.ok) {
    window.alert(`The export could not be made (HTTP ${res.status}).`);
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const save = document.createElement('a');
  save.href = url;
  save.download =
    fileNameOf(res.headers.get('Content-Disposition')) ?? (new URL(href).pathname.split('/').pop() || 'export');
  document.body.append(save);
  save.click();
  save.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function fileNameOf(disposition: string | null): string | undefined {
  return disposition?.match(/filename="([^"]+)"/)?.[1];
}
