/** One page of a list and the cursor of the next, null on the last page. */
export type Page<T> = { items: T[]; nextCursor: number | null };

/**
 * A page from rows fetched with one more than `limit`: the extra row only tells that another page
 * exists, so a page that is exactly full on the last page gives no cursor to an empty one.
 */
export function pageOf<T>(rows: readonly T[], limit: number, cursorOf: (item: T) => number): Page<T> {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? cursorOf(items.at(-1)!) : null };
}
