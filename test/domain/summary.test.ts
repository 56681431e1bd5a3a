// Tests the ranking rule Tổng hợp states: its keys, ties, thôn without figures, reminders at a tie, and organisations.
import { isSingleUnit, NO_OWNER, rankOwners } from "../../src/domain/commune-work";
import { CHINH_TRANG_2026 } from "../../src/domain/presets/chinh-trang-2026";
import { rankVillages } from "../../src/domain/summary";
import type { IndicatorResult, VillageStatus } from "../../src/domain/village-status";
import { shareRatio, shareVerdict } from "../../src/domain/verdicts";

const [households, gardens] = CHINH_TRANG_2026.campaign.indicators.filter((i) => i.kind === "share") as Array<Extract<(typeof CHINH_TRANG_2026.campaign.indicators)[number], { kind: "share" }>>;

function share(indicator: typeof households, done: number, total: number): IndicatorResult {
  return { indicator: indicator as never, done, total, ratio: shareRatio(done, total), verdict: shareVerdict(done, total, indicator as never), hardMissing: 0 };
}

function thon(name: string, h: [number, number], g: [number, number], overdue = 0): VillageStatus {
  return {
    id: name,
    name,
    sheet: name,
    indicators: [share(households, ...h), share(gardens, ...g)],
    tasks: { total: 2, done: 0, overdue, dueSoon: 0 },
    problems: [],
  };
}

test("more targets met ranks first, then exceeded, then fewer overdue, then the mean share; a full tie shares its rank", () => {
  const rows = rankVillages([
    thon("Thôn A", [45, 100], [40, 100], 1), // households below, gardens met: 1 met, 1 overdue
    thon("Thôn B", [56, 100], [10, 100]), // nothing met: last, whatever its share
    thon("Thôn C", [45, 100], [40, 100]), // as A without the overdue task: above A
    thon("Thôn D", [90, 100], [40, 100]), // both met, households exceeded: first
    thon("Thôn E", [45, 100], [40, 100]), // the same as C: the same rank
  ]);
  expect(rows.map((row) => [row.name, row.rank])).toEqual([
    ["Thôn D", 1],
    ["Thôn C", 2],
    ["Thôn E", 2],
    ["Thôn A", 4],
    ["Thôn B", 5],
  ]);
});

test("a thôn with no figure yet is neither first nor last: unranked, after the others, with no proposal", () => {
  const rows = rankVillages([thon("Thôn Trống", [0, 0], [0, 0]), thon("Thôn A", [10, 100], [1, 100]), thon("Thôn B", [80, 100], [40, 100])]);
  expect(rows.map((row) => [row.name, row.rank, row.proposal])).toEqual([
    ["Thôn B", 1, "Biểu dương"],
    ["Thôn A", 2, "Nhắc nhở"],
    ["Thôn Trống", null, ""],
  ]);
});

test("a share with no minimum (Chưa có mức chỉ tiêu) is no target met and no target missed: it neither praises, reminds nor holds back praise", () => {
  const open = { ...gardens, minimum: null };
  const without = (name: string, h: [number, number], g: [number, number]): VillageStatus => ({ ...thon(name, h, g), indicators: [share(households, ...h), share(open as never, ...g)] });
  const rows = rankVillages([without("Thôn A", [80, 100], [1, 100]), without("Thôn B", [10, 100], [90, 100]), without("Thôn C", [75, 100], [90, 100])]);
  expect(rows.map((row) => [row.name, row.rank, row.indicators[1]?.verdict, row.proposal])).toEqual([
    ["Thôn A", 1, "Chưa có mức chỉ tiêu", "Biểu dương"],
    ["Thôn C", 2, "Chưa có mức chỉ tiêu", "Biểu dương"],
    ["Thôn B", 3, "Chưa có mức chỉ tiêu", "Nhắc nhở"],
  ]);
  // Alone, it makes no one praised or reminded, however low or high the share.
  const only = (name: string, g: [number, number]): VillageStatus => ({ ...thon(name, [0, 0], g), indicators: [share(open as never, ...g)] });
  expect(rankVillages([only("Thôn X", [1, 100]), only("Thôn Y", [99, 100])]).map((row) => [row.name, row.rank, row.proposal])).toEqual([
    ["Thôn Y", 1, ""],
    ["Thôn X", 2, ""],
  ]);
});

test("reminders go to the last places with a target not met, and to every thôn tied with the last of those places", () => {
  // Six thôn: one reminder place (⌈6/5⌉ = 2 places), but three tie at 4th.
  const rows = rankVillages([
    thon("Thôn 1", [90, 100], [40, 100]),
    thon("Thôn 2", [75, 100], [35, 100]),
    thon("Thôn 3", [72, 100], [31, 100]),
    thon("Thôn 4", [20, 100], [10, 100]),
    thon("Thôn 5", [20, 100], [10, 100]),
    thon("Thôn 6", [20, 100], [10, 100]),
  ]);
  expect(rows.filter((row) => row.proposal === "Nhắc nhở").map((row) => row.name)).toEqual(["Thôn 4", "Thôn 5", "Thôn 6"]);
  expect(rows.filter((row) => row.proposal === "Biểu dương").map((row) => row.name)).toEqual(["Thôn 1", "Thôn 2", "Thôn 3"]);
});

test("organisations: a row naming no single unit, or with nothing done or overdue yet, is not ranked, and says why", () => {
  const ranked = rankOwners([
    { owner: "Các thôn, đoàn thể", total: 1, done: 0, overdue: 1 },
    { owner: NO_OWNER, total: 2, done: 0, overdue: 2 },
    { owner: "Hội Phụ nữ xã", total: 1, done: 0, overdue: 0 },
    { owner: "Đoàn Thanh niên xã", total: 2, done: 2, overdue: 0 },
    { owner: "Hội Nông dân xã", total: 2, done: 1, overdue: 1 },
    { owner: "Công an xã", total: 4, done: 4, overdue: 0 },
    { owner: "Hội Cựu chiến binh xã", total: 2, done: 2, overdue: 0 },
  ]);
  expect(ranked.map((o) => [o.owner, o.rank, o.proposal, o.unranked])).toEqual([
    // Equal overdue and share: more tasks done ranks higher; an exact tie shares the rank.
    ["Công an xã", 1, "Biểu dương", null],
    ["Đoàn Thanh niên xã", 2, "Biểu dương", null],
    ["Hội Cựu chiến binh xã", 2, "Biểu dương", null],
    ["Hội Nông dân xã", 4, "Nhắc nhở", null],
    ["Các thôn, đoàn thể", null, "", "Không xếp hạng: việc giao chung nhiều đơn vị"],
    ["Hội Phụ nữ xã", null, "", "Chưa xếp hạng: chưa có việc xong hay quá hạn"],
    ["(chưa giao)", null, "", "Không xếp hạng: việc chưa giao cho ai"],
  ]);
});

test("one unit is a name; several are a list or a plural", () => {
  expect(["Phòng Văn hoá - Xã hội", "UBND xã", "Ban Văn hóa – Xã hội", "Hội Phụ nữ xã"].filter(isSingleUnit)).toHaveLength(4);
  expect(["Các thôn, đoàn thể", "Hội Nông dân và Hội Phụ nữ", "các chi hội", "Công an / Quân sự", NO_OWNER].filter(isSingleUnit)).toEqual([]);
});
