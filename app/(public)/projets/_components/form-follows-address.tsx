'use client';

import { useEffect } from 'react';

/**
 * The filter form shows the state of the address, also after Back: browsers
 * bring a page back with the choices last made in it (back-forward cache, form
 * restoration), which may not be the ones its results are for. Resetting puts
 * each field back to its default, the value the server wrote from the URL.
 */
export function FormFollowsAddress({ formId }: { formId: string }) {
  useEffect(() => {
    const reset = () => (document.getElementById(formId) as HTMLFormElement | null)?.reset();
    reset();
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [formId]);
  return null;
}
