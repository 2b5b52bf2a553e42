// The glossary the seed starts with: the acronyms the portal's texts and pages
// use, each defined in our own words. A source is named only when a public text
// defines the term (a law or a code, cited by its title on Légifrance, without an
// address we could not check); otherwise the definition stands without one.
import type { SourceSeed } from './content';

const LEGIFRANCE = 'Légifrance';

function legalText(title: string): SourceSeed {
  return { publisher: LEGIFRANCE, title, publishedOn: null, url: null, note: null };
}

export const GLOSSARY_SOURCES = {
  essLaw: legalText('Loi n° 2014-856 du 31 juillet 2014 relative à l’économie sociale et solidaire'),
  cityLaw: legalText('Loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine'),
  cooperationLaw: legalText('Loi n° 47-1775 du 10 septembre 1947 portant statut de la coopération'),
  scopLaw: legalText('Loi n° 78-763 du 19 juillet 1978 portant statut des sociétés coopératives ouvrières de production'),
  labourCode: legalText('Code du travail'),
  localAuthoritiesCode: legalText('Code général des collectivités territoriales'),
  socialActionCode: legalText('Code de l’action sociale et des familles'),
} as const satisfies Record<string, SourceSeed>;

export type GlossarySourceKey = keyof typeof GLOSSARY_SOURCES;

export interface GlossaryTermSeed {
  term: string;
  slug: string;
  expansion: string;
  definition: string;
  source: GlossarySourceKey | null;
}

export const GLOSSARY_TERMS: readonly GlossaryTermSeed[] = [
  {
    term: 'AAP',
    slug: 'aap',
    expansion: 'Appel à projets',
    definition:
      'Procédure par laquelle une collectivité ou un autre financeur fixe un cadre (objectifs, critères, calendrier, enveloppe) ' +
      'et invite les porteurs de projet à proposer leurs initiatives, puis sélectionne et soutient les meilleures, le plus souvent par une subvention. ' +
      'Plusieurs métropoles financent ainsi chaque année des projets de l’économie sociale et solidaire.',
    source: null,
  },
  {
    term: 'Avise',
    slug: 'avise',
    expansion: 'Agence de valorisation des initiatives socio-économiques',
    definition:
      'Agence nationale créée en 2002 pour développer l’économie sociale et solidaire et l’innovation sociale : elle produit des études, ' +
      'des guides et des programmes à l’usage des porteurs de projet, des structures d’accompagnement et des acteurs publics. ' +
      'Elle conduit avec le RTES le programme « Métropoles, ESS et innovation sociale ». Son nom, à l’origine un sigle, s’écrit aujourd’hui comme un nom propre.',
    source: null,
  },
  {
    term: 'CAE',
    slug: 'cae',
    expansion: 'Coopérative d’activité et d’emploi',
    definition:
      'Coopérative qui permet à des porteurs de projet de créer et de développer leur propre activité en devenant salariés de la coopérative ' +
      '(« entrepreneurs salariés »), puis associés. Elle leur apporte un cadre juridique, un accompagnement et des services mutualisés. ' +
      'Son statut a été inscrit dans la loi en 2014.',
    source: 'essLaw',
  },
  {
    term: 'CCAS',
    slug: 'ccas',
    expansion: 'Centre communal d’action sociale',
    definition:
      'Établissement public de la commune qui anime son action sociale : aides sociales, accompagnement des personnes en difficulté, ' +
      'des personnes âgées ou handicapées. Il est obligatoire dans les communes de 1 500 habitants et plus.',
    source: 'socialActionCode',
  },
  {
    term: 'CRESS',
    slug: 'cress',
    expansion: 'Chambre régionale de l’économie sociale et solidaire',
    definition:
      'Organisation qui représente et promeut l’économie sociale et solidaire dans une région. La loi de 2014 lui confie notamment ' +
      'la représentation des entreprises de l’ESS auprès des pouvoirs publics, l’appui à leur création et à leur développement, ' +
      'la formation de leurs dirigeants et salariés et l’observation de l’ESS régionale.',
    source: 'essLaw',
  },
  {
    term: 'DGCL',
    slug: 'dgcl',
    expansion: 'Direction générale des collectivités locales',
    definition:
      'Direction du ministère de l’Intérieur chargée des relations entre l’État et les collectivités territoriales. ' +
      'Elle tient notamment la liste des intercommunalités et de leurs communes membres, dont l’observatoire tire la composition des métropoles.',
    source: null,
  },
  {
    term: 'DLA',
    slug: 'dla',
    expansion: 'Dispositif local d’accompagnement',
    definition:
      'Dispositif public, présent dans chaque département, qui aide gratuitement les structures employeuses de l’économie sociale et solidaire ' +
      '(associations, coopératives, structures d’insertion…) à consolider leur activité et leurs emplois : un diagnostic, puis un accompagnement ' +
      'par des prestataires spécialisés. Il a été créé en 2002 par l’État et la Caisse des dépôts.',
    source: null,
  },
  {
    term: 'EPCI',
    slug: 'epci',
    expansion: 'Établissement public de coopération intercommunale',
    definition:
      'Structure qui regroupe des communes pour exercer ensemble certaines compétences (développement économique, transports, habitat…). ' +
      'Les métropoles, les communautés urbaines, d’agglomération et de communes sont des EPCI à fiscalité propre. ' +
      'La Métropole de Lyon fait exception : c’est une collectivité territoriale à statut particulier.',
    source: 'localAuthoritiesCode',
  },
  {
    term: 'EPL',
    slug: 'epl',
    expansion: 'Entreprise publique locale',
    definition:
      'Société dont des collectivités territoriales sont actionnaires, seules ou avec des partenaires privés : sociétés d’économie mixte (SEM), ' +
      'sociétés publiques locales et sociétés d’économie mixte à opération unique.',
    source: null,
  },
  {
    term: 'ESS',
    slug: 'ess',
    expansion: 'Économie sociale et solidaire',
    definition:
      'Manière d’entreprendre que partagent les associations, les coopératives, les mutuelles, les fondations et les sociétés commerciales ' +
      'qui en adoptent les règles : un but qui ne se limite pas au partage des bénéfices, une gouvernance démocratique, des bénéfices ' +
      'consacrés pour l’essentiel au maintien ou au développement de l’activité, et des réserves qui ne peuvent pas être distribuées. ' +
      'La loi du 31 juillet 2014 en fixe la définition et le périmètre.',
    source: 'essLaw',
  },
  {
    term: 'ESUS',
    slug: 'esus',
    expansion: 'Entreprise solidaire d’utilité sociale',
    definition:
      'Agrément délivré par l’État à une entreprise de l’économie sociale et solidaire dont l’activité poursuit avant tout un objectif ' +
      'd’utilité sociale et dont les écarts de rémunération sont limités. Il ouvre l’accès à l’épargne salariale solidaire et à certains financements. ' +
      'Ses conditions figurent à l’article L. 3332-17-1 du code du travail.',
    source: 'labourCode',
  },
  {
    term: 'GSEF',
    slug: 'gsef',
    expansion: 'Global Social Economy Forum (Forum mondial de l’économie sociale et solidaire)',
    definition:
      'Réseau international de gouvernements locaux et d’organisations de l’économie sociale et solidaire, lancé à Séoul en 2013, ' +
      'qui organise un forum mondial de l’ESS. Bordeaux en a accueilli une édition en 2018.',
    source: null,
  },
  {
    term: 'IAE',
    slug: 'iae',
    expansion: 'Insertion par l’activité économique',
    definition:
      'Ensemble des structures conventionnées par l’État (ateliers et chantiers d’insertion, entreprises d’insertion, associations intermédiaires, ' +
      'entreprises de travail temporaire d’insertion) qui offrent à des personnes très éloignées de l’emploi un contrat de travail ' +
      'et un accompagnement social et professionnel, pour les aider à retrouver un emploi durable.',
    source: 'labourCode',
  },
  {
    term: 'INSEE',
    slug: 'insee',
    expansion: 'Institut national de la statistique et des études économiques',
    definition:
      'Direction générale du ministère chargé de l’économie qui produit et publie la statistique publique française. ' +
      'Elle établit les populations légales des communes, reprises sur l’observatoire, et attribue les numéros SIREN.',
    source: null,
  },
  {
    term: 'MEL',
    slug: 'mel',
    expansion: 'Métropole européenne de Lille',
    definition: 'Sigle usuel de la Métropole européenne de Lille, métropole depuis le 1er janvier 2015 ([sa fiche](/metropoles/metropole-europeenne-de-lille)).',
    source: null,
  },
  {
    term: 'PTCE',
    slug: 'ptce',
    expansion: 'Pôle territorial de coopération économique',
    definition:
      'Regroupement, sur un même territoire, d’entreprises de l’économie sociale et solidaire avec d’autres entreprises, des collectivités, ' +
      'des établissements d’enseignement ou de recherche et des associations, autour d’une stratégie commune et de projets économiques ' +
      'innovants sur le plan social ou environnemental, au service du développement local.',
    source: 'essLaw',
  },
  {
    term: 'QPV',
    slug: 'qpv',
    expansion: 'Quartier prioritaire de la politique de la ville',
    definition:
      'Quartier urbain délimité par l’État parce qu’une forte part de ses habitants a de faibles revenus, et où s’appliquent en priorité ' +
      'les actions de la politique de la ville (contrats de ville, aides et exonérations). Créés par la loi du 21 février 2014, ' +
      'leur liste est révisée périodiquement.',
    source: 'cityLaw',
  },
  {
    term: 'RTES',
    slug: 'rtes',
    expansion: 'Réseau des collectivités territoriales pour une économie solidaire',
    definition:
      'Association nationale de collectivités territoriales (communes, intercommunalités, départements, régions) engagées en faveur ' +
      'de l’économie sociale et solidaire. Elle fait se rencontrer élus et techniciens, fait connaître les politiques locales d’ESS ' +
      'et les porte auprès des pouvoirs publics. Elle conduit avec l’Avise le programme « Métropoles, ESS et innovation sociale ».',
    source: null,
  },
  {
    term: 'SCIC',
    slug: 'scic',
    expansion: 'Société coopérative d’intérêt collectif',
    definition:
      'Coopérative qui réunit, autour d’un projet d’intérêt collectif, des associés de natures différentes : au moins ses salariés ' +
      '(ou producteurs), les bénéficiaires de ses biens ou services et un troisième type d’associés (bénévoles, collectivités, entreprises, financeurs…). ' +
      'Elle vote selon le principe « une personne, une voix ». Créée en 2001, elle est régie par la loi de 1947 sur la coopération.',
    source: 'cooperationLaw',
  },
  {
    term: 'SCOP',
    slug: 'scop',
    expansion: 'Société coopérative et participative',
    definition:
      'Société commerciale dont les salariés sont les associés majoritaires : ils détiennent au moins 51 % du capital et 65 % des droits de vote, ' +
      'et choisissent leurs dirigeants. Une part importante des bénéfices revient aux salariés et aux réserves de l’entreprise. ' +
      'Son nom légal d’origine est « société coopérative ouvrière de production ».',
    source: 'scopLaw',
  },
  {
    term: 'SEM',
    slug: 'sem',
    expansion: 'Société d’économie mixte',
    definition:
      'Société anonyme dont des collectivités territoriales détiennent la majorité du capital (plus de 50 % et au plus 85 %), ' +
      'aux côtés d’au moins un actionnaire privé, pour gérer un service public ou mener des opérations d’aménagement, de construction ' +
      'ou de développement économique. C’est l’une des formes d’entreprise publique locale (EPL).',
    source: 'localAuthoritiesCode',
  },
  {
    term: 'SIREN',
    slug: 'siren',
    expansion: 'Système d’identification du répertoire des entreprises',
    definition:
      'Numéro à neuf chiffres que l’INSEE attribue à chaque entreprise et à chaque organisme inscrit au répertoire Sirene ' +
      '(associations employeuses ou financées sur fonds publics, administrations, collectivités et leurs groupements, dont les métropoles). ' +
      'Chaque établissement a en outre un numéro SIRET à quatorze chiffres.',
    source: null,
  },
  {
    term: 'SPASER',
    slug: 'spaser',
    expansion: 'Schéma de promotion des achats publics socialement et écologiquement responsables',
    definition:
      'Document par lequel une collectivité ou un autre acheteur public dont les achats dépassent un montant annuel fixé par décret définit ses objectifs d’achats ' +
      'publics à caractère social et écologique et la manière de les suivre. Créé en 2014 pour les achats socialement responsables, ' +
      'il a été étendu aux achats écologiques en 2021.',
    source: 'essLaw',
  },
];
