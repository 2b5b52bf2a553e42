import 'server-only';
import type { Transaction } from '@/lib/db/client';
import { getSiteUrl } from '@/lib/env';
import type { ContentValues } from '@/lib/content/fields';
import { queueAlert } from './outbox';
import { scheduleOutboxRun } from './worker';

// The descriptors' afterPublish hooks (lib/content/server/descriptors.ts): only
// the first publication of an entry alerts; the outbox's unique key makes a
// retried one harmless (ADR 016).

interface PublishEvent {
  id: string;
  values: ContentValues;
  isFirstPublication: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/** Markdown to readable plain text for an e-mail (links keep their address). */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '$1 ($2)')
    .replace(/[*_`#>]+/g, '')
    .trim();
}

export async function alertForWorkingGroupReport(tx: Transaction, event: PublishEvent): Promise<void> {
  if (!event.isFirstPublication) return;
  const title = text(event.values.title);
  const link = `${getSiteUrl()}/groupes-de-travail/${text(event.values.slug)}`;
  await queueAlert(tx, {
    entityType: 'WorkingGroupReport',
    entityId: event.id,
    list: 'WORKING_GROUPS',
    subject: `Nouveau compte rendu : ${title}`.slice(0, 250),
    text: ['Bonjour,', `Un nouveau compte rendu de groupe de travail vient d’être publié : « ${title} ».`, plain(text(event.values.summary)), `À lire sur l’Observatoire : ${link}`].filter(Boolean).join('\n\n'),
  });
  scheduleOutboxRun();
}

export async function alertForPublication(tx: Transaction, event: PublishEvent): Promise<void> {
  if (!event.isFirstPublication) return;
  const title = text(event.values.title);
  const url = text(event.values.url);
  await queueAlert(tx, {
    entityType: 'Publication',
    entityId: event.id,
    list: 'OBSERVATORY_NEWS',
    subject: `Nouvelle publication : ${title}`.slice(0, 250),
    text: ['Bonjour,', `Une nouvelle publication est annoncée sur l’Observatoire : « ${title} ».`, plain(text(event.values.summary)), url ? `Le document : ${url}` : `L’Observatoire : ${getSiteUrl()}/`].filter(Boolean).join('\n\n'),
  });
  scheduleOutboxRun();
}
