import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseProjectQuery } from '@/lib/projects/filter';
import { encodeProjectCursor } from './cursor';
import { isNotModified, rateLimitHeaders, strongEtag } from './http';
import { buildOpenApiDocument } from './openapi';
import { buildProblem } from './problem';
import { ITEM_SCHEMAS, LimitParamSchema, ProblemSchema } from './schemas';

const SITE = 'https://observatoire.example.org';

const project = {
  id: 'cmabc123',
  slug: 'recyclerie',
  title: 'Recyclerie',
  carrierName: 'Association Réemploi',
  legalForm: 'association',
  year: 2021,
  amountCents: 76820000,
  amountEuros: '768200.00',
  isInPriorityNeighbourhood: null,
  description: null,
  programme: { slug: 'aap', name: 'AAP', url: `${SITE}/projets?dispositif=aap`, apiUrl: null },
  metropolis: { slug: 'lyon', name: 'Métropole de Lyon', url: `${SITE}/metropoles/lyon`, apiUrl: `${SITE}/api/v1/metropoles/lyon` },
  themeSlugs: ['ess'],
  publishedOn: '2024-03-01',
  url: null,
  apiUrl: `${SITE}/api/v1/projets/cmabc123`,
  updatedAt: '2024-03-01T10:00:00.000Z',
};

describe('item schemas', () => {
  it('accept a well-formed project and refuse float amounts, euro numbers and local dates', () => {
    expect(ITEM_SCHEMAS.projets.parse(project)).toEqual(project);
    expect(ITEM_SCHEMAS.projets.safeParse({ ...project, amountCents: 12.5 }).success).toBe(false);
    expect(ITEM_SCHEMAS.projets.safeParse({ ...project, amountEuros: 768200 }).success).toBe(false);
    expect(ITEM_SCHEMAS.projets.safeParse({ ...project, amountEuros: '768200,00' }).success).toBe(false);
    expect(ITEM_SCHEMAS.projets.safeParse({ ...project, publishedOn: '01/03/2024' }).success).toBe(false);
    expect(ITEM_SCHEMAS.projets.safeParse({ ...project, legalForm: 'ASSOCIATION' }).success).toBe(false);
  });

  it('validate limit from 1 to 200, in digits', () => {
    expect(LimitParamSchema.parse('50')).toBe(50);
    for (const bad of ['0', '201', '-1', '1.5', 'abc', '']) expect(LimitParamSchema.safeParse(bad).success, bad).toBe(false);
  });
});

describe('cursor', () => {
  it('round-trips through the explorer parser, and a tampered or foreign cursor is refused', () => {
    const token = encodeProjectCursor('montant', 'decroissant', { value: 1200, id: 'cmabc123' });
    const parsed = parseProjectQuery(new URLSearchParams({ tri: 'montant', apres: token }));
    expect(parsed.success && parsed.query.cursor).toEqual({ direction: 'after', value: 1200, id: 'cmabc123' });

    const tampered = `${token.slice(0, -3)}xyz`;
    expect(parseProjectQuery(new URLSearchParams({ tri: 'montant', apres: tampered })).success).toBe(false);
    // A year cursor on a title sort, and the right sort with a text key on an integer column.
    expect(parseProjectQuery(new URLSearchParams({ tri: 'titre', apres: token })).success).toBe(false);
    const wrongType = Buffer.from(JSON.stringify({ s: 'montant-decroissant', v: 'x', i: 'a' })).toString('base64url');
    expect(parseProjectQuery(new URLSearchParams({ tri: 'montant', apres: wrongType })).success).toBe(false);
  });
});

describe('problem details', () => {
  it('carry the RFC 9457 members, a French title and the parameters at fault', () => {
    const problem = buildProblem(SITE, { kind: 'bad-request', detail: 'Mauvais', instance: '/api/v1/projets?limit=0', errors: [{ parameter: 'limit', detail: 'hors bornes' }] });
    expect(ProblemSchema.parse(problem)).toEqual({
      type: `${SITE}/donnees/api#probleme-bad-request`,
      title: 'Paramètres invalides',
      status: 400,
      detail: 'Mauvais',
      instance: '/api/v1/projets?limit=0',
      errors: [{ parameter: 'limit', detail: 'hors bornes' }],
    });
    expect(buildProblem(SITE, { kind: 'not-found', detail: 'x', instance: '/' })).not.toHaveProperty('errors');
  });
});

describe('conditional GET', () => {
  const etag = strongEtag('{"a":1}');
  const modified = new Date('2026-01-02T03:04:05.678Z');
  it('hashes the body into a strong ETag', () => {
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(strongEtag('{"a":2}')).not.toBe(etag);
  });
  it('matches If-None-Match (lists, weak forms, *) before If-Modified-Since', () => {
    expect(isNotModified(new Headers({ 'if-none-match': etag }), etag, modified)).toBe(true);
    expect(isNotModified(new Headers({ 'if-none-match': `"autre", W/${etag}` }), etag, modified)).toBe(true);
    expect(isNotModified(new Headers({ 'if-none-match': '*' }), etag, modified)).toBe(true);
    expect(isNotModified(new Headers({ 'if-none-match': '"autre"', 'if-modified-since': modified.toUTCString() }), etag, modified)).toBe(false);
  });
  it('compares If-Modified-Since to the second', () => {
    expect(isNotModified(new Headers({ 'if-modified-since': modified.toUTCString() }), etag, modified)).toBe(true);
    expect(isNotModified(new Headers({ 'if-modified-since': new Date('2026-01-02T03:04:04Z').toUTCString() }), etag, modified)).toBe(false);
    expect(isNotModified(new Headers({ 'if-modified-since': 'pas une date' }), etag, modified)).toBe(false);
    expect(isNotModified(new Headers({ 'if-modified-since': modified.toUTCString() }), etag, null)).toBe(false);
  });
  it('writes the RateLimit headers of the IETF draft', () => {
    expect(rateLimitHeaders({ limit: 600, remaining: 598, resetSeconds: 42, windowSeconds: 60 })).toEqual({ 'RateLimit-Policy': '"default";q=600;w=60', RateLimit: '"default";r=598;t=42' });
  });
});

describe('OpenAPI document', () => {
  const document = buildOpenApiDocument(SITE) as { openapi: string; servers: { url: string }[]; paths: Record<string, unknown>; components: { schemas: Record<string, object> } };
  it('describes every collection, its detail endpoint and the document itself', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(document.servers[0]!.url).toBe(`${SITE}/api/v1`);
    for (const path of ['/metropoles', '/metropoles/{slug}', '/politiques/{slug}', '/programmes', '/projets', '/projets/{id}', '/structures/{slug}', '/groupes-de-travail/{slug}', '/chiffres', '/thematiques', '/leviers', '/glossaire', '/openapi.json']) {
      expect(document.paths, path).toHaveProperty([path]);
    }
  });
  it('has component schemas that a draft 2020-12 validator compiles and that judge items as zod does', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'api', components: document.components });
    const validate = ajv.getSchema('api#/components/schemas/Projet')!;
    expect(validate(project)).toBe(true);
    expect(validate({ ...project, amountCents: 12.5 })).toBe(false);
    expect(validate({ ...project, extra: 1 })).toBe(false);
  });
});
