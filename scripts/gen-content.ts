// Regenerates lib/content/article.generated.json from lib/content/source/*.md.
// Run after editing the article sources: `npm run content`. A unit test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { buildArticle, GENERATED_PATH } from '../lib/content/build-article';

const article = buildArticle();
writeFileSync(GENERATED_PATH, JSON.stringify(article, null, 1) + '\n');
console.log(`wrote ${GENERATED_PATH}: ${article.sections.length} sections`);
