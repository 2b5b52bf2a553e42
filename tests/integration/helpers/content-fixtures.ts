import { randomBytes, randomInt } from 'node:crypto';
import { rawFromValues, type ContentValues, type RawValues } from '../../../lib/content/fields';
import { getContentType } from '../../../lib/content/registry';
import { delegateOf, descriptorOf } from '../../../lib/content/server/descriptors';
import { createEntry, type MutationContext } from '../../../lib/content/server/mutations';
import type { ContentEntityType } from '../../../lib/content/entity-types';
import type { Database } from '../../../lib/db/client';
import { publishedWhere } from '../../../lib/publication';
import { slugify } from '../../../lib/slug';
import { parseForm } from './content';

/**
 * One valid entry of every content type, as its form would send it, for tests
 * that run the same cycle on all of them (content-every-type.test.ts).
 */
export interface ContentFixture {
  /**
   * Values of a valid new entry, parsed by the type's own schema. Creates and
   * publishes, through the engine, the entries it links to; nothing links to
   * the new entry, so it can be trashed without a cascade.
   */
  create(context: MutationContext): Promise<ContentValues>;
  /**
   * What the edit form sends once the title (definition.titleField) is changed,
   * from the values it was loaded with. Entries with a slug get a new one too,
   * as an editor renaming a page would, so publishing it leaves a redirect.
   */
  edit(values: ContentValues): ContentValues;
}

/** Random suffix: fixtures never collide on slugs, SIREN or a source's publisher + title. */
function unique(): string {
  return randomBytes(4).toString('hex');
}

function randomSiren(): string {
  return String(randomInt(100_000_000, 1_000_000_000));
}

/** A prerequisite entry, created and published through the engine; returns its id. */
async function publish(context: MutationContext, entityType: ContentEntityType, raw: RawValues): Promise<string> {
  const type = getContentType(entityType);
  const { id } = await createEntry(context, type, parseForm(type, raw), 'publish');
  return id;
}

/** The loaded values with the title changed (and the slug, when there is one), through the schema again. */
function retitle(entityType: ContentEntityType, values: ContentValues, title: string): ContentValues {
  const type = getContentType(entityType);
  return parseForm(type, {
    ...rawFromValues(type.fields, values),
    [type.titleField]: title,
    ...(type.slugFrom ? { slug: slugify(title) } : {}),
  });
}

// Minimal published parents, with only what their forms require.

function metropolisRaw(): RawValues {
  const suffix = unique();
  return {
    officialName: `Métropole d’essai ${suffix}`,
    shortName: `Essai ${suffix}`,
    region: 'Auvergne-Rhône-Alpes',
    seatCity: 'Lyon',
    latitude: '45,764',
    longitude: '4,8357',
  };
}

const parents = {
  metropolis: (context: MutationContext) => publish(context, 'Metropolis', metropolisRaw()),
  source: (context: MutationContext) => publish(context, 'Source', { title: `Rapport d’activité ${unique()}`, publisher: 'INSEE' }),
  person: (context: MutationContext) => publish(context, 'Person', { fullName: `Camille Martin ${unique()}` }),
  organisation: (context: MutationContext) => publish(context, 'Organisation', { name: `Réseau national ${unique()}`, kind: 'NATIONAL_NETWORK' }),
  theme: (context: MutationContext) => publish(context, 'Theme', { name: `Alimentation ${unique()}` }),
  actionLever: (context: MutationContext) => publish(context, 'ActionLever', { name: `Commande publique ${unique()}`, position: '1' }),
  programme: (context: MutationContext) => publish(context, 'Programme', { name: `Programme d’essai ${unique()}` }),
  policyPlan: (context: MutationContext, metropolisId: string) =>
    publish(context, 'PolicyPlan', { title: `Plan ESS ${unique()}`, metropolisId, kind: 'PLAN', startYear: '2015', endYear: '2019', planStatus: 'ENDED' }),
  fundingProgramme: (context: MutationContext, metropolisId: string) =>
    publish(context, 'FundingProgramme', { name: `Appel à projets ${unique()}`, metropolisId, kind: 'CALL_FOR_PROJECTS' }),
  publication: (context: MutationContext) => publish(context, 'Publication', { title: `Étude d’essai ${unique()}`, studyStatus: 'FORTHCOMING' }),
  supportStructure: (context: MutationContext) => publish(context, 'SupportStructure', { name: `Couveuse d’essai ${unique()}`, kind: 'INCUBATOR' }),
};

/** Type-checked to cover every content type: a new type without a fixture does not compile. */
export const contentFixtures = {
  Metropolis: {
    async create(context) {
      const [identitySourceId, essOfficialId] = [await parents.source(context), await parents.person(context)];
      return parseForm(getContentType('Metropolis'), {
        ...metropolisRaw(),
        sirenCode: randomSiren(),
        creationYear: '2015',
        population: '1 411 571',
        communeCount: '58',
        identitySourceId,
        isRtesMember: 'true',
        rtesMembershipYear: '2024',
        rtesMembershipSourceId: identitySourceId,
        contextSummary: 'Un tiers-lieu sur son territoire.',
        website: 'https://www.exemple.fr/metropole',
        policySummary: 'Une politique **ESS** structurée autour de trois axes.',
        essOfficialId,
      });
    },
    edit: (values) => retitle('Metropolis', values, `Métropole renommée ${unique()}`),
  },
  PolicyPlan: {
    async create(context) {
      const metropolisId = await parents.metropolis(context);
      const [sourceId, predecessorId, leverId] = [await parents.source(context), await parents.policyPlan(context, metropolisId), await parents.actionLever(context)];
      return parseForm(getContentType('PolicyPlan'), {
        title: `Plan métropolitain ESS ${unique()}`,
        metropolisId,
        kind: 'ROADMAP',
        startYear: '2020',
        endYear: '2026',
        planStatus: 'IN_FORCE',
        summary: 'Feuille de route adoptée en conseil.',
        sourceId,
        predecessorId,
        levers: [leverId],
      });
    },
    edit: (values) => retitle('PolicyPlan', values, `Plan renommé ${unique()}`),
  },
  FundingProgramme: {
    async create(context) {
      const metropolisId = await parents.metropolis(context);
      const policyPlanId = await parents.policyPlan(context, metropolisId);
      return parseForm(getContentType('FundingProgramme'), {
        name: `Appel à projets ESS ${unique()}`,
        metropolisId,
        policyPlanId,
        kind: 'CALL_FOR_PROJECTS',
        description: 'Soutien aux projets d’innovation sociale.',
        startYear: '2018',
        endYear: '2024',
        isRecurring: 'on',
      });
    },
    edit: (values) => retitle('FundingProgramme', values, `Dispositif renommé ${unique()}`),
  },
  FundedProject: {
    async create(context) {
      const metropolisId = await parents.metropolis(context);
      const [fundingProgrammeId, themeId] = [await parents.fundingProgramme(context, metropolisId), await parents.theme(context)];
      return parseForm(getContentType('FundedProject'), {
        title: `Recyclerie de quartier ${unique()}`,
        fundingProgrammeId,
        metropolisId,
        carrierName: 'Association Réemploi',
        legalForm: 'ASSOCIATION',
        year: '2021',
        amountCents: '15 000,50',
        isInPriorityNeighbourhood: 'true',
        description: 'Collecte et revente d’objets.',
        themes: [themeId],
      });
    },
    edit: (values) => retitle('FundedProject', values, `Projet renommé ${unique()}`),
  },
  Figure: {
    async create(context) {
      const [sourceId, metropolisId] = [await parents.source(context), await parents.metropolis(context)];
      return parseForm(getContentType('Figure'), {
        label: `Projets financés ${unique()}`,
        indicator: 'projets-finances',
        value: '120,5',
        unit: 'COUNT',
        isLowerBound: 'on',
        periodStartYear: '2018',
        periodEndYear: '2022',
        sourceId,
        metropolisId,
        position: '2',
      });
    },
    edit: (values) => retitle('Figure', values, `Chiffre renommé ${unique()}`),
  },
  Source: {
    async create() {
      return parseForm(getContentType('Source'), {
        title: `Panorama de l’ESS ${unique()}`,
        publisher: `Observatoire régional ${unique()}`,
        publishedOn: '2021-03-15',
        url: 'https://www.exemple.fr/panorama.pdf',
        note: 'Tableau 3, page 12.',
      });
    },
    edit: (values) => retitle('Source', values, `Source renommée ${unique()}`),
  },
  SupportStructure: {
    async create(context) {
      const [first, second] = [await parents.metropolis(context), await parents.metropolis(context)];
      return parseForm(getContentType('SupportStructure'), {
        name: `Incubateur d’innovation sociale ${unique()}`,
        kind: 'INCUBATOR',
        description: 'Accompagne les projets en émergence.',
        website: 'https://www.exemple.fr/incubateur',
        memberCount: '42',
        metropolises: [
          { metropolisId: first, partnershipStartYear: '2017' },
          { metropolisId: second, partnershipStartYear: '' },
        ],
      });
    },
    edit: (values) => retitle('SupportStructure', values, `Structure renommée ${unique()}`),
  },
  WorkingGroupReport: {
    async create(context) {
      const metropolisId = await parents.metropolis(context);
      const [speakerId, programmeId, publicationId, organiserId, themeId, structureId] = [
        await parents.person(context),
        await parents.programme(context),
        await parents.publication(context),
        await parents.organisation(context),
        await parents.theme(context),
        await parents.supportStructure(context),
      ];
      return parseForm(getContentType('WorkingGroupReport'), {
        title: `Groupe de travail sur la commande publique ${unique()}`,
        sequenceNumber: '7',
        meetingDate: '2024-03-12',
        participantCount: '5',
        participants: [metropolisId],
        summary: 'Cinq métropoles ont partagé leurs pratiques.',
        body: 'Compte rendu **détaillé** de la réunion.',
        focusPresentations: [{ metropolisId, speakerId, topic: 'Clauses sociales', body: 'Retour d’expérience.' }],
        firstPublishedOn: '2024-04-01',
        lastUpdatedOn: '2024-05-02',
        programmeId,
        publicationId,
        organisers: [organiserId],
        themes: [themeId],
        citedStructures: [structureId],
      });
    },
    edit: (values) => retitle('WorkingGroupReport', values, `Compte rendu renommé ${unique()}`),
  },
  Programme: {
    async create(context) {
      const organiserId = await parents.organisation(context);
      return parseForm(getContentType('Programme'), {
        name: `Programme ESS et territoires ${unique()}`,
        description: 'Trois années de travail commun.',
        startYear: '2019',
        endYear: '2022',
        axes: 'Commande publique\nFinancement',
        organisers: [organiserId],
      });
    },
    edit: (values) => retitle('Programme', values, `Programme renommé ${unique()}`),
  },
  Publication: {
    async create(context) {
      const [programmeId, publisherId] = [await parents.programme(context), await parents.organisation(context)];
      return parseForm(getContentType('Publication'), {
        title: `Étude sur les achats responsables ${unique()}`,
        summary: 'Synthèse des pratiques.',
        studyStatus: 'PUBLISHED',
        expectedYear: '2022',
        expectedMonth: '6',
        publishedOn: '2022-06-20',
        url: 'https://www.exemple.fr/etude.pdf',
        programmeId,
        publishers: [publisherId],
      });
    },
    edit: (values) => retitle('Publication', values, `Publication renommée ${unique()}`),
  },
  Person: {
    async create(context) {
      const [organisationId, metropolisId] = [await parents.organisation(context), await parents.metropolis(context)];
      return parseForm(getContentType('Person'), {
        fullName: `Dominique Durand ${unique()}`,
        role: 'Vice-présidente déléguée à l’ESS',
        organisationId,
        metropolisId,
      });
    },
    edit: (values) => retitle('Person', values, `Personne renommée ${unique()}`),
  },
  Organisation: {
    async create() {
      return parseForm(getContentType('Organisation'), {
        name: `Réseau des collectivités ${unique()}`,
        acronym: 'RTES',
        kind: 'NATIONAL_NETWORK',
        website: 'https://www.exemple.fr/reseau',
        description: 'Réseau national de collectivités.',
      });
    },
    edit: (values) => retitle('Organisation', values, `Organisation renommée ${unique()}`),
  },
  Theme: {
    async create() {
      return parseForm(getContentType('Theme'), { name: `Économie circulaire ${unique()}`, description: 'Réemploi, recyclage.' });
    },
    edit: (values) => retitle('Theme', values, `Thématique renommée ${unique()}`),
  },
  ActionLever: {
    async create() {
      return parseForm(getContentType('ActionLever'), { name: `Foncier et immobilier ${unique()}`, description: 'Locaux mis à disposition.', position: '4' });
    },
    edit: (values) => retitle('ActionLever', values, `Levier renommé ${unique()}`),
  },
  GlossaryTerm: {
    async create(context) {
      const sourceId = await parents.source(context);
      return parseForm(getContentType('GlossaryTerm'), {
        term: `SIGLE${unique().toUpperCase()}`,
        expansion: 'Sigle inventé pour les tests',
        definition: 'Un sigle d’essai, employé dans l’**ESS**.',
        sourceId,
      });
    },
    edit: (values) => retitle('GlossaryTerm', values, `RENOMME${unique().toUpperCase()}`),
  },
} satisfies Record<ContentEntityType, ContentFixture>;

/** The Prisma model of a content type, as the engine reaches it (its descriptor's delegate). */
export function contentModel(db: Database, entityType: ContentEntityType) {
  return delegateOf(db, entityType);
}

/**
 * What public pages read of the entry: its title if it is published, not in the
 * trash, and visible by its type's own rule (a plan needs its métropole online).
 */
export async function readPublicTitle(db: Database, entityType: ContentEntityType, id: string): Promise<string | null> {
  const { titleField } = getContentType(entityType);
  const row = await delegateOf(db, entityType).findFirst({
    where: { id, ...publishedWhere, ...descriptorOf(entityType).publicPage?.visibleWhere },
    select: { [titleField]: true },
  });
  return row ? String(row[titleField]) : null;
}
