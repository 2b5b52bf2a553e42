// Descriptions shared by the pages that show the same content at several addresses.

export const DIRECTORY_DESCRIPTION =
  'Les 22 métropoles françaises : région, siège, population, adhésion au RTES et politique en faveur de l’économie sociale et solidaire, sur une carte et en liste.';

export const EXPLORER_DESCRIPTION =
  'Les projets soutenus par les dispositifs ESS des métropoles : filtres, totaux, montants par année et téléchargement en CSV.';

export const COMPARISON_DESCRIPTION =
  'Deux à quatre métropoles côte à côte : identité, adhésion au RTES, plans en vigueur, leviers d’action, dispositifs de financement, projets financés, structures et chiffres sourcés.';

export const NOT_FOUND_DESCRIPTION = 'Cette adresse ne mène à aucune page publiée de l’Observatoire des politiques ESS des métropoles.';
