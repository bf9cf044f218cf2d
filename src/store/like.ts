/** A LIKE pattern matching `text` anywhere, with the wildcards in the text itself escaped (ESCAPE '\'). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
