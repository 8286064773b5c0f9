// Hub download consent: nothing granted by default, granted per model, remembered in storage,
// and robust to missing, blocked or corrupt storage.
import { afterEach, describe, expect, it, vi } from 'vitest';

function fakeStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    get length() { return data.size; },
  };
}

async function fresh() {
  vi.resetModules();
  return import('./hub-consent');
}

afterEach(() => { vi.unstubAllGlobals(); });

describe('hub consent', () => {
  it('is not given until granted, then only for that model, and survives a reload', async () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    let c = await fresh();
    expect(c.hasHubConsent('a/model')).toBe(false);
    c.grantHubConsent('a/model');
    expect(c.hasHubConsent('a/model')).toBe(true);
    expect(c.hasHubConsent('b/model')).toBe(false);
    c = await fresh(); // a new page: only storage remains
    expect(c.hasHubConsent('a/model')).toBe(true);
    c.grantHubConsent('a/model');
    expect(JSON.parse(storage.getItem('glassbox-hub-consent')!)).toEqual(['a/model']);
  });

  it('lasts for the page when storage is missing, corrupt or throws', async () => {
    vi.stubGlobal('localStorage', fakeStorage({ 'glassbox-hub-consent': '{not json' }));
    let c = await fresh();
    expect(c.hasHubConsent('a/model')).toBe(false);
    c.grantHubConsent('a/model');
    expect(c.hasHubConsent('a/model')).toBe(true);
    vi.stubGlobal('localStorage', { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); } });
    c = await fresh();
    expect(c.hasHubConsent('a/model')).toBe(false);
    c.grantHubConsent('a/model');
    expect(c.hasHubConsent('a/model')).toBe(true);
  });
});
