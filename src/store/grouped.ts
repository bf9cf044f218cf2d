/** Rows read for several owners at once, each owner's in the order read (an owner without rows is not in the map). */
export function grouped<R, V>(rows: R[], ownerOf: (row: R) => number, value: (row: R) => V): Map<number, V[]> {
  const out = new Map<number, V[]>();
  for (const row of rows) {
    const owner = ownerOf(row);
    const list = out.get(owner);
    if (list) list.push(value(row));
    else out.set(owner, [value(row)]);
  }
  return out;
}
