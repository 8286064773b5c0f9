// Evaluates the shipped ONNX files (public/models/<id>/onnx) with onnxruntime-node:
// held-out accuracy per language with confusion matrices, int8-vs-fp32 agreement,
// file sizes, and latency per short sentence; for the NLI model, zero-shot topic accuracy with the
// six topic names the text lab offers by default as candidate labels. Writes models/text/eval.json.
//
//   npm run eval:text

import fs from 'node:fs';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { NLI_LABELS, SENTIMENT_LABELS, TEXT_MODEL_IDS, TOPIC_LABELS } from '../../lib/text/labels';
import { textMessages } from '../../lib/i18n/text-messages';
import { hypothesisFor, parseLabels } from '../../lib/text/zero-shot-labels';
import { passages, secondSetQuestions, splitQueries, OUT_OF_SCOPE } from './data/embed-data';
import { WordPieceTokenizer } from './tokenizer';

const ROOT = process.cwd();
const HELDOUT = path.join(ROOT, 'models', 'text', 'data', 'heldout');

export interface HeldOut {
  text: string;
  label: number;
  lang: 'en' | 'zh';
}

/** Reads heldout/<task>-<lang>.txt ("label<TAB>text" per line). */
export function readHeldOut(task: 'sentiment' | 'topic'): HeldOut[] {
  const labels: readonly string[] = task === 'sentiment' ? SENTIMENT_LABELS : TOPIC_LABELS;
  return (['en', 'zh'] as const).flatMap((lang) =>
    fs
      .readFileSync(path.join(HELDOUT, `${task}-${lang}.txt`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((line) => {
        const [label, text] = line.split('\t');
        const idx = labels.indexOf(label);
        if (idx < 0 || !text) throw new Error(`bad held-out line: ${line}`);
        return { text, label: idx, lang };
      }),
  );
}

export function loadTokenizer(dir: string): WordPieceTokenizer {
  const tj = JSON.parse(fs.readFileSync(path.join(dir, 'tokenizer.json'), 'utf8'));
  const vocab: string[] = [];
  for (const [t, i] of Object.entries(tj.model.vocab as Record<string, number>)) vocab[i] = t;
  return new WordPieceTokenizer(vocab);
}

/** ONNX inputs for a batch of token-id sequences (padded to the longest, mask 1 on real tokens). */
export function feeds(seqs: number[][]) {
  const T = Math.max(...seqs.map((s) => s.length));
  const ids = new BigInt64Array(seqs.length * T);
  const mask = new BigInt64Array(seqs.length * T);
  seqs.forEach((s, i) => s.forEach((v, j) => { ids[i * T + j] = BigInt(v); mask[i * T + j] = 1n; }));
  return {
    input_ids: new ort.Tensor('int64', ids, [seqs.length, T]),
    attention_mask: new ort.Tensor('int64', mask, [seqs.length, T]),
    token_type_ids: new ort.Tensor('int64', new BigInt64Array(seqs.length * T), [seqs.length, T]),
  };
}

/** Runs one sequence at a time (no padding effects); returns the first output per sequence. */
async function runEach(session: ort.InferenceSession, seqs: number[][]): Promise<Float32Array[]> {
  const out: Float32Array[] = [];
  for (const s of seqs) out.push((await session.run(feeds([s])))[session.outputNames[0]].data as Float32Array);
  return out;
}

const argmax = (v: ArrayLike<number>) => {
  let b = 0;
  for (let i = 1; i < v.length; i++) if (v[i] > v[b]) b = i;
  return b;
};

function meanPoolNorm(h: Float32Array, hidden: number): Float32Array {
  const T = h.length / hidden;
  const v = new Float32Array(hidden);
  for (let t = 0; t < T; t++) for (let k = 0; k < hidden; k++) v[k] += h[t * hidden + k] / T;
  const n = Math.hypot(...v) || 1;
  return v.map((x) => x / n);
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i], 0);
const pct = (x: number) => Math.round(x * 10000) / 100;

async function latencyMs(session: ort.InferenceSession, seq: number[]): Promise<number> {
  const f = feeds([seq]);
  for (let i = 0; i < 20; i++) await session.run(f);
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    await session.run(f);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[100] * 1000) / 1000;
}

function sizes(dir: string) {
  const mb = (f: string) => Math.round((fs.statSync(path.join(dir, f)).size / 1e6) * 1000) / 1000;
  return { fp32_mb: mb('onnx/model.onnx'), int8_mb: mb('onnx/model_quantized.onnx') };
}

async function evalClassifier(task: 'sentiment' | 'topic') {
  const dir = path.join(ROOT, 'public', 'models', TEXT_MODEL_IDS[task]);
  const labels: readonly string[] = task === 'sentiment' ? SENTIMENT_LABELS : TOPIC_LABELS;
  const tok = loadTokenizer(dir);
  const data = readHeldOut(task);
  const fp32 = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model.onnx'));
  const int8 = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model_quantized.onnx'));
  const seqs = data.map((d) => tok.encode(d.text, 128));
  const p32 = (await runEach(fp32, seqs)).map(argmax);
  const p8 = (await runEach(int8, seqs)).map(argmax);
  const result: Record<string, unknown> = { model: TEXT_MODEL_IDS[task], labels, ...sizes(dir) };
  const errors: { lang: string; text: string; label: string; predicted: string }[] = [];
  for (const lang of ['all', 'en', 'zh'] as const) {
    const idx = data.map((_, i) => i).filter((i) => lang === 'all' || data[i].lang === lang);
    const confusion = labels.map(() => labels.map(() => 0)); // [true][predicted]
    idx.forEach((i) => confusion[data[i].label][p32[i]]++);
    const acc = idx.filter((i) => p32[i] === data[i].label).length / idx.length;
    const acc8 = idx.filter((i) => p8[i] === data[i].label).length / idx.length;
    result[lang] = { n: idx.length, accuracy: pct(acc), accuracy_int8: pct(acc8), confusion };
    console.log(`\n${task} held-out [${lang}] n=${idx.length}: accuracy ${pct(acc)}% (int8 ${pct(acc8)}%)`);
    console.log('  true \\ predicted: ' + labels.map((l) => l.slice(0, 8).padStart(9)).join(''));
    confusion.forEach((row, r) => console.log('  ' + labels[r].padEnd(18) + row.map((n) => String(n).padStart(9)).join('')));
  }
  data.forEach((d, i) => {
    if (p32[i] !== d.label) errors.push({ lang: d.lang, text: d.text, label: labels[d.label], predicted: labels[p32[i]] });
  });
  result.int8_agreement = pct(p8.filter((p, i) => p === p32[i]).length / p8.length);
  result.latency_ms_fp32 = await latencyMs(fp32, tok.encode(task === 'sentiment' ? 'The food was great but the service was slow.' : 'How do I stop my model from overfitting?'));
  result.latency_ms_int8 = await latencyMs(int8, tok.encode(task === 'sentiment' ? 'The food was great but the service was slow.' : 'How do I stop my model from overfitting?'));
  result.errors = errors;
  console.log(`  int8 agrees with fp32 on ${result.int8_agreement}% | fp32 ${result.fp32_mb} MB, int8 ${result.int8_mb} MB | latency fp32 ${result.latency_ms_fp32} ms, int8 ${result.latency_ms_int8} ms (median, 1 short sentence)`);
  return result;
}

async function evalEmbed() {
  const dir = path.join(ROOT, 'public', 'models', TEXT_MODEL_IDS.embed);
  const cfg = JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'));
  const tok = loadTokenizer(dir);
  const fp32 = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model.onnx'));
  const int8 = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model_quantized.onnx'));
  const ps = passages();
  const { train, heldout } = splitQueries();
  const secondSet = secondSetQuestions();
  const embedAll = async (s: ort.InferenceSession, texts: string[]) =>
    (await runEach(s, texts.map((t) => tok.encode(t, 128)))).map((h) => meanPoolNorm(h, cfg.hidden_size));
  const pv = await embedAll(fp32, ps.map((p) => p.text));
  const pv8 = await embedAll(int8, ps.map((p) => p.text));
  const recall = async (qs: typeof heldout, s: ort.InferenceSession, pvecs: Float32Array[]) => {
    const qv = await embedAll(s, qs.map((q) => q.text));
    const byLang: Record<string, [number, number]> = { en: [0, 0], zh: [0, 0] };
    qv.forEach((q, i) => {
      const best = argmax(pvecs.map((p) => dot(q, p)));
      byLang[qs[i].lang][1]++;
      if (ps[best].sectionId === qs[i].sectionId) byLang[qs[i].lang][0]++;
    });
    return { en: pct(byLang.en[0] / byLang.en[1]), zh: pct(byLang.zh[0] / byLang.zh[1]), all: pct((byLang.en[0] + byLang.zh[0]) / (byLang.en[1] + byLang.zh[1])) };
  };
  const heldoutR1 = await recall(heldout, fp32, pv);
  const heldoutR1int8 = await recall(heldout, int8, pv8);
  const secondSetR1 = await recall(secondSet, fp32, pv);
  const trainR1 = await recall(train, fp32, pv);
  const maxSim = async (texts: string[]) => (await embedAll(fp32, texts)).map((q) => Math.max(...pv.map((p) => dot(q, p))));
  const inScope = await maxSim(heldout.map((q) => q.text));
  const outScope = await maxSim(OUT_OF_SCOPE.map((q) => q.text));
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1000) / 1000;
  const cos = pv.map((v, i) => dot(v, pv8[i]));
  const result = {
    model: TEXT_MODEL_IDS.embed,
    ...sizes(dir),
    heldout_paraphrase_recall_at_1: heldoutR1,
    heldout_paraphrase_recall_at_1_int8: heldoutR1int8,
    heldout_n: heldout.length,
    /** The second set of reader questions (data/embed-questions-2a/2b.ts), never trained on. */
    second_set_recall_at_1: { ...secondSetR1, n: secondSet.length },
    training_question_recall_at_1: trainR1,
    mean_max_similarity: { in_scope_heldout: mean(inScope), out_of_scope: mean(outScope) },
    int8_cosine_to_fp32_min: Math.round(Math.min(...cos) * 10000) / 10000,
    latency_ms_fp32: await latencyMs(fp32, tok.encode('How do I stop my model from overfitting?')),
    latency_ms_int8: await latencyMs(int8, tok.encode('How do I stop my model from overfitting?')),
  };
  console.log(`\nembed: held-out paraphrase recall@1 en ${heldoutR1.en}% zh ${heldoutR1.zh}% (int8 ${heldoutR1int8.all}%), second question set (n ${secondSet.length}) en ${secondSetR1.en}% zh ${secondSetR1.zh}%, training questions ${trainR1.all}%`);
  console.log(`  mean best similarity: in-scope ${result.mean_max_similarity.in_scope_heldout}, out-of-scope ${result.mean_max_similarity.out_of_scope}; int8 min cosine ${result.int8_cosine_to_fp32_min}`);
  console.log(`  fp32 ${result.fp32_mb} MB, int8 ${result.int8_mb} MB | latency fp32 ${result.latency_ms_fp32} ms, int8 ${result.latency_ms_int8} ms`);
  return result;
}

/**
 * Zero-shot topics on the held-out topic sets: candidate labels = the six topic names the text
 * lab offers by default (English names with "This example is {}.", Chinese names with
 * "这段话是关于{}的。"), predicted = the label with the highest entailment logit.
 */
async function evalNli() {
  const dir = path.join(ROOT, 'public', 'models', TEXT_MODEL_IDS.nli);
  const tok = loadTokenizer(dir);
  const data = readHeldOut('topic');
  const fp32 = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model.onnx'));
  const int8 = await ort.InferenceSession.create(path.join(dir, 'onnx', 'model_quantized.onnx'));
  const entail = NLI_LABELS.indexOf('entailment');
  const result: Record<string, unknown> = { model: TEXT_MODEL_IDS.nli, labels: NLI_LABELS, ...sizes(dir) };
  const settings: Record<string, unknown> = {};
  for (const labelLang of ['en', 'zh'] as const) {
    const parsed = parseLabels(textMessages[labelLang].zeroShotDefaultLabels);
    if (!parsed.ok || parsed.labels.length !== TOPIC_LABELS.length) throw new Error('the default zero-shot labels must be the six topics');
    const template = textMessages[labelLang].zeroShotDefaultTemplate;
    const hyps = parsed.labels.map((l) => hypothesisFor(template, l));
    const predict = async (session: ort.InferenceSession) => {
      const out: number[] = [];
      for (const d of data) {
        const logits = await runEach(session, hyps.map((h) => tok.encodePair(d.text, h, 128)));
        out.push(argmax(logits.map((l) => l[entail])));
      }
      return out;
    };
    const p32 = await predict(fp32);
    const p8 = await predict(int8);
    const r: Record<string, unknown> = { candidate_labels: parsed.labels, template };
    for (const lang of ['all', 'en', 'zh'] as const) {
      const idx = data.map((_, i) => i).filter((i) => lang === 'all' || data[i].lang === lang);
      const confusion = TOPIC_LABELS.map(() => TOPIC_LABELS.map(() => 0));
      idx.forEach((i) => confusion[data[i].label][p32[i]]++);
      r[lang] = {
        n: idx.length,
        accuracy: pct(idx.filter((i) => p32[i] === data[i].label).length / idx.length),
        accuracy_int8: pct(idx.filter((i) => p8[i] === data[i].label).length / idx.length),
        confusion,
      };
    }
    r.int8_agreement = pct(p8.filter((p, i) => p === p32[i]).length / p8.length);
    const acc = (k: string) => (r[k] as { accuracy: number }).accuracy;
    console.log(`\nnli zero-shot, held-out topics, ${labelLang === 'en' ? 'English' : 'Chinese'} label names ("${template}"): all ${acc('all')}% · English sentences ${acc('en')}% · Chinese sentences ${acc('zh')}% (int8 agrees with fp32 on ${r.int8_agreement}%)`);
    settings[`labels_${labelLang}`] = r;
  }
  result.zero_shot = settings;
  // one input with the six default labels = six pairs: 6 × the median latency of one pair
  result.latency_ms_fp32_six_pairs = Math.round((await latencyMs(fp32, tok.encodePair('How do I stop my model from overfitting?', 'This example is training.', 128))) * 6 * 1000) / 1000;
  console.log(`  fp32 ${result.fp32_mb} MB, int8 ${result.int8_mb} MB | latency for six pairs (fp32, 6 × one pair) ${result.latency_ms_fp32_six_pairs} ms`);
  return result;
}

/** The card's results tables, generated from eval.json so that every number comes from this script. */
export function resultsMarkdown(out: Record<string, unknown>): string {
  const lines: string[] = [`_Generated by \`npm run eval:text\` on ${String(out.date).slice(0, 10)} (onnxruntime-node ${out.onnxruntime_node})._`, ''];
  type Acc = { n: number; accuracy: number; accuracy_int8: number; confusion: number[][] };
  type Cls = Record<'all' | 'en' | 'zh', Acc> & { labels: string[]; fp32_mb: number; int8_mb: number; int8_agreement: number; latency_ms_fp32: number; latency_ms_int8: number; errors: { lang: string; text: string; label: string; predicted: string }[] };
  for (const task of ['sentiment', 'topic'] as const) {
    const r = out[task] as Cls | undefined;
    if (!r) continue;
    lines.push(`**${task}** (held-out, hand-written): all ${r.all.accuracy}% (n=${r.all.n}) · English ${r.en.accuracy}% (n=${r.en.n}) · Chinese ${r.zh.accuracy}% (n=${r.zh.n}) · int8 file: ${r.all.accuracy_int8}%, same label as fp32 on ${r.int8_agreement}% · size fp32 ${r.fp32_mb} MB / int8 ${r.int8_mb} MB · median latency per short sentence (onnxruntime-node CPU defaults, batch 1, this shared 2-core machine) fp32 ${r.latency_ms_fp32} ms / int8 ${r.latency_ms_int8} ms`, '');
    for (const lang of ['en', 'zh'] as const) {
      lines.push(`Confusion (${lang}, rows = true, columns = predicted):`, '', `| | ${r.labels.join(' | ')} |`, `|---|${r.labels.map(() => '---').join('|')}|`);
      r[lang].confusion.forEach((row, i) => lines.push(`| ${r.labels[i]} | ${row.join(' | ')} |`));
      lines.push('');
    }
    lines.push(`Misclassified held-out sentences (${r.errors.length}):`, '');
    for (const e of r.errors) lines.push(`- [${e.lang}] "${e.text}" — true ${e.label}, predicted ${e.predicted}`);
    lines.push('');
  }
  const e = out.embed as Record<string, never> | undefined;
  if (e) {
    const h = e.heldout_paraphrase_recall_at_1 as Record<string, number>;
    const t = e.training_question_recall_at_1 as Record<string, number>;
    const m = e.mean_max_similarity as Record<string, number>;
    const s2 = e.second_set_recall_at_1 as Record<string, number> | undefined;
    lines.push(`**embed**: held-out paraphrase questions, recall@1 over ${'the 28 sections × 2 languages'}: English ${h.en}% · Chinese ${h.zh}% · all ${h.all}% (int8 file ${(e.heldout_paraphrase_recall_at_1_int8 as Record<string, number>).all}%)${s2 ? `; second question set (${s2.n} questions, never trained on): English ${s2.en}% · Chinese ${s2.zh}% · all ${s2.all}%` : ''}; training questions ${t.all}% · mean best cosine similarity: held-out in-scope ${m.in_scope_heldout}, out-of-scope ${m.out_of_scope} · int8 vs fp32 passage vectors: min cosine ${e.int8_cosine_to_fp32_min} · size fp32 ${e.fp32_mb} MB / int8 ${e.int8_mb} MB · median latency fp32 ${e.latency_ms_fp32} ms / int8 ${e.latency_ms_int8} ms`, '');
  }
  const n = out.nli as { zero_shot: Record<string, { candidate_labels: string[]; template: string; int8_agreement: number } & Record<'all' | 'en' | 'zh', { n: number; accuracy: number; accuracy_int8: number; confusion: number[][] }>>; fp32_mb: number; int8_mb: number; latency_ms_fp32_six_pairs: number } | undefined;
  if (n) {
    lines.push(`**nli** (zero-shot topics on the held-out topic sentences; candidate labels = the six topic names, predicted = highest entailment logit) · size fp32 ${n.fp32_mb} MB / int8 ${n.int8_mb} MB · six pairs (one input, six labels; 6 × the median of one pair) ${n.latency_ms_fp32_six_pairs} ms fp32`, '');
    lines.push('| candidate labels | template | all | English sentences | Chinese sentences | int8 file (all) |', '|---|---|---|---|---|---|');
    for (const r of Object.values(n.zero_shot)) {
      lines.push(`| ${r.candidate_labels.join(', ')} | \`${r.template}\` | ${r.all.accuracy}% (n=${r.all.n}) | ${r.en.accuracy}% (n=${r.en.n}) | ${r.zh.accuracy}% (n=${r.zh.n}) | ${r.all.accuracy_int8}% |`);
    }
    lines.push('');
    const en = n.zero_shot.labels_en;
    if (en) {
      lines.push('Confusion with English label names (all sentences, rows = true topic, columns = predicted):', '', `| | ${TOPIC_LABELS.join(' | ')} |`, `|---|${TOPIC_LABELS.map(() => '---').join('|')}|`);
      en.all.confusion.forEach((row, i) => lines.push(`| ${TOPIC_LABELS[i]} | ${row.join(' | ')} |`));
      lines.push('');
    }
  }
  return lines.join('\n');
}

async function main() {
  const out: Record<string, unknown> = { onnxruntime_node: ort.env.versions?.common ?? 'unknown', date: new Date().toISOString() };
  for (const task of ['sentiment', 'topic', 'embed', 'nli'] as const) {
    if (!fs.existsSync(path.join(ROOT, 'public', 'models', TEXT_MODEL_IDS[task], 'onnx', 'model.onnx'))) {
      console.log(`\n${task}: not exported yet (run npm run train:text -- --model ${task})`);
      continue;
    }
    out[task] = task === 'embed' ? await evalEmbed() : task === 'nli' ? await evalNli() : await evalClassifier(task);
  }
  fs.writeFileSync(path.join(ROOT, 'models', 'text', 'eval.json'), JSON.stringify(out, null, 2) + '\n');
  console.log('\nwrote models/text/eval.json');
  const card = path.join(ROOT, 'models', 'text', 'README.md');
  const md = fs.readFileSync(card, 'utf8');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  if (md.includes(start) && md.includes(end)) {
    fs.writeFileSync(card, md.slice(0, md.indexOf(start) + start.length) + '\n' + resultsMarkdown(out) + md.slice(md.indexOf(end)));
    console.log('updated the results tables in models/text/README.md');
  }
}

if (process.argv[1]?.endsWith('evaluate.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
