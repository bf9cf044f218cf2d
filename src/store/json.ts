/** JSON columns are written and read only through these two, so their encoding stays in one place. */
export const toJson = (value: unknown): string => JSON.stringify(value);
export const fromJson = <T>(text: string): T => JSON.parse(text) as T;
