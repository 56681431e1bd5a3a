// This file is the sidebar's typed promise wrapper around google.script.run: names and types come from the server
// module itself, and every answer is checked with the contract's zod schema on arrival.
import type * as z from "zod";
import type * as entry from "../../src/addon/index";
import {
  CampaignFormResultSchema,
  OverviewSchema,
  PresetListSchema,
  RunResultSchema,
  SaveResultSchema,
} from "../../src/domain/sidebar-contract";

type ServerFunctions = Pick<
  typeof entry,
  "sidebarOverview" | "sidebarRun" | "sidebarCampaignForm" | "sidebarSaveCampaign" | "sidebarPresets" | "sidebarStart"
>;
export type ServerName = keyof ServerFunctions;

const ANSWERS: { [K in ServerName]: z.ZodType<ReturnType<ServerFunctions[K]>> } = {
  sidebarOverview: OverviewSchema,
  sidebarRun: RunResultSchema,
  sidebarCampaignForm: CampaignFormResultSchema,
  sidebarSaveCampaign: SaveResultSchema,
  sidebarPresets: PresetListSchema,
  sidebarStart: RunResultSchema,
};

interface ScriptRun {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: Error) => void): ScriptRun;
  [name: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

export function call<K extends ServerName>(name: K, ...args: Parameters<ServerFunctions[K]>): Promise<ReturnType<ServerFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => {
        const parsed = ANSWERS[name].safeParse(value);
        if (parsed.success) resolve(parsed.data);
        else reject(new Error("Máy chủ trả lời không đúng định dạng."));
      })
      .withFailureHandler(reject);
    (runner[name] as (...values: unknown[]) => void)(...args);
  });
}
