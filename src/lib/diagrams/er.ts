import type { FixtureColumn, FixtureSchema, FixtureTable } from '../../schemas/fixture-schema';
import { PALETTE } from './palette';

/**
 * Entity-relationship diagrams of a fixture app, drawn from what Django reports about its models
 * (src/schemas/fixture-schema.ts): a box per table with its columns, and a line per foreign key
 * from the column to the table it references, with crow's-foot ends and written cardinalities.
 */

/** Escapes text for a Graphviz HTML-like label. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Model tables first, in definition order, then the tables Django creates for many-to-many fields. */
export function orderedTables(schema: FixtureSchema): FixtureTable[] {
  return [...schema.tables.filter((table) => !table.autoCreated), ...schema.tables.filter((table) => table.autoCreated)];
}

/** The short markers of a column: PK, FK, unique, null. */
export function columnMarks(column: FixtureColumn): string[] {
  return [column.primaryKey && 'PK', column.references && 'FK', column.unique && 'unique', column.null && 'null'].filter((mark): mark is string => Boolean(mark));
}

/** The model (or table) name a reader knows a table by. */
function tableName(schema: FixtureSchema, table: string): string {
  const found = schema.tables.find((candidate) => candidate.table === table);
  return found && !found.autoCreated ? found.model : table;
}

function tableLabel(table: FixtureTable): string {
  const heading = table.autoCreated
    ? `<B>${html(table.table)}</B><BR/><FONT POINT-SIZE="9">created for ${html(table.createdBy ?? '')}</FONT>`
    : `<B>${html(table.model)}</B><BR/><FONT POINT-SIZE="9">${html(table.table)}</FONT>`;
  const rows = table.columns.map((column) => {
    const marks = columnMarks(column).join(' ');
    const name = column.primaryKey ? `<U>${html(column.column)}</U>` : html(column.column);
    return `<TR><TD ALIGN="LEFT" PORT="${column.column}_in">${name}</TD><TD ALIGN="LEFT"><FONT COLOR="${PALETTE.muted}">${html(column.type)}</FONT></TD><TD ALIGN="LEFT" PORT="${column.column}_out">${marks}</TD></TR>`;
  });
  return `<<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="0" CELLPADDING="4" COLOR="${PALETTE.ink}" BGCOLOR="${PALETTE.paper}"${table.autoCreated ? ' STYLE="dashed"' : ''}><TR><TD COLSPAN="3" BGCOLOR="${PALETTE.tint}">${heading}</TD></TR>${rows.join('')}</TABLE>>`;
}

/** The DOT source of a fixture's ER diagram. */
export function erDot(schema: FixtureSchema): string {
  const tables = orderedTables(schema);
  const lines = [
    `digraph "${schema.app}" {`,
    `  graph [rankdir=LR, bgcolor="transparent", fontname="Helvetica", nodesep=0.3, ranksep=1.1, pad=0.1];`,
    `  node [shape=plain, fontname="Helvetica", fontsize=11, fontcolor="${PALETTE.ink}"];`,
    `  edge [dir=both, color="${PALETTE.muted}", fontname="Helvetica", fontsize=10, fontcolor="${PALETTE.ink}", arrowsize=0.8, labeldistance=2, labelangle=30];`,
    ...tables.map((table) => `  "${table.table}" [label=${tableLabel(table)}];`),
  ];
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.references) continue;
      const target = schema.tables.find((candidate) => candidate.table === column.references);
      const targetKey = target?.columns.find((candidate) => candidate.primaryKey)?.column ?? 'id';
      const relation = table.relations.find((candidate) => candidate.field === column.name);
      const oneToOne = relation?.kind === 'one-to-one';
      // Lines leave from the right of a foreign key's row and reach the left of the key it references.
      // The foreign key's table is the "many" end (one end for a one-to-one); the referenced table is
      // exactly one, or zero-or-one when the column may be NULL.
      const attributes = [
        `arrowtail=${oneToOne ? 'teetee' : 'crowodot'}`,
        `arrowhead=${column.null ? 'teeodot' : 'teetee'}`,
        `taillabel="${oneToOne ? '1' : '*'}"`,
        `headlabel="${column.null ? '0..1' : '1'}"`,
      ];
      lines.push(`  "${table.table}":"${column.column}_out":e -> "${column.references}":"${targetKey}_in":w [${attributes.join(', ')}];`);
    }
  }
  lines.push('}');
  return lines.join('\n');
}

/** One sentence per table and relation: the text alternative of the ER diagram. */
export function erDescription(schema: FixtureSchema): { tables: string[]; relations: string[] } {
  const tables = orderedTables(schema).map((table) => {
    const columns = table.columns.map((column) => {
      const marks = columnMarks(column).map((mark) => ({ PK: 'primary key', FK: `foreign key to ${tableName(schema, column.references ?? '')}` })[mark] ?? mark);
      return `${column.column} (${[column.type, ...marks].join(', ')})`;
    });
    const name = table.autoCreated ? `${table.table}, the table Django creates for ${table.createdBy}` : `${table.model} (table ${table.table})`;
    return `${name}: ${columns.join('; ')}.`;
  });
  const relations = orderedTables(schema).flatMap((table) =>
    table.autoCreated
      ? []
      : table.relations.map((relation) => {
          const target = tableName(schema, relation.to);
          if (relation.kind === 'many-to-many') {
            return `Each ${table.model} has many ${target} objects and each ${target} many ${table.model} objects (${table.model}.${relation.field}, reverse ${relation.relatedName}), stored as pairs in ${relation.through}.`;
          }
          const column = table.columns.find((candidate) => candidate.name === relation.field);
          const optional = column?.null ? 'at most one' : 'exactly one';
          const many = relation.kind === 'one-to-one' ? `Each ${table.model} belongs to ${optional} ${target}, and each ${target} has at most one ${table.model}` : `Each ${table.model} belongs to ${optional} ${target}, and each ${target} has any number of ${table.model} objects`;
          return `${many} (${table.model}.${relation.field}, reverse ${relation.relatedName}, on delete ${relation.onDelete}).`;
        }),
  );
  return { tables, relations };
}
