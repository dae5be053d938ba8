'use server';

// Server actions of the console's emergency numbers and offices page, on the one action pipeline
// (lib/forms/action.ts). The functions in contacts.ts check the scope again.
import { formAction } from '@/lib/forms/action';
import { fieldsOf, idIn, one } from '@/lib/forms/action-result';
import { contactSchema, officeSchema, saveContact, saveOffice, setContactActive } from './contacts';

const fieldOf = { areaRequired: 'areaId', areaInvalid: 'areaId', categoryRequired: 'categoryId', emergencyPhoneInvalid: 'phone', nationalAdminOnly: 'kind' };

/** The id of the record being changed, or null for a new one. */
const editedId = (form: FormData) => (one(form, 'id') ? idIn(form, 'id') : null);

export const saveContactAction = formAction(
  { namespace: 'ConsoleContacts', access: 'console', schema: contactSchema, read: (form) => fieldsOf(form, 'kind', 'nameBn', 'nameEn', 'phone', 'noteBn', 'areaId', 'sortOrder'), fieldOf },
  async ({ scope, input, form }) => {
    const id = editedId(form);
    await saveContact(scope, id, input);
    return { done: id ? 'contactSaved' : 'contactAdded' };
  },
);

export const contactActiveAction = formAction({ namespace: 'ConsoleContacts', access: 'console' }, async ({ scope, form }) => {
  const active = one(form, 'command') === 'activate';
  await setContactActive(scope, idIn(form, 'id'), active);
  return { done: active ? 'contactActivated' : 'contactDeactivated' };
});

export const saveOfficeAction = formAction(
  { namespace: 'ConsoleContacts', access: 'console', schema: officeSchema, read: (form) => fieldsOf(form, 'categoryId', 'nameBn', 'nameEn', 'designation', 'phone', 'areaId'), fieldOf },
  async ({ scope, input, form }) => {
    const id = editedId(form);
    await saveOffice(scope, id, input);
    return { done: id ? 'officeSaved' : 'officeAdded' };
  },
);
