import { ExternalLink } from '@/components/external-link';
import { MarkdownContent } from '@/components/markdown-content';
import type { ContentTypeDefinition } from '@/lib/content/definition';
import { entryTitle, formatFieldValue, type RelationLabeler } from '@/lib/content/display';
import type { ContentValues, FieldDefinition, RepeaterFieldDefinition, SnapshotValue } from '@/lib/content/fields';
import { displayHost } from '@/lib/safe-url';

interface EntryPreviewProps {
  definition: ContentTypeDefinition;
  values: ContentValues;
  labelOf: RelationLabeler;
}

type Row = Record<string, SnapshotValue>;

const sectionHeading = 'mb-4 text-2xl font-bold text-gray-900';

function isEmpty(value: SnapshotValue | undefined): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);
}

/** Facts go in the definition list; long texts and repeaters get their own section. */
function isFact(field: FieldDefinition | RepeaterFieldDefinition): boolean {
  return field.kind !== 'markdown' && field.kind !== 'repeater' && field.kind !== 'slug';
}

function FactValue({ field, value, labelOf }: { field: FieldDefinition | RepeaterFieldDefinition; value: SnapshotValue; labelOf: RelationLabeler }) {
  if (field.kind === 'url' && typeof value === 'string') {
    return <ExternalLink href={value}>{displayHost(value)}</ExternalLink>;
  }
  if (field.kind === 'lines' && Array.isArray(value)) {
    return (
      <ul className="list-disc pl-6">
        {(value as string[]).map((line, index) => (
          <li key={`${index}-${line}`}>{line}</li>
        ))}
      </ul>
    );
  }
  return <>{formatFieldValue(field, value, labelOf)}</>;
}

function Facts({ fields, values, labelOf, className }: { fields: ReadonlyArray<FieldDefinition | RepeaterFieldDefinition>; values: Row; labelOf: RelationLabeler; className: string }) {
  const shown = fields.filter((field) => isFact(field) && !isEmpty(values[field.name]));
  if (shown.length === 0) return null;
  return (
    <dl className={className}>
      {shown.map((field) => (
        <div key={field.name}>
          <dt className="font-semibold text-gray-900">{field.label}</dt>
          <dd className="text-gray-800">
            <FactValue field={field} value={values[field.name]!} labelOf={labelOf} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RepeaterSection({ field, rows, labelOf }: { field: Extract<FieldDefinition, { kind: 'repeater' }>; rows: Row[]; labelOf: RelationLabeler }) {
  const headingId = `apercu-${field.name}`;
  return (
    <section aria-labelledby={headingId} className="mb-12">
      <h2 id={headingId} className={sectionHeading}>
        {field.label}
      </h2>
      <ol className="flex flex-col gap-6">
        {rows.map((row, index) => (
          <li key={index} className="rounded-lg border border-gray-200 p-5">
            <h3 className="mb-3 text-xl font-semibold text-gray-900">
              {field.itemLabel} {index + 1}
            </h3>
            <Facts fields={field.fields} values={row} labelOf={labelOf} className="grid gap-x-8 gap-y-3 sm:grid-cols-2" />
            {field.fields
              .filter((sub) => sub.kind === 'markdown' && !isEmpty(row[sub.name]))
              .map((sub) => (
                <div key={sub.name} className="mt-4">
                  <h4 className="text-lg font-semibold text-gray-900">{sub.label}</h4>
                  <MarkdownContent topHeadingLevel={5} className="max-w-3xl text-gray-800">
                    {String(row[sub.name])}
                  </MarkdownContent>
                </div>
              ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * Any content type's values in the public site's style: the title, a list of
 * the filled-in facts, then long texts and repeated items as sections. Used to
 * preview types whose public page has no component of its own.
 */
export function EntryPreview({ definition, values, labelOf }: EntryPreviewProps) {
  const fields = definition.fields.filter((field) => field.name !== definition.titleField);
  return (
    <article aria-labelledby="apercu-titre">
      <p className="mb-1 font-medium text-brand-700">{upperFirst(definition.singular)}</p>
      <h1 id="apercu-titre" className="mb-6 text-3xl font-bold text-gray-900">
        {entryTitle(definition, values)}
      </h1>

      <Facts fields={fields} values={values} labelOf={labelOf} className="mb-10 grid gap-x-8 gap-y-4 sm:grid-cols-2" />

      {fields.map((field) => {
        const value = values[field.name];
        if (isEmpty(value)) return null;
        if (field.kind === 'markdown') {
          const headingId = `apercu-${field.name}`;
          return (
            <section key={field.name} aria-labelledby={headingId} className="mb-12">
              <h2 id={headingId} className={sectionHeading}>
                {field.label}
              </h2>
              <MarkdownContent topHeadingLevel={3} className="max-w-3xl text-gray-800">
                {String(value)}
              </MarkdownContent>
            </section>
          );
        }
        if (field.kind === 'repeater') {
          return <RepeaterSection key={field.name} field={field} rows={value as Row[]} labelOf={labelOf} />;
        }
        return null;
      })}
    </article>
  );
}
