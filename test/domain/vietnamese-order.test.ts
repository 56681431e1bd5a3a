// Tests the Vietnamese ordering of thôn names, without relying on ICU collation data.
import { compareVietnamese } from "../../src/domain/vietnamese-order";

const sorted = (names: string[]) => [...names].sort(compareVietnamese);

test("Thôn 2 comes before Thôn 10", () => {
  expect(sorted(["Thôn 10", "Thôn 2", "Thôn 1"])).toEqual(["Thôn 1", "Thôn 2", "Thôn 10"]);
});

test("Dương comes before Đông: đ is a letter after d", () => {
  expect(sorted(["Thôn Đông", "Thôn Dương"])).toEqual(["Thôn Dương", "Thôn Đông"]);
});

test("a, ă, â and o, ô, ơ and u, ư are letters in that order", () => {
  expect(sorted(["Ân", "Ăn", "An"])).toEqual(["An", "Ăn", "Ân"]);
  expect(sorted(["Ơn", "Ôn", "On"])).toEqual(["On", "Ôn", "Ơn"]);
  expect(sorted(["Ưu", "Uy"])).toEqual(["Uy", "Ưu"]);
});

test("tones only break ties: ngang, huyền, hỏi, ngã, sắc, nặng", () => {
  expect(sorted(["Mạ", "Má", "Mã", "Mả", "Mà", "Ma"])).toEqual(["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"]);
  expect(sorted(["Hòa Bình", "Hoa Sen"])).toEqual(["Hòa Bình", "Hoa Sen"]);
});

test("case and decomposed input do not change the order", () => {
  expect(compareVietnamese("thôn an", "Thôn Bắc")).toBeLessThan(0);
  expect(compareVietnamese("Đông".normalize("NFD"), "Dương")).toBeGreaterThan(0);
});

test("a realistic list", () => {
  expect(sorted(["Thôn Yên Hồ", "Thôn 10", "Thôn Ấp Mới", "Thôn An Lạc", "Thôn Đông Tiến", "Thôn 2", "Thôn Dương Liễu", "Thôn Bắc Sơn"])).toEqual([
    "Thôn 2",
    "Thôn 10",
    "Thôn An Lạc",
    "Thôn Ấp Mới",
    "Thôn Bắc Sơn",
    "Thôn Dương Liễu",
    "Thôn Đông Tiến",
    "Thôn Yên Hồ",
  ]);
});
