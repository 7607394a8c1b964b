// A correction file (sidecar YAML, or a Markdown article's front matter) → the keys that passed
// validation, each with the line it is on, and a message for every one that did not. Nothing here
// throws: a broken correction is reported and the article builds from its text.
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import type { Message } from '../records/schema.ts';
import { CORRECTION_KEYS, CorrectionInput, isCorrectionKey, type CorrectionKey } from './schema.ts';

export type Place = {
  /** The correction file, as shown to the keeper (relative to the content directory). */
  file: string;
  /** The file's line number of the YAML's first line: 1 for a sidecar, 2 for front matter. */
  firstLine?: number;
};

export type CorrectionEntry<K extends CorrectionKey = CorrectionKey> = {
  key: K;
  value: NonNullable<CorrectionInput[K]> | null;
  /** Line of the key in the correction file. */
  line: number;
  /** Character offset of the key in the YAML text. */
  offset: number;
  file: string;
};

export function correctionMessage(id: string, place: { file: string; line?: number }, reason: string): Message {
  const where = place.line === undefined ? place.file : `${place.file}:${place.line}`;
  return { id, severity: 'warning', reason: `${where}: ${reason}`, ...(place.line === undefined ? {} : { line: place.line }) };
}

/** The first zod issue, worded for a keeper: "tasks[1]: Invalid input: expected string, received number". */
function issueText(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return path ? `${path.replace(/^\./, '')}: ${issue.message}` : issue.message;
}

export function readCorrections(yaml: string, place: Place): { entries: CorrectionEntry[]; messages: Message[] } {
  const firstLine = place.firstLine ?? 1;
  const counter = new LineCounter();
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  // Repeated keys are found below, so that the message can point at the repeat rather than the map.
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: false });
  const messages: Message[] = [];
  const entries: CorrectionEntry[] = [];
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const line = (e.linePos?.[0].line ?? 1) + firstLine - 1;
      messages.push(correctionMessage('correction/yaml', { file: place.file, line }, `not valid YAML: ${e.message.split('\n')[0]}; nothing in this file was applied`));
    }
    return { entries, messages };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { entries, messages };
  if (!isMap(doc.contents)) {
    const line = lineAt(doc.contents.range?.[0] ?? 0);
    messages.push(correctionMessage('correction/invalid', { file: place.file, line }, 'a correction is a list of "field: value" lines (a YAML mapping); nothing in this file was applied'));
    return { entries, messages };
  }
  const seen = new Map<string, number>();
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node | null;
    const offset = keyNode?.range?.[0] ?? 0;
    const line = lineAt(offset);
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const first = seen.get(key);
    if (first !== undefined) {
      messages.push(correctionMessage('correction/duplicate-key', { file: place.file, line }, `"${key}" is written again (first on line ${first}): only the first is used`));
      continue;
    }
    seen.set(key, line);
    if (!isCorrectionKey(key)) {
      messages.push(correctionMessage('correction/unknown-key', { file: place.file, line }, `"${key}" is not a field that can be corrected (known: ${CORRECTION_KEYS.join(', ')})`));
      continue;
    }
    const raw: unknown = pair.value === null ? null : (pair.value as Node).toJS(doc);
    const parsed = CorrectionInput.shape[key].safeParse(raw);
    if (!parsed.success) {
      messages.push(correctionMessage('correction/invalid', { file: place.file, line }, `${key}: ${issueText(parsed.error)}`));
      continue;
    }
    entries.push({ key, value: (parsed.data ?? null) as CorrectionEntry['value'], line, offset, file: place.file });
  }
  return { entries, messages };
}
