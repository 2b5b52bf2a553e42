import type { Role } from './roles';

/**
 * Who is acting, as every mutation receives it: the mutation checks the role
 * itself, whatever the caller did, and writes the id and e-mail to the journal.
 */
export interface Actor {
  id: string;
  email: string;
  role: Role;
}
