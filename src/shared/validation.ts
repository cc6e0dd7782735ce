import { z } from 'zod';
import { badInput } from './errors.js';

/**
 * Parse service input with a zod schema. The first issue becomes a BAD_USER_INPUT error whose
 * `field` is the dotted path inside the input (e.g. `sections.2.heading`).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.join('.') : 'input';
  throw badInput(field, issue.message);
}

/** Trimmed, non-empty text with a length limit. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    // PostgreSQL cannot store it, and no text a person writes holds it
    .refine((value) => !value.includes('\u0000'), 'must not contain the NUL character (U+0000)');

export const id = () => z.string().uuid('must be an id returned by the API');

export const revision = () => z.number().int('must be a whole number').min(1, 'must be at least 1');
