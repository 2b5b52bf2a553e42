import { describe, expect, it } from 'vitest';
import { emptyRawValues, parseContentValues } from '@/lib/content/fields';
import { getContentType } from '@/lib/content/registry';
import { ENTREPRENDRE_AUTREMENT, THEMES } from '@/lib/seed/content';
import { FUNDED_PROJECT_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, normalizeHeaderName } from './columns';
import { decodeImportFile, detectDelimiter, parseFundedProjectCsv, type ParseImportResult } from './parse';
import { FundedProjectImportRowSchema, parseLegalForm } from './schema';
import { buildFundedProjectTemplate } from './template';

const HEADER = 'titre;porteur;forme_juridique;annee;montant_euros;dispositif';
const ROW = 'Recyclerie;Les Ateliers;Association;2016;12 500;entreprendre-autrement';

function parsed(result: ParseImportResult) {
  if (result.status !== 'parsed') throw new Error(`fichier illisible : ${JSON.stringify(result.issues)}`);
  return result;
}

function unreadable(result: ParseImportResult) {
  if (result.status !== 'unreadable') throw new Error('le fichier aurait dû être refusé');
  return result.issues;
}

describe('parseFundedProjectCsv', () => {
  it('reads a `;` file, with a BOM and CRLF line ends, keyed by column', () => {
    const result = parsed(parseFundedProjectCsv(`\uFEFF${HEADER}\r\n${ROW}\r\n`));
    expect(result.delimiter).toBe(';');
    expect(result.issues).toEqual([]);
    expect(result.rows).toEqual([
      {
        line: 2,
        values: {
          titre: 'Recyclerie',
          porteur: 'Les Ateliers',
          forme_juridique: 'Association',
          annee: '2016',
          montant_euros: '12 500',
          dispositif: 'entreprendre-autrement',
          quartier_prioritaire: '',
          thematiques: '',
          description: '',
        },
      },
    ]);
  });

  it('reads a `,` file, where amounts with a comma are quoted', () => {
    const result = parsed(parseFundedProjectCsv('titre,porteur,forme_juridique,annee,montant_euros,dispositif\nRecyclerie,Les Ateliers,SCOP,2016,"12 500,50",mel-makers\n'));
    expect(result.delimiter).toBe(',');
    expect(result.rows[0]?.values).toMatchObject({ titre: 'Recyclerie', forme_juridique: 'SCOP', montant_euros: '12 500,50', dispositif: 'mel-makers' });
  });

  it('detects the delimiter from the header line only, ignoring quoted separators', () => {
    expect(detectDelimiter('titre;porteur\n"a,b,c,d";x')).toBe(';');
    expect(detectDelimiter('"titre;porteur",annee,montant\n')).toBe(',');
    expect(detectDelimiter('titre\n')).toBe(';');
  });

  it('keeps `;`, quotes and line breaks inside quoted cells, and numbers rows as a spreadsheet does', () => {
    const csv = [
      `${HEADER};description`,
      `"Atelier; vélo";"Le ""Bon"" Porteur";Association;2016;1000;entreprendre-autrement;"Première ligne`,
      `deuxième ligne"`,
      '',
      ';;;;;;',
      `Suivant;Porteur;SCIC;2017;2000;entreprendre-autrement;`,
    ].join('\n');
    const result = parsed(parseFundedProjectCsv(csv));
    expect(result.rows.map((row) => row.line)).toEqual([2, 5]);
    expect(result.rows[0]?.values).toMatchObject({ titre: 'Atelier; vélo', porteur: 'Le "Bon" Porteur', description: 'Première ligne\ndeuxième ligne' });
  });

  it('reads CR, LF and CRLF line ends alike, and keeps LF inside cells', () => {
    const lf = parsed(parseFundedProjectCsv(`${HEADER};description\n${ROW};"a\nb"\n`));
    const crlf = parsed(parseFundedProjectCsv(`${HEADER};description\r\n${ROW};"a\r\nb"\r\n`));
    const cr = parsed(parseFundedProjectCsv(`${HEADER};description\r${ROW};"a\rb"\r`));
    expect(crlf.rows).toEqual(lf.rows);
    expect(cr.rows).toEqual(lf.rows);
    expect(lf.rows[0]?.values.description).toBe('a\nb');
  });

  it('refuses a file with NUL characters', () => {
    expect(unreadable(parseFundedProjectCsv(`${HEADER}\n${ROW}\u0000\n`))[0]?.message).toContain('caractères nuls');
  });

  it('keeps a quote typed inside an unquoted cell', () => {
    const result = parsed(parseFundedProjectCsv(`${HEADER}\nLe "Bon" projet;P;Association;2016;1;entreprendre-autrement\n`));
    expect(result.rows[0]?.values.titre).toBe('Le "Bon" projet');
  });

  it('matches header names ignoring case, accents, spaces and order', () => {
    const result = parsed(parseFundedProjectCsv('Dispositif;Année;TITRE;Porteur;Forme juridique;Montant-euros;Thématiques\nmel-makers;2016;T;P;SCOP;1;ess\n'));
    expect(result.rows[0]?.values).toMatchObject({ dispositif: 'mel-makers', annee: '2016', titre: 'T', forme_juridique: 'SCOP', montant_euros: '1', thematiques: 'ess' });
    expect(normalizeHeaderName(' Quartier prioritaire ')).toBe('quartier_prioritaire');
  });

  it('refuses missing required columns and unknown ones, naming each', () => {
    const issues = unreadable(parseFundedProjectCsv('titre;porteur;budget;annee\nT;P;3;2016\n'));
    expect(issues).toEqual([
      { line: 1, column: 'budget', message: expect.stringContaining('Colonne inconnue') },
      { line: 1, column: 'forme_juridique', message: 'Colonne obligatoire absente de l’en-tête.' },
      { line: 1, column: 'montant_euros', message: 'Colonne obligatoire absente de l’en-tête.' },
      { line: 1, column: 'dispositif', message: 'Colonne obligatoire absente de l’en-tête.' },
    ]);
  });

  it('refuses a column given twice', () => {
    const issues = unreadable(parseFundedProjectCsv(`${HEADER};Titre\n${ROW};autre\n`));
    expect(issues).toEqual([{ line: 1, column: 'titre', message: 'Cette colonne apparaît deux fois dans l’en-tête.' }]);
  });

  it('accepts the optional columns being absent, and an empty trailing column', () => {
    const result = parsed(parseFundedProjectCsv(`${HEADER};\n${ROW};\n`));
    expect(result.rows).toHaveLength(1);
    expect(result.issues).toEqual([]);
  });

  it('refuses a nameless column that holds values', () => {
    const issues = unreadable(parseFundedProjectCsv(`${HEADER};\n${ROW};valeur\n`));
    expect(issues[0]?.message).toContain('n’a pas de nom');
  });

  it('reports a row with more cells than the header on that row', () => {
    const result = parsed(parseFundedProjectCsv(`${HEADER}\n${ROW}\n${ROW};en trop\n`));
    expect(result.issues).toEqual([{ line: 3, column: null, message: expect.stringContaining('7 valeurs pour 6 colonnes') }]);
  });

  it('refuses an empty file, a header without rows, and broken quoting', () => {
    expect(unreadable(parseFundedProjectCsv('\uFEFF  \n'))[0]?.message).toBe('Le fichier est vide.');
    expect(unreadable(parseFundedProjectCsv(`${HEADER}\n\n`))[0]?.message).toContain('aucune ligne de données');
    const [issue] = unreadable(parseFundedProjectCsv(`${HEADER}\n"Titre sans fin;P;Association;2016;1;x\n${ROW}\n`));
    expect(issue).toMatchObject({ line: null, column: null });
    expect(issue?.message).toContain('un guillemet ouvert n’est jamais fermé');
  });

  it(`accepts ${MAX_IMPORT_ROWS} data rows and refuses one more`, () => {
    const rows = (count: number) => `${HEADER}\n${Array.from({ length: count }, (_, index) => `Projet ${index};P;SCOP;2016;1;x`).join('\n')}\n`;
    expect(parsed(parseFundedProjectCsv(rows(MAX_IMPORT_ROWS))).rows).toHaveLength(MAX_IMPORT_ROWS);
    const [issue] = unreadable(parseFundedProjectCsv(rows(MAX_IMPORT_ROWS + 1)));
    expect(issue?.message).toContain(`${MAX_IMPORT_ROWS + 1} lignes de données`);
  });

  it('refuses text larger than 1 Mo', () => {
    const big = `${HEADER}\n${'x'.repeat(MAX_IMPORT_BYTES)}\n`;
    expect(unreadable(parseFundedProjectCsv(big))[0]?.message).toContain('1 Mo');
  });
});

describe('decodeImportFile', () => {
  it('decodes UTF-8 and refuses Windows-1252, empty and oversized files', () => {
    expect(decodeImportFile(new TextEncoder().encode('titre;année'))).toEqual({ status: 'decoded', text: 'titre;année' });
    const latin1 = Uint8Array.from([0x61, 0x6e, 0x6e, 0xe9, 0x65]);
    expect(decodeImportFile(latin1)).toMatchObject({ status: 'unreadable', issues: [{ message: expect.stringContaining('UTF-8') }] });
    expect(decodeImportFile(new Uint8Array())).toMatchObject({ status: 'unreadable', issues: [{ message: 'Le fichier est vide.' }] });
    expect(decodeImportFile(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({ status: 'unreadable' });
  });
});

describe('template', () => {
  it('is a BOM, the header of every column and an example line that passes the row schema', () => {
    const template = buildFundedProjectTemplate();
    expect(template.startsWith('\uFEFFtitre;porteur;')).toBe(true);
    const result = parsed(parseFundedProjectCsv(template));
    expect(result.rows).toHaveLength(1);
    expect(FundedProjectImportRowSchema.safeParse(result.rows[0]?.values).success).toBe(true);
    expect(Object.keys(result.rows[0]!.values)).toEqual(FUNDED_PROJECT_COLUMNS.map((column) => column.name));
  });

  it('uses a programme and a theme that the seed creates', () => {
    const values = parsed(parseFundedProjectCsv(buildFundedProjectTemplate())).rows[0]!.values;
    expect(values.dispositif).toBe(ENTREPRENDRE_AUTREMENT);
    expect(THEMES.map((theme) => theme.slug)).toContain(values.thematiques);
  });
});

describe('FundedProjectImportRowSchema', () => {
  const good = {
    titre: ' Recyclerie ',
    porteur: 'Les Ateliers',
    forme_juridique: 'coopérative',
    annee: '2016',
    montant_euros: '768 200,50 €',
    dispositif: 'Entreprendre-Autrement',
    quartier_prioritaire: 'Oui',
    thematiques: 'ess | innovation-sociale|ess',
    description: '',
  };

  it('turns cells into typed values', () => {
    expect(FundedProjectImportRowSchema.parse(good)).toEqual({
      titre: 'Recyclerie',
      porteur: 'Les Ateliers',
      forme_juridique: 'COOPERATIVE',
      annee: 2016,
      montant_euros: 76_820_050,
      dispositif: 'entreprendre-autrement',
      quartier_prioritaire: true,
      thematiques: ['ess', 'innovation-sociale'],
      description: null,
    });
    expect(FundedProjectImportRowSchema.parse({ ...good, quartier_prioritaire: '' }).quartier_prioritaire).toBeNull();
    expect(FundedProjectImportRowSchema.parse({ ...good, quartier_prioritaire: 'NON' }).quartier_prioritaire).toBe(false);
  });

  it.each([
    ['Association', 'ASSOCIATION'],
    ['scop', 'SCOP'],
    ['SCIC', 'SCIC'],
    ['Cooperative', 'COOPERATIVE'],
    ['Mutuelle', 'MUTUAL'],
    ['Fondation', 'FOUNDATION'],
    ['Entreprise ESUS', 'ESUS_COMPANY'],
    ['entreprise agréée ESUS', 'ESUS_COMPANY'],
    ['ESUS_COMPANY', 'ESUS_COMPANY'],
    ['Autre', 'OTHER'],
  ])('reads the legal form %j as %s', (text, code) => {
    expect(parseLegalForm(text)).toBe(code);
  });

  it('reports one French message per faulty cell', () => {
    const result = FundedProjectImportRowSchema.safeParse({
      ...good,
      titre: '',
      forme_juridique: 'SARL',
      annee: '1989',
      montant_euros: '-5',
      quartier_prioritaire: 'peut-être',
      description: 'x'.repeat(5_001),
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(messages).toEqual({
      titre: 'Le titre est obligatoire.',
      forme_juridique: expect.stringContaining('Forme juridique inconnue « SARL »'),
      annee: expect.stringContaining('Année invalide « 1989 »'),
      montant_euros: expect.stringContaining('Montant invalide « -5 »'),
      quartier_prioritaire: expect.stringContaining('Valeur non comprise « peut-être »'),
      description: expect.stringContaining('La description dépasse'),
    });
  });

  it('refuses control characters and decoded invalid UTF-8 in every cell, as the editing form does', () => {
    const cells = { titre: 'Recyclerie\u0001', porteur: 'Les\nAteliers', forme_juridique: 'SCOP\u0000', annee: '2016\u001b', montant_euros: '12\u0007', dispositif: 'mel\ufffd', quartier_prioritaire: 'oui\u0085', thematiques: 'ess|\u007f', description: 'Texte\u0000' };
    const result = FundedProjectImportRowSchema.safeParse(cells);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], issue.message]));
    expect(Object.keys(messages)).toEqual(Object.keys(cells));
    for (const message of Object.values(messages)) expect(message).toMatch(/^Cette cellule contient des caractères invalides \(/);
    expect(messages.titre).toBe('Cette cellule contient des caractères invalides (caractère de contrôle invisible U+0001 en position 11) : supprimez-les.');
    expect(messages.porteur).toMatch(/retour à la ligne/);
  });

  it('keeps tabs and line breaks in the description, and composes text to NFC', () => {
    const parsed = FundedProjectImportRowSchema.parse({ ...good, titre: 'E\u0301picerie', description: '- un\tdeux\r\n- trois' });
    expect(parsed).toMatchObject({ titre: 'Épicerie', description: '- un\tdeux\n- trois' });
  });

  it('applies the editing form’s amount rule: same bounds, same message', () => {
    const project = getContentType('FundedProject');
    const formMessage = (amount: string) => {
      const result = parseContentValues(project.fields, { ...emptyRawValues(project.fields), amountCents: amount });
      return result.success ? undefined : result.fieldErrors.amountCents?.[0];
    };
    const importMessage = (amount: string) => FundedProjectImportRowSchema.safeParse({ ...good, montant_euros: amount }).error?.issues[0]?.message;
    for (const amount of ['0', '0,00', '20 000 000,01', '25 000 000 €', '99999999999999999999']) {
      expect(importMessage(amount), amount).toBeDefined();
      expect(importMessage(amount), amount).toBe(formMessage(amount));
    }
    expect(importMessage('0')).toBe('Le montant doit être supérieur à 0 €.');
    expect(importMessage('25 000 000')).toMatch(/^Le montant ne peut pas dépasser 20\s000\s000\s€\.$/u);
    expect(FundedProjectImportRowSchema.parse({ ...good, montant_euros: '0,01' }).montant_euros).toBe(1);
    expect(FundedProjectImportRowSchema.parse({ ...good, montant_euros: '20 000 000' }).montant_euros).toBe(2_000_000_000);
  });

  it('refuses a zero amount and a title over 200 characters', () => {
    const result = FundedProjectImportRowSchema.safeParse({ ...good, montant_euros: '0', titre: 'x'.repeat(201) });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Le titre dépasse 200 caractères (201).', 'Le montant doit être supérieur à 0 €.']);
  });
});
