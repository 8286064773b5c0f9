// Writes public/models/glassbox-embed/passage-vectors.json: the built-in embedding model's vectors
// of every chat passage, so the browser skips embedding them before its first answer. Rerun after
// retraining glassbox-embed or changing the article/glossary (a unit test fails while it is stale).
//
//   npm run vectors:chat
import fs from 'node:fs';
import path from 'node:path';
import { TransformersEmbeddings } from '../lib/chat/embeddings';
import { buildKnowledgeBase } from '../lib/chat/knowledge';
import { loadNodeExtractor, NODE_MODELS_DIR } from '../lib/chat/node-engine';
import { encodePassageVectors } from '../lib/chat/passage-vectors';
import { TEXT_MODEL_IDS } from '../lib/text/labels';

export const PASSAGE_VECTORS_FILE = path.join(NODE_MODELS_DIR, TEXT_MODEL_IDS.embed, 'passage-vectors.json');

async function main() {
  const kb = await buildKnowledgeBase();
  const texts = kb.docs.map((d) => d.pageContent);
  const vectors = await new TransformersEmbeddings(await loadNodeExtractor()).embedDocuments(texts);
  const file = encodePassageVectors(TEXT_MODEL_IDS.embed, texts, vectors);
  fs.writeFileSync(PASSAGE_VECTORS_FILE, JSON.stringify(file) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), PASSAGE_VECTORS_FILE)}: ${file.count} passages × ${file.dim} (${fs.statSync(PASSAGE_VECTORS_FILE).size} bytes)`);
}

if (process.argv[1]?.endsWith('build-passage-vectors.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
