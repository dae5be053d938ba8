// "আবেদন করুন": one button posting to the apply action. On a cached page it is the same for
// everyone; whether she may apply or already did comes back as the action's answer.
import { getTranslations } from 'next-intl/server';
import { FormShell } from '@/components/forms/form-shell';
import { applyAction } from '@/lib/training/programmes-actions';

export async function ApplyForm({ programmeId }: { programmeId: string }) {
  const t = await getTranslations('TrainingPublic');
  return (
    <div data-testid="apply-form">
      <FormShell action={applyAction.bind(null, programmeId)} submitLabel={t('apply')} />
    </div>
  );
}
