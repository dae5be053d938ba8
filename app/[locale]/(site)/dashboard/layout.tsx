import type { Metadata } from 'next';

export const metadata: Metadata = { robots: { index: false } };

// Everything under /dashboard needs a signed-in account: each page asks for it (lib/auth/page-
// guards.ts, which brings a guest back to the very page after signing in) and each action checks
// again on the server.
export default function DashboardLayout({ children }: { children: React.ReactNode }) {
  return <div className="mx-auto max-w-2xl px-4 py-6">{children}</div>;
}
