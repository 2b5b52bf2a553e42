type MessageState = { status: 'idle' | 'error' } | { status: 'success'; message?: string; secret?: string };

/**
 * Success message of a form, announced politely. A generated password (`secret`)
 * exists only in this action's response: it is shown here once and never again.
 */
export function ActionMessage({ state }: { state: MessageState }) {
  const success = state.status === 'success' ? state : undefined;
  return (
    <div role="status" className={success ? 'mb-4 rounded border border-brand-700 bg-brand-50 px-4 py-3 text-gray-900' : undefined}>
      {success?.message && <p>{success.message}</p>}
      {success?.secret && (
        <div className="mt-2">
          <p className="font-semibold">Mot de passe à transmettre (affiché une seule fois) :</p>
          <p className="my-1">
            <code data-testid="mot-de-passe-genere" className="rounded border border-gray-400 bg-white px-2 py-1 font-mono text-lg select-all">
              {success.secret}
            </code>
          </p>
          <p className="text-sm text-gray-800">
            Notez-le maintenant et transmettez-le par un canal sûr : il ne sera plus affiché, même en rechargeant la page.
          </p>
        </div>
      )}
    </div>
  );
}
