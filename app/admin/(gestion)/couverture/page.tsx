import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { requirePagePermission } from '@/lib/auth/session';
import { publicationStatusLabels } from '@/lib/content/statuses';
import { dayToDate } from '@/lib/content/verification';
import {
  findDeclaredFigureDisagreements,
  findEndedPlansWithoutSuccessor,
  findEntriesDueForVerification,
  findFiguresWithSourceProblems,
  findMetropolisesWithoutData,
  type DeclaredFigureDisagreement,
  type SourceProblem,
} from '@/lib/coverage/queries';
import { formatDate, formatEurosFromCents, formatFigureValue, formatNumber, formatYearRange, planStatusLabels } from '@/lib/format';

export const metadata: Metadata = { title: 'Couverture des données' };

const cell = 'py-2 pr-3';
const linkClass = 'text-brand-700 underline hover:text-brand-800';

const SOURCE_PROBLEM_LABELS: Record<SourceProblem, string> = {
  unpublished: 'Source non publiée',
  trashed: 'Source dans la corbeille',
  'to-verify': 'Source à vérifier',
};

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count > 1 ? pluralForm : singular}`;
}

function EditLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link prefetch={false} href={href} className={linkClass}>
      {children}
    </Link>
  );
}

function Section({ id, title, count, intro, children }: { id: string; title: string; count: number; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-12">
      <h2 id={id} className="mb-2 text-2xl font-bold text-gray-900">
        {title} <span className="font-normal text-gray-700">({formatNumber(count)})</span>
      </h2>
      <p className="mb-4 max-w-3xl text-gray-800">{intro}</p>
      {children}
    </section>
  );
}

function storedText(line: DeclaredFigureDisagreement): string {
  const projects = plural(line.stored.projectCount, 'projet publié', 'projets publiés');
  return line.indicator === 'projets-finances' ? projects : `${formatEurosFromCents(line.stored.amountCents)} (${projects})`;
}

export default async function CoveragePage() {
  await requirePagePermission('content:edit', '/admin/couverture');
  const [metropolises, plans, verification, figureSources, disagreements] = await Promise.all([
    findMetropolisesWithoutData(),
    findEndedPlansWithoutSuccessor(),
    findEntriesDueForVerification(),
    findFiguresWithSourceProblems(),
    findDeclaredFigureDisagreements(),
  ]);
  const dueTotal = verification.reduce((sum, group) => sum + group.total, 0);
  const sections = [
    { id: 'metropoles-sans-donnees', title: 'Métropoles sans donnée publiée', count: metropolises.length },
    { id: 'plans-sans-suite', title: 'Plans terminés sans édition suivante', count: plans.length },
    { id: 'fiches-a-verifier', title: 'Fiches à vérifier', count: dueTotal },
    { id: 'chiffres-sources', title: 'Chiffres dont la source n’est pas publiée ou reste à vérifier', count: figureSources.total },
    { id: 'chiffres-ecarts', title: 'Chiffres déclarés qui diffèrent des projets enregistrés', count: disagreements.length },
  ];

  return (
    <>
      <p className="mb-2">
        <Link prefetch={false} href="/admin" className={linkClass}>
          Tableau de bord
        </Link>
      </p>
      <h1 className="mb-2 text-3xl font-bold text-gray-900">Couverture des données</h1>
      <p className="mb-6 max-w-3xl text-gray-800">
        Ce qui manque, ce qui a vieilli et ce qui ne concorde pas dans l’observatoire. Chaque ligne mène à la fiche à compléter ou à vérifier.
      </p>
      <nav aria-label="Sommaire de la couverture" className="mb-10 rounded border border-gray-300 bg-gray-50 p-4">
        <ul className="flex flex-col gap-1">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`} className={linkClass}>
                {section.title}
              </a>{' '}
              : {formatNumber(section.count)}
            </li>
          ))}
        </ul>
      </nav>

      <Section
        id="metropoles-sans-donnees"
        title="Métropoles sans donnée publiée"
        count={metropolises.length}
        intro="Ni résumé de politique, ni plan, ni dispositif, ni chiffre publié : leur page publique dit « aucune donnée publiée ». Les éléments de contexte ne comptent pas comme une politique."
      >
        {metropolises.length === 0 ? (
          <p>Chaque métropole a au moins une donnée publiée.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Métropoles sans donnée publiée, par ordre alphabétique</caption>
              <thead>
                <tr className="border-b-2 border-gray-300">
                  <th scope="col" className={cell}>Métropole</th>
                  <th scope="col" className={cell}>Situation</th>
                </tr>
              </thead>
              <tbody>
                {metropolises.map((metropolis) => (
                  <tr key={metropolis.id} className="border-b border-gray-200 align-top">
                    <th scope="row" className={`${cell} font-normal`}>
                      <EditLink href={metropolis.editPath}>{metropolis.name}</EditLink>
                    </th>
                    <td className={cell}>
                      {metropolis.isPublished ? 'Aucune donnée publiée' : 'Fiche non publiée'}
                      {metropolis.hasContext && <span className="block text-sm text-gray-800">Éléments de contexte seulement</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section
        id="plans-sans-suite"
        title="Plans terminés sans édition suivante"
        count={plans.length}
        intro="Plans dont la période est passée et qu’aucune édition ne suit : un renouvellement à rechercher, ou à relier comme édition suivante."
      >
        {plans.length === 0 ? (
          <p>Tout plan terminé a son édition suivante.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Plans terminés sans édition suivante, les plus récents d’abord</caption>
              <thead>
                <tr className="border-b-2 border-gray-300">
                  <th scope="col" className={cell}>Plan</th>
                  <th scope="col" className={cell}>Métropole</th>
                  <th scope="col" className={cell}>Période</th>
                  <th scope="col" className={cell}>État du plan saisi</th>
                  <th scope="col" className={cell}>Publication</th>
                </tr>
              </thead>
              <tbody>
                {plans.map((plan) => (
                  <tr key={plan.id} className="border-b border-gray-200 align-top">
                    <th scope="row" className={`${cell} font-normal`}>
                      <EditLink href={plan.editPath}>{plan.title}</EditLink>
                    </th>
                    <td className={cell}>{plan.metropolisName}</td>
                    <td className={`${cell} tabular-nums`}>{formatYearRange(plan.startYear, plan.endYear)}</td>
                    <td className={cell}>{planStatusLabels[plan.planStatus]}</td>
                    <td className={cell}>{publicationStatusLabels[plan.status]}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section
        id="fiches-a-verifier"
        title="Fiches à vérifier"
        count={dueTotal}
        intro="Fiches jamais vérifiées, ou vérifiées il y a plus d’un an, par type : les plus anciennes d’abord. Sur une fiche, « Vérifié aujourd’hui » enregistre la vérification."
      >
        {verification.length === 0 ? (
          <p>Toutes les fiches ont été vérifiées il y a moins d’un an.</p>
        ) : (
          <div className="flex flex-col gap-6">
            {verification.map((group) => (
              <section key={group.entityType} aria-labelledby={`verifier-${group.entityType}`}>
                <h3 id={`verifier-${group.entityType}`} className="mb-2 text-xl font-semibold text-gray-900">
                  {group.label} : {plural(group.total, 'fiche')}
                </h3>
                <ul className="mb-2 flex flex-col gap-1">
                  {group.items.map((item) => (
                    <li key={item.id}>
                      <EditLink href={item.editPath}>{item.title || 'Sans titre'}</EditLink>
                      <span className="text-gray-800">
                        {' · '}
                        {item.lastVerifiedOn ? (
                          <>
                            vérifiée le <time dateTime={item.lastVerifiedOn}>{formatDate(dayToDate(item.lastVerifiedOn))}</time>
                          </>
                        ) : (
                          'jamais vérifiée'
                        )}
                      </span>
                    </li>
                  ))}
                </ul>
                {group.total > group.items.length && (
                  <p>
                    <EditLink href={group.listPath}>
                      Voir les {formatNumber(group.total)} fiches à vérifier ({group.label.toLowerCase()})
                    </EditLink>
                  </p>
                )}
              </section>
            ))}
          </div>
        )}
      </Section>

      <Section
        id="chiffres-sources"
        title="Chiffres dont la source n’est pas publiée ou reste à vérifier"
        count={figureSources.total}
        intro="Un chiffre n’est montré au public qu’avec sa source publiée ; une source à vérifier doit être confrontée à l’original avant que ce qui repose sur elle soit publié."
      >
        {figureSources.total === 0 ? (
          <p>Chaque chiffre repose sur une source publiée et vérifiée.</p>
        ) : (
          <>
            {figureSources.total > figureSources.items.length && (
              <p className="mb-2 text-gray-800">
                Les {formatNumber(figureSources.items.length)} premiers par ordre alphabétique ; la liste des chiffres filtre aussi sur les sources à vérifier.
              </p>
            )}
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left">
                <caption className="sr-only">Chiffres dont la source n’est pas publiée ou reste à vérifier, par ordre alphabétique</caption>
                <thead>
                  <tr className="border-b-2 border-gray-300">
                    <th scope="col" className={cell}>Chiffre</th>
                    <th scope="col" className={cell}>Métropole</th>
                    <th scope="col" className={cell}>Source</th>
                    <th scope="col" className={cell}>Problème</th>
                    <th scope="col" className={cell}>Publication du chiffre</th>
                  </tr>
                </thead>
                <tbody>
                  {figureSources.items.map((figure) => (
                    <tr key={figure.id} className="border-b border-gray-200 align-top">
                      <th scope="row" className={`${cell} font-normal`}>
                        <EditLink href={figure.editPath}>{figure.label}</EditLink>
                      </th>
                      <td className={cell}>{figure.metropolisName ?? '—'}</td>
                      <td className={cell}>
                        <EditLink href={figure.source.editPath}>{figure.source.title}</EditLink>
                        <span className="block text-sm text-gray-800">{figure.source.publisher}</span>
                      </td>
                      <td className={cell}>{figure.problems.map((problem) => SOURCE_PROBLEM_LABELS[problem]).join(', ')}</td>
                      <td className={cell}>{publicationStatusLabels[figure.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Section>

      <Section
        id="chiffres-ecarts"
        title="Chiffres déclarés qui diffèrent des projets enregistrés"
        count={disagreements.length}
        intro="Nombre de projets financés ou montant accordé qu’une source déclare pour un dispositif, comparé aux projets publiés enregistrés pour ce dispositif sur la même période. Les deux chiffres restent affichés, chacun avec son origine."
      >
        {disagreements.length === 0 ? (
          <p>Les chiffres déclarés des dispositifs concordent avec les projets enregistrés.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">Chiffres déclarés qui diffèrent des projets enregistrés, par ordre alphabétique</caption>
              <thead>
                <tr className="border-b-2 border-gray-300">
                  <th scope="col" className={cell}>Chiffre</th>
                  <th scope="col" className={cell}>Dispositif</th>
                  <th scope="col" className={cell}>Période</th>
                  <th scope="col" className={`${cell} text-right`}>Déclaré par la source</th>
                  <th scope="col" className={`${cell} text-right`}>Calculé à partir des projets enregistrés</th>
                </tr>
              </thead>
              <tbody>
                {disagreements.map((line) => (
                  <tr key={line.id} className="border-b border-gray-200 align-top">
                    <th scope="row" className={`${cell} font-normal`}>
                      <EditLink href={line.editPath}>{line.label}</EditLink>
                      <span className="block text-sm text-gray-800">{publicationStatusLabels[line.status]}</span>
                    </th>
                    <td className={cell}>
                      <EditLink href={line.programme.editPath}>{line.programme.name}</EditLink>
                      <span className="block text-sm text-gray-800">{line.programme.metropolisName}</span>
                    </td>
                    <td className={`${cell} tabular-nums`}>{formatYearRange(line.periodStartYear, line.periodEndYear) ?? 'Non précisée'}</td>
                    <td className={`${cell} text-right tabular-nums`} data-testid="valeur-declaree">
                      {formatFigureValue(line.declared)}
                    </td>
                    <td className={`${cell} text-right tabular-nums`} data-testid="valeur-enregistree">
                      {storedText(line)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
    </>
  );
}
