import { badInput } from '../../shared/errors.js';

/**
 * The one key a look-up was given: its id, or what its users know it by (a code, a chapter number).
 * Exactly one must be set; none or both is BAD_USER_INPUT naming them, never a guess.
 */
export function documentKey<K extends string, V extends string | number>(id: string | null | undefined, name: K, value: V | null | undefined): { id: string } | Record<K, V> {
  const given = [id, value].filter((v) => v !== null && v !== undefined).length;
  if (given !== 1) throw badInput(given === 0 ? 'id' : name, `name exactly one of id and ${name}`);
  if (id !== null && id !== undefined) return { id };
  return { [name]: value } as Record<K, V>;
}
