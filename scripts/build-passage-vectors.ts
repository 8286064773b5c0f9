// Writes public/models/glassbox-embed/passage-vectors.json: the built-in embedding model's vectors
// of every chat passage, so the browser skips embedding them before its first answer. Rerun after
// retraining glassbox-embed or changing the article/glossary (a unit test fails while it is stale).
//
//   npm run vectors:chat
import fs from 'node:fs';
import path from 'node:path';
import { TransformersEmbeddings } from '../lib/chat/embeddings';
import { buildKnowledgeBase } from '../lib/chat/knowledge';
import { loadNodeExtractor, NODE_PASSAGE_VECTORS_PATH } from '../lib/chat/node-engine';
import { encodePassageVectors } from '../lib/chat/passage-vectors';
import { TEXT_MODEL_IDS } from '../lib/text/labels';

async function main() {
  const kb = await buildKnowledgeBase();
  const texts = kb.docs.map((d) => d.pageContent);
  const vectors = await new TransformersEmbeddings(await loadNodeExtractor()).embedDocuments(texts);
  const file = encodePassageVectors(TEXT_MODEL_IDS.embed, texts, vectors);
  fs.writeFileSync(NODE_PASSAGE_VECTORS_PATH, JSON.stringify(file) + '\n');
  console.log(`wrote ${path.relative(process.cwd(), NODE_PASSAGE_VECTORS_PATH)}: ${file.count} passages × ${file.dim} (${fs.statSync(NODE_PASSAGE_VECTORS_PATH).size} bytes)`);
}

if (process.argv[1]?.endsWith('build-passage-vectors.ts')) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
