// Which Hugging Face Hub models the user has agreed to download (tens of megabytes each, from
// another origin): nothing is fetched from the hub until they say so, and the answer is kept on
// this device, so a model already downloaded (and cached) does not ask again. Framework-free;
// without storage (private mode, Node) consent lasts only as long as the page.

const STORAGE_KEY = 'glassbox-hub-consent';
const granted = new Set<string>();

function storage(): Storage | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null; // access itself can throw when storage is blocked
  }
}

function stored(): string[] {
  try {
    const list: unknown = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether the user has agreed to download this hub model (now or on an earlier visit). */
export function hasHubConsent(modelId: string): boolean {
  return granted.has(modelId) || stored().includes(modelId);
}

/** Records the user's agreement to download this hub model. */
export function grantHubConsent(modelId: string): void {
  granted.add(modelId);
  try {
    const list = stored();
    if (!list.includes(modelId)) storage()?.setItem(STORAGE_KEY, JSON.stringify([...list, modelId]));
  } catch {
    // storage full or blocked: consent holds for this page only
  }
}
