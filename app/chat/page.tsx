// /chat: questions about the article and deep-learning concepts, answered on the device from the
// article and glossary with cited sections (optionally written by a configured language model).
import type { Metadata } from 'next';
import Link from 'next/link';
import { ChatApp } from './ChatApp';
import { getPrefs } from '../server/prefs';
import { faq } from '@/lib/content/article';
import { readGenerativeConfig } from '@/lib/chat/generative-config';
import { chatMessages, fill } from '@/lib/i18n/chat-messages';
import evaluation from '@/models/chat/eval.json';

export const metadata: Metadata = { title: 'Chat' };

const EXTRA_SUGGESTIONS = {
  en: ['What does a pooling layer do?', 'What is a saliency map?', 'Who wrote the article?'],
  zh: ['池化层有什么作用？', '什么是注意力机制？', '第五章讲了什么？'],
};

const pct = (v: number | null) => (v ?? 0).toFixed(1);

export default async function ChatPage() {
  const { lang } = await getPrefs();
  const t = chatMessages[lang];
  const generative = readGenerativeConfig();
  const h = evaluation.hybrid;
  const suggestions = [...faq.slice(0, 5).map((f) => f.question[lang]), ...EXTRA_SUGGESTIONS[lang]];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">{t.title}</h1>
        <p className="max-w-3xl">{t.intro}</p>
        <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300" data-testid="chat-quality">
          {fill(t.quality, {
            n: evaluation.evalSet.inScope + evaluation.evalSet.outOfScope,
            en: pct(h.perLanguage.en.top1),
            zh: pct(h.perLanguage.zh.top1),
            oos: pct(h.refusal.outOfScopeRefused),
            wrong: pct(h.refusal.inScopeWronglyRefused),
          })}{' '}
          <Link href="/article" className="text-sky-700 underline dark:text-sky-300">{t.articleLink}</Link>
        </p>
      </header>
      <ChatApp t={t} lang={lang} suggestions={suggestions} generativeModel={generative?.model ?? null} remoteHost={process.env.GLASSBOX_HUB_HOST ?? null} />
    </div>
  );
}
