import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ContentValues } from '@/lib/content/fields';
import { getContentType } from '@/lib/content/registry';
import { EntryPreview } from './entry-preview';

const reportType = getContentType('WorkingGroupReport');
const structureType = getContentType('SupportStructure');
const labelOf = (target: string, id: string) => `${target} ${id}`;

function render(definition: typeof reportType, values: ContentValues): string {
  return renderToStaticMarkup(createElement(EntryPreview, { definition, values, labelOf }));
}

describe('EntryPreview', () => {
  const report: ContentValues = {
    title: 'Deuxième groupe de travail',
    slug: 'deuxieme-groupe',
    sequenceNumber: 2,
    meetingDate: '2019-03-05',
    participantCount: 11,
    participants: ['lille', 'nantes'],
    summary: 'Chapeau',
    body: '# Introduction\n\nTexte <script>alert(1)</script>',
    focusPresentations: [{ metropolisId: 'nantes', speakerId: null, topic: 'Prix', body: '## Détail\n\nContenu' }],
    firstPublishedOn: '2019-03-22',
    lastUpdatedOn: null,
    programmeId: null,
    publicationId: null,
    organisers: [],
    themes: [],
  };

  it('renders one h1, the filled-in facts and no empty ones', () => {
    const html = render(reportType, report);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html).toContain('Deuxième groupe de travail</h1>');
    expect(html).toContain('<dt class="font-semibold text-gray-900">Date de la réunion</dt>');
    expect(html).toContain('5 mars 2019');
    expect(html).toContain('Metropolis lille, Metropolis nantes');
    expect(html).not.toContain('Date de mise à jour affichée');
    expect(html).not.toContain('Organisateurs');
    expect(html).not.toContain('deuxieme-groupe');
  });

  it('renders Markdown safely under h2 and repeaters as sections', () => {
    const html = render(reportType, report);
    expect(html).toMatch(/<h2 id="apercu-body"[^>]*>Compte rendu<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>Introduction<\/h3>/);
    expect(html).not.toContain('<script');
    expect(html).toMatch(/<h2 id="apercu-focusPresentations"[^>]*>Présentations « focus »<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>Présentation 1<\/h3>/);
    expect(html).toContain('Metropolis nantes');
    expect(html).toMatch(/<h4[^>]*>Contenu<\/h4>/);
    expect(html).toMatch(/<h5[^>]*>Détail<\/h5>/);
  });

  it('links a website through its host, and only when the address is safe', () => {
    const values = { name: 'Incubateur', slug: 'incubateur', kind: 'INCUBATOR', description: null, website: 'https://www.exemple.fr/page', memberCount: 0, metropolises: [] };
    const html = render(structureType, values);
    expect(html).toContain('href="https://www.exemple.fr/page"');
    expect(html).toContain('Incubateur');
    // Zero is a value, not an empty field.
    expect(html).toMatch(/Nombre d’adhérents<\/dt><dd[^>]*>0<\/dd>/);
  });
});
