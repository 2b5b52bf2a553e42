import type { Metadata } from 'next';

// The back-office chrome lives in (gestion)/layout.tsx; (apercu) shows drafts in the public layout.
export const metadata: Metadata = {
  title: { default: 'Administration', template: '%s · Administration · Observatoire ESS' },
  robots: { index: false, follow: false },
};

export default function AdminRootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
