import type { Metadata } from 'next';
import { getSiteUrl } from '@/lib/env';
import { SITE_DESCRIPTION, SITE_LOCALE, SITE_NAME } from '@/lib/seo/site';
import './globals.css';

export const metadata: Metadata = {
  // Canonical, og:url and og:image are absolute on the public origin (SITE_URL).
  metadataBase: new URL(`${getSiteUrl()}/`),
  title: {
    default: SITE_NAME,
    template: `%s · ${SITE_NAME}`,
  },
  description: SITE_DESCRIPTION,
  // Defaults for pages that set none (public pages use lib/seo/metadata.ts).
  openGraph: { siteName: SITE_NAME, locale: SITE_LOCALE, type: 'website' },
  twitter: { card: 'summary_large_image' },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
