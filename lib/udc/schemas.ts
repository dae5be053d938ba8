// The Union Digital Centre forms' rules (issue #19), written once for the forms and the server.
// A registration made for a person reuses the rules of her own forms (a provider's basics, a
// donor's details, a shop's opening) and adds her number; messages live under the Udc namespace,
// then the reused forms' own (ProfileErrors, Blood.errors, ShopErrors).
import { z } from 'zod';
import { codeField, nameField, phoneField } from '@/lib/auth/schemas';
import { donorSchema } from '@/lib/directory/donor-schemas';
import { areaSchema, basicsSchema } from '@/lib/directory/profile-schemas';
import { areaIdField } from '@/lib/geo/area-id';
import { plainText } from '@/lib/i18n/text-input';
import { openShopSchema } from '@/lib/shops/schemas';

export const UDC_KINDS = ['PROVIDER', 'DONOR', 'SHOP'] as const;
export type UdcKind = (typeof UDC_KINDS)[number];

/** An officer appoints an existing account as the operator of a named centre for one union. */
export const appointSchema = z.object({
  phone: phoneField,
  centreName: plainText(80, 'centreNameTooLong').pipe(z.string().min(2, 'centreNameRequired')),
  unionId: areaIdField('unionRequired'),
});

export const endSchema = z.object({ reason: plainText(300, 'reasonTooLong') });

/** The person's own number: her account and the consent code are hers. */
const person = { phone: phoneField };

export const providerRegistrationSchema = basicsSchema.extend({ ...person, areaId: areaSchema.shape.areaId, address: areaSchema.shape.address });
/** A donor chooses whether her number may be sent by SMS to people asking for blood (a checkbox; her own form's default is yes). */
export const donorRegistrationSchema = donorSchema.extend({ ...person, smsShared: z.preprocess((v) => v === true || v === 'on' || v === '1', z.boolean()) });
/** A shop's owner needs a name of her own for the account (the shop's name is the shop's). */
export const shopRegistrationSchema = openShopSchema.extend({ ...person, ownerName: nameField });

export type ProviderRegistration = z.output<typeof providerRegistrationSchema>;
export type DonorRegistration = z.output<typeof donorRegistrationSchema>;
export type ShopRegistration = z.output<typeof shopRegistrationSchema>;

export const consentSchema = z.object({ code: codeField });
