import type { Metadata } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'Observatoire des politiques ESS des métropoles',
    template: '%s · Observatoire des politiques ESS des métropoles',
  },
  description:
    "Comment les 22 métropoles françaises soutiennent l'économie sociale et solidaire et l'innovation sociale : politiques, leviers, projets financés, structures d'accompagnement. Publié par RTES et Avise.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen bg-white font-sans text-gray-900 antialiased">{children}</body>
    </html>
  );
}
