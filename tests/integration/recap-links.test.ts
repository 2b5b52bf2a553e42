import { beforeEach, expect, it } from 'vitest';
import type { RawValues } from '../../lib/content/fields';
import type { ContentEntityType } from '../../lib/content/entity-types';
import { getContentType } from '../../lib/content/registry';
import { createEntry, saveEntry, transitionEntry, type MutationContext } from '../../lib/content/server/mutations';
import { metropolisProfileSelect, toMetropolisProfile } from '../../lib/metropolises/select';
import { personDetailSelect, toPersonDetail } from '../../lib/persons/select';
import { resolveRedirectTarget } from '../../lib/slug-redirects/queries';
import { supportStructureDetailSelect, toSupportStructureDetail } from '../../lib/support-structures/select';
import { toWorkingGroupDetail, workingGroupDetailSelect } from '../../lib/working-groups/select';
import { truncateAll } from '../setup/databases';
import { describeOnEachDatabase } from '../setup/each-database';
import { insertActor, lyonValues, parseForm } from './helpers/content';

// The public pages' own selects and mappers, on rows written through the engine:
// a recap names métropoles, a speaker and structures; each of them lists the recap back.

describeOnEachDatabase('recaps and the pages that link back to them', (getDatabase) => {
  let editor: MutationContext;

  async function publish(entityType: ContentEntityType, raw: RawValues): Promise<string> {
    const type = getContentType(entityType);
    return (await createEntry(editor, type, parseForm(type, raw), 'publish')).id;
  }

  async function loadRecap(slug: string) {
    const row = await getDatabase().db.workingGroupReport.findFirstOrThrow({ where: { slug }, select: workingGroupDetailSelect });
    return toWorkingGroupDetail(row);
  }
  async function loadStructure(slug: string) {
    return toSupportStructureDetail(await getDatabase().db.supportStructure.findFirstOrThrow({ where: { slug }, select: supportStructureDetailSelect }));
  }
  async function loadPerson(slug: string) {
    return toPersonDetail(await getDatabase().db.person.findFirstOrThrow({ where: { slug }, select: personDetailSelect }));
  }
  async function loadMetropolis(slug: string) {
    return toMetropolisProfile(await getDatabase().db.metropolis.findFirstOrThrow({ where: { slug }, select: metropolisProfileSelect }), {});
  }

  let ids: { lyon: string; nantes: string; speaker: string; incubator: string; network: string; report: string };
  const reportRaw = (overrides: RawValues = {}): RawValues => ({
    title: 'Les champs d’action des métropoles',
    slug: 'champs-d-action',
    sequenceNumber: '2',
    meetingDate: '2019-03-05',
    participantCount: '11',
    participants: [ids.lyon],
    summary: 'Onze métropoles réunies.',
    body: 'Le compte rendu.',
    focusPresentations: [{ metropolisId: ids.lyon, speakerId: ids.speaker, topic: 'Le foncier', body: 'Retour d’expérience.' }],
    firstPublishedOn: '2019-03-22',
    lastUpdatedOn: '2019-04-02',
    citedStructures: [ids.incubator, ids.network],
    ...overrides,
  });

  beforeEach(async () => {
    await truncateAll(getDatabase().url);
    const { db } = getDatabase();
    editor = { db, actor: await insertActor(db, 'EDITOR') };
    const lyon = (await createEntry(editor, getContentType('Metropolis'), lyonValues({ slug: 'lyon' }), 'publish')).id;
    const nantes = (await createEntry(editor, getContentType('Metropolis'), lyonValues({ officialName: 'Nantes Métropole', shortName: 'Nantes', slug: 'nantes' }), 'publish')).id;
    const speaker = await publish('Person', { fullName: 'Camille Martin', slug: 'camille-martin', role: 'Chargée de mission ESS', roleYear: '2019', metropolisId: lyon });
    const incubator = await publish('SupportStructure', { name: 'Incubateur lyonnais', slug: 'incubateur', kind: 'INCUBATOR', metropolises: [{ metropolisId: lyon, partnershipStartYear: '' }] });
    const network = await publish('SupportStructure', { name: 'Réseau nantais', slug: 'reseau', kind: 'ACTOR_NETWORK', metropolises: [{ metropolisId: nantes, partnershipStartYear: '2006' }] });
    ids = { lyon, nantes, speaker, incubator, network, report: '' };
    ids.report = await publish('WorkingGroupReport', reportRaw());
  });

  it('shows each focus with its métropole, its speaker’s page and the cited structures that serve that métropole', async () => {
    const recap = await loadRecap('champs-d-action');
    expect(recap.participantCount).toBe(11);
    expect(recap.participants.map((metropolis) => metropolis.slug)).toEqual(['lyon']);
    expect(recap.focusPresentations).toHaveLength(1);
    const [focus] = recap.focusPresentations;
    expect(focus!.metropolis.slug).toBe('lyon');
    expect(focus!.speaker).toMatchObject({ slug: 'camille-martin', fullName: 'Camille Martin' });
    expect(focus!.structures).toEqual([{ slug: 'incubateur', name: 'Incubateur lyonnais' }]);
    // Serves no métropole that presented a focus: listed on its own.
    expect(recap.otherCitedStructures).toEqual([{ slug: 'reseau', name: 'Réseau nantais' }]);
  });

  it('lists the recap on the structure, person and métropole pages', async () => {
    const structure = await loadStructure('incubateur');
    expect(structure.citingReports).toEqual([{ slug: 'champs-d-action', title: 'Les champs d’action des métropoles', sequenceNumber: 2, meetingDate: new Date('2019-03-05T00:00:00Z') }]);
    expect(structure.publishedAt).toBeInstanceOf(Date);
    expect((await loadStructure('reseau')).citingReports.map((report) => report.slug)).toEqual(['champs-d-action']);

    const person = await loadPerson('camille-martin');
    expect(person).toMatchObject({ role: 'Chargée de mission ESS', roleYear: 2019, metropolis: { slug: 'lyon', officialName: 'Métropole de Lyon' } });
    expect(person.presentations).toEqual([
      expect.objectContaining({ reportSlug: 'champs-d-action', topic: 'Le foncier', metropolis: { slug: 'lyon', officialName: 'Métropole de Lyon' } }),
    ]);

    const lyon = await loadMetropolis('lyon');
    expect(lyon.workingGroups).toEqual([expect.objectContaining({ slug: 'champs-d-action', focusTopic: 'Le foncier' })]);
    // The speaker is cited on the profile with their page.
    expect(lyon.otherOfficials.map((official) => official.slug)).toEqual(['camille-martin']);
    // Nantes neither attended by name nor presented: the structure it hosts does not make it a participant.
    expect((await loadMetropolis('nantes')).workingGroups).toEqual([]);
  });

  it('drops the links both ways once the recap is unpublished, and the speaker once they are', async () => {
    await transitionEntry(editor, getContentType('WorkingGroupReport'), { id: ids.report, version: 1, transition: 'unpublish' });
    expect((await loadStructure('incubateur')).citingReports).toEqual([]);
    expect((await loadPerson('camille-martin')).presentations).toEqual([]);
    expect((await loadMetropolis('lyon')).workingGroups).toEqual([]);

    await transitionEntry(editor, getContentType('WorkingGroupReport'), { id: ids.report, version: 2, transition: 'publish' });
    await transitionEntry(editor, getContentType('Person'), { id: ids.speaker, version: 1, transition: 'unpublish' });
    await transitionEntry(editor, getContentType('SupportStructure'), { id: ids.network, version: 1, transition: 'unpublish' });
    const recap = await loadRecap('champs-d-action');
    expect(recap.focusPresentations[0]!.speaker).toBeNull();
    expect(recap.otherCitedStructures).toEqual([]);
  });

  it('edits the cited structures through the engine, and a renamed person’s old slug redirects', async () => {
    const { db } = getDatabase();
    const reportType = getContentType('WorkingGroupReport');
    await saveEntry(editor, reportType, { id: ids.report, version: 1, values: parseForm(reportType, reportRaw({ citedStructures: [ids.network] })), intent: 'publish' });
    expect((await loadStructure('incubateur')).citingReports).toEqual([]);
    expect((await loadRecap('champs-d-action')).focusPresentations[0]!.structures).toEqual([]);

    const personType = getContentType('Person');
    await saveEntry(editor, personType, {
      id: ids.speaker,
      version: 1,
      values: parseForm(personType, { fullName: 'Camille Martin-Durand', slug: 'camille-martin-durand', role: 'Chargée de mission ESS', roleYear: '2019', metropolisId: ids.lyon }),
      intent: 'publish',
    });
    expect(await resolveRedirectTarget({ db, entityType: 'Person', slug: 'camille-martin' })).toBe('camille-martin-durand');
    expect((await loadRecap('champs-d-action')).focusPresentations[0]!.speaker?.slug).toBe('camille-martin-durand');
  });
});
