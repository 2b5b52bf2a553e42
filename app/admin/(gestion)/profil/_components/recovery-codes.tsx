'use client';

import { useEffect, useRef } from 'react';

/** The recovery codes, shown once, with focus moved to them so screen readers announce them. */
export function RecoveryCodes({ codes, children }: { codes: string[]; children?: React.ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="codes-de-secours" className="my-4 rounded border-2 border-amber-700 bg-amber-50 p-4">
      <h3 id="codes-de-secours" ref={headingRef} tabIndex={-1} className="mb-2 text-lg font-bold text-gray-900 focus:outline-none">
        Vos codes de secours
      </h3>
      <p className="mb-3 text-gray-900">
        <strong>Conservez-les maintenant</strong> (gestionnaire de mots de passe ou papier rangé en lieu sûr) : ils ne seront plus
        affichés. Chaque code permet une seule connexion si vous n’avez plus accès à votre application d’authentification.
      </p>
      <ol aria-label="Codes de secours" className="mb-3 grid max-w-md grid-cols-2 gap-x-6 gap-y-1 font-mono text-lg text-gray-900">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      {children}
    </section>
  );
}
