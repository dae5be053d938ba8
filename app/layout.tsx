// The real root layout is app/[locale]/layout.tsx (it knows the language); this one only exists
// because Next.js needs a root for files outside [locale], such as app/not-found.tsx.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
