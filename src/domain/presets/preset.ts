// This file defines a preset: a seed plan turned into a campaign, its thôn, and the rows the plan itself states.
import type { Campaign } from "../campaign";
import type { TO_FILL } from "../messages";

/**
 * Where the plan is silent, a preset writes TO_FILL.marker ("(cần bổ sung)") in that field: the officer sees it, Lỗi dữ
 * liệu and the sidebar list it with its cell, and every reader takes it for an empty cell.
 */
export interface PresetTask {
  readonly name: string;
  readonly owner: string;
  /** As the plan writes it ("27/01/2026", "quý I/2024", "trước 30/9"); absent when the work has no date (a standard, a duty). */
  readonly deadline?: string;
  readonly status?: "Chưa thực hiện" | "Đang thực hiện" | "Hoàn thành";
  readonly note?: string;
  /** The leader in charge (Lãnh đạo phụ trách), where the plan names one besides who does the work. */
  readonly leader?: string;
}

export interface PresetCriterion {
  readonly number: string;
  readonly name: string;
  readonly hard?: boolean;
  readonly status?: "Đạt" | "Chưa đạt";
  readonly owner?: string;
  readonly deadline?: string;
  /** The leader in charge (Lãnh đạo phụ trách); two leaders separated by a comma. */
  readonly leader?: string;
  readonly note?: string;
}

export interface PresetGarden {
  readonly name: string;
  readonly done?: boolean;
  readonly owner?: string;
}

export interface PresetModel {
  readonly name: string;
  /** TO_FILL.marker when the plan leaves the field to the organisation. */
  readonly field: "Kinh tế" | "Văn hóa – xã hội" | "Quốc phòng – an ninh" | "Xây dựng hệ thống chính trị" | typeof TO_FILL.marker;
  readonly owner: string;
  readonly status: "Đăng ký" | "Đang thực hiện" | "Được công nhận";
}

/**
 * A target the plan states as a number against a goal (BHYT 100%, ≥ 2/3 of households): the value measured and its date
 * stay empty for the officer; the owner is the plan's, or TO_FILL.marker where it names none.
 */
export interface PresetMeasure {
  readonly name: string;
  /** "Toàn xã", or a thôn's name as the preset's villages write it. */
  readonly scope: string;
  readonly unit: string;
  readonly comparison: "≥" | "≤" | "=";
  readonly target: number;
  readonly owner: string;
  readonly leader?: string;
  /** The plan's own words, and how a range or fraction was read. */
  readonly note?: string;
}

/** A recurring duty as the plan states it (Việc định kỳ): so many times each week, month, quarter or year. */
export interface PresetDuty {
  readonly name: string;
  readonly times: number;
  readonly every: "tuần" | "tháng" | "quý" | "năm";
  /** "Toàn xã", or the thôn's name. */
  readonly scope: string;
  /** TO_FILL.marker where the plan names no one. */
  readonly owner: string;
  readonly leader?: string;
  /** The plan's own words, where they say more than the numbers. */
  readonly note?: string;
}

export interface PresetVillage {
  readonly name: string;
  readonly head?: string;
  readonly households?: number;
  readonly gardens?: number;
  readonly clusters?: number;
  readonly roads?: number;
  readonly recognised?: boolean;
  readonly note?: string;
  /** Its kind of thôn (a name from the campaign's kinds), or TO_FILL.marker where the plan does not say which it is. */
  readonly kind?: string;
  /** The thôn's own criteria rows (for a campaign whose catalogue does not fit this thôn). */
  readonly criteria?: readonly PresetCriterion[];
  /** Statuses by criterion number, for the catalogue rows the tab was generated with. */
  readonly criteriaStatus?: Readonly<Record<string, "Đạt" | "Chưa đạt">>;
  /** The date the plan gives its criteria statuses at ("30/12/2023"), written with each as its starting point. */
  readonly criteriaAsOf?: string;
  readonly tasks?: readonly PresetTask[];
  readonly gardenRows?: readonly PresetGarden[];
  readonly models?: readonly PresetModel[];
}

export interface Preset {
  readonly id: string;
  readonly name: string;
  /** The seed plan it comes from (file prefix in shared/seeds). */
  readonly seed: string;
  readonly campaign: Campaign;
  readonly villages: readonly PresetVillage[];
  readonly communeTasks: readonly PresetTask[];
  readonly communeCriteria?: readonly PresetCriterion[];
  readonly communeModels?: readonly PresetModel[];
  /** Chỉ tiêu đo lường: the targets the plan states as numbers. */
  readonly measures?: readonly PresetMeasure[];
  /** Đơn vị thi đua: the units the plan names besides thôn, each with its kind and whether it must register works. */
  readonly units?: readonly PresetUnit[];
  /** The plan's award standards, one row per standard, by kind of unit, as written. */
  readonly standards?: readonly PresetStandard[];
  /** Việc định kỳ: the plan's recurring duties. */
  readonly duties?: readonly PresetDuty[];
}

export interface PresetUnit {
  readonly name: string;
  readonly kind: string;
  /** The plan asks it to register works ("đăng ký công trình, phần việc") by the campaign's registration deadline. */
  readonly registers?: boolean;
  readonly note?: string;
}

export interface PresetStandard {
  readonly kind: string;
  /** TO_FILL.marker where the plan leaves the standards to another document. */
  readonly standard: string;
}
