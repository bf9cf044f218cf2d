import type { AreaCode } from './areas.ts';

/** A passenger ferry terminal of the Pearl River Delta, with the area it lies in. */
/** A port: its Chinese name in both scripts (written, not converted), its English name, its area. */
export type Port = { code: string; nameZh: string; nameZhHans: string; nameEn: string; area: AreaCode };

const plain = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The port a person means by what they picked or typed: its code (any case), its whole name, or a fragment of its English or
 * Chinese name ("Sheung Wan", "Outer Harbour", "蛇口", in either Chinese script via `fold`) that only
 * one port's name holds. Otherwise the text itself, for the route check to name as unknown, or the
 * ports it could be.
 */
export function portMeant(
  text: string,
  ports: readonly Port[],
  fold: (s: string) => string = (s) => s,
): { code: string } | { unknown: string; candidates: Port[] } {
  const typed = text.trim();
  const byCode = ports.find((p) => p.code.toLowerCase() === typed.toLowerCase());
  if (byCode) return { code: byCode.code };
  const want = plain(fold(typed));
  if (!want) return { unknown: typed, candidates: [] };
  // A whole name picked from the list is that port, even where it is part of another port's name.
  const whole = ports.find((p) => plain(p.nameEn) === want || plain(fold(p.nameZh)) === want);
  if (whole) return { code: whole.code };
  const candidates = ports.filter((p) => plain(p.nameEn).includes(want) || plain(fold(p.nameZh)).includes(want));
  return candidates.length === 1 ? { code: candidates[0]!.code } : { unknown: typed, candidates };
}
