import type { MetropolisFacts } from '../types';

export const dijon: MetropolisFacts = {
  metropolisSlug: 'dijon-metropole',
  policySummary: [
    {
      facts: [125],
      text:
        "En février 2010, selon un entretien publié par le RTES, Jean-Paul Hesse, maire de Plombières, était depuis 2008 vice-président du Grand Dijon " +
        "chargé de l'économie solidaire et de la lutte contre les discriminations. Il estimait alors que l'ESS représentait plus de 10 % des emplois de l'agglomération.",
    },
    {
      facts: [126, 127],
      text:
        "La fiche de Dijon Métropole sur le site du RTES, dont la dernière mise à jour date de janvier 2014, indique un budget annuel de 40 000 € consacré à l'ESS " +
        "et décrit un programme d'intervention qui porte sur :\n\n" +
        "- la coordination des acteurs de la création d'entreprise ;\n" +
        "- l'appui aux associations, pour leur consolidation et leur développement, par le dispositif local d'accompagnement (DLA) ;\n" +
        "- l'introduction de clauses sociales dans la commande publique ;\n" +
        '- la sensibilisation aux achats responsables.\n\n' +
        "Selon la même fiche, la collectivité a aussi soutenu le lancement d'une plateforme de financement participatif destinée aux projets d'utilité sociale.",
    },
  ],
  rtesMembership: { fact: 129, isMember: true, year: 2018 },
  officials: [
    {
      fact: 125,
      slug: 'jean-paul-hesse',
      fullName: 'Jean-Paul Hesse',
      role: "Vice-président du Grand Dijon chargé de l'économie solidaire et de la lutte contre les discriminations",
      year: 2010,
    },
  ],
  essOfficialSlug: 'jean-paul-hesse',
  plans: [],
  fundingProgrammes: [],
  figures: [
    {
      fact: 127,
      key: 'dijon-budget-ess-annuel-2014',
      indicator: 'budget-ess-annuel',
      label: "Budget annuel consacré à l'ESS (fiche du RTES mise à jour en janvier 2014)",
      unit: 'EUR',
      periodStartYear: 2014,
      periodEndYear: 2014,
    },
    {
      fact: 125,
      key: 'dijon-part-emploi-ess',
      indicator: 'part-emploi-ess',
      label: "Part de l'ESS dans l'emploi de l'agglomération, selon le vice-président chargé de l'économie solidaire (entretien de 2010)",
      unit: 'PERCENT',
      isLowerBound: true,
      periodStartYear: null,
      periodEndYear: null,
    },
  ],
  supportStructures: [],
  setAside: [
    {
      fact: 128,
      reason:
        "Année d'adhésion au RTES indiquée par la fiche de Dijon Métropole (mise à jour en janvier 2014), contredite par l'entretien publié par le RTES " +
        "en 2010 (fait 125), qui laisse entendre une adhésion alors récente : l'année n'est pas reprise, l'adhésion est datée par la liste de 2018 (fait 129).",
    },
  ],
};
