// This file orders Vietnamese names the way a Vietnamese reader expects, with numbers in natural order, without ICU.

// Primary alphabet: đ is its own letter after d; ă, â after a; ê after e; ô, ơ after o; ư after u.
const ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
const BREVE = "\u0306";
const CIRCUMFLEX = "\u0302";
const HORN = "\u031b";
// Tones in dictionary order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
const TONES = ["\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

type Token = { kind: "number"; value: number; text: string } | { kind: "letters"; primary: number[]; tones: number[] };

function letterIndex(base: string, marks: string): number {
  let letter = base;
  if (marks.includes(BREVE)) letter = base === "a" ? "ă" : base;
  if (marks.includes(CIRCUMFLEX)) letter = { a: "â", e: "ê", o: "ô" }[base] ?? base;
  if (marks.includes(HORN)) letter = { o: "ơ", u: "ư" }[base] ?? base;
  const index = ALPHABET.indexOf(letter);
  return index >= 0 ? index : 100 + (letter.codePointAt(0) ?? 0);
}

function tokenize(name: string): Token[] {
  const tokens: Token[] = [];
  const decomposed = name.normalize("NFD").toLowerCase();
  const pattern = /(\d+)|([^\d\s\p{M}][\p{M}]*)|(\s+)/gu;
  let letters: { primary: number[]; tones: number[] } | null = null;
  for (const match of decomposed.matchAll(pattern)) {
    if (match[1] !== undefined) {
      letters = null;
      tokens.push({ kind: "number", value: Number(match[1]), text: match[1] });
    } else if (match[2] !== undefined) {
      const [base, ...rest] = Array.from(match[2]);
      const marks = rest.join("");
      if (letters === null) {
        letters = { primary: [], tones: [] };
        tokens.push({ kind: "letters", ...letters });
      }
      letters.primary.push(letterIndex(base as string, marks));
      letters.tones.push(TONES.findIndex((tone) => marks.includes(tone)) + 1);
    } else {
      letters = null;
    }
  }
  return tokens;
}

function compareArrays(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/** Compares two names: Vietnamese letter order first (Dương before Đông), then tones, numbers by value (Thôn 2 before Thôn 10). */
export function compareVietnamese(a: string, b: string): number {
  const ta = tokenize(a);
  const tb = tokenize(b);
  let toneOrder = 0;
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i] as Token;
    const y = tb[i] as Token;
    if (x.kind !== y.kind) return x.kind === "number" ? -1 : 1;
    if (x.kind === "number" && y.kind === "number") {
      if (x.value !== y.value) return x.value - y.value;
    } else if (x.kind === "letters" && y.kind === "letters") {
      const primary = compareArrays(x.primary, y.primary);
      if (primary !== 0) return primary;
      if (toneOrder === 0) toneOrder = compareArrays(x.tones, y.tones);
    }
  }
  if (ta.length !== tb.length) return ta.length - tb.length;
  if (toneOrder !== 0) return toneOrder;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How two names of the same thing compare: spacing, case and Unicode form do not matter ("Hội  nông dân xã"). */
export function nameKey(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");
}
