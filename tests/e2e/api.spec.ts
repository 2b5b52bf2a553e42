import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { OPEN_DATA_COLLECTIONS } from '../../lib/open-data/collections';
import { cellOf, tableFields } from '../../lib/open-data/table-schema';
import { test as authTest } from './auth-fixtures';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { importPublished } from './project-import';

// The API over HTTP against the built server: every response is checked against
// the OpenAPI document the server publishes, with a standard JSON Schema validator.

// Response bodies are checked by the validator, not by the type checker.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;
const run = promisify(execFile);

let document: Json;
let ajv: Ajv2020;

/** Each test its own client address, so that rate-limit counters never mix. */
function address(): string {
  return `198.51.100.${Math.floor(Math.random() * 250) + 1}, 203.0.113.${Math.floor(Math.random() * 250) + 1}`;
}

test.beforeAll(async ({ request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  document = await response.json();
  ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://api.test/openapi.json', components: document.components });
});

function validatorFor(template: string, status: string, mediaType = 'application/json'): ValidateFunction {
  const operation = document.paths[template]?.get;
  expect(operation, `${template} dans le document`).toBeTruthy();
  let response = operation.responses[status];
  expect(response, `${template} ${status} décrite`).toBeTruthy();
  if (response.$ref) response = document.components.responses[response.$ref.split('/').at(-1)];
  const ref = response.content[mediaType].schema.$ref as string;
  return ajv.getSchema(`https://api.test/openapi.json${ref}`)!;
}

async function expectConforms(response: APIResponse, template: string): Promise<Json> {
  const status = String(response.status());
  const isProblem = response.status() >= 400;
  expect(response.headers()['content-type']).toContain(isProblem ? 'application/problem+json' : 'application/json');
  const body = await response.json();
  const validate = validatorFor(template, status, isProblem ? 'application/problem+json' : 'application/json');
  expect(validate(body) ? [] : validate.errors, `${response.url()} conforme au document`).toEqual([]);
  return body;
}

const get = (request: APIRequestContext, url: string, headers: Record<string, string> = {}) => request.get(url, { headers: { 'x-forwarded-for': address(), ...headers } });

test('le document OpenAPI passe redocly lint', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'openapi-'));
  try {
    const file = path.join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    // The server is on 127.0.0.1 here: the one rule about example servers does not apply to a test run.
    const { stdout, stderr } = await run('npx', ['redocly', 'lint', file, '--skip-rule', 'no-server-example.com', '--format', 'stylish'], { env: { ...process.env, REDOCLY_TELEMETRY: 'off' } }).catch((error) => {
      throw new Error(`redocly lint a échoué :\n${error.stdout}\n${error.stderr}`);
    });
    expect(`${stdout}${stderr}`).toMatch(/valid/i);
    expect(`${stdout}${stderr}`).not.toMatch(/error/i);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('chaque collection et chaque élément répondent selon le document, avec licence et liens', async ({ request }) => {
  for (const collection of OPEN_DATA_COLLECTIONS) {
    const list = await expectConforms(await get(request, collection.apiPath), `/${collection.key}`);
    expect(list.licence.id).toBe('etalab-2.0');
    const first = list.data[0];
    if (!first) continue;
    const detailTemplate = Object.keys(document.paths).find((template) => template.startsWith(`/${collection.key}/{`));
    if (detailTemplate) {
      expect(first.apiUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1\//);
      const detail = await expectConforms(await get(request, first.apiUrl), detailTemplate);
      expect(detail.data).toEqual(first);
    }
  }
  const filtered = await expectConforms(await get(request, '/api/v1/projets?limit=3&tri=montant'), '/projets');
  expect(filtered.data.length).toBeLessThanOrEqual(3);
  const amounts = filtered.data.map((item: Json) => item.amountCents);
  expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  for (const item of filtered.data) expect(item.amountEuros).toBe(`${Math.trunc(item.amountCents / 100)}.${String(item.amountCents % 100).padStart(2, '0')}`);
});

authTest('les filtres du catalogue restreignent les projets, et le curseur parcourt chaque projet une fois', async ({ page, createUser, request }) => {
  // The seed has no funded project: three are imported and published the way staff do (year 1997 is this test's own).
  const tag = randomBytes(3).toString('hex');
  const titles = [`API ${tag} a`, `API ${tag} b`, `API ${tag} c`];
  await importPublished(page, createUser, titles.map((title, index) => `${title};Porteur;Association;1997;${1_000 + index};entreprendre-autrement;;;`));

  const all: Json[] = [];
  let url: string | null = '/api/v1/projets?limit=2';
  while (url) {
    const response: Json = await expectConforms(await get(request, url), '/projets');
    expect(response.data.length).toBeLessThanOrEqual(2);
    all.push(...response.data);
    url = response.links.next;
  }
  expect(new Set(all.map((item) => item.id)).size).toBe(all.length);
  const imported = all.filter((item) => titles.includes(item.title));
  expect(imported.map((item) => item.title).sort()).toEqual(titles);
  const metropolis = imported[0]!.metropolis.slug;
  const narrowed = await expectConforms(await get(request, `/api/v1/projets?metropole=${metropolis}&annee_min=1997&annee_max=1997&limit=200`), '/projets');
  expect(narrowed.data.map((item: Json) => item.title).sort()).toEqual(titles);
  expect(narrowed.data.every((item: Json) => item.metropolis.slug === metropolis && item.year === 1997)).toBe(true);
});

test('les mauvais paramètres donnent 400, les inconnus 404, les autres méthodes 405 (problem+json)', async ({ request }) => {
  for (const [url, parameter] of [
    ['/api/v1/projets?limit=0', 'limit'],
    ['/api/v1/projets?limit=201', 'limit'],
    ['/api/v1/projets?limit=dix', 'limit'],
    ['/api/v1/projets?cursor=nimportequoi', 'cursor'],
    ['/api/v1/projets?forme=sarl', 'forme'],
    ['/api/v1/projets?metropole=metropole-inconnue', 'metropole'],
    ['/api/v1/projets?page=2', 'page'],
    ['/api/v1/metropoles?tri=nom', 'tri'],
  ] as const) {
    const response = await get(request, url);
    expect(response.status(), url).toBe(400);
    const problem = await expectConforms(response, url.split('?')[0]!.replace('/api/v1', ''));
    expect(problem.errors.map((error: Json) => error.parameter), url).toContain(parameter);
    expect(problem.instance).toBe(url);
  }
  for (const [url, template] of [['/api/v1/projets/inconnu', '/projets/{id}'], ['/api/v1/metropoles/inconnue', '/metropoles/{slug}']] as const) {
    const response = await get(request, url);
    expect(response.status()).toBe(404);
    await expectConforms(response, template);
  }
  const unknownPath = await get(request, '/api/v1/nulle-part/ici');
  expect(unknownPath.status()).toBe(404);
  expect(unknownPath.headers()['content-type']).toContain('application/problem+json');
  const post = await request.post('/api/v1/metropoles', { data: {} });
  expect(post.status()).toBe(405);
  expect(post.headers().allow).toBe('GET, HEAD, OPTIONS');
});

test('GET conditionnel : 304 sans corps sur ETag et sur If-Modified-Since ; CORS et en-têtes RateLimit', async ({ request }) => {
  const first = await get(request, '/api/v1/metropoles');
  const etag = first.headers().etag!;
  const lastModified = first.headers()['last-modified']!;
  expect(etag).toMatch(/^"[^"]+"$/);
  expect(first.headers()['access-control-allow-origin']).toBe('*');
  expect(first.headers()['ratelimit-policy']).toMatch(/^"default";q=\d+;w=60$/);
  expect(first.headers().ratelimit).toMatch(/^"default";r=\d+;t=\d+$/);
  const byEtag = await get(request, '/api/v1/metropoles', { 'if-none-match': etag });
  expect(byEtag.status()).toBe(304);
  expect((await byEtag.body()).length).toBe(0);
  const byDate = await get(request, '/api/v1/metropoles', { 'if-modified-since': lastModified });
  expect(byDate.status()).toBe(304);
  const stale = await get(request, '/api/v1/metropoles', { 'if-none-match': '"ancienne"' });
  expect(stale.status()).toBe(200);

  const preflight = await request.fetch('/api/v1/projets', { method: 'OPTIONS', headers: { origin: 'https://ailleurs.example', 'access-control-request-method': 'GET' } });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  expect(preflight.headers()['access-control-allow-methods']).toContain('GET');
  expect(preflight.headers()['access-control-allow-credentials']).toBeUndefined();
});

test('au-delà du quota par minute : 429 avec Retry-After et RateLimit', async ({ request }) => {
  test.setTimeout(120_000);
  const client = address();
  const first = await request.get('/api/v1/leviers', { headers: { 'x-forwarded-for': client } });
  const quota = Number(/q=(\d+)/.exec(first.headers()['ratelimit-policy']!)![1]);
  let last: APIResponse = first;
  for (let sent = 1; sent <= quota; sent += 25) {
    const batch = await Promise.all(Array.from({ length: Math.min(25, quota + 1 - sent) }, () => request.get('/api/v1/leviers', { headers: { 'x-forwarded-for': client } })));
    last = batch.at(-1)!;
  }
  const refused = await request.get('/api/v1/leviers', { headers: { 'x-forwarded-for': client } });
  expect(refused.status()).toBe(429);
  expect(Number(refused.headers()['retry-after'])).toBeGreaterThan(0);
  expect(refused.headers().ratelimit).toMatch(/^"default";r=0;t=\d+$/);
  await expectConforms(refused, '/leviers');
  expect(last.status()).not.toBe(500);
  // Another address is not affected.
  expect((await get(request, '/api/v1/leviers')).status()).toBe(200);
});

test('le CSV de chaque collection relit les lignes de l’API et respecte son Table Schema', async ({ request }) => {
  for (const collection of OPEN_DATA_COLLECTIONS) {
    const schema = await (await request.get(collection.schemaPath)).json();
    expect(schema.licenses[0].name).toBe('etalab-2.0');
    const fields = tableFields(collection.key);
    expect(schema.fields.map((field: Json) => field.name)).toEqual(fields.map((field) => field.name));
    await expect(async () => {
      const items: Json[] = [];
      let url: string | null = collection.key === 'projets' ? '/api/v1/projets?limit=200' : collection.apiPath;
      while (url) {
        const page: Json = await (await get(request, url)).json();
        items.push(...page.data);
        url = page.links?.next ?? null;
      }
      const download = await request.get(collection.csvPath);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-disposition']).toMatch(/^attachment; filename="observatoire-ess_/);
      const bytes = await download.body();
      expect(bytes[0]).not.toBe(0xef);
      const [header, ...rows] = parse(bytes.toString('utf8'), { relax_column_count: false }) as string[][];
      expect(header).toEqual(schema.fields.map((field: Json) => field.name));
      // Same rows: the download is in the API's default order.
      expect(rows.length).toBe(items.length);
      rows.forEach((row, index) => expect(row, `${collection.key} ligne ${index + 1}`).toEqual(fields.map((field) => cellOf(field, items[index]!))));
      for (const row of rows) {
        schema.fields.forEach((field: Json, column: number) => {
          const cell = row[column]!;
          if (cell === '') return expect(field.constraints?.required ?? false, `${collection.key}.${field.name} obligatoire`).toBe(false);
          const pattern = { integer: /^-?\d+$/, number: /^-?\d+(\.\d+)?(e[-+]?\d+)?$/i, boolean: /^(true|false)$/, date: /^\d{4}-\d{2}-\d{2}$/, datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, string: /[\s\S]*/ }[field.type as string]!;
          expect(cell, `${collection.key}.${field.name} de type ${field.type}`).toMatch(pattern);
          if (field.constraints?.enum) expect(field.constraints.enum).toContain(cell);
        });
      }
    }).toPass({ timeout: 30_000 });
    const json = await request.get(collection.jsonPath);
    expect(json.status()).toBe(200);
    expect((await json.json()).licence.id).toBe('etalab-2.0');
  }
});

test('/donnees/api documente l’API avec de vraies réponses, sans violation axe', async ({ page, request }) => {
  const response = await page.goto('/donnees/api');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: 'API des données ouvertes' })).toBeVisible();
  const example = page.getByRole('link', { name: /\/api\/v1\/metropoles$/ }).first();
  const exampleUrl = await example.getAttribute('href');
  const shown = JSON.parse((await page.getByLabel(`Réponse de ${exampleUrl}`, { exact: true }).textContent())!);
  const live = await (await get(request, exampleUrl!)).json();
  expect(shown.data).toEqual(live.data.slice(0, 2));
  await expectNoAxeViolations(page);
});
