import './banner.css';

export type BannerOptions = {
  keep: boolean;
  onKeepChange(keep: boolean): void;
  onReset(): Promise<void>;
};

/**
 * Says that this is the in-browser demo and where its data lives, above the app. Plain DOM: the
 * app's code stays as it is in production.
 */
export function showBanner({ keep, onKeepChange, onReset }: BannerOptions): { ready(): void } {
  const banner = document.createElement('aside');
  banner.className = 'demo-banner';
  banner.setAttribute('aria-label', 'In-browser demo');
  const text = document.createElement('p');
  text.innerHTML =
    '<strong>In-browser demo.</strong> Charter runs in this tab, with no server: ' +
    (keep
      ? 'its data is kept in this browser (IndexedDB) until you reset it.'
      : 'its data lives in this tab and is gone when you close or reload it.') +
    ' Every account’s password is <code>charter-demo</code>.';
  const status = document.createElement('p');
  status.className = 'demo-banner-status';
  status.setAttribute('role', 'status');
  status.textContent = 'Starting the demo workspace …';
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.checked = keep;
  box.addEventListener('change', () => onKeepChange(box.checked));
  label.append(box, ' Keep data in this browser');
  const reset = document.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset demo data';
  reset.addEventListener('click', () => {
    reset.disabled = true;
    void onReset();
  });
  const controls = document.createElement('div');
  controls.className = 'demo-banner-controls';
  controls.append(label, reset);
  banner.append(text, status, controls);
  document.body.prepend(banner);
  return {
    ready: () => {
      status.textContent = '';
    },
  };
}
