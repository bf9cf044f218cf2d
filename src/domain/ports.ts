import type { AreaCode } from './areas.ts';

/** A port: its Chinese name in both scripts (written, not converted), its English name, its area. */
export type Port = { code: string; nameZh: string; nameZhHans: string; nameEn: string; area: AreaCode };

/**
 * What the registry knows of ports' names: the list, the names people use for each (上環, 中港城,
 * 機場 …, in either Chinese script or English; one name may be several ports'), and how Chinese is
 * folded to one script for comparing.
 */
export type PortNames = { ports: readonly Port[]; aliases: Readonly<Record<string, readonly string[]>>; fold: (s: string) => string };

const plain = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** What one route entry means: a port (`exact` when given by its code or its full name), or nothing yet, with the ports it could be. */
export type PortMeant = { code: string; exact: boolean } | { unknown: string; candidates: Port[] };

/**
 * The port a person means by what they picked or typed: its code (any case) or its full name (exact);
 * else a name people use for it, or a fragment of its names, that only one port answers to
 * ("上環", "Outer Harbour", "蛇口", in either Chinese script). A name several ports answer to (澳門,
 * 香港, 機場) is no port: its candidates are given, and nothing is chosen.
 */
export function portMeant(text: string, names: PortNames): PortMeant {
  const { ports, aliases, fold } = names;
  const typed = text.trim();
  const byCode = ports.find((p) => p.code.toLowerCase() === typed.toLowerCase());
  if (byCode) return { code: byCode.code, exact: true };
  const want = plain(fold(typed));
  if (!want) return { unknown: typed, candidates: [] };
  // A full name picked from the list is that port, even where it is part of another port's name.
  const whole = ports.find((p) => plain(p.nameEn) === want || plain(fold(p.nameZh)) === want);
  if (whole) return { code: whole.code, exact: true };
  const namesOf = (p: Port) => [p.nameEn, p.nameZh, ...(aliases[p.code] ?? [])].map((n) => plain(fold(n)));
  const one = (found: Port[]): PortMeant | null =>
    found.length === 1 ? { code: found[0]!.code, exact: false } : found.length > 1 ? { unknown: typed, candidates: found } : null;
  // A name people use, whole; then a fragment of any name.
  return (
    one(ports.filter((p) => (aliases[p.code] ?? []).some((a) => plain(fold(a)) === want))) ??
    one(ports.filter((p) => namesOf(p).some((n) => n.includes(want)))) ?? { unknown: typed, candidates: [] }
  );
}
