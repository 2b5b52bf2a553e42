const MESSAGES: Record<string, string> = {
  enregistre: 'Modifications enregistrées.',
  soumis: 'Fiche soumise pour relecture.',
  publie: 'Fiche publiée : elle est visible sur le site public.',
  brouillon: 'La fiche est repassée en brouillon.',
  depublie: 'Fiche retirée du site public (repassée en brouillon).',
  archive: 'Fiche archivée : elle n’est plus visible sur le site public.',
  abandonne: 'Modifications en attente abandonnées : la version publiée est inchangée.',
  'version-restauree': 'Version restaurée : elle devient une nouvelle version de la fiche.',
  restaure: 'Fiche sortie de la corbeille.',
  verifie: 'Fiche marquée comme vérifiée aujourd’hui.',
  corbeille: 'Mis à la corbeille.',
  videe: 'Corbeille vidée.',
};

/** Confirmation after a redirect (?message=…), announced politely. */
export function FlashMessage({ message, count }: { message?: string | string[]; count?: string | string[] }) {
  const key = typeof message === 'string' ? message : undefined;
  // Own keys only: ?message=constructor must not find Object.prototype's.
  const text = key && Object.hasOwn(MESSAGES, key) ? MESSAGES[key] : undefined;
  const number = typeof count === 'string' && /^\d+$/.test(count) ? Number(count) : null;
  return (
    <div role="status" className={text ? 'mb-6 rounded border border-brand-700 bg-brand-50 px-4 py-3 text-gray-900' : undefined}>
      {text && number !== null ? `${text.replace(/\.$/, '')} (${number} élément${number > 1 ? 's' : ''}).` : text}
    </div>
  );
}
