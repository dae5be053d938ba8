// A delete button that asks first: the first press answers with the step "confirmDelete"
// (askToConfirmDelete in lib/forms/action-result.ts) and its warning, and only the red button that
// then appears deletes ("delete-confirmed"). Works without JavaScript: the answer is the page.
import { getTranslations } from 'next-intl/server';
import { WhenStep } from './form-shell';

const button = 'inline-flex min-h-12 items-center rounded-lg px-4 font-semibold';

export async function DeleteButton({ label }: { label: string }) {
  const t = await getTranslations('Errors');
  return (
    <>
      <button name="command" value="delete" className={`${button} border border-red-700 text-red-800`}>
        {label}
      </button>
      <WhenStep step="confirmDelete">
        <button name="command" value="delete-confirmed" className={`${button} bg-red-700 text-white`} data-testid="confirm-delete">
          {t('confirmDeleteButton')}
        </button>
      </WhenStep>
    </>
  );
}
