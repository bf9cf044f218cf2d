// Byte ranges of a stored file (RFC 9110 §14): a client that lost the end of a large copy on a ship's
// link asks for the rest. One range is served (206); several, or a header this does not read, get the
// whole file (200), which the RFC allows; a range wholly past the end is 416.

/** The one range a Range header asks of a file of `size` bytes, 'whole' for the whole file, or 'unsatisfiable'. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | 'whole' | 'unsatisfiable' {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return 'whole';
  if (m[1] === '') {
    // The last n bytes.
    const n = Number(m[2]);
    return n === 0 ? 'unsatisfiable' : { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (m[2] !== '' && Number(m[2]) < start) return 'whole';
  return start >= size ? 'unsatisfiable' : { start, end };
}
