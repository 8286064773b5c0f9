// Client side of the optional generative mode: posts the question and the retrieved passages to
// this site's /api/chat route and reports the streamed text as it grows.

export interface GenerativeRequest {
  question: string;
  lang: 'en' | 'zh';
  passages: { section: string; title: string; text: string }[];
}

export async function streamGenerated(body: GenerativeRequest, onText: (soFar: string) => void, signal?: AbortSignal): Promise<string> {
  const res = await fetch('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal });
  if (!res.ok || !res.body) {
    let message = `HTTP ${res.status}`;
    try {
      message = ((await res.json()) as { error?: string }).error ?? message;
    } catch {
      // not JSON: keep the status
    }
    throw new Error(message);
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    onText(text);
  }
  text += decoder.decode();
  if (!text.trim()) throw new Error('empty reply');
  onText(text);
  return text;
}
