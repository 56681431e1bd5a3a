// This file defines a preset: a seed plan turned into a campaign, its thôn, and its commune-level work.
import type { Campaign } from "../campaign";

export interface PresetVillage {
  readonly name: string;
  readonly head?: string;
  readonly households?: number;
  readonly gardens?: number;
  readonly clusters?: number;
  readonly roads?: number;
  readonly recognised?: boolean;
}

export interface PresetTask {
  readonly name: string;
  readonly owner: string;
  /** As the plan writes it ("27/01/2026", "quý I/2024", "trước 30/9"). */
  readonly deadline: string;
}

export interface Preset {
  readonly id: string;
  readonly name: string;
  /** The seed plan it comes from (file prefix in shared/seeds). */
  readonly seed: string;
  readonly campaign: Campaign;
  readonly villages: readonly PresetVillage[];
  readonly communeTasks: readonly PresetTask[];
}
