import { toSafeHref } from '@/lib/safe-url';

interface ExternalLinkProps {
  href: string;
  children: React.ReactNode;
  className?: string;
}

/** A link to another site; renders its text alone when the URL is not safe to link. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  const safeHref = toSafeHref(href);
  if (!safeHref) return <>{children}</>;
  return (
    <a href={safeHref} rel="noopener noreferrer" className={className ?? 'text-brand-700 underline hover:text-brand-800'}>
      {children}
    </a>
  );
}
