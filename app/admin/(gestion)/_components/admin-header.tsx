import Link from 'next/link';
import { redirect } from 'next/navigation';
import { can, roleLabels, type Permission } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';
import { signOutAction } from '../actions';

const NAVIGATION: Array<{ href: string; label: string; permission: Permission }> = [
  { href: '/admin', label: 'Tableau de bord', permission: 'admin:access' },
  { href: '/admin/contenus', label: 'Contenus', permission: 'admin:access' },
  { href: '/admin/couverture', label: 'Couverture', permission: 'content:edit' },
  { href: '/admin/corbeille', label: 'Corbeille', permission: 'content:delete' },
  { href: '/admin/utilisateurs', label: 'Utilisateurs', permission: 'users:manage' },
  { href: '/admin/journal', label: 'Journal', permission: 'audit:read' },
  { href: '/admin/abonnes', label: 'Abonnés', permission: 'newsletter:manage' },
  { href: '/admin/courriels', label: 'Courriels', permission: 'newsletter:manage' },
  { href: '/admin/parametres', label: 'Paramètres', permission: 'settings:manage' },
  { href: '/admin/profil', label: 'Mon profil', permission: 'admin:access' },
];

export async function AdminHeader() {
  const user = await getCurrentUser();
  if (!user) redirect('/connexion?motif=session');
  return (
    <header className="border-b border-gray-300 bg-gray-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <p className="font-bold text-gray-900">
          <Link prefetch={false} href="/">Observatoire ESS</Link> · Administration
        </p>
        <div className="flex items-center gap-4 text-sm">
          <span className="text-gray-800">
            {user.name} ({roleLabels[user.role]})
          </span>
          <form action={signOutAction}>
            <button type="submit" className="rounded border border-gray-600 px-3 py-1 font-semibold text-gray-900 hover:bg-gray-200">
              Se déconnecter
            </button>
          </form>
        </div>
      </div>
      <nav aria-label="Administration" className="mx-auto max-w-6xl px-4 pb-3">
        <ul className="flex flex-wrap gap-4">
          {NAVIGATION.filter((item) => can(user.role, item.permission)).map((item) => (
            <li key={item.href}>
              {/* No prefetch: after sign-out, pending prefetches would hit /admin without a session. */}
              <Link href={item.href} prefetch={false} className="text-brand-700 underline hover:text-brand-800">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
