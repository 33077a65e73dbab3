import { text } from 'drizzle-orm/sqlite-core';

/** Every table a DPO edits carries these; ISO-8601 UTC timestamps as text. */
export const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};
