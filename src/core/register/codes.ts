import { normalizeName } from "../sheet";

/** The code lists of the format, by their Norwegian name. */
export const CODE_LIST_NAMES = [
  "Segment",
  "Fase",
  "Status",
  "Kritikalitet",
  "Kategori",
  "Løsning",
  "Strategisk mål",
  "Bærekraftsmål",
] as const;
export type CodeListName = (typeof CODE_LIST_NAMES)[number];

/** English names of the lists, accepted in the Kodeverk sheet's Liste column. */
export const CODE_LIST_ALIASES: Record<CodeListName, string> = {
  Segment: "Segment",
  Fase: "Phase",
  Status: "Status",
  Kritikalitet: "Criticality",
  Kategori: "Category",
  Løsning: "Solution",
  "Strategisk mål": "Strategic goal",
  Bærekraftsmål: "Sustainability goal",
};

const LIST_BY_NAME = new Map<string, CodeListName>(
  CODE_LIST_NAMES.flatMap(
    (n) =>
      [
        [normalizeName(n), n],
        [normalizeName(CODE_LIST_ALIASES[n]), n],
      ] as const,
  ),
);

/** The code list a Kodeverk row names, in Norwegian or English, in any case and spacing; undefined for no list of ours. */
export function codeListNamed(name: string): CodeListName | undefined {
  return LIST_BY_NAME.get(normalizeName(name));
}

export interface Code {
  code: string;
  description?: string;
}

export type CodeLists = Record<CodeListName, Code[]>;

const plain = (...codes: string[]): Code[] => codes.map((code) => ({ code }));

/** The built-in lists; a list in the Kodeverk sheet replaces the one of the same name. */
export const DEFAULT_CODES: CodeLists = {
  Segment: plain("Samstyring", "Koordinering", "Orientering"),
  Fase: plain("Planlagt", "Aktiv", "Pause", "Avsluttet"),
  Status: plain("Grønn", "Gul", "Rød"),
  Kritikalitet: plain("Høy", "Middels", "Lav"),
  Kategori: plain(
    "Nasjonale løsninger og felleskomponenter",
    "EPJ-leverandører",
    "Andre tiltak",
    "Juridiske avklaringer",
    "Finansiering",
    "Ressurser",
    "Annet",
  ),
  Løsning: plain("E-resept", "Kjernejournal", "Helsenorge", "Helsenettet"),
  "Strategisk mål": [
    { code: "1", description: "Aktiv medvirkning i egen og næres helse" },
    { code: "2", description: "Enklere arbeidshverdag" },
    { code: "3", description: "Helsedata til fornying og forbedring" },
    { code: "4", description: "Tilgjengelig informasjon og styrket samhandling" },
    { code: "5", description: "Samarbeid og virkemidler som styrker gjennomføringskraft" },
  ],
  Bærekraftsmål: [
    { code: "3", description: "God helse og livskvalitet" },
    { code: "5", description: "Likestilling mellom kjønnene" },
    { code: "9", description: "Industri, innovasjon og infrastruktur" },
    { code: "10", description: "Mindre ulikhet" },
  ],
};

/** English spellings accepted for the built-in Norwegian codes. */
const ENGLISH_ALIASES: Record<string, string> = {
  green: "Grønn",
  yellow: "Gul",
  red: "Rød",
  planned: "Planlagt",
  active: "Aktiv",
  paused: "Pause",
  completed: "Avsluttet",
  high: "Høy",
  medium: "Middels",
  low: "Lav",
  yes: "Ja",
  no: "Nei",
};

/** The Ja/Nei list of "Dekket internt"; not configurable. */
export const YES_NO: Code[] = plain("Ja", "Nei");

export type CodeMatch = { ok: true; code: string } | { ok: false; nearest?: string };

/**
 * Matches a typed value against a list: case-insensitive, trimmed, English
 * aliases of built-in codes, and "3 God helse…" (code followed by its label).
 */
export function matchCode(list: readonly Code[], raw: string): CodeMatch {
  const key = normalizeName(raw);
  if (key === "") {
    return { ok: false };
  }
  const code = lookupFor(list).get(key);
  return code !== undefined ? { ok: true, code } : { ok: false, nearest: nearestCode(list, raw) };
}

// Codes are matched once per cell of large registers: one map per list keeps that a single lookup.
const LOOKUPS = new WeakMap<readonly Code[], Map<string, string>>();

function lookupFor(list: readonly Code[]): Map<string, string> {
  let lookup = LOOKUPS.get(list);
  if (lookup) {
    return lookup;
  }
  lookup = new Map();
  for (const c of list) {
    if (c.description) {
      lookup.set(normalizeName(`${c.code} ${c.description}`), c.code);
    }
  }
  for (const [alias, code] of Object.entries(ENGLISH_ALIASES)) {
    if (list.some((c) => c.code === code)) {
      lookup.set(alias, code);
    }
  }
  // Codes themselves win over aliases and labels.
  for (const c of list) {
    lookup.set(normalizeName(c.code), c.code);
  }
  LOOKUPS.set(list, lookup);
  return lookup;
}

/** The allowed code closest to what was typed, for the hint of a finding. */
export function nearestCode(list: readonly Code[], raw: string): string | undefined {
  const typed = fold(raw);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    const candidates = [
      c.code,
      ...Object.entries(ENGLISH_ALIASES)
        .filter(([, v]) => v === c.code)
        .map(([k]) => k),
    ];
    for (const candidate of candidates) {
      const d = editDistance(typed, fold(candidate));
      if (d < bestDistance) {
        bestDistance = d;
        best = c.code;
      }
    }
  }
  // A hint that shares almost nothing with the input would mislead more than help.
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(typed.length / 2)) ? best : undefined;
}

/** Lower case without accents, and æøå folded to what people type on foreign keyboards. */
function fold(text: string): string {
  return normalizeName(text)
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
