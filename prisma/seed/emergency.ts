// National hotlines every page of /emergency starts with. Local numbers come with the demo seed
// and, in production, from the district's officers.
import type { EmergencyKind } from '../../lib/generated/prisma/enums';

export interface EmergencySeed {
  key: string;
  kind: EmergencyKind;
  nameBn: string;
  nameEn: string;
  phone: string;
  noteBn?: string;
}

export const nationalEmergency: EmergencySeed[] = [
  { key: 'national-999', kind: 'NATIONAL', nameBn: 'জাতীয় জরুরি সেবা', nameEn: 'National emergency service', phone: '999', noteBn: 'পুলিশ, ফায়ার সার্ভিস ও অ্যাম্বুলেন্স — বিনা খরচে' },
  { key: 'national-16263', kind: 'NATIONAL', nameBn: 'স্বাস্থ্য বাতায়ন', nameEn: 'Health helpline (Shastho Batayon)', phone: '16263', noteBn: 'ডাক্তারের পরামর্শ, ২৪ ঘণ্টা' },
  { key: 'national-333', kind: 'NATIONAL', nameBn: 'জাতীয় তথ্য বাতায়ন', nameEn: 'Government information & services', phone: '333', noteBn: 'সরকারি তথ্য ও সেবা, অভিযোগ' },
  { key: 'national-109', kind: 'NATIONAL', nameBn: 'নারী ও শিশু নির্যাতন প্রতিরোধ', nameEn: 'Violence against women and children', phone: '109' },
  { key: 'national-1098', kind: 'NATIONAL', nameBn: 'শিশু সহায়তা', nameEn: 'Child helpline', phone: '1098' },
  { key: 'national-fire', kind: 'FIRE', nameBn: 'ফায়ার সার্ভিস (সদর দপ্তর)', nameEn: 'Fire service headquarters', phone: '16163' },
];
