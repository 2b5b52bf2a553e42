import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DateText } from '@/components/date-text';
import { PageCitation } from '@/components/page-citation';
import { PageHistorySection, UpdatedOn } from '@/components/page-history';
import { SourceLine } from '@/components/source-line';
import { entryPageDates } from '@/lib/figures/citation';
import { formatOrdinal } from '@/lib/format';
import type { PageHistory } from '@/lib/history/page';
import type { PersonDetail } from '@/lib/persons/select';

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';
const linkClass = 'text-brand-700 underline hover:text-brand-800';

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

/** "Vice-présidente chargée de l’ESS, en 2019, selon <source>": a role is dated by its source, never shown as current. */
function RoleLine({ person }: { person: PersonDetail }) {
  if (!person.role) return <p className="text-gray-800">Fonction non renseignée.</p>;
  return (
    <div className="text-gray-800">
      <p>
        <span className="font-semibold text-gray-900">Fonction : </span>
        {lowerFirst(person.role)}
        {person.organisationName && ` (${person.organisationName})`}
        {person.roleYear !== null ? `, en ${person.roleYear}` : ' (année non précisée)'}
        {person.roleSource ? ', selon la source ci-dessous.' : '.'}
      </p>
      <SourceLine source={person.roleSource} className="text-sm text-gray-700" />
      <p className="mt-2 text-sm text-gray-700">Cette fonction est datée par sa source : elle a pu changer depuis.</p>
    </div>
  );
}

/** A person's public page (speakers and officials the portal cites); also renders a draft's preview in the back-office. */
export function PersonDetailView({ person, history }: { person: PersonDetail; history?: PageHistory }) {
  return (
    <>
      <Breadcrumbs items={[{ label: 'Accueil', href: '/' }, { label: person.fullName }]} />
      <article aria-labelledby="titre">
        <p className="mb-1 font-medium text-brand-700">Personne citée</p>
        <h1 id="titre" className="mb-6 text-3xl font-bold text-gray-900">
          {person.fullName}
        </h1>
        <UpdatedOn history={history} />

        <section aria-labelledby="fonction" className="mb-12">
          <h2 id="fonction" className={sectionHeading}>
            Fonction
          </h2>
          <RoleLine person={person} />
          <dl className="mt-4 grid gap-x-8 gap-y-4 sm:grid-cols-2">
            <div>
              <dt className="font-semibold text-gray-900">Organisation</dt>
              <dd>{person.organisationName ?? 'Non renseignée'}</dd>
            </div>
            <div>
              <dt className="font-semibold text-gray-900">Métropole</dt>
              <dd>
                {person.metropolis ? (
                  <Link href={`/metropoles/${person.metropolis.slug}`} className={linkClass}>
                    {person.metropolis.officialName}
                  </Link>
                ) : (
                  'Non renseignée'
                )}
              </dd>
            </div>
            {person.essOfficialOf.length > 0 && (
              <div className="sm:col-span-2">
                <dt className="font-semibold text-gray-900">Élu·e chargé·e de l’ESS (selon le portail)</dt>
                <dd>
                  {person.essOfficialOf.map((metropolis, index) => (
                    <span key={metropolis.slug}>
                      {index > 0 && ', '}
                      <Link href={`/metropoles/${metropolis.slug}`} className={linkClass}>
                        {metropolis.officialName}
                      </Link>
                    </span>
                  ))}
                </dd>
              </div>
            )}
          </dl>
        </section>

        <section aria-labelledby="interventions" className="mb-12">
          <h2 id="interventions" className={sectionHeading}>
            Interventions dans les groupes de travail
          </h2>
          {person.presentations.length === 0 ? (
            <p className="text-gray-800">Aucune intervention publiée.</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {person.presentations.map((presentation) => (
                <li key={`${presentation.reportSlug}-${presentation.metropolis.slug}`}>
                  <Link href={`/groupes-de-travail/${presentation.reportSlug}`} className={`font-medium ${linkClass}`}>
                    {presentation.reportTitle}
                  </Link>
                  <span className="text-gray-700">
                    {' '}
                    · {formatOrdinal(presentation.sequenceNumber)} groupe de travail, <DateText date={presentation.meetingDate} />
                  </span>
                  <p className="text-gray-800">
                    Focus « {presentation.topic} » pour{' '}
                    <Link href={`/metropoles/${presentation.metropolis.slug}`} className={linkClass}>
                      {presentation.metropolis.officialName}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>

        <PageCitation title={person.fullName} path={`/personnes/${person.slug}`} dates={entryPageDates(person, history)} />
        <PageHistorySection history={history} />
      </article>
    </>
  );
}
