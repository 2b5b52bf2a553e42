import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { jsonLdToStore } from '@/tests/schemas/dcat-shacl';
import { iri, text, toJsonLd, toTurtle, typed, type RdfNode } from './rdf';

const tricky = 'Il a dit « "oui" » \\ puis\nà la ligne ; <script> & fin';
const nodes: RdfNode[] = [
  {
    id: 'https://exemple.fr/donnees#x',
    types: ['dcat:Dataset'],
    properties: { 'dct:title': text(tricky), 'dct:modified': typed('2026-12-01T10:00:00Z', 'xsd:dateTime'), 'dcat:landingPage': iri('https://exemple.fr/a?b=1&c=2'), 'dct:description': undefined },
  },
];

describe('RDF serialisations', () => {
  it('keeps quotes, backslashes, new lines and markup of a literal in Turtle and JSON-LD', async () => {
    const turtle = new Parser().parse(await toTurtle(nodes));
    const fromJsonLd = (await jsonLdToStore(toJsonLd(nodes))).getQuads(null, null, null, null);
    for (const quads of [turtle, fromJsonLd]) {
      expect(quads).toHaveLength(4);
      const title = quads.find((quad) => quad.predicate.value === 'http://purl.org/dc/terms/title')!.object;
      expect(title.value).toBe(tricky);
      expect((title as { language: string }).language).toBe('fr');
      const modified = quads.find((quad) => quad.predicate.value === 'http://purl.org/dc/terms/modified')!.object as { datatype: { value: string } };
      expect(modified.datatype.value).toBe('http://www.w3.org/2001/XMLSchema#dateTime');
      expect(quads.find((quad) => quad.predicate.value === 'http://www.w3.org/ns/dcat#landingPage')!.object.value).toBe('https://exemple.fr/a?b=1&c=2');
    }
  });
});
