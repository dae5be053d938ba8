import { notFound } from 'next/navigation';

// Unknown paths render the translated not-found page inside the site's layout.
export default function CatchAll() {
  notFound();
}
