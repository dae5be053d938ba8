'use server';

// Server actions of the console's cattle market pages (/console/haat), on the one action pipeline
// (lib/forms/action.ts). haats.ts and oversight.ts check the officer's scope again.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/forms/action';
import { one, recordId } from '@/lib/forms/action-result';
import { localizeHref } from '@/lib/i18n/href';
import { haatSchema, reasonSchema, readHaatForm, seasonSchema } from './haat-schemas';
import { createHaat, createSeason, setHaatPublished, updateHaat, updateSeason } from './haats';
import { setListingHidden } from './oversight';

const fieldOf = {
  districtRequired: 'areaId',
  districtOutside: 'areaId',
  districtFixed: 'areaId',
  unionRequired: 'areaId',
  unionOutside: 'areaId',
  outsideSeason: 'opensOn',
  haatsOutsideSeason: 'startsOn',
  seasonOverlaps: 'startsOn',
};
const seasonSpec = { namespace: 'ConsoleHaat', access: 'console', schema: seasonSchema, fieldOf } as const;
const haatSpec = { namespace: 'ConsoleHaat', access: 'console', schema: haatSchema, read: readHaatForm, fieldOf } as const;

export const createSeasonAction = formAction(seasonSpec, async ({ scope, input, locale }) => {
  const { id } = await createSeason(scope, input);
  redirect(localizeHref(`/console/haat/seasons/${id}?created=1`, locale));
});

export const updateSeasonAction = formAction({ ...seasonSpec, bound: z.tuple([recordId]) }, async ({ scope, input, args: [id] }) => {
  await updateSeason(scope, id, input);
  return { done: 'saved' };
});

export const createHaatAction = formAction({ ...haatSpec, bound: z.tuple([recordId]) }, async ({ scope, input, args: [seasonId], locale }) => {
  const { id } = await createHaat(scope, seasonId, input);
  redirect(localizeHref(`/console/haat/haats/${id}?created=1`, locale));
});

export const updateHaatAction = formAction({ ...haatSpec, bound: z.tuple([recordId]) }, async ({ scope, input, args: [id] }) => {
  await updateHaat(scope, id, input);
  return { done: 'saved' };
});

/** The publish button: name="command" value="publish|unpublish". */
export const haatPublishAction = formAction({ namespace: 'ConsoleHaat', access: 'console', bound: z.tuple([recordId]) }, async ({ scope, args: [id], form }) => {
  const publish = one(form, 'command') === 'publish';
  await setHaatPublished(scope, id, publish);
  return { done: publish ? 'publishedDone' : 'unpublished' };
});

/** Hide (a reason required) or bring back a listing: name="command" value="hide|unhide". */
export const listingHiddenAction = formAction(
  { namespace: 'ConsoleHaat', access: 'console', bound: z.tuple([recordId]), schema: reasonSchema, fieldOf: { reasonRequired: 'reason' } },
  async ({ scope, args: [id], form, input }) => {
    const hide = one(form, 'command') !== 'unhide';
    await setListingHidden(scope, id, hide, input.reason);
    return { done: hide ? 'hidden' : 'unhidden' };
  },
);
