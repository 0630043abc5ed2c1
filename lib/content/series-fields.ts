/**
 * A post's series in front matter: `series: "Web, Ops & Data"`, or a list of one as Hugo's
 * `series` taxonomy writes it (`series: ["Web, Ops & Data"]`), and `seriesOrder`, its place in
 * the series when its date does not give it. A post is in one series at most. Read by
 * ./post-fields.ts, which reports each problem with its line among the file's others.
 */
import { slugify } from './slug';

/** A field's value, or what is wrong with it (a sentence starting with the field's name). */
export type FieldValue<T> = { value?: T; problem?: string };

/**
 * The series' name as written. Not split on commas as tags are: a series' name is one phrase,
 * commas included.
 */
export function readSeriesName(key: string, value: unknown): FieldValue<string> {
  if (Array.isArray(value) && value.length > 1)
    return {
      problem: `field "${key}" lists ${value.length} series, ${JSON.stringify(value)}: a post is in one series at most; keep one.`,
    };
  const written: unknown = Array.isArray(value) ? value[0] : value;
  if (written === null || written === undefined) return {};
  // A series named 2024 is written without quotes, and YAML reads a number.
  if (typeof written !== 'string' && typeof written !== 'number')
    return {
      problem: `field "${key}" must be the series' name, such as "Web, Ops & Data", not ${JSON.stringify(written)}.`,
    };
  const name = String(written).trim().replace(/\s+/g, ' ');
  if (!name) return {};
  if (!slugify(name))
    return {
      problem: `field "${key}": "${name}" has no letter or digit to make the series' URL from.`,
    };
  return { value: name };
}

/** A number, or one written as text (`seriesOrder: "2"`). */
export function readSeriesOrder(key: string, value: unknown): FieldValue<number> {
  if (value === null || value === undefined) return {};
  if (typeof value === 'number' && Number.isFinite(value)) return { value };
  if (typeof value === 'string' && /^\s*[+-]?\d+(?:\.\d+)?\s*$/.test(value))
    return { value: Number(value) };
  return {
    problem: `field "${key}" must be a number, such as 3 (the post's place in its series), not ${JSON.stringify(value)}.`,
  };
}
