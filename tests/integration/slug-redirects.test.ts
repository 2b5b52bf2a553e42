import { beforeEach, expect, it } from 'vitest';
import type { RawValues } from '../../lib/content/fields';
import { getContentType } from '../../lib/content/registry';
import { createEntry, saveEntry, transitionEntry, trashEntry, type MutationContext } from '../../lib/content/server/mutations';
import { resolveRedirectTarget } from '../../lib/slug-redirects/queries';
import { truncateAll } from '../setup/databases';
import { insertActor, lyonValues, parseForm } from './helpers/content';
import { describeOnEachDatabase } from '../setup/each-database';

const metropolisType = getContentType('Metropolis');
const planType = getContentType('PolicyPlan');


const lyon = lyonValues;

describeOnEachDatabase('slug redirects', (getDatabase) => {
  let editor: MutationContext;

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR') };
  });

  it('sends every former slug of a published entry to its current one', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon({ slug: 'lyon' }), 'publish');
    await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ slug: 'grand-lyon' }), intent: 'publish' });
    await saveEntry(editor, metropolisType, { id: created.id, version: 2, values: lyon({ slug: 'metropole-de-lyon' }), intent: 'publish' });

    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'lyon' })).toBe('metropole-de-lyon');
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'grand-lyon' })).toBe('metropole-de-lyon');
    // The current slug is served by the page itself; other types keep their own slugs.
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'metropole-de-lyon' })).toBeNull();
    expect(await resolveRedirectTarget({ db, entityType: 'PolicyPlan', slug: 'lyon' })).toBeNull();
  });

  it('returns null for an unknown slug', async () => {
    const { db } = getDatabase();
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'inconnue' })).toBeNull();
    expect(await resolveRedirectTarget({ db, entityType: 'WorkingGroupReport', slug: 'inconnu' })).toBeNull();
  });

  it('returns null once the entry is back to draft, and again its slug when republished', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon({ slug: 'lyon' }), 'publish');
    await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ slug: 'grand-lyon' }), intent: 'publish' });
    const unpublished = await transitionEntry(editor, metropolisType, { id: created.id, version: 2, transition: 'unpublish' });
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'lyon' })).toBeNull();

    await transitionEntry(editor, metropolisType, { id: created.id, version: unpublished.version, transition: 'publish' });
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'lyon' })).toBe('grand-lyon');
  });

  it('ignores a pending rename until it is published', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon({ slug: 'lyon' }), 'publish');
    await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ slug: 'grand-lyon' }), intent: 'save' });
    expect(await db.slugRedirect.count()).toBe(0);
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'lyon' })).toBeNull();
  });

  it('returns null for an entry in the trash', async () => {
    const { db } = getDatabase();
    const created = await createEntry(editor, metropolisType, lyon({ slug: 'lyon' }), 'publish');
    await saveEntry(editor, metropolisType, { id: created.id, version: 1, values: lyon({ slug: 'grand-lyon' }), intent: 'publish' });
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'lyon' })).toBe('grand-lyon');
    await trashEntry(editor, metropolisType, { id: created.id, version: 2, cascade: true });
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'lyon' })).toBeNull();
  });

  it('returns null for a never-published entry a stray redirect points at', async () => {
    const { db } = getDatabase();
    const draft = await createEntry(editor, metropolisType, lyon({ slug: 'lyon' }), 'save');
    await db.slugRedirect.create({ data: { entityType: 'Metropolis', slug: 'ancienne-lyon', entityId: draft.id } });
    expect(await resolveRedirectTarget({ db, entityType: 'Metropolis', slug: 'ancienne-lyon' })).toBeNull();
  });

  it('redirects a plan only while its métropole is public too', async () => {
    const { db } = getDatabase();
    const metropolis = await createEntry(editor, metropolisType, lyon({ slug: 'lyon' }), 'publish');
    const plan = (overrides: RawValues) =>
      parseForm(planType, { title: 'Plan ESS', metropolisId: metropolis.id, kind: 'PLAN', startYear: '2020', planStatus: 'IN_FORCE', ...overrides });
    const created = await createEntry(editor, planType, plan({ slug: 'plan-ess' }), 'publish');
    await saveEntry(editor, planType, { id: created.id, version: 1, values: plan({ slug: 'plan-ess-2020' }), intent: 'publish' });
    expect(await resolveRedirectTarget({ db, entityType: 'PolicyPlan', slug: 'plan-ess' })).toBe('plan-ess-2020');

    await transitionEntry(editor, metropolisType, { id: metropolis.id, version: 1, transition: 'unpublish' });
    expect(await resolveRedirectTarget({ db, entityType: 'PolicyPlan', slug: 'plan-ess' })).toBeNull();
  });
});
