// This file lists the presets an officer can start from, and a blank campaign.
import { CAO_DIEM_HUYEN_2021 } from "./cao-diem-huyen-2021";
import { CAO_DIEM_KIEU_MAU_2023 } from "./cao-diem-kieu-mau-2023";
import { CHINH_TRANG_2026 } from "./chinh-trang-2026";
import { DAN_VAN_KHEO_2026 } from "./dan-van-kheo-2026";
import { NTM_NANG_CAO_2024 } from "./ntm-nang-cao-2024";
import type { Preset } from "./preset";

/**
 * Blank means blank: no commune, dates, cut-off, targets, household items or criteria. Every action then lists what
 * Cấu hình still needs, cell by cell, until the officer fills it in.
 */
export const BLANK: Preset = {
  id: "trong",
  name: "Phong trào mới (để trống)",
  seed: "",
  campaign: {
    commune: "",
    title: "",
    planNumber: "",
    startDate: "",
    endDate: "",
    registrationDeadline: null,
    reportWeekday: null,
    reportTime: null,
    householdMinItems: 1,
    officers: [],
    lastVillageNumber: 0,
    phases: [],
    indicators: [],
    householdItems: [],
    criteria: [],
  },
  villages: [],
  communeTasks: [],
};

export const PRESETS: readonly Preset[] = [CHINH_TRANG_2026, NTM_NANG_CAO_2024, CAO_DIEM_KIEU_MAU_2023, CAO_DIEM_HUYEN_2021, DAN_VAN_KHEO_2026, BLANK];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

export type { Preset, PresetCriterion, PresetVillage } from "./preset";
