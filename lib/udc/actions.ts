'use server';

// Server actions of the Union Digital Centre pages (issue #19), on the one action pipeline
// (lib/forms/action.ts): the officers' appointments (console access; lib/udc/operators.ts checks
// the scope) and the operator's desk (signed in; lib/udc/register.ts checks the appointment).
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { basicsSchema, captionSchema } from '@/lib/directory/profile-schemas';
import { AppError } from '@/lib/errors';
import { callAction, formAction, voidAction } from '@/lib/forms/action';
import { all, type ActionResult, fieldsOf, idIn, one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { clientKey } from '@/lib/security/client';
import { appointOperator, endOperator } from './operators';
import { attachAssistedPhoto, cancelRegistration, confirmRegistration, editProviderBasics, resendConsentCode, startRegistration, updateAssistedPhoto } from './register';
import { appointSchema, consentSchema, donorRegistrationSchema, endSchema, providerRegistrationSchema, shopRegistrationSchema } from './schemas';

const namespace = ['Udc', 'ProfileErrors', 'Blood.errors', 'ShopErrors', 'AuthErrors'] as const;
/** Data-layer refusals shown beside the field they are about. */
const fieldOf = {
  otherUnion: 'areaId',
  ownNumber: 'phone',
  alreadyRegistered: 'phone',
  accountBlocked: 'phone',
  noAccount: 'phone',
  alreadyOperator: 'phone',
  appointSelf: 'phone',
  appointOfficer: 'phone',
  pendingElsewhere: 'phone',
  unionRequired: 'unionId',
  tooSoon: 'phone',
  dailyLimit: 'phone',
  clientLimit: 'phone',
  phoneInvalid: 'phone',
  codeWrong: 'code',
  tooManyTries: 'code',
  categoryRequired: 'categoryIds',
  tooYoung: 'birthDate',
  tooOld: 'birthDate',
  dateFuture: 'lastDonation',
  dateTooOld: 'lastDonation',
  dateBeforeBirth: 'lastDonation',
  slugTaken: 'slug',
};

const client = async () => clientKey(await headers());

/**
 * A refusal about one field is said beside that field only (the status line above the form would
 * repeat it word for word); other refusals stay in the status line.
 */
function once<A extends unknown[]>(action: (...args: A) => Promise<ActionResult>): (...args: A) => Promise<ActionResult> {
  return async (...args) => {
    const result = await action(...args);
    if (!result.ok && result.message && Object.values(result.errors ?? {}).includes(result.message)) return { ...result, message: undefined };
    return result;
  };
}

/** After a change that empties the form: the page again, with its success line (?done=…), and fresh forms. */
const doneAt = (path: string, done: string, locale: Parameters<typeof localizeHref>[1]): never =>
  // `at` differs each time, so a second appointment in a row gets a fresh form too.
  redirect(localizeHref(`${path}?done=${encodeURIComponent(done)}&at=${Date.now().toString(36)}`, locale));

export const appointOperatorAction = once(
  formAction({ namespace, access: 'console', schema: appointSchema, read: (form) => fieldsOf(form, 'phone', 'centreName', 'unionId'), fieldOf }, async ({ scope, input, locale }) => {
    await appointOperator(scope, input);
    return doneAt('/console/udc', 'appointed', locale);
  }),
);

export const endOperatorAction = once(
  formAction({ namespace, access: 'console', schema: endSchema, read: (form) => fieldsOf(form, 'reason') }, async ({ scope, input, form, locale }) => {
    await endOperator(scope, idIn(form, 'operatorId'), input);
    return doneAt('/console/udc', 'ended', locale);
  }),
);

export const registerProviderAction = once(formAction(
  {
    namespace,
    access: 'user',
    schema: providerRegistrationSchema,
    fieldOf,
    read: (form) => ({ ...fieldsOf(form, 'phone', 'nameBn', 'areaId', 'address'), categoryIds: all(form, 'categoryIds') }),
  },
  async ({ user, input }) => {
    await startRegistration(user, { kind: 'PROVIDER', input }, await client());
    return { done: 'codeSent' };
  },
));

export const registerDonorAction = once(formAction(
  { namespace, access: 'user', schema: donorRegistrationSchema, fieldOf, read: (form) => ({ ...fieldsOf(form, 'phone', 'nameBn', 'bloodGroup', 'sex', 'birthDate', 'lastDonation', 'areaId'), smsShared: one(form, 'smsShared') }) },
  async ({ user, input }) => {
    await startRegistration(user, { kind: 'DONOR', input }, await client());
    return { done: 'codeSent' };
  },
));

export const registerShopAction = once(formAction(
  { namespace, access: 'user', schema: shopRegistrationSchema, fieldOf, read: (form) => fieldsOf(form, 'phone', 'ownerName', 'nameBn', 'slug', 'areaId') },
  async ({ user, input }) => {
    await startRegistration(user, { kind: 'SHOP', input }, await client());
    return { done: 'codeSent' };
  },
));

/** The person types her code on the centre's computer: the record is made, or nothing happens. */
export const confirmRegistrationAction = once(
  formAction({ namespace, access: 'user', schema: consentSchema, bound: z.tuple([recordId]), fieldOf }, async ({ user, input, args: [id], locale }) => {
    await confirmRegistration(user, id, input.code);
    return doneAt('/udc', id, locale);
  }),
);

// Not `once`: the resend form has no field of its own, its refusal is said in its status line.
export const resendCodeAction = formAction({ namespace, access: 'user', bound: z.tuple([recordId]), fieldOf: { ...fieldOf, tooSoon: 'code', dailyLimit: 'code', clientLimit: 'code' } }, async ({ user, args: [id] }) => {
  await resendConsentCode(user, id, await client());
  return { done: 'codeResent' };
});

export const cancelRegistrationAction = voidAction({ namespace, access: 'user', bound: z.tuple([recordId]) }, async ({ user, args: [id] }) => {
  await cancelRegistration(user, id);
});

export const editBasicsAction = once(formAction(
  { namespace, access: 'user', schema: basicsSchema, bound: z.tuple([recordId]), fieldOf, read: (form) => ({ nameBn: one(form, 'nameBn'), categoryIds: all(form, 'categoryIds') }) },
  async ({ user, input, args: [id] }) => {
    await editProviderBasics(user, id, input);
    return { done: 'saved' };
  },
));

/** Called by the photo uploader once the photo is stored: (registration, mediaId, caption). */
export const attachPhotoAction = callAction({ namespace, access: 'user', bound: z.tuple([recordId, recordId, z.string()]) }, async ({ user, args: [id, mediaId, typed] }) => {
  const caption = captionSchema.safeParse(typed);
  if (!caption.success) throw new AppError('invalid', caption.error.issues[0]?.message);
  await attachAssistedPhoto(user, id, mediaId, caption.data);
});

export const updatePhotoAction = voidAction({ namespace, access: 'user', bound: z.tuple([recordId]) }, async ({ user, form, args: [id] }) => {
  const caption = captionSchema.safeParse(one(form, 'caption'));
  await updateAssistedPhoto(user, id, idIn(form, 'photoId'), { caption: caption.success ? caption.data : undefined, remove: form.get('remove') === '1' });
});

/** Back to the desk (after a refusal page, say). */
export const toDeskAction = voidAction({ namespace, access: 'user', pure: true }, async ({ locale }) => {
  redirect(localizeHref('/udc', locale));
});
