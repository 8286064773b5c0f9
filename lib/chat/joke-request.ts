// "tell me a joke 😂", "讲个笑话吧": the chat tells no jokes. Declined as such, with no topics offered
// as if they answered (it got "the article doesn't cover that" with stray sections). Declined, not
// small talk: these are requests the chat cannot fulfil. Framework-free.

const JOKE = [
  /\b(?:tell|say|give|got|know|share)(?: me| us)? (?:a |any |some |another |one more )?(?:good |funny |bad )?(?:jokes?|puns?|riddles?)\b|\bmake me laugh\b|\bsomething funny\b/i,
  /(?:讲|说|来)(?:一)?(?:个)?(?:笑话|段子)|逗我(?:笑|开心)/u,
];

/** Whether the message asks for a joke. */
export function asksForJoke(text: string): boolean {
  const t = text.normalize('NFKC');
  return JOKE.some((re) => re.test(t));
}
