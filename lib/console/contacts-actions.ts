'use server';

// Server actions of the console's emergency numbers and offices page. The functions in
// contacts.ts check the scope again; answers are translated and nothing typed is lost.
import type { ActionResult } from '@/components/forms/form-shell';
import { contactSchema, officeSchema, saveContact, saveOffice, setContactActive } from './contacts';
import { attempt, failed, one } from '@/lib/forms/action-result';
import { requireConsole } from './scope';

const fieldOf = { areaRequired: 'areaId', areaInvalid: 'areaId', categoryRequired: 'categoryId', emergencyPhoneInvalid: 'phone', nationalAdminOnly: 'kind' };

export async function saveContactAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = contactSchema.safeParse({
    kind: one(form, 'kind'),
    nameBn: one(form, 'nameBn'),
    nameEn: one(form, 'nameEn'),
    phone: one(form, 'phone'),
    noteBn: one(form, 'noteBn'),
    areaId: one(form, 'areaId'),
    sortOrder: one(form, 'sortOrder'),
  });
  if (!parsed.success) return failed('ConsoleContacts', parsed.error);
  const id = one(form, 'id') || null;
  return attempt('ConsoleContacts', async () => {
    await saveContact(scope, id, parsed.data);
    return { key: id ? 'contactSaved' : 'contactAdded' };
  }, fieldOf);
}

export async function contactActiveAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const active = one(form, 'command') === 'activate';
  return attempt('ConsoleContacts', async () => {
    await setContactActive(scope, one(form, 'id'), active);
    return { key: active ? 'contactActivated' : 'contactDeactivated' };
  });
}

export async function saveOfficeAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const scope = await requireConsole();
  const parsed = officeSchema.safeParse({
    categoryId: one(form, 'categoryId'),
    nameBn: one(form, 'nameBn'),
    nameEn: one(form, 'nameEn'),
    designation: one(form, 'designation'),
    phone: one(form, 'phone'),
    areaId: one(form, 'areaId'),
  });
  if (!parsed.success) return failed('ConsoleContacts', parsed.error);
  const id = one(form, 'id') || null;
  return attempt('ConsoleContacts', async () => {
    await saveOffice(scope, id, parsed.data);
    return { key: id ? 'officeSaved' : 'officeAdded' };
  }, fieldOf);
}
