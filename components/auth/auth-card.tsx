// The frame every account page shares: a narrow card that reads well on a small phone.
export function AuthCard({ title, lead, children }: { title: string; lead?: React.ReactNode; children: React.ReactNode }) {
  return (
    <div className="mx-auto max-w-md px-4 py-8">
      <h1 className="text-2xl font-bold text-brand-900">{title}</h1>
      {lead && <p className="mt-1 text-stone-700">{lead}</p>}
      <div className="mt-6 rounded-2xl border border-stone-200 bg-white p-4 shadow-sm">{children}</div>
    </div>
  );
}
