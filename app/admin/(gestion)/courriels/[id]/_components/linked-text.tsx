import { Fragment } from 'react';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** A plain-text e-mail body, its http(s) addresses as links (React escapes the rest). */
export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN);
  return (
    <pre className="max-w-3xl overflow-x-auto rounded border border-gray-300 bg-gray-50 p-4 font-sans whitespace-pre-wrap text-gray-900">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} className="break-all text-brand-700 underline hover:text-brand-800">
            {part}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </pre>
  );
}
