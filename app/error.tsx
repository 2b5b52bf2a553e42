'use client';

import { ErrorContent } from '@/components/error-content';

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

// Errors outside the public pages' layout (the public group has its own boundary inside its <main>).
export default function ErrorPage({ error, reset }: ErrorPageProps) {
  return (
    <main id="contenu" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-12 focus:outline-none">
      <ErrorContent digest={error.digest} reset={reset} />
    </main>
  );
}
