import { serializeJsonLd, type JsonLdDocument } from '@/lib/seo/json-ld';

/**
 * A schema.org data block. It is not executed (a strict CSP does not block
 * it), and its text is JSON whose `<` are escaped (serializeJsonLd), so stored
 * text cannot end the element.
 */
export function JsonLd({ data }: { data: JsonLdDocument | JsonLdDocument[] }) {
  // React would HTML-escape text children of <script> and break the JSON; the
  // only markup this string can hold is escaped by serializeJsonLd.
  // eslint-disable-next-line react/no-danger
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
