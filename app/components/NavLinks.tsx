'use client';
// Header navigation links; marks the current page with aria-current.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function NavLinks({ links, label }: { links: { href: string; text: string }[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-1">
        {links.map((l) => {
          const current = l.href === '/' ? pathname === '/' : pathname.startsWith(l.href);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? 'page' : undefined}
                className="rounded-md px-2 py-1 text-sm hover:bg-slate-100 aria-[current=page]:font-semibold aria-[current=page]:text-sky-700 dark:hover:bg-slate-800 dark:aria-[current=page]:text-sky-300"
              >
                {l.text}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
