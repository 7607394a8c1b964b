// A keeper's corrections: read (parse.ts, validated by schema.ts) and applied (apply.ts).
export { applyCorrections, checkSlug } from './apply.ts';
export { correctionMessage, readCorrections, type CorrectionEntry, type Place } from './parse.ts';
export { CORRECTION_KEYS, CorrectionInput, type CorrectionKey } from './schema.ts';
