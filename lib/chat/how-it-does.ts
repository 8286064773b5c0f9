// "How does a CNN recognize images?", "cnn咋识别图片的": how a named thing does its typical task is
// how it works. Asked as the task, the question matched section 6's list of applications ("image
// recognition with CNNs"), which names the task but says nothing of how (session 21's tours). The
// engine asks it as "what is X?", whose answer is the concept's glossary entry (which says what X
// is built from and how it works), and keeps that answer only when it is a glossary entry (X is a
// concept the glossary explains). ("How does X work?" would do as well with the embedding model,
// but not without it.) Framework-free.

const EN_TASK = String.raw`(?:recogni[sz]e|classify|detect|identify|process|understand|see|read|handle|analy[sz]e|find)`;
const EN_THING = String.raw`(?:images?|pictures?|photos?|objects?|faces?|digits?|text|sentences?|words?|language|speech|audio|sound|sequences?|data)`;
const EN = new RegExp(String.raw`^(?:so\s+|and\s+)?how\s+(?:exactly\s+)?(?:does|do|can|could|would)\s+(.+?)\s+(?:actually\s+|really\s+)?${EN_TASK}\s+(?:an?\s+|the\s+)?${EN_THING}\b[^?]*\??$`, 'i');
const ZH = /^(?:请问|那|那么)?[，,\s]*(.+?)(?:到底|究竟|具体)?(?:是)?(?:怎么|如何|怎样|咋)(?:样)?(?:识别|分类|处理|理解|看懂|读懂|认出|检测)(?:出)?(?:图片|图像|照片|物体|人脸|数字|文字|文本|句子|语言|语音|声音|序列|数据)(?:的|呢)?[?？]?$/u;

/** The question asked as "what is X?" in each language, or null when it does not ask how a named
 *  thing does its task. */
export function asDefinitionQuestion(question: string): { en: string; zh: string } | null {
  const q = question.normalize('NFKC').trim();
  const en = EN.exec(q);
  const zh = en ? null : ZH.exec(q);
  const subject = (en?.[1] ?? zh?.[1] ?? '').trim();
  if (!subject || subject.split(/\s+/).length > 4 || /[，,。]/.test(subject)) return null;
  return { en: `What is ${subject}?`, zh: `什么是${subject}` };
}
