// Server-side configuration of the chat's optional generative mode: an OpenAI-compatible
// chat-completions endpoint (OpenAI, Ollama, vLLM, llama.cpp, ...). Framework-free.
//
//   GLASSBOX_LLM_BASE_URL  e.g. http://localhost:11434/v1 (Ollama); http(s) only
//   GLASSBOX_LLM_MODEL     e.g. qwen2.5:7b-instruct
//   GLASSBOX_LLM_API_KEY   optional ('not-needed' when unset, which Ollama accepts)
//
// Unless both the base URL and the model are set (and the URL is valid), the mode is off and
// nothing is ever sent anywhere.

export interface GenerativeConfig {
  /** Base URL of the API, without a trailing slash (the client appends /chat/completions). */
  baseUrl: string;
  apiKey: string;
  model: string;
}

/** API key used when GLASSBOX_LLM_API_KEY is unset (local servers such as Ollama ignore it). */
export const DEFAULT_API_KEY = 'not-needed';

type Env = Record<string, string | undefined>;

function value(env: Env, name: string): string {
  return (env[name] ?? '').trim();
}

/**
 * Why the generative mode is off, or null when it is on. 'not-set' when the operator configured
 * nothing (the normal case); any other text describes a misconfiguration (never includes the key).
 */
export function generativeConfigIssue(env: Env = process.env): string | null {
  const baseUrl = value(env, 'GLASSBOX_LLM_BASE_URL');
  const model = value(env, 'GLASSBOX_LLM_MODEL');
  if (!baseUrl && !model) return 'not-set';
  if (!baseUrl) return 'GLASSBOX_LLM_MODEL is set but GLASSBOX_LLM_BASE_URL is not';
  if (!model) return 'GLASSBOX_LLM_BASE_URL is set but GLASSBOX_LLM_MODEL is not';
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return 'GLASSBOX_LLM_BASE_URL is not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'GLASSBOX_LLM_BASE_URL must be an http(s) URL';
  return null;
}

/** The generative endpoint's configuration, or null when the mode is off (see generativeConfigIssue). */
export function readGenerativeConfig(env: Env = process.env): GenerativeConfig | null {
  if (generativeConfigIssue(env) !== null) return null;
  return {
    baseUrl: value(env, 'GLASSBOX_LLM_BASE_URL').replace(/\/+$/, ''),
    apiKey: value(env, 'GLASSBOX_LLM_API_KEY') || DEFAULT_API_KEY,
    model: value(env, 'GLASSBOX_LLM_MODEL'),
  };
}
