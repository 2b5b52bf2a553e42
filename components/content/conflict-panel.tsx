import type { ConflictView } from '@/lib/content/form-state';

/** What someone else saved meanwhile, next to what this person typed, to merge by hand. */
export function ConflictPanel({ conflict }: { conflict: ConflictView }) {
  const savedAt = new Date(conflict.savedAt).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });
  return (
    <section aria-labelledby="conflit-titre" className="mb-6 rounded border-2 border-accent-600 bg-white px-4 py-3">
      <h2 id="conflit-titre" className="mb-2 text-xl font-bold text-gray-900">
        Modifications enregistrées entre-temps
      </h2>
      <p className="mb-3 text-gray-900">
        Version enregistrée par {conflict.savedBy ?? 'une autre personne'} le {savedAt} (statut : {conflict.statusLabel}). Le formulaire ci-dessous contient toujours votre saisie : reprenez-y ce qui doit l’être, puis enregistrez à nouveau pour remplacer cette version.
      </p>
      {conflict.changes.length === 0 ? (
        <p className="text-gray-800">Aucun champ ne diffère de votre saisie : seul le statut a changé.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Champs modifiés entre-temps</caption>
          <thead>
            <tr className="border-b border-gray-400">
              <th scope="col" className="py-2 pr-4">Champ</th>
              <th scope="col" className="py-2 pr-4">Enregistré entre-temps</th>
              <th scope="col" className="py-2">Votre saisie</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((change) => (
              <tr key={change.name} className="border-b border-gray-200 align-top">
                <th scope="row" className="py-2 pr-4 font-semibold">{change.label}</th>
                <td className="py-2 pr-4 whitespace-pre-line">{change.theirs}</td>
                <td className="py-2 whitespace-pre-line">{change.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
