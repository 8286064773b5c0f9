// A BERT-style WordPiece tokenizer, built from our own corpora and written out
// as a Hugging Face `tokenizer.json` that Transformers.js loads unchanged.
//
// Pipeline (same as HF `BertNormalizer` + `BertPreTokenizer` + `WordPiece`):
//   clean control chars -> spaces around CJK characters -> NFD + drop accents
//   -> lowercase -> split on whitespace and punctuation -> greedy longest-match
//   subwords ("##" continuation prefix) -> [CLS] ... [SEP].
// Chinese therefore becomes one token per character; English gets whole words
// where the vocabulary has them and "##" pieces otherwise.

export const SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;
export const PAD_ID = 0;
export const UNK_ID = 1;
export const CLS_ID = 2;
export const SEP_ID = 3;
export const MASK_ID = 4;

const MAX_CHARS_PER_WORD = 100;
// Same class as Transformers.js' BertPreTokenizer: Unicode punctuation plus ASCII symbols.
const PUNCT = '\\p{P}\\u0021-\\u002F\\u003A-\\u0040\\u005B-\\u0060\\u007B-\\u007E';
const PRE_TOKEN_RE = new RegExp(`[^\\s${PUNCT}]+|[${PUNCT}]`, 'gu');

export function isCjk(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) ||
    (cp >= 0x2b740 && cp <= 0x2b81f) ||
    (cp >= 0x2b820 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x2f800 && cp <= 0x2fa1f)
  );
}

/** BertNormalizer(clean_text, handle_chinese_chars, strip_accents, lowercase). */
export function normalize(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0 || cp === 0xfffd) continue;
    if (/\s/u.test(ch)) out += ' ';
    else if (/\p{Cc}|\p{Cf}/u.test(ch)) continue;
    else if (isCjk(cp)) out += ` ${ch} `;
    else out += ch;
  }
  out = out.normalize('NFD').replace(/\p{Mn}/gu, '');
  return out.toLowerCase();
}

/** BertPreTokenizer: words and single punctuation characters. */
export function preTokenize(normalized: string): string[] {
  return normalized.match(PRE_TOKEN_RE) ?? [];
}

export class WordPieceTokenizer {
  readonly vocab: string[];
  private readonly ids: Map<string, number>;

  constructor(vocab: string[]) {
    this.vocab = vocab;
    this.ids = new Map(vocab.map((t, i) => [t, i]));
    SPECIAL_TOKENS.forEach((t, i) => {
      if (this.ids.get(t) !== i) throw new Error(`special token ${t} must have id ${i}`);
    });
  }

  get size(): number {
    return this.vocab.length;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  /** WordPiece of one pre-token: greedy longest match, the whole word is [UNK] if any piece is missing. */
  wordPieces(word: string): string[] {
    const chars = Array.from(word);
    if (chars.length > MAX_CHARS_PER_WORD) return ['[UNK]'];
    const pieces: string[] = [];
    let start = 0;
    while (start < chars.length) {
      let end = chars.length;
      let found: string | null = null;
      while (start < end) {
        const sub = (start > 0 ? '##' : '') + chars.slice(start, end).join('');
        if (this.ids.has(sub)) {
          found = sub;
          break;
        }
        end--;
      }
      if (found === null) return ['[UNK]'];
      pieces.push(found);
      start = end;
    }
    return pieces;
  }

  tokenize(text: string): string[] {
    return preTokenize(normalize(text)).flatMap((w) => this.wordPieces(w));
  }

  /** [CLS] tokens [SEP], truncated to maxLength ids. */
  encode(text: string, maxLength = 128): number[] {
    const body = this.tokenize(text).map((t) => this.ids.get(t)!);
    return [CLS_ID, ...body.slice(0, maxLength - 2), SEP_ID];
  }

  /**
   * A sentence pair as BERT encodes it: [CLS] a [SEP] b [SEP] (what Transformers.js'
   * `tokenizer(a, { text_pair: b })` gives with the pair template of tokenizer.json).
   * Too long: the first text is cut (then the second), so the hypothesis survives.
   */
  encodePair(a: string, b: string, maxLength = 128): number[] {
    let first = this.tokenize(a).map((t) => this.ids.get(t)!);
    let second = this.tokenize(b).map((t) => this.ids.get(t)!);
    const room = maxLength - 3;
    if (first.length + second.length > room) {
      first = first.slice(0, Math.max(0, room - second.length));
      second = second.slice(0, room - first.length);
    }
    return [CLS_ID, ...first, SEP_ID, ...second, SEP_ID];
  }

  /** Tokens back to text: "##" pieces glued to the previous token, CJK without spaces. */
  decode(ids: number[]): string {
    let out = '';
    let prevCjk = false;
    for (const id of ids) {
      const tok = this.vocab[id];
      if (id === CLS_ID || id === SEP_ID || id === PAD_ID) continue;
      if (tok.startsWith('##')) {
        out += tok.slice(2);
        prevCjk = false;
        continue;
      }
      const cjk = isCjk(tok.codePointAt(0)!) && Array.from(tok).length === 1;
      const punct = /^\p{P}$/u.test(tok);
      if (out && !(cjk && prevCjk) && !punct) out += ' ';
      out += tok;
      prevCjk = cjk || punct;
    }
    return out;
  }
}

/** Common English suffix pieces, so that unseen inflections split sensibly. */
const SUFFIXES = ['s', 'es', 'ed', 'ing', 'ly', 'er', 'ers', 'est', 'ness', 'ment', 'ful', 'less', 'able', 'ible', 'ion', 'tion', 'ity', 'ive', 'al', 'ous', 'ish', 'y', 'ies', 'ied', "n't"];

/**
 * Vocabulary from corpora: specials, every character seen (plus a-z/0-9 and
 * ASCII punctuation, alone and as "##" pieces), suffixes, then whole words
 * by frequency (at least `minCount` occurrences, at most `maxWords`), then
 * `extraWords` (e.g. lexicon entries) until `maxWords` is reached.
 */
export function buildVocab(
  texts: Iterable<string>,
  opts: { maxWords: number; minCount?: number; extraWords?: string[]; extraChars?: string },
): string[] {
  const counts = new Map<string, number>();
  const chars = new Set<string>();
  const addChars = (s: string) => {
    for (const c of s) if (c.trim()) chars.add(c);
  };
  for (const t of texts) {
    for (const w of preTokenize(normalize(t))) {
      counts.set(w, (counts.get(w) ?? 0) + 1);
      addChars(w);
    }
  }
  addChars('abcdefghijklmnopqrstuvwxyz0123456789!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
  if (opts.extraChars) addChars(normalize(opts.extraChars).replace(/\s/g, ''));
  const vocab: string[] = [...SPECIAL_TOKENS];
  const seen = new Set<string>(vocab);
  const push = (t: string) => {
    if (!seen.has(t)) {
      seen.add(t);
      vocab.push(t);
    }
  };
  const sortedChars = [...chars].sort();
  for (const c of sortedChars) push(c);
  for (const c of sortedChars) if (!isCjk(c.codePointAt(0)!)) push('##' + c);
  for (const s of SUFFIXES) push('##' + s);
  const minCount = opts.minCount ?? 1;
  const words = [...counts.entries()]
    .filter(([w, n]) => n >= minCount && Array.from(w).length > 1)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([w]) => w);
  let added = 0;
  for (const w of [...words, ...(opts.extraWords ?? [])]) {
    if (added >= opts.maxWords) break;
    const pieces = preTokenize(normalize(w));
    if (pieces.length !== 1 || Array.from(pieces[0]).length < 2 || seen.has(pieces[0])) continue;
    if (Array.from(pieces[0]).some((c) => !seen.has(c))) continue;
    push(pieces[0]);
    added++;
  }
  return vocab;
}

/** The Hugging Face `tokenizer.json` for this vocabulary. */
export function tokenizerJson(vocab: string[], maxLength = 128): object {
  return {
    version: '1.0',
    truncation: { direction: 'Right', max_length: maxLength, strategy: 'LongestFirst', stride: 0 },
    padding: null,
    added_tokens: SPECIAL_TOKENS.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: {
      type: 'BertNormalizer',
      clean_text: true,
      handle_chinese_chars: true,
      strip_accents: true,
      lowercase: true,
    },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [CLS_ID], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [SEP_ID], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: MAX_CHARS_PER_WORD,
      vocab: Object.fromEntries(vocab.map((t, i) => [t, i])),
    },
  };
}

export function tokenizerConfigJson(maxLength = 128): object {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    strip_accents: true,
    tokenize_chinese_chars: true,
    model_max_length: maxLength,
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    pad_token: '[PAD]',
    unk_token: '[UNK]',
    mask_token: '[MASK]',
    clean_up_tokenization_spaces: true,
  };
}
