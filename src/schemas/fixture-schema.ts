import { z } from 'astro/zod';

/**
 * The tables of a fixture app as Django sees them, printed by
 * src/runnable/python/describe_fixtures.py from the real models. The ER diagrams are drawn from
 * this, so they cannot drift from the code the runnable samples run.
 */

/** One column of a table. */
export const columnSchema = z.object({
  /** The model field's name, e.g. "author". */
  name: z.string(),
  /** The database column, e.g. "author_id". */
  column: z.string(),
  /** The Django field type, short: "CharField(100)", "DecimalField(6, 2)", "ForeignKey". */
  type: z.string(),
  /** The column type on SQLite, e.g. "varchar(100)". */
  dbType: z.string(),
  /** Whether the column is the primary key. */
  primaryKey: z.boolean(),
  /** Whether the column is unique (the primary key is not counted). */
  unique: z.boolean(),
  /** Whether the column accepts NULL. */
  null: z.boolean(),
  /** The table a foreign key column points to, or null. */
  references: z.string().nullable(),
});

/** A relation a table's model declares: a ForeignKey, OneToOneField or ManyToManyField. */
export const relationSchema = z.object({
  /** The field that declares it, e.g. "author". */
  field: z.string(),
  /** many-to-one (ForeignKey), one-to-one (OneToOneField) or many-to-many (ManyToManyField). */
  kind: z.enum(['many-to-one', 'one-to-one', 'many-to-many']),
  /** The table it points to. */
  to: z.string(),
  /** The name of the reverse accessor, e.g. "books". */
  relatedName: z.string(),
  /** What deleting the target does (CASCADE, PROTECT...), for foreign keys. */
  onDelete: z.string().optional(),
  /** The table that holds the pairs, for many-to-many. */
  through: z.string().optional(),
});

/** One table: a model's, or one Django creates for a ManyToManyField. */
export const tableSchema = z.object({
  /** The model class name, e.g. "Book" ("Book_genres" for an auto-created table). */
  model: z.string(),
  /** The database table, e.g. "library_book". */
  table: z.string(),
  /** True for a table Django creates behind a ManyToManyField. */
  autoCreated: z.boolean(),
  /** The field that makes Django create it, e.g. "Book.genres", or null. */
  createdBy: z.string().nullable(),
  /** Its columns, in order. */
  columns: z.array(columnSchema),
  /** The relations its model declares. */
  relations: z.array(relationSchema),
});

/** One fixture app: `content/fixtures/<app>.py`. */
export const fixtureSchemaSchema = z.object({
  /** The app (and fixture) name, e.g. "library". */
  app: z.string(),
  /** Its tables, in the order the models are defined. */
  tables: z.array(tableSchema),
});

/** Every fixture app, as describe_fixtures.py prints them. */
export const fixtureSchemasSchema = z.array(fixtureSchemaSchema);

export type FixtureColumn = z.infer<typeof columnSchema>;
export type FixtureRelation = z.infer<typeof relationSchema>;
export type FixtureTable = z.infer<typeof tableSchema>;
export type FixtureSchema = z.infer<typeof fixtureSchemaSchema>;
