// Where the subjectivity check's exported file lives (read by evaluate.ts, written by train.ts).
import path from 'node:path';

export const OUT_DIR = path.join(__dirname, '..', '..', 'public', 'models', 'glassbox-subjectivity');
