'use client';

import { ErrorContent } from '@/components/error-content';

interface ErrorPageProps {
  error: Error & { digest?: string };
  reset: () => void;
}

// Rendered inside the public layout: the header, footer and <main> stay.
export default function PublicErrorPage({ error, reset }: ErrorPageProps) {
  return <ErrorContent digest={error.digest} reset={reset} />;
}
