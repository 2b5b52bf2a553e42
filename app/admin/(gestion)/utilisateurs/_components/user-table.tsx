import Link from 'next/link';
import { formatParisDateTime } from '@/lib/audit/labels';
import { roleLabels } from '@/lib/auth/roles';
import type { UserListItem } from '@/lib/users/queries';

export function UserTable({ users }: { users: UserListItem[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-gray-700">
          Les {users.length} comptes de l’administration : comptes actifs d’abord, puis par nom. Heures de Paris.
        </caption>
        <thead>
          <tr className="border-b-2 border-gray-300">
            <th scope="col" className="py-2 pr-3 font-semibold">Nom</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Adresse e-mail</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Rôle</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Statut</th>
            <th scope="col" className="py-2 pr-3 font-semibold">Double authentification</th>
            <th scope="col" className="py-2 font-semibold">Dernière connexion</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-b border-gray-200 align-top">
              <th scope="row" className="py-2 pr-3 font-normal">
                <Link prefetch={false} href={`/admin/utilisateurs/${user.id}`} className="font-medium text-brand-700 underline hover:text-brand-800">
                  {user.name}
                </Link>
              </th>
              <td className="py-2 pr-3 break-all">{user.email}</td>
              <td className="py-2 pr-3">{roleLabels[user.role]}</td>
              <td className="py-2 pr-3">{user.isDisabled ? 'Désactivé' : 'Actif'}</td>
              <td className="py-2 pr-3">{user.hasTwoFactor ? 'Oui' : 'Non'}</td>
              <td className="py-2">
                {user.lastSignInAt ? <time dateTime={user.lastSignInAt.toISOString()}>{formatParisDateTime(user.lastSignInAt)}</time> : 'Jamais'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
