// "How does a neural net actually learn?", "神经网络是怎么学习的", "how is a deep learning model
// trained?": the article answers this with the training steps of section 3.2 (forward pass, loss,
// backpropagation, repeat), but the questions share few words with it and got the definition of a
// neural network, section 2 or FAQ 9.2 ("which algorithms are common") in session 21's tour 6. They
// are asked as the steps question, which retrieval answers from 3.2. Framework-free.

// what learns: a neural network, a deep learning model, "the model", "a network"
const EN_SUBJECT = String.raw`(?:an?\s+|the\s+)?(?:(?:artificial\s+|deep\s+)?neural\s+(?:net|network)s?|nns?|deep\s+learning(?:\s+models?)?|(?:deep\s+learning\s+|ml\s+|machine\s+learning\s+)?models?|networks?)`;
const EN = new RegExp(String.raw`\bhow\s+(?:exactly\s+|actually\s+)?(?:does|do|is|are|can)\s+${EN_SUBJECT}\s+(?:actually\s+|really\s+|even\s+)?(?:learn|get\s+trained|trained|train(?:ed)?)\b|\bhow\s+(?:do|does|would|can|should)\s+(?:you|we|one|i|people)\s+train\s+${EN_SUBJECT}\b|\bhow\s+${EN_SUBJECT}\s+(?:learn|learns|are\s+trained|is\s+trained)\b`, 'i');
// (the subject opens the question: "奖励模型是怎么训练出来的", "10-5-3的网络是怎么训练的" ask about one model)
const ZH = /^(?:请问|那|那么|所以|我想知道|想问一下)?[，,\s]*(?:一个)?(?:神经网络|深度学习模型|深度学习|模型|网络)(?:到底|究竟|具体|实际上|是)*(?:怎么|怎样|如何|咋|怎么样)(?:进行)?(?:学习|学会|学东西|学到|训练)|^(?:请问)?(?:怎么|怎样|如何|咋)训练(?:一个)?(?:神经网络|深度学习模型|模型|网络)/u;

/** Whether the question asks how a neural network (a deep learning model) learns or is trained. */
export function asksHowItLearns(question: string): boolean {
  const q = question.normalize('NFKC');
  return EN.test(q) || ZH.test(q);
}

/** What it is asked as, in each language: the training steps (section 3.2). */
export const TRAINING_STEPS_QUESTION = { en: 'What are the steps of training a neural network?', zh: '训练神经网络的步骤' } as const;
