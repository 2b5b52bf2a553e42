import type { Metadata } from 'next';
import { requirePagePermission } from '@/lib/auth/session';
import { findUsers } from '@/lib/users/queries';
import { CreateUserForm } from './_components/create-user-form';
import { UserTable } from './_components/user-table';

export const metadata: Metadata = { title: 'Utilisateurs' };

export default async function UsersPage() {
  await requirePagePermission('users:manage', '/admin/utilisateurs');
  const users = await findUsers();
  return (
    <>
      <h1 className="mb-6 text-3xl font-bold text-gray-900">Utilisateurs</h1>
      <UserTable users={users} />
      <section aria-labelledby="creer-un-compte" className="mt-10 border-t border-gray-300 pt-6">
        <h2 id="creer-un-compte" className="mb-4 text-2xl font-bold text-gray-900">
          Créer un compte
        </h2>
        <CreateUserForm />
      </section>
    </>
  );
}
