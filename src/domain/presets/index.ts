// This file lists the presets an officer can start from, and a blank campaign.
import { CHINH_TRANG_2026 } from "./chinh-trang-2026";
import type { Preset } from "./preset";

export const BLANK: Preset = {
  id: "trong",
  name: "Phong trào mới (để trống)",
  seed: "",
  campaign: {
    ...CHINH_TRANG_2026.campaign,
    commune: "",
    title: "",
    registrationDeadline: null,
    phases: [],
  },
  villages: [],
  communeTasks: [],
};

export const PRESETS: readonly Preset[] = [CHINH_TRANG_2026, BLANK];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((preset) => preset.id === id);
}

export type { Preset, PresetVillage } from "./preset";
