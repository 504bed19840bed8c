import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeFixtures } from '../../src/integrations/fixture-schemas';
import { erDescription, erDot } from '../../src/lib/diagrams/er';
import { PALETTE, paletteClass, paletteDot } from '../../src/lib/diagrams/palette';
import { svgWidth, themeSvg } from '../../src/lib/diagrams/svg';
import type { FixtureSchema } from '../../src/schemas/fixture-schema';
import { contentFiles } from './content-files';

const FIXTURES = 'content/fixtures';
const DIAGRAMS = 'content/diagrams';
const labels = { labelledBy: 'caption', describedBy: 'text' };

/** Models and relation fields read from a fixture's source text, independently of Django. */
function declared(source: string) {
  const models: { name: string; relations: { field: string; kind: string; target: string }[] }[] = [];
  for (const line of source.split('\n')) {
    const model = /^class (\w+)\(models\.Model\):/.exec(line);
    if (model) models.push({ name: model[1]!, relations: [] });
    const relation = /^ {4}(\w+) = models\.(ForeignKey|OneToOneField|ManyToManyField)\((\w+)/.exec(line);
    if (relation) models.at(-1)!.relations.push({ field: relation[1]!, kind: relation[2]!, target: relation[3]! });
  }
  return models;
}

const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.py')).map((name) => name.slice(0, -3));
let schemas: FixtureSchema[];
let graphviz: Graphviz;

beforeAll(async () => {
  schemas = describeFixtures(process.cwd(), () => {});
  graphviz = await Graphviz.load();
}, 180_000);

describe('fixture ER diagrams, from the Django models', () => {
  it('describes every fixture app', () => {
    expect(schemas.map((schema) => schema.app).sort()).toEqual(fixtureNames.sort());
  });

  it.each(fixtureNames)('the %s diagram has every model, foreign key and many-to-many field of its source', (fixture) => {
    const schema = schemas.find((candidate) => candidate.app === fixture)!;
    const dot = erDot(schema);
    const table = (model: string) => `${fixture}_${model.toLowerCase()}`;
    const models = declared(readFileSync(join(FIXTURES, `${fixture}.py`), 'utf8'));
    expect(models.length).toBeGreaterThan(0);
    for (const model of models) {
      expect(dot).toContain(`"${table(model.name)}" [label=<`);
      expect(dot).toContain(`<B>${model.name}</B>`);
      for (const relation of model.relations) {
        if (relation.kind === 'ManyToManyField') {
          // The pairs table Django creates, with a foreign key to each side.
          const through = `${table(model.name)}_${relation.field}`;
          expect(dot).toContain(`"${through}" [label=<`);
          expect(dot).toContain(`"${through}":"${model.name.toLowerCase()}_id_out":e -> "${table(model.name)}":"id_in":w`);
          expect(dot).toContain(`"${through}":"${relation.target.toLowerCase()}_id_out":e -> "${table(relation.target)}":"id_in":w`);
        } else {
          expect(dot).toContain(`"${table(model.name)}":"${relation.field}_id_out":e -> "${table(relation.target)}":"id_in":w`);
        }
      }
    }
    // Every model table drawn is one the source declares, and every line one of its relations.
    const drawn = schema.tables.filter((candidate) => !candidate.autoCreated).map((candidate) => candidate.model);
    expect(drawn.sort()).toEqual(models.map((model) => model.name).sort());
    const lines = dot.split('\n').filter((line) => line.includes(' -> ')).length;
    const expected = models.flatMap((model) => model.relations).reduce((count, relation) => count + (relation.kind === 'ManyToManyField' ? 2 : 1), 0);
    expect(lines).toBe(expected);
  });

  it('reads the column types, keys and cardinalities Django reports', () => {
    const library = schemas.find((schema) => schema.app === 'library')!;
    const loan = library.tables.find((table) => table.model === 'Loan')!;
    expect(loan.columns.find((column) => column.name === 'id')).toMatchObject({ type: 'BigAutoField', primaryKey: true });
    expect(loan.columns.find((column) => column.name === 'returned_on')).toMatchObject({ type: 'DateField', null: true });
    expect(loan.relations.find((relation) => relation.field === 'member')).toEqual({ field: 'member', kind: 'many-to-one', to: 'library_member', relatedName: 'loans', onDelete: 'CASCADE' });
    const dot = erDot(library);
    expect(dot).toMatch(/"library_loan":"book_id_out":e -> "library_book":"id_in":w \[arrowtail=crowodot, arrowhead=teetee, taillabel="\*", headlabel="1"\]/);
  });

  it('says in words what the diagram shows', () => {
    const { tables, relations } = erDescription(schemas.find((schema) => schema.app === 'library')!);
    expect(tables[0]).toBe('Author (table library_author): id (BigAutoField, primary key); name (CharField(100)); country (CharField(2)).');
    expect(tables).toContain('library_book_genres, the table Django creates for Book.genres: id (BigAutoField, primary key); book_id (ForeignKey, foreign key to Book); genre_id (ForeignKey, foreign key to Genre).');
    expect(relations).toContain('Each Book belongs to exactly one Author, and each Author has any number of Book objects (Book.author, reverse books, on delete PROTECT).');
    expect(relations).toContain('Each Book has many Genre objects and each Genre many Book objects (Book.genres, reverse books), stored as pairs in library_book_genres.');
  });

  it.each(fixtureNames)('the %s diagram renders to themed SVG with no colour of its own', (fixture) => {
    const svg = themeSvg(graphviz.dot(erDot(schemas.find((schema) => schema.app === fixture)!)), labels);
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="caption" aria-describedby="text"/);
    expect(svg).not.toMatch(/(fill|stroke)="(#|black|white)/);
    expect(svg).not.toMatch(/<title>|<!--|\sid="/);
  });
});

describe('drawn diagrams', () => {
  const files = readdirSync(DIAGRAMS).filter((name) => name.endsWith('.dot'));
  const lessons = contentFiles(/\.mdx$/).map((file) => readFileSync(file, 'utf8')).join('\n');

  it.each(files)('%s renders with the palette only, and a lesson shows it', (file) => {
    const svg = themeSvg(graphviz.dot(paletteDot(readFileSync(join(DIAGRAMS, file), 'utf8'))), labels);
    expect(svg).not.toMatch(/(fill|stroke)="(#|black|white)/);
    expect(lessons).toContain(`<Diagram name="${file.slice(0, -4)}"`);
  });

  it('every diagram a lesson names exists', () => {
    for (const [, name] of lessons.matchAll(/<Diagram name="([^"]+)"/g)) expect(files).toContain(`${name}.dot`);
  });
});

describe('palette and SVG clean-up', () => {
  it('turns palette names into placeholders and placeholders into classes', () => {
    expect(paletteDot('node [color="ink", fillcolor="tint"]; a [label="ink well"]')).toBe(`node [color="${PALETTE.ink}", fillcolor="${PALETTE.tint}"]; a [label="ink well"]`);
    expect(paletteClass('stroke', PALETTE.accent.toUpperCase())).toBe('dg-stroke-accent');
    expect(paletteClass('fill', '#123456')).toBeUndefined();
  });

  it('moves placeholder colours to one class attribute per element and keeps other colours', () => {
    const svg = `<?xml version="1.0"?>\n<!-- x -->\n<svg width="10pt"><g id="node1" class="node"><title>a</title><path fill="${PALETTE.paper}" stroke="${PALETTE.ink}" d="M0"/><text fill="${PALETTE.muted}" class="t">a</text><path fill="none" stroke="#ff0000"/></g></svg>`;
    expect(themeSvg(svg, labels)).toBe(
      '<svg role="img" aria-labelledby="caption" aria-describedby="text" focusable="false" class="diagram-svg" width="10pt"><g class="node"><path class="dg-fill-paper dg-stroke-ink" d="M0"/><text class="t dg-fill-muted">a</text><path fill="none" stroke="#ff0000"/></g></svg>',
    );
  });

  it('reads the drawn width in CSS pixels', () => {
    expect(svgWidth('<svg width="450pt" height="10pt">')).toBe(600);
    expect(svgWidth('<svg role="img" width="120px">')).toBe(120);
    expect(svgWidth('<svg>')).toBe(0);
  });
});
