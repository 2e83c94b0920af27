const KEY = 'charter-demo-cookies';

/**
 * The cookie jar of the forwarding handlers, kept in sessionStorage: a reload of the tab keeps
 * the person signed in, as the browser's own cookies would.
 */
export class SessionJar extends Map<string, string> {
  constructor() {
    super();
    try {
      for (const [k, v] of Object.entries(JSON.parse(sessionStorage.getItem(KEY) ?? '{}') as Record<string, string>)) {
        super.set(k, v);
      }
    } catch {
      sessionStorage.removeItem(KEY); // unreadable: start signed out
    }
  }
  override set(key: string, value: string): this {
    super.set(key, value);
    this.save();
    return this;
  }
  override delete(key: string): boolean {
    const had = super.delete(key);
    this.save();
    return had;
  }
  override clear(): void {
    super.clear();
    sessionStorage.removeItem(KEY);
  }
  private save() {
    sessionStorage.setItem(KEY, JSON.stringify(Object.fromEntries(this)));
  }
}
