/**
 * Every check that needs only the file itself, in the order that gives one message per mistake:
 * first the rules about how text was typed (they know the cause), then the schema, which skips
 * the values those rules already explained. Runs in the loader's worker threads too.
 */
import type { SourceFile } from '../load/source-file.js';
import { checkInvisibleCharacters } from './invisible-character.js';
import { checkThousandsSeparators } from './number-separator.js';
import { validateSchema } from './schema.js';

/** @returns whether the data matches its schema (as validateSchema). */
export function checkFile(file: SourceFile): boolean {
  checkInvisibleCharacters(file);
  const explained = checkThousandsSeparators(file);
  return validateSchema(file, explained);
}
