import { PageHistorySection } from '@/components/page-history';
import { dayInFrance } from '@/lib/figures/citation';
import type { PageHistory } from '@/lib/history/page';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DateText } from '@/components/date-text';
import { ExternalLink } from '@/components/external-link';
import { MarkdownText } from '@/components/markdown';
import { PageCitation } from '@/components/page-citation';
import { formatNumber, formatOrdinal, formatStudyStatus, formatYearRange } from '@/lib/format';
import { readingTimeMinutes } from '@/lib/reading-time';
import type { WorkingGroupDetail } from '@/lib/working-groups/select';

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';
const linkClass = 'text-brand-700 underline hover:text-brand-800';

/** Everything a reader reads on the page: summary, body and the focus texts. */
function readingText(recap: WorkingGroupDetail): string {
  return [recap.summary, recap.body, ...recap.focusPresentations.flatMap((focus) => [focus.topic, focus.body])].join(
    '\n\n',
  );
}

function StructureLinks({ structures }: { structures: WorkingGroupDetail['otherCitedStructures'] }) {
  return structures.map((structure, index) => (
    <span key={structure.slug}>
      {index > 0 && ', '}
      <Link href={`/structures/${structure.slug}`} className={linkClass}>
        {structure.name}
      </Link>
    </span>
  ));
}

function organiserName(organiser: WorkingGroupDetail['organisers'][number]): string {
  return organiser.acronym ?? organiser.name;
}

/** The editorial update date or the last public correction, whichever is later: one "mis à jour le" for readers. */
function latestUpdate(editorial: Date | null, corrected: Date | null): Date | null {
  if (!editorial || !corrected) return editorial ?? corrected;
  return corrected > editorial ? corrected : editorial;
}

/** A working-group report's public page; also renders a draft's preview in the back-office. */
export function WorkingGroupReportDetailView({ recap, history }: { recap: WorkingGroupDetail; history?: PageHistory }) {
  const minutes = readingTimeMinutes(readingText(recap));
  const updatedOn = latestUpdate(recap.lastUpdatedOn, history?.updatedOn ? dayInFrance(history.updatedOn) : null);
  const unnamedCount = recap.participantCount - recap.participants.length;

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Groupes de travail', href: '/groupes-de-travail' },
          { label: `${formatOrdinal(recap.sequenceNumber)} groupe de travail` },
        ]}
      />
      <article aria-labelledby="titre">
        <header className="mb-8">
          <p className="mb-1 font-medium text-brand-700">
            {formatOrdinal(recap.sequenceNumber)} groupe de travail
            {recap.programme && <> · programme « {recap.programme.name} »</>}
          </p>
          <h1 id="titre" className="mb-4 text-3xl font-bold text-gray-900">
            {recap.title}
          </h1>
          <p className="text-gray-700">
            Publié le <DateText date={recap.firstPublishedOn} />
            {updatedOn && (
              <>
                {' '}
                · mis à jour le <DateText date={updatedOn} />
              </>
            )}{' '}
            · lecture : {minutes} min
            {history && history.entries.length > 0 && (
              <>
                {' '}
                ·{' '}
                <a href="#historique" className={linkClass}>
                  historique des modifications
                </a>
              </>
            )}
          </p>
          {recap.themes.length > 0 && (
            <div className="mt-3 flex flex-wrap items-center gap-2">
              <span className="text-sm font-semibold text-gray-900">Thèmes :</span>
              <ul className="flex flex-wrap gap-2">
                {recap.themes.map((theme) => (
                  <li key={theme.slug} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
                    {theme.name}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </header>

        <p className="mb-8 max-w-3xl text-lg leading-relaxed text-gray-900">{recap.summary}</p>

        <dl className="mb-10 grid gap-x-8 gap-y-4 rounded-lg bg-gray-50 p-4 sm:grid-cols-2">
          <div>
            <dt className="font-semibold text-gray-900">Date de la réunion</dt>
            <dd>
              <DateText date={recap.meetingDate} />
            </dd>
          </div>
          <div>
            <dt className="font-semibold text-gray-900">Organisateurs</dt>
            <dd>
              {recap.organisers.length === 0
                ? 'Non renseigné'
                : recap.organisers.map((organiser, index) => (
                    <span key={organiser.slug}>
                      {index > 0 && (index === recap.organisers.length - 1 ? ' et ' : ', ')}
                      {organiser.acronym ? <abbr title={organiser.name}>{organiser.acronym}</abbr> : organiserName(organiser)}
                    </span>
                  ))}
            </dd>
          </div>
          <div className="sm:col-span-2">
            <dt className="font-semibold text-gray-900">Participants</dt>
            <dd>
              {formatNumber(recap.participantCount)}{' '}
              {recap.participantCount > 1 ? 'métropoles participantes' : 'métropole participante'}
              {recap.participants.length > 0 && (
                <>
                  , dont :{' '}
                  {recap.participants.map((metropolis, index) => (
                    <span key={metropolis.slug}>
                      {index > 0 && ', '}
                      <Link href={`/metropoles/${metropolis.slug}`} className={linkClass}>
                        {metropolis.officialName}
                      </Link>
                    </span>
                  ))}
                  {unnamedCount > 0 && (
                    <span className="text-gray-700">
                      {' '}
                      ({formatNumber(unnamedCount)} autre{unnamedCount > 1 ? 's' : ''} non nommée
                      {unnamedCount > 1 ? 's' : ''} dans le compte rendu)
                    </span>
                  )}
                </>
              )}
            </dd>
          </div>
        </dl>

        <MarkdownText topHeadingLevel={2} className="mb-12 max-w-3xl text-gray-800">
          {recap.body}
        </MarkdownText>

        {recap.focusPresentations.length > 0 && (
          <section aria-labelledby="focus" className="mb-12">
            <h2 id="focus" className={sectionHeading}>
              Focus présentés
            </h2>
            <ul className="flex flex-col gap-8">
              {recap.focusPresentations.map((focus) => (
                <li key={focus.id} className="rounded-lg border border-gray-200 p-5">
                  <p className="text-sm font-medium text-brand-700">
                    <Link href={`/metropoles/${focus.metropolis.slug}`} className={linkClass}>
                      {focus.metropolis.officialName}
                    </Link>
                  </p>
                  <h3 className="mt-1 text-xl font-semibold text-gray-900">{focus.topic}</h3>
                  <p className="mt-1 text-gray-700">
                    {focus.speaker ? (
                      <>
                        Présenté par{' '}
                        <Link href={`/personnes/${focus.speaker.slug}`} className={linkClass}>
                          {focus.speaker.fullName}
                        </Link>
                        {focus.speaker.role && `, ${focus.speaker.role}`}
                        {focus.speaker.organisationName && ` (${focus.speaker.organisationName})`}
                      </>
                    ) : (
                      'Intervenant·e non renseigné·e'
                    )}
                  </p>
                  <MarkdownText topHeadingLevel={4} className="max-w-3xl text-gray-800">
                    {focus.body}
                  </MarkdownText>
                  {focus.structures.length > 0 && (
                    <p className="mt-3 text-gray-800">
                      <span className="font-semibold text-gray-900">Structures citées : </span>
                      <StructureLinks structures={focus.structures} />
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}

        {recap.otherCitedStructures.length > 0 && (
          <section aria-labelledby="structures-citees" className="mb-12">
            <h2 id="structures-citees" className={sectionHeading}>
              Structures citées
            </h2>
            <p className="text-gray-800">
              <StructureLinks structures={recap.otherCitedStructures} />
            </p>
          </section>
        )}

        {(recap.programme || recap.publication) && (
          <section aria-labelledby="pour-aller-plus-loin">
            <h2 id="pour-aller-plus-loin" className={sectionHeading}>
              Pour aller plus loin
            </h2>
            <div className="grid gap-6 md:grid-cols-2">
              {recap.programme && (
                <div className="rounded-lg border border-gray-200 p-5">
                  <h3 className="text-xl font-semibold text-gray-900">Programme « {recap.programme.name} »</h3>
                  {formatYearRange(recap.programme.startYear, recap.programme.endYear) && (
                    <p className="mt-1 text-gray-700">
                      {formatYearRange(recap.programme.startYear, recap.programme.endYear)}
                    </p>
                  )}
                  {recap.programme.description && (
                    <MarkdownText topHeadingLevel={4} className="text-gray-800">
                      {recap.programme.description}
                    </MarkdownText>
                  )}
                  {recap.programme.axes.length > 0 && (
                    <>
                      <p className="font-semibold text-gray-900">Axes du programme :</p>
                      <ul className="mt-1 list-disc pl-6">
                        {recap.programme.axes.map((axis) => (
                          <li key={axis}>{axis}</li>
                        ))}
                      </ul>
                    </>
                  )}
                </div>
              )}
              {recap.publication && (
                <div className="rounded-lg border border-gray-200 p-5">
                  <h3 className="text-xl font-semibold text-gray-900">
                    {recap.publication.url ? (
                      <ExternalLink href={recap.publication.url}>{recap.publication.title}</ExternalLink>
                    ) : (
                      recap.publication.title
                    )}
                  </h3>
                  <p className="mt-1 font-medium text-gray-800">Statut : {formatStudyStatus(recap.publication)}</p>
                  {recap.publication.summary && (
                    <MarkdownText topHeadingLevel={4} className="text-gray-800">
                      {recap.publication.summary}
                    </MarkdownText>
                  )}
                </div>
              )}
            </div>
          </section>
        )}

        <PageCitation
          title={recap.title}
          path={`/groupes-de-travail/${recap.slug}`}
          dates={{ publishedOn: recap.firstPublishedOn, updatedOn }}
        />
      </article>
      <PageHistorySection history={history} />
    </>
  );
}
