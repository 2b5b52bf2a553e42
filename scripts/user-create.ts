// npm run user:create -- --email <e> --name <n> --role <admin|editor|contributor> [--password <p>]
//
// Creates a staff account (the first admin on a fresh install: there is no
// default account). Without --password, the password is asked on a terminal
// (hidden), or generated and printed once when there is no terminal.
// Exit codes: 0 created; 2 invalid input or e-mail already used; 1 anything else.
import { stdin, stdout } from 'node:process';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { NewPasswordSchema } from '../lib/auth/password';
import { roleLabels } from '../lib/auth/roles';
import { createPrismaClient } from '../lib/db/client';
import { isAppError } from '../lib/errors';
import { createUserRecord, EmailTakenError } from '../lib/users/create-user';
import { CliRoleSchema, UserEmailSchema, UserNameSchema } from '../lib/users/schema';
import { openDatabase } from './db/database';
import { applyMigrations } from './db/migrations';

const USAGE = `Utilisation : npm run user:create -- --email <adresse> --name <nom> --role <admin|editor|contributor> [--password <mot de passe>]
Sans --password, le mot de passe est demandé (saisie masquée), ou généré et affiché une seule fois hors terminal.
Attention : un mot de passe passé avec --password reste dans l’historique du shell.`;

class InvalidInput extends Error {}

const CliArgsSchema = z.object({
  email: UserEmailSchema,
  name: UserNameSchema,
  role: CliRoleSchema,
  password: NewPasswordSchema.optional(),
});

function readArguments() {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        password: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InvalidInput(`Argument non reconnu ou sans valeur : ${/'([^']+)'/.exec(message)?.[1] ?? message}`);
  }
  if (values.help) {
    stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const parsed = CliArgsSchema.safeParse(values);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  --${String(issue.path[0] ?? '?')} : ${issue.message}`);
    throw new InvalidInput(`Paramètres invalides :\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Reads a line without echoing it (the terminal shows nothing while typing). */
async function askHidden(question: string): Promise<string> {
  let isMuted = false;
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!isMuted) stdout.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: stdin, output, terminal: true });
  rl.on('SIGINT', () => {
    stdout.write('\nAbandon : aucun compte créé.\n');
    process.exit(130);
  });
  try {
    const answer = rl.question(question);
    isMuted = true;
    return await answer;
  } finally {
    isMuted = false;
    stdout.write('\n');
    rl.close();
  }
}

/** undefined = generate one. */
async function askPassword(): Promise<string | undefined> {
  for (;;) {
    const password = await askHidden('Mot de passe (au moins 15 caractères ; laisser vide pour en générer un) : ');
    if (password === '') return undefined;
    const checked = NewPasswordSchema.safeParse(password);
    if (!checked.success) {
      stdout.write(`${checked.error.issues[0]?.message ?? 'Mot de passe invalide.'}\n`);
      continue;
    }
    if ((await askHidden('Confirmez le mot de passe : ')) === password) return password;
    stdout.write('Les deux saisies diffèrent, recommencez.\n');
  }
}

async function main(): Promise<number> {
  let input;
  try {
    input = readArguments();
  } catch (error) {
    if (!(error instanceof InvalidInput)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  const password = input.password ?? (stdin.isTTY && stdout.isTTY ? await askPassword() : undefined);

  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    const db = createPrismaClient({ connectionString: database.url, isEmbedded: database.isEmbedded, poolMax: 2 });
    try {
      const { user, generatedPassword } = await createUserRecord({
        db,
        input: { email: input.email, name: input.name, role: input.role, password },
        actor: null,
        via: 'cli',
      });
      stdout.write(`Compte créé : ${user.name} <${user.email}>, ${roleLabels[user.role].toLowerCase()}.\n`);
      if (generatedPassword) {
        stdout.write(`Mot de passe généré (affiché une seule fois, notez-le maintenant) : ${generatedPassword}\n`);
      }
      return 0;
    } catch (error) {
      if (error instanceof EmailTakenError) {
        console.error(`${error.userMessage} (${input.email})`);
        return 2;
      }
      if (isAppError(error, 'INVALID_INPUT')) {
        console.error(error.userMessage);
        return 2;
      }
      throw error;
    } finally {
      await db.$disconnect();
    }
  } finally {
    await database.stop();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`Échec de la création du compte : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
