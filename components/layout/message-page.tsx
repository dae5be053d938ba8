import { Link } from '@/components/ui/link';

/** A page that only says something and leads home: not found, not allowed. */
export function MessagePage({ title, body, home }: { title: string; body: string; home: string }) {
  return (
    <div className="px-4 py-10">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-stone-700">{body}</p>
      <Link href="/" className="mt-4 inline-flex min-h-12 items-center rounded-lg bg-brand-700 px-4 font-semibold text-white">
        {home}
      </Link>
    </div>
  );
}
