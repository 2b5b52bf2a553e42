'use client';

import { useId, useState } from 'react';
import { FieldShell } from '@/components/forms/field-shell';
import { MarkdownContent } from '@/components/markdown-content';

interface MarkdownFieldProps {
  name: string;
  label: string;
  hint?: string;
  required?: boolean;
  maxLength: number;
  defaultValue: string;
  errors?: string[];
  rows?: number;
}

/** Markdown text with a preview rendered by the same safe renderer as the public pages. */
export function MarkdownField({ name, label, hint, required, maxLength, defaultValue, errors, rows = 8 }: MarkdownFieldProps) {
  const [text, setText] = useState(defaultValue);
  const [isPreviewOpen, setPreviewOpen] = useState(false);
  const previewId = useId();
  const fullHint = [hint, 'Mise en forme Markdown : **gras**, *italique*, [lien](https://…), listes avec « - ».'].filter(Boolean).join(' ');
  return (
    <FieldShell name={name} label={label} hint={fullHint} errors={errors}>
      {(control) => (
        <div>
          <textarea
            {...control}
            rows={rows}
            required={required}
            maxLength={maxLength}
            defaultValue={defaultValue}
            onChange={(event) => setText(event.target.value)}
            className="w-full rounded border border-gray-500 px-3 py-2 font-mono text-sm text-gray-900 aria-invalid:border-red-700"
          />
          <button
            type="button"
            aria-expanded={isPreviewOpen}
            aria-controls={previewId}
            onClick={() => setPreviewOpen((open) => !open)}
            className="mt-1 rounded border border-gray-600 px-3 py-1 text-sm font-semibold text-gray-900 hover:bg-gray-100"
          >
            {isPreviewOpen ? 'Masquer l’aperçu' : 'Afficher l’aperçu'} <span className="sr-only">de « {label} »</span>
          </button>
          <div id={previewId} hidden={!isPreviewOpen} className="mt-2 rounded border border-dashed border-gray-500 bg-gray-50 px-4 py-3" data-testid={`apercu-${name}`}>
            {text.trim() ? <MarkdownContent topHeadingLevel={3}>{text}</MarkdownContent> : <p className="text-gray-700">Rien à afficher.</p>}
          </div>
        </div>
      )}
    </FieldShell>
  );
}
