// `sentiment "<text>"` and `topic "<text>"`: classify text with the built-in Transformer models
// (Transformers.js on ONNX Runtime for Node), through the same runtime as the text lab.
import fs from 'node:fs';
import path from 'node:path';
import { TEXT_MODEL_IDS } from '../text/labels';
import { findModel } from '../text/registry';
import { analyzeText, loadTextModel, type LoadedTextModel } from '../text/runtime';
import { opinionProbability, parseSubjectivityModel, SUBJECTIVITY_FORMAT, SUBJECTIVITY_MODEL_ID, type CheckFile, type SubjectivityModel } from '../text/subjectivity';
import { domainProbability, TOPIC_DOMAIN_FILE } from '../text/topic-domain';
import { configureTransformers } from '../text/transformers-env';
import { normalizeUserText } from '../text/user-text';
import { CommandError, UsageError, type Command } from './command';

const MODELS_DIR = path.join(__dirname, '..', '..', 'public', 'models') + path.sep;
const loaded = new Map<string, Promise<LoadedTextModel>>();

function model(id: string): Promise<LoadedTextModel> {
  let m = loaded.get(id);
  if (!m) {
    configureTransformers({ localModelPath: MODELS_DIR, allowRemote: false });
    m = loadTextModel(findModel(id)!).catch((e) => {
      loaded.delete(id);
      throw new CommandError(`cannot load the ${id} model from ${MODELS_DIR}: ${e instanceof Error ? e.message : e}`);
    });
    loaded.set(id, m);
  }
  return m;
}

const checks = new Map<string, SubjectivityModel>();

/** A check's model file (the subjectivity or the topic-domain check), read once. */
function check(file: CheckFile): SubjectivityModel {
  let m = checks.get(file.id);
  if (!m) {
    const where = path.join(MODELS_DIR, file.id, 'model.json');
    try {
      m = parseSubjectivityModel(JSON.parse(fs.readFileSync(where, 'utf8')), file.format);
    } catch (e) {
      throw new CommandError(`cannot load the ${file.id} check from ${where}: ${e instanceof Error ? e.message : e}`);
    }
    checks.set(file.id, m);
  }
  return m;
}

/** The subjectivity check's p(opinion) and verdict for `sentiment` output. */
function checkSubjectivity(text: string): { opinion: number; neutral: boolean } {
  const m = check({ id: SUBJECTIVITY_MODEL_ID, format: SUBJECTIVITY_FORMAT });
  const opinion = opinionProbability(m, text);
  return { opinion: Number(opinion.toFixed(6)), neutral: opinion < m.threshold };
}

/** The topic-domain check's p(about deep learning / AI) and verdict for `topic` output. */
function checkDomain(text: string): { probability: number; outOfDomain: boolean } {
  const m = check(TOPIC_DOMAIN_FILE);
  const p = domainProbability(m, text);
  return { probability: Number(p.toFixed(6)), outOfDomain: p < m.threshold };
}

export async function classifyText(modelId: string, raw: string) {
  const { text, cut } = normalizeUserText(raw);
  if (!text) throw new CommandError('the text is empty (or only whitespace / invisible characters)');
  const a = await analyzeText(await model(modelId), text);
  const best = a.probabilities.indexOf(Math.max(...a.probabilities));
  return {
    label: a.labels[best],
    scores: Object.fromEntries(a.labels.map((l, i) => [l, Number(a.probabilities[i].toFixed(6))])),
    model: modelId,
    truncated: cut || a.truncated,
    // sentiment only: whether the text states an opinion at all (the model knows only positive and negative)
    ...(modelId === TEXT_MODEL_IDS.sentiment ? { subjectivity: checkSubjectivity(text) } : {}),
    // topic only: whether the text is about deep learning or AI at all (the model knows only its six areas)
    ...(modelId === TEXT_MODEL_IDS.topic ? { domain: checkDomain(text) } : {}),
  };
}

function textCommand(name: 'sentiment' | 'topic', summary: string): Command {
  const modelId = TEXT_MODEL_IDS[name];
  return {
    name,
    usage: `${name} "<text>"`,
    summary,
    async run(args) {
      if (args.length !== 1) throw new UsageError(`${name} takes the text as one quoted argument, e.g. ${name} "I loved it"`);
      return classifyText(modelId, args[0]);
    },
    runLine: (line) => classifyText(modelId, line),
  };
}

export const sentimentCommand = textCommand('sentiment', 'Sentiment (positive / negative) of English or Chinese text, with the built-in model.');
export const topicCommand = textCommand('topic', 'Deep-learning topic of English or Chinese text (six labels), with the built-in model.');
