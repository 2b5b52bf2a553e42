import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ['lib/generated/**', '.next/**', '.data/**', 'test-results/**', 'playwright-report/**'] },
  {
    rules: {
      // Stored text must never reach the DOM unsanitised (SECURITY.md row 7).
      'react/no-danger': 'error',
      'no-restricted-properties': [
        'error',
        { property: '$queryRawUnsafe', message: 'Requêtes paramétrées uniquement (SECURITY.md, ligne 9).' },
        { property: '$executeRawUnsafe', message: 'Requêtes paramétrées uniquement (SECURITY.md, ligne 9).' },
      ],
    },
  },
  {
    // Routes stay thin: reads and writes go through lib/<domain> (STYLE.md, practice 1).
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/lib/db', '@/lib/db/*', '**/lib/db', '**/lib/db/*'],
              message: 'Les routes et les composants ne touchent pas la base : appelez une fonction de lib/<domaine> (queries, mutations).',
            },
          ],
        },
      ],
    },
  },
];

export default config;
