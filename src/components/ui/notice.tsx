import type { ReactNode } from 'react';

type Props = { tone?: 'info' | 'success' | 'warning' | 'error'; title?: string; children: ReactNode };

/** A calm, readable message. Errors are announced at once; the rest politely. */
export function Notice({ tone = 'info', title, children }: Props) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <p className="notice-title">{title}</p> : null}
      <div>{children}</div>
    </div>
  );
}
