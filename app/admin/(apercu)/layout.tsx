import { PublicShell } from '@/components/public-shell';

/**
 * The public site's layout, for draft previews. The "Aperçu" banner lives in the
 * page, which knows the entry (layouts above [type]/[id] get no params).
 */
export default function PreviewLayout({ children }: { children: React.ReactNode }) {
  return <PublicShell>{children}</PublicShell>;
}
