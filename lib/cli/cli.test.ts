import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runForTest } from './run-for-test';

async function run(argv: string[], stdin: string[] = []) {
  const { code, lines, err } = await runForTest(argv, stdin);
  return { code, out: lines, err };
}

describe('cli', () => {
  it('article 9.6 prints the FAQ entry on slow training as JSON', async () => {
    const { code, out, err } = await run(['article', '9.6']);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0]);
    expect(Object.keys(json)).toEqual(['id', 'title', 'zh', 'en']);
    expect(json.id).toBe('9.6');
    expect(json.title.zh).toBe('深度学习模型的训练时间很长怎么办？');
    expect(json.zh).toContain('使用GPU加速训练过程');
    expect(json.en).toMatch(/GPU/);
  });

  it('unknown ids fail with exit 1 and a message listing the known ids', async () => {
    const { code, out, err } = await run(['article', '10.2']);
    expect(code).toBe(1);
    expect(out).toEqual([]);
    expect(err).toMatch(/unknown section id "10\.2".*9\.8/);
  });

  it('usage errors exit 2: no command, unknown command, missing or extra argument, unknown flag', async () => {
    expect((await run([])).code).toBe(2);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
    expect((await run(['article'])).code).toBe(2);
    expect((await run(['article', '1', '2'])).code).toBe(2);
    expect((await run(['article', '1', '--verbose'])).code).toBe(2);
  });

  it('--jsonl answers one line per input and reports bad lines without stopping', async () => {
    const { code, out } = await run(['article', '--jsonl'], ['1', '', 'nope', '9.1']);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: '1' }),
      { input: 'nope', error: expect.stringContaining('unknown section id') },
      expect.objectContaining({ id: '9.1' }),
    ]);
  });

  it('--jsonl reads JSON lines too: a string, or an object\'s "text" / "question" / "input" field', async () => {
    const { code, out } = await run(['article', '--jsonl'], ['"9.1"', '{"text":"1"}', '{"question":"9.6"}', '{"id":"1"}', '{not json']);
    expect(code).toBe(1);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: '9.1' }),
      expect.objectContaining({ id: '1' }),
      expect.objectContaining({ id: '9.6' }),
      { input: '{"id":"1"}', error: expect.stringContaining('needs a "text", "question" or "input" string field') },
      { input: '{not json', error: expect.stringContaining('unknown section id') },
    ]);
  });

  it('as a process: JSON on stdout only, exit codes preserved', () => {
    const root = path.resolve(__dirname, '../..');
    const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
    const stdout = execFileSync(tsx, ['lib/cli/main.ts', 'article', '9.6'], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(stdout).id).toBe('9.6');
    const bad = spawnSync(tsx, ['lib/cli/main.ts', 'article', 'x'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/unknown section id/);
    const usage = spawnSync(tsx, ['lib/cli/main.ts'], { cwd: root, encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});
