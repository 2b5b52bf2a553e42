/**
 * An Atom 1.0 document (RFC 4287) from plain data. Pure: the caller decides
 * what goes in; this only writes well-formed, escaped XML in the element order
 * the RFC's grammar allows.
 */

export interface AtomPerson {
  name: string;
  uri?: string;
}

export interface AtomEntry {
  /** A permanent IRI that no rename changes (tag: URI from the row id). */
  id: string;
  title: string;
  /** The page the entry is about; without one, `content` is required (RFC 4287 §4.1.1.1). */
  alternate?: string;
  published?: Date;
  updated: Date;
  summary?: string;
  content?: string;
  authors: AtomPerson[];
  categories: Array<{ term: string; label: string }>;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of this document. */
  self: string;
  /** Absolute URL of the HTML page the feed follows. */
  alternate: string;
  updated: Date;
  /** The feed's author stands for every entry that names none. */
  authors: AtomPerson[];
  /** Optional, as the RFC allows it. */
  icon?: string;
  rights?: string;
  entries: AtomEntry[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// XML 1.0 forbids most control characters; stored text refuses them already (ADR 007), this is a last guard.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

const iso = (date: Date) => date.toISOString();

function person(tag: 'author', value: AtomPerson, indent: string): string {
  return `${indent}<${tag}><name>${escapeXml(value.name)}</name>${value.uri ? `<uri>${escapeXml(value.uri)}</uri>` : ''}</${tag}>`;
}

function entryXml(entry: AtomEntry): string {
  const lines = [
    '  <entry>',
    `    <id>${escapeXml(entry.id)}</id>`,
    `    <title type="text">${escapeXml(entry.title)}</title>`,
    `    <updated>${iso(entry.updated)}</updated>`,
    ...(entry.published ? [`    <published>${iso(entry.published)}</published>`] : []),
    ...(entry.alternate ? [`    <link rel="alternate" type="text/html" href="${escapeXml(entry.alternate)}"/>`] : []),
    ...entry.authors.map((author) => person('author', author, '    ')),
    ...entry.categories.map((category) => `    <category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`),
    ...(entry.summary ? [`    <summary type="text">${escapeXml(entry.summary)}</summary>`] : []),
    ...(entry.content ? [`    <content type="text">${escapeXml(entry.content)}</content>`] : []),
    '  </entry>',
  ];
  return lines.join('\n');
}

export function renderAtom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${iso(feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
    ...feed.authors.map((author) => person('author', author, '  ')),
    ...(feed.icon ? [`  <icon>${escapeXml(feed.icon)}</icon>`] : []),
    ...(feed.rights ? [`  <rights type="text">${escapeXml(feed.rights)}</rights>`] : []),
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/** `tag:` URI (RFC 4151) minted from the site's host: ids that stay when titles or slugs change. */
export function tagUri(siteUrl: string, specific: string): string {
  return `tag:${new URL(siteUrl).hostname},2026:${specific}`;
}
