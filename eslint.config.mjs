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
];

export default config;
