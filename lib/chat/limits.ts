// Input limits of the chat, shared by the page (client bundle) and the engine without pulling
// the engine's dependencies into the page.

/** Longest question the chat reads (longer input is cut and the answer says so). */
export const MAX_QUESTION_CHARS = 1000;
