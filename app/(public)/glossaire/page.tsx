import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { MarkdownText } from '@/components/markdown';
import { SourceLine } from '@/components/source-line';
import { formatNumber } from '@/lib/format';
import { findPublishedGlossary } from '@/lib/glossary/queries';
import { groupByInitial } from '@/lib/glossary/select';
import { pageMetadata } from '@/lib/seo/metadata';

export const metadata: Metadata = pageMetadata({
  title: 'Glossaire des sigles',
  description: 'Les sigles et termes de l’économie sociale et solidaire et de l’action publique locale employés sur l’observatoire, avec leur définition et leur source.',
  path: '/glossaire',
});

function letterId(initial: string): string {
  return `lettre-${initial.toLowerCase()}`;
}

export default async function GlossaryPage() {
  const entries = await findPublishedGlossary();
  const groups = groupByInitial(entries);

  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: 'Glossaire' }]} />
      <h1 className="mb-4 text-3xl font-bold text-gray-900">Glossaire des sigles</h1>
      <p className="mb-6 max-w-3xl text-lg leading-relaxed text-gray-800">
        Les sigles et les termes employés sur l’observatoire, définis en quelques phrases, avec le texte qui les définit
        quand il existe. Dans les pages du site, la première mention d’un sigle renvoie à son entrée.
      </p>

      {entries.length === 0 ? (
        <p className="text-gray-800">Aucun terme publié pour l’instant.</p>
      ) : (
        <>
          <nav aria-label="Lettres du glossaire" className="mb-8">
            <p className="mb-2 text-gray-800">{formatNumber(entries.length)} termes, par ordre alphabétique :</p>
            <ul className="flex flex-wrap gap-x-3 gap-y-2">
              {groups.map(({ initial }) => (
                <li key={initial}>
                  <a href={`#${letterId(initial)}`} className="inline-block min-w-8 rounded border border-gray-400 px-2 py-1 text-center font-semibold text-brand-700 underline hover:bg-brand-50">
                    {initial}
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          <div className="flex flex-col gap-10">
            {groups.map(({ initial, entries: letterEntries }) => (
              <section key={initial} aria-labelledby={letterId(initial)}>
                <h2 id={letterId(initial)} className="mb-4 scroll-mt-4 border-b border-gray-300 pb-1 text-2xl font-bold text-gray-900">
                  {initial}
                </h2>
                <dl className="flex flex-col gap-6">
                  {letterEntries.map((entry) => (
                    <div key={entry.slug}>
                      <dt id={entry.slug} className="scroll-mt-4 text-xl font-semibold text-gray-900">
                        <dfn className="not-italic">
                          <abbr title={entry.expansion} className="no-underline">
                            {entry.term}
                          </abbr>
                        </dfn>
                        <span className="font-normal"> : {entry.expansion}</span>
                      </dt>
                      <dd className="mt-1 max-w-3xl">
                        <MarkdownText topHeadingLevel={3} className="text-gray-800" excludeTerms={[entry.term]}>
                          {entry.definition}
                        </MarkdownText>
                        {entry.source && <SourceLine source={entry.source} label="Source de la définition" />}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        </>
      )}
    </>
  );
}
