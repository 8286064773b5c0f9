// A LangChain `Embeddings` backed by Transformers.js feature extraction (mean pooling, L2
// normalised), by default with the built-in glassbox-embed model; hub models load the same way.
import { Embeddings } from '@langchain/core/embeddings';
import { pipeline } from '@huggingface/transformers';

export type ExtractFn = (texts: string[]) => Promise<number[][]>;

export interface EmbeddingLoadOptions {
  dtype?: 'fp32' | 'q8';
  device?: 'webgpu' | 'wasm' | 'cpu';
  onProgress?(p: { file: string; loaded: number; total: number }): void;
  /** Never download (built-in models, served by the app or read from disk). */
  localOnly?: boolean;
}

/** Loads a feature-extraction pipeline and returns a batch function: texts -> unit vectors. */
export async function loadExtractor(modelId: string, options: EmbeddingLoadOptions = {}): Promise<ExtractFn> {
  const extractor = await pipeline('feature-extraction', modelId, {
    dtype: options.dtype ?? 'fp32',
    device: options.device,
    local_files_only: options.localOnly ?? false,
    progress_callback: (p: { status: string; file?: string; loaded?: number; total?: number }) => {
      if (p.status === 'progress' && p.file) options.onProgress?.({ file: p.file, loaded: p.loaded ?? 0, total: p.total ?? 0 });
    },
  });
  return async (texts) => {
    const out = await extractor(texts, { pooling: 'mean', normalize: true }); // [n, dim]
    return out.tolist() as number[][];
  };
}

export class TransformersEmbeddings extends Embeddings {
  constructor(
    private readonly extract: ExtractFn,
    private readonly batchSize = 16,
    /** Called after each batch of documents: (embedded so far, total). */
    private readonly onProgress?: (done: number, total: number) => void,
  ) {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const out: number[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      out.push(...(await this.extract(texts.slice(i, i + this.batchSize))));
      this.onProgress?.(out.length, texts.length);
    }
    return out;
  }

  async embedQuery(text: string): Promise<number[]> {
    return (await this.extract([text]))[0];
  }
}
