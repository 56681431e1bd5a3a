// This file measures text set in Times New Roman or Arial and breaks it into lines of a given width, so the Báo cáo
// sheet can lay a paragraph out as rows of text that fit the printed page, and Tổng hợp can size its rows of wrapped text.

/**
 * Advance widths in thousandths of an em, from the metrics of the standard PDF font Times-Roman and Times-Bold (the
 * design Times New Roman follows, and Liberation Serif matches metric for metric). A Vietnamese letter is as wide as
 * its base letter: the marks sit above or below it.
 */
const REGULAR: Readonly<Record<string, number>> = widths(
  "a444 b500 c444 d500 e444 f333 g500 h500 i278 j278 k500 l278 m778 n500 o500 p500 q500 r333 s389 t278 u500 v500 w722 x500 y500 z444 " +
    "A722 B667 C667 D722 E611 F556 G722 H722 I333 J389 K722 L611 M889 N722 O722 P556 Q722 R667 S556 T611 U722 V722 W944 X722 Y722 Z611 " +
    "đ500 Đ722",
);
const BOLD: Readonly<Record<string, number>> = widths(
  "a500 b556 c444 d556 e444 f333 g500 h556 i278 j333 k556 l278 m833 n556 o500 p556 q556 r444 s389 t333 u556 v500 w722 x500 y500 z444 " +
    "A722 B667 C722 D722 E667 F611 G778 H778 I389 J500 K778 L667 M944 N722 O778 P611 Q778 R722 S556 T667 U722 V722 W1000 X722 Y722 Z667 " +
    "đ556 Đ722",
);
/** Digits and punctuation in both weights: Times-Roman's, taken up to the wider of the two weights or a round figure. */
const COMMON: Readonly<Record<string, number>> = {
  ...Object.fromEntries([..."0123456789"].map((digit) => [digit, 500])),
  " ": 250, ",": 250, ".": 250, ":": 333, ";": 333, "(": 333, ")": 333, "/": 278, "%": 1000, "-": 333, "–": 500, "—": 1000,
  "“": 500, "”": 500, '"': 555, "'": 333, "?": 500, "!": 333, "…": 1000, "+": 564, "=": 564, "▸": 600, "≥": 549, "&": 833,
};
/**
 * Arial's (Helvetica's, and Liberation Sans's, metric for metric) in the same units, read from Liberation Sans 2. Its
 * ư and ơ are wider than u and o (the horn sticks out): they are listed, and so keep their horn when measured.
 */
const ARIAL_REGULAR: Readonly<Record<string, number>> = widths(
  "a556 b556 c500 d556 e556 f278 g556 h556 i222 j222 k500 l222 m833 n556 o556 p556 q556 r333 s500 t278 u556 v500 w722 x500 y500 z500 " +
    "A667 B667 C722 D722 E667 F611 G778 H722 I278 J500 K667 L556 M833 N722 O778 P667 Q778 R722 S667 T611 U722 V667 W944 X667 Y667 Z611 " +
    "đ556 Đ722 ư669 ơ656 Ư854 Ơ857",
);
const ARIAL_BOLD: Readonly<Record<string, number>> = widths(
  "a556 b611 c556 d611 e556 f333 g611 h611 i278 j278 k556 l278 m889 n611 o611 p611 q611 r389 s556 t333 u611 v556 w778 x556 y556 z500 " +
    "A722 B722 C722 D722 E667 F611 G778 H722 I278 J556 K722 L611 M833 N722 O778 P667 Q778 R722 S667 T611 U722 V667 W944 X667 Y667 Z611 " +
    "đ611 Đ722 ư724 ơ711 Ư830 Ơ853",
);
/** Arial's digits and punctuation, the wider of its two weights. */
const ARIAL_COMMON: Readonly<Record<string, number>> = {
  ...Object.fromEntries([..."0123456789"].map((digit) => [digit, 556])),
  " ": 278, ",": 278, ".": 278, ":": 333, ";": 333, "(": 333, ")": 333, "/": 278, "%": 889, "-": 333, "–": 556, "—": 1000,
  "“": 500, "”": 500, '"': 474, "'": 238, "?": 611, "!": 333, "…": 1000, "+": 584, "=": 584, "▸": 600, "≥": 549, "&": 722,
};

/** A font the sheets are set in. */
export type FontFamily = "Times" | "Arial";

/** Anything not listed: as wide as the widest lowercase letters, so a line never comes out longer than measured. */
const UNKNOWN = 722;

function widths(list: string): Record<string, number> {
  return Object.fromEntries(list.split(" ").map((entry) => [[...entry][0] as string, Number(entry.slice([...entry][0]?.length))]));
}

/** The letter a Vietnamese letter is built on ("ộ" → "o"); đ and Đ are letters of their own. */
function base(char: string): string {
  return char === "đ" || char === "Đ" ? char : char.normalize("NFD").replace(/\p{M}/gu, "");
}

/** The letter with its horn, if it has one ("ự" → "ư"), else its base letter. */
function hornBase(char: string): string {
  return char.normalize("NFD").replace(/[^\P{M}\u031B]/gu, "").normalize("NFC");
}

/** Width in points of `text` at `size` points, regular or bold, in Times (the default) or Arial. */
export function textWidth(text: string, size: number, bold = false, family: FontFamily = "Times"): number {
  const arial = family === "Arial";
  const table = arial ? (bold ? ARIAL_BOLD : ARIAL_REGULAR) : bold ? BOLD : REGULAR;
  const common = arial ? ARIAL_COMMON : COMMON;
  let units = 0;
  for (const char of text.normalize("NFC")) {
    const letter = base(char);
    units += (arial ? table[hornBase(char)] : undefined) ?? table[letter] ?? common[letter] ?? UNKNOWN;
  }
  return (units / 1000) * size;
}

/**
 * The text broken at spaces into lines no wider than `width` points (the first line `firstWidth`, for an indent); a
 * word longer than a line stands on a line of its own.
 */
export function breakLines(
  text: string,
  size: number,
  width: number,
  { bold = false, firstWidth = width, family = "Times" }: { bold?: boolean; firstWidth?: number; family?: FontFamily } = {},
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    const limit = lines.length === 0 ? firstWidth : width;
    if (line !== "" && textWidth(candidate, size, bold, family) > limit) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}
