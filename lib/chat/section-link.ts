// Links to the article's sections as the chat's answers write them: the page address of a section
// and the Markdown link "[9.7 How can deep learning models avoid overfitting?](/article#sec-9.7)".
import { getSection, sectionAnchor } from '../content/article';
import type { Lang } from '../content/types';

/** The article page's address of section `id`. */
export const sectionHref = (id: string): string => `/article#${sectionAnchor(id)}`;

/** A Markdown link to section `id`, labelled with its number and its title in `lang`. */
export function sectionLink(id: string, lang: Lang): string {
  return `[${id} ${getSection(id)!.title[lang]}](${sectionHref(id)})`;
}
