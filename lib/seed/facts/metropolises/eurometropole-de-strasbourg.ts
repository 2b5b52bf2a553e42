import type { MetropolisFacts } from '../types';

const CONSEIL = 'conseil-de-l-ess-strasbourg';
const KALEIDOSCOOP = 'kaleidoscoop';

export const strasbourg: MetropolisFacts = {
  metropolisSlug: 'eurometropole-de-strasbourg',
  policySummary: [
    {
      facts: [71, 76],
      text:
        "Selon la fiche de l'Eurométropole sur le site du RTES (2025), l'ESS est l'une des composantes de sa stratégie de développement économique, " +
        "le « Pacte pour une économie locale durable », à côté d'une stratégie d'innovation sociale rédigée avec les acteurs de l'ESS. La fiche cite aussi " +
        "le **Conseil de l'ESS**, mis en place en 2010, et le projet de pôle territorial de coopération économique (PTCE) **KaléidosCOOP**, " +
        "appelé à rassembler sur 2 800 m² d'une ancienne friche industrielle, la COOP, 40 acteurs issus de l'ESS, de l'emploi ou de l'innovation sociale.",
    },
    {
      facts: [70, 73],
      text:
        "Une page non datée du site de la Ville et de l'Eurométropole inscrit le soutien de l'Eurométropole à l'ESS dans la feuille de route économique « Strasbourg Eco 2030 » " +
        "et rappelle que le partenariat avec Colecosol a inspiré l'un des quatre axes du SPASER, le schéma de promotion des achats " +
        "responsables sur les plans social et écologique ; elle ne donne pas l'année d'adoption de ces documents. La même page rend compte d'un conseil de " +
        "l'Eurométropole, réuni un 18 décembre dont l'année n'est pas indiquée, qui a financé plusieurs structures de l'ESS. Parmi elles, KaléidosCOOP : " +
        "l'aménagement de ses locaux était estimé à 3 M€, financé pour moitié par le programme européen Interreg V Rhin supérieur, la Ville " +
        "et l'Eurométropole y apportant 550 000 € chacune.",
    },
    {
      facts: [75],
      text:
        "Dans un entretien publié par So Good Stories en juillet 2022, le Conseil de l'ESS est présenté comme une instance de co-construction, " +
        "coprésidée à cette date par la maire de Strasbourg, par la présidente de l'Eurométropole et par la chambre régionale de l'ESS (CRESS). " +
        "Il remonte à 2010 environ, quand Sandra Guilmin a pris en charge le développement de l'ESS pour la Ville et l'Eurométropole.",
    },
    {
      facts: [72],
      text:
        "En mai 2024, selon le RTES, Antoine Dubois a porté le regard de la Ville et de l'Eurométropole de Strasbourg lors d'une table ronde " +
        "du réseau consacrée aux enjeux de l'ESS dans les territoires urbains, aux Journées métropolitaines de l'ESS de Lyon.",
    },
  ],
  contextSummary: [
    {
      facts: [79, 74],
      text:
        "Le 2 avril 2019, la Ville de Strasbourg est officiellement devenue « capitale européenne de l'ESS 2019 », pendant la présidence française " +
        "du comité de suivi de la déclaration de Luxembourg, et a lancé à cette occasion la démarche « Territoire French Impact », selon Localtis " +
        "(avril 2019). En janvier 2019, l'adjoint au maire Jean-Baptiste Gernet affirmait dans 20 Minutes que l'ESS représentait 10 % des emplois du territoire.",
    },
  ],
  rtesMembership: { fact: 77, isMember: true, year: 2025 },
  officials: [
    { fact: 72, slug: 'antoine-dubois', fullName: 'Antoine Dubois', role: "Élu de la Ville et de l'Eurométropole de Strasbourg", year: 2024 },
  ],
  essOfficialSlug: null,
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 73,
      key: 'strasbourg-kaleidoscoop-contribution-eurometropole',
      indicator: 'contribution-amenagement-locaux',
      label: "Contribution de l'Eurométropole à l'aménagement des locaux de KaléidosCOOP (la Ville de Strasbourg apporte le même montant)",
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: KALEIDOSCOOP,
    },
    {
      fact: 73,
      key: 'strasbourg-kaleidoscoop-cout-amenagement',
      indicator: 'cout-amenagement-locaux',
      label: 'Coût estimé de l\'aménagement des locaux de KaléidosCOOP (financé pour moitié par le programme Interreg V Rhin supérieur)',
      value: 3000000,
      unit: 'EUR',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: KALEIDOSCOOP,
    },
    {
      fact: 76,
      key: 'strasbourg-kaleidoscoop-acteurs',
      indicator: 'acteurs-regroupes',
      label: "Acteurs que doit réunir le PTCE KaléidosCOOP (ESS, emploi, innovation sociale)",
      unit: 'COUNT',
      periodStartYear: null,
      periodEndYear: null,
      supportStructureSlug: KALEIDOSCOOP,
    },
    {
      fact: 74,
      key: 'strasbourg-part-emploi-ess',
      indicator: 'part-emploi-ess',
      label: "Part des emplois du territoire relevant de l'ESS, selon un adjoint au maire de Strasbourg (janvier 2019)",
      unit: 'PERCENT',
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [
    {
      fact: 75,
      alsoFacts: [76],
      slug: CONSEIL,
      name: "Conseil de l'ESS",
      kind: 'OTHER',
      description:
        "Instance de co-construction de la politique ESS de la Ville et de l'Eurométropole de Strasbourg, mise en place en 2010 selon la fiche " +
        "de l'Eurométropole sur le site du RTES (2025). En juillet 2022, selon So Good Stories, elle était coprésidée par la maire de Strasbourg, " +
        "par la présidente de l'Eurométropole et par la chambre régionale de l'ESS (CRESS).",
      metropolises: [{ metropolisSlug: 'eurometropole-de-strasbourg', partnershipStartYear: 2010 }],
    },
    {
      fact: 76,
      alsoFacts: [73],
      slug: KALEIDOSCOOP,
      name: 'KaléidosCOOP',
      kind: 'ACTOR_NETWORK',
      description:
        "Pôle territorial de coopération économique (PTCE) de l'Eurométropole de Strasbourg, qui doit rassembler sur 2 800 m² d'une ancienne friche " +
        "industrielle, la COOP, 40 acteurs issus de l'ESS, de l'emploi ou de l'innovation sociale, selon la fiche de l'Eurométropole sur le site du RTES (2025). " +
        "Une page non datée de la Ville et de l'Eurométropole estimait l'aménagement des locaux à 3 M€, financé pour moitié par le programme " +
        "Interreg V Rhin supérieur, avec 550 000 € de la Ville et autant de l'Eurométropole.",
      metropolises: [{ metropolisSlug: 'eurometropole-de-strasbourg', partnershipStartYear: null }],
    },
  ],
  setAside: [
    { fact: 78, reason: "Adhésion au RTES datée plus récemment par la fiche de l'Eurométropole sur le site du RTES (2025, fait 77)." },
  ],
};
