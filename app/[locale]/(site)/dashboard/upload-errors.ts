import { getTranslations } from 'next-intl/server';

const UPLOAD_ERROR_CODES = ['empty', 'tooLarge', 'notImage', 'unsupported', 'tooManyPixels', 'corrupt', 'rateLimited', 'unauthenticated', 'passwordChange', 'forbidden', 'invalid', 'storageFailed', 'generic'] as const;

/** The upload error messages a PhotoUploader shows, translated on the server. */
export async function uploadErrors(): Promise<Record<string, string>> {
  const t = await getTranslations('ProfileErrors');
  return Object.fromEntries(UPLOAD_ERROR_CODES.map((c) => [c, t(c)]));
}
