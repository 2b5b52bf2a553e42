'use client';

import { useState, useSyncExternalStore } from 'react';
import { formatConsultationDate, withConsultationDate } from '@/lib/figures/citation';

const noSubscription = () => () => {};
const today = () => formatConsultationDate(new Date());
const canWriteClipboard = () => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';

type CopyStatus = 'idle' | 'copied' | 'failed';

const statusText: Record<CopyStatus, string> = {
  idle: '',
  copied: 'Citation copiée dans le presse-papiers.',
  failed: 'La copie a échoué : sélectionnez le texte de la citation et copiez-le.',
};

/**
 * A citation's text, as the server wrote it (with "[date de consultation]":
 * a cached page cannot know the reader's day). In the browser, the reader's
 * date takes its place and a copy button appears; without scripts the text
 * alone is there, ready to select.
 */
export function CitationText({ text }: { text: string }) {
  // Server and first client render agree (the placeholder, no button); the snapshot then gives today's date.
  const consultedOn = useSyncExternalStore(noSubscription, today, () => null);
  const canCopy = useSyncExternalStore(noSubscription, canWriteClipboard, () => false);
  const [status, setStatus] = useState<CopyStatus>('idle');
  const citation = consultedOn ? withConsultationDate(text, consultedOn) : text;

  async function copy() {
    try {
      await navigator.clipboard.writeText(citation);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <div className="mt-2 flex flex-col items-start gap-2">
      <p className="rounded border border-gray-200 bg-gray-50 p-2 text-gray-900">{citation}</p>
      {canCopy && (
        <button
          type="button"
          onClick={copy}
          className="rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50"
        >
          Copier la citation
        </button>
      )}
      <p role="status" className="text-gray-800">
        {statusText[status]}
      </p>
    </div>
  );
}
