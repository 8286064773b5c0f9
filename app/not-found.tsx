// 404 page in the visitor's language.
import Link from 'next/link';
import { getPrefs } from './server/prefs';

export default async function NotFound() {
  const { t } = await getPrefs();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{t.notFound}</h1>
      <Link href="/" className="text-sky-700 underline dark:text-sky-300">{t.backHome}</Link>
    </div>
  );
}
