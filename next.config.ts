import type { NextConfig } from 'next';

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  // Public reads live in 'use cache' functions tagged per entity, so pages are
  // prerendered and invalidated by tag when content changes (docs/decisions/004).
  cacheComponents: true,
  poweredByHeader: false,
  // forbidden() gives a real 403 page for a signed-in user whose role is too low.
  // The CSV import posts files up to 1 MB (lib/import/funded-projects/columns.ts), plus form overhead.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '2mb' } },
  typedRoutes: false,
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket'],
  // Browsers and crawlers ask for /favicon.ico even where no icon is linked
  // (e.g. Next's bare 404 document for unknown slugs).
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
