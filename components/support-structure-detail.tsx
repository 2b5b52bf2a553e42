import { PageHistorySection, UpdatedOn } from '@/components/page-history';
import type { PageHistory } from '@/lib/history/page';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ExternalLink } from '@/components/external-link';
import { FigureList } from '@/components/figures';
import { DateText } from '@/components/date-text';
import { MarkdownText } from '@/components/markdown';
import { PageCitation } from '@/components/page-citation';
import { SourceLine } from '@/components/source-line';
import { entryPageDates } from '@/lib/figures/citation';
import { formatOrdinal, supportStructureKindLabels } from '@/lib/format';
import { displayHost } from '@/lib/safe-url';
import type { SupportStructureDetail } from '@/lib/support-structures/select';

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';

/** A support structure's public page; also renders a draft's preview in the back-office. */
export function SupportStructureDetailView({ structure, history }: { structure: SupportStructureDetail; history?: PageHistory }) {
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Accueil', href: '/' },
          { label: 'Structures d’accompagnement', href: '/structures' },
          { label: structure.name },
        ]}
      />
      <p className="mb-1 font-medium text-brand-700">{supportStructureKindLabels[structure.kind]}</p>
      <h1 className="mb-6 text-3xl font-bold text-gray-900">{structure.name}</h1>
      <UpdatedOn history={history} />

      <section aria-labelledby="presentation" className="mb-12">
        <h2 id="presentation" className={sectionHeading}>
          Présentation
        </h2>
        {structure.description ? (
          <MarkdownText topHeadingLevel={3} className="max-w-3xl text-gray-800">
            {structure.description}
          </MarkdownText>
        ) : (
          <p className="text-gray-800">Aucune donnée publiée.</p>
        )}
        {structure.source && <SourceLine source={structure.source} className="mt-2 text-sm text-gray-700" />}
        <p className="mt-4">
          <span className="font-semibold text-gray-900">Site internet : </span>
          {structure.website ? (
            <ExternalLink href={structure.website}>{displayHost(structure.website)}</ExternalLink>
          ) : (
            'non renseigné'
          )}
        </p>
      </section>

      <section aria-labelledby="metropoles" className="mb-12">
        <h2 id="metropoles" className={sectionHeading}>
          Métropoles accompagnées
        </h2>
        {structure.metropolises.length === 0 ? (
          <p className="text-gray-800">Non renseigné.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {structure.metropolises.map((metropolis) => (
              <li key={metropolis.slug}>
                <Link href={`/metropoles/${metropolis.slug}`} className="font-medium text-brand-700 underline hover:text-brand-800">
                  {metropolis.officialName}
                </Link>
                <span className="text-gray-700">
                  {' '}
                  ·{' '}
                  {metropolis.partnershipStartYear
                    ? `partenariat depuis ${metropolis.partnershipStartYear}`
                    : 'début du partenariat non renseigné'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="groupes-de-travail" className="mb-12">
        <h2 id="groupes-de-travail" className={sectionHeading}>
          Citée dans les groupes de travail
        </h2>
        {structure.citingReports.length === 0 ? (
          <p className="text-gray-800">Aucun compte rendu publié ne cite cette structure.</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {structure.citingReports.map((report) => (
              <li key={report.slug}>
                <Link href={`/groupes-de-travail/${report.slug}`} className="font-medium text-brand-700 underline hover:text-brand-800">
                  {report.title}
                </Link>
                <span className="text-gray-700">
                  {' '}
                  · {formatOrdinal(report.sequenceNumber)} groupe de travail, <DateText date={report.meetingDate} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="chiffres">
        <h2 id="chiffres" className={sectionHeading}>
          Chiffres
        </h2>
        {structure.figures.length === 0 ? (
          <p className="text-gray-800">Aucun chiffre publié pour cette structure.</p>
        ) : (
          <FigureList figures={structure.figures} />
        )}
      </section>

      <PageCitation title={structure.name} path={`/structures/${structure.slug}`} dates={entryPageDates(structure, history)} />
      <PageHistorySection history={history} />
    </>
  );
}
