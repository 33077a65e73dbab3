/**
 * Prints the statements of a migration that (re)creates the search index and the revision triggers
 * from db/search/documents.ts and the drizzle schema, in drizzle-kit's custom-migration format.
 * Used once per change: `npx drizzle-kit generate --config db/drizzle.config.ts --custom --name X`,
 * then `npx tsx electron/tools/write-search-migration.ts > db/migrations/<that file>.sql`.
 * A change after the first migration must first drop what it replaces (write that by hand above).
 */
import { registerTables } from '../../db/search/register-tables';
import { searchAndRevisionMigration } from '../../db/search/search-sql';

process.stdout.write(`${searchAndRevisionMigration(registerTables()).join(';\n--> statement-breakpoint\n')};\n`);
