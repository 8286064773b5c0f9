import type { Server } from 'node:http';

export interface MockOpenAI {
  server: Server;
  port: number;
  /** http://127.0.0.1:<port>/v1 */
  baseUrl: string;
  /** Requests received so far (any path). */
  readonly requests: number;
  close(): Promise<void>;
}

export function startMockOpenAI(port?: number): Promise<MockOpenAI>;
export function mockReply(body: unknown): string;
