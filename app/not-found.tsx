import Link from 'next/link';
import './globals.css';

// Requests that never reached a locale (e.g. an unknown path under /api) end here.
export default function GlobalNotFound() {
  return (
    <html lang="bn">
      <body className="p-6">
        <h1 className="text-xl font-bold">পাতাটি পাওয়া যায়নি · Page not found</h1>
        <p className="mt-2">
          <Link href="/" className="text-brand-700 underline">
            প্রথম পাতা · Home
          </Link>
        </p>
      </body>
    </html>
  );
}
