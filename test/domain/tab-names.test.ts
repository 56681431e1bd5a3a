// Tests which thôn tabs take their thôn's name: only those still named for a placeholder, by the rules new tabs follow.
import type { RegisterEntry } from "../../src/domain/register";
import { tabsTakingNames } from "../../src/domain/tab-names";

const entry = (id: string, name: string, row: number) => ({ id, name, row }) as RegisterEntry & { id: string };
const sheets = (...names: Array<[string, string | null]>) => names.map(([name, key]) => ({ name, key }));

test("a tab named for a placeholder takes its thôn's name, made a sheet name as a new tab's is; the others stay", () => {
  const { renames, sheets: after, problems } = tabsTakingNames(
    [entry("T01", "Xóm 1/2 Phúc Thịnh Hạ thuộc xã Mai Hoa", 4), entry("T02", "Thôn 2 (cần ghi tên)", 5), entry("T03", "Thôn Bắc", 6), entry("T04", "Thôn Nam", 7)],
    sheets(["Danh sách thôn", "register"], ["Xóm 1 (cần ghi tên)", "T01"], ["Thôn 2 (cần ghi tên)", "T02"], ["Thôn Ba", "T03"], ["Thôn 4 (cần bổ sung)", "T04"]),
    "Danh sách thôn",
    "sheets",
  );
  // T02's thôn still has no name; T03's tab was named by a person; "(cần bổ sung)" is a placeholder too.
  expect(renames).toEqual([
    { id: "T01", from: "Xóm 1 (cần ghi tên)", to: "Xóm 1-2 Phúc Thịnh Hạ thuộc xã" },
    { id: "T04", from: "Thôn 4 (cần bổ sung)", to: "Thôn Nam" },
  ]);
  expect(after.map((sheet) => sheet.name)).toEqual(["Danh sách thôn", "Xóm 1-2 Phúc Thịnh Hạ thuộc xã", "Thôn 2 (cần ghi tên)", "Thôn Ba", "Thôn Nam"]);
  expect(problems).toEqual([]);
});

test("two tabs wanting one name: the first takes it, the second is a problem on its thôn's name cell", () => {
  const { renames, problems } = tabsTakingNames(
    [entry("T01", "Xóm Đông", 4), entry("T02", "XÓM ĐÔNG", 5)],
    sheets(["Xóm 1 (cần ghi tên)", "T01"], ["Xóm 2 (cần ghi tên)", "T02"]),
    "Danh sách thôn",
    "xlsx",
  );
  expect(renames).toEqual([{ id: "T01", from: "Xóm 1 (cần ghi tên)", to: "Xóm Đông" }]);
  expect(problems).toEqual([
    {
      sheet: "Danh sách thôn",
      cell: "B5",
      village: "XÓM ĐÔNG",
      message: 'Tab "Xóm 2 (cần ghi tên)" chưa đổi được sang tên thôn "XÓM ĐÔNG": đã có trang tính "Xóm Đông".',
      fix: 'Đổi tên trang tính "Xóm Đông" (hoặc sửa tên thôn ở ô này cho khác đi), rồi chạy lệnh so-thi-dua generate TỆP (TỆP là tên tệp sổ này).',
    },
  ]);
});
