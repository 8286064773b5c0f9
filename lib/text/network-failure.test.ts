// Network failures (never reached the server) versus server answers (404, corrupt file).
import { describe, expect, it } from 'vitest';
import { isNetworkFailure } from './network-failure';

describe('isNetworkFailure', () => {
  it('recognises the messages of unreachable servers', () => {
    for (const m of ['Could not load x: Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed', 'net::ERR_INTERNET_DISCONNECTED', 'TypeError: fetch failed']) {
      expect(isNetworkFailure(m), m).toBe(true);
    }
  });
  it('does not mistake server answers or broken files for it', () => {
    for (const m of ['Could not load x: Could not locate file: "https://hub/x/resolve/main/onnx/model.onnx".', 'Unauthorized access to file', 'protobuf parsing failed', 'Entry not found']) {
      expect(isNetworkFailure(m), m).toBe(false);
    }
  });
});
