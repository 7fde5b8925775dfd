/** Turns a checked, error-free content tree into the model's input. */
import type { CheckedTree } from '../check/check-tree.js';
import type { Edition, Ministerie, Oproep, Organisatie, Stand, Thema } from '../content/types.js';
import { itemLine, type SourceFile } from '../load/source-file.js';
import type { ModelInput, StandSource } from '../model/types.js';

export function modelInput(checked: CheckedTree): ModelInput {
  const files = checked.tree.files;
  const edition = files.find((f) => f.kind === 'edition');
  const register = <T>(name: string): T[] => (files.find((f) => f.kind === 'register' && f.register === name)?.data as T[] | undefined) ?? [];
  const standen: StandSource[] = files
    .filter((f) => f.kind === 'stand' && checked.schemaValid.has(f))
    .map((file) => standSource(file));
  return {
    edition: edition?.data as Edition,
    registers: {
      ministeries: register<Ministerie>('ministeries'),
      organisaties: register<Organisatie>('organisaties'),
      themas: register<Thema>('themas'),
      oproepen: register<Oproep>('oproepen'),
    },
    standen,
  };
}

function standSource(file: SourceFile): StandSource {
  const stand = file.data as Stand;
  const source: StandSource = {
    path: file.path,
    stand,
    knelpuntLines: file.knelpuntLines ?? stand.knelpunten.map((_, i) => itemLine(file, '/knelpunten', i)),
  };
  // A Markdown body is a slice of the file's text, and V8 keeps the whole text alive for a
  // slice: copied, the model (which outlives the loaded tree) holds the body only.
  const summary = file.body ? unsliced(file.body.markdown) : stand.samenvatting;
  if (summary !== undefined && summary.trim() !== '') source.samenvattingMarkdown = summary;
  return source;
}

/** A string that shares no memory with the one it was sliced from. */
const unsliced = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');
