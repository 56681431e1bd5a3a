// This file starts the sidebar: three tabs (Tổng quan, Thao tác, Cấu hình), each filled by one server call.
import { ACTION_NAMES, type ActionName, type Overview } from "../../src/domain/sidebar-contract";
import { clear, el } from "./dom";
import { drawForm } from "./form-view";
import { type SortOrder, drawOverview } from "./overview-view";
import { call } from "./server";

const ACTION_LABELS: Record<ActionName, string> = {
  generate: "Tạo/cập nhật tab thôn",
  check: "Kiểm tra",
  overdue: "Đánh dấu quá hạn",
  compile: "Tổng hợp",
  report: "Lập báo cáo tuần",
};

const TABS = [
  ["overview", "Tổng quan"],
  ["actions", "Thao tác"],
  ["settings", "Cấu hình"],
] as const;

let order: SortOrder = "name";
let latest: Overview | null = null;

function panel(id: string): HTMLElement {
  return document.getElementById(`panel-${id}`) as HTMLElement;
}

function showTab(id: string): void {
  for (const [tab] of TABS) {
    const button = document.getElementById(`tab-${tab}`) as HTMLButtonElement;
    button.setAttribute("aria-selected", String(tab === id));
    button.tabIndex = tab === id ? 0 : -1;
    panel(tab).hidden = tab !== id;
  }
}

/** Shown while the workbook has no usable campaign: start from one of the seed plans. */
async function drawPresetPicker(root: HTMLElement): Promise<void> {
  const presets = await call("sidebarPresets");
  const select = el("select", { id: "preset" }, ...presets.map((preset) => el("option", { value: preset.id, text: preset.name })));
  const result = el("p", { class: "status", role: "status" });
  const button = el("button", { type: "button", class: "primary", text: "Bắt đầu từ kế hoạch này" });
  button.addEventListener("click", async () => {
    button.disabled = true;
    result.textContent = "Đang thiết lập sổ…";
    try {
      const outcome = await call("sidebarStart", select.value);
      result.textContent = outcome.message;
      if (outcome.ok) {
        await refreshOverview();
        await buildSettings();
      }
    } catch (error) {
      result.textContent = (error as Error).message;
    } finally {
      button.disabled = false;
    }
  });
  root.append(el("div", { class: "field" }, el("label", { for: "preset", text: "Kế hoạch mẫu" }), select), button, result);
}

async function refreshOverview(): Promise<void> {
  const list = document.getElementById("overview-body") as HTMLElement;
  list.setAttribute("aria-busy", "true");
  try {
    latest = await call("sidebarOverview");
    drawOverview(list, latest, order);
    if (!latest.ok) await drawPresetPicker(list);
  } catch (error) {
    clear(list);
    list.append(el("p", { class: "error", role: "alert", text: (error as Error).message }));
  } finally {
    list.setAttribute("aria-busy", "false");
  }
}

function buildOverview(): void {
  const select = el("select", { id: "sort" }, el("option", { value: "name", text: "Tên thôn" }), el("option", { value: "rank", text: "Hạng (như Tổng hợp)" }));
  select.addEventListener("change", () => {
    order = select.value as SortOrder;
    if (latest) drawOverview(document.getElementById("overview-body") as HTMLElement, latest, order);
  });
  panel("overview").append(el("div", { class: "toolbar" }, el("label", { for: "sort", text: "Sắp xếp theo" }), select), el("div", { id: "overview-body" }));
}

function buildActions(): void {
  const result = el("p", { class: "status", id: "action-result", role: "status" });
  const buttons = ACTION_NAMES.map((name) => {
    const button = el("button", { type: "button", class: "action", "data-action": name, text: ACTION_LABELS[name] });
    button.addEventListener("click", async () => {
      for (const b of buttons) b.disabled = true;
      result.textContent = `Đang chạy: ${ACTION_LABELS[name]}…`;
      try {
        const outcome = await call("sidebarRun", name);
        result.textContent = outcome.message;
        result.className = outcome.ok ? "status" : "status error";
        await refreshOverview();
      } catch (error) {
        result.textContent = (error as Error).message;
        result.className = "status error";
      } finally {
        for (const b of buttons) b.disabled = false;
      }
    });
    return button;
  });
  panel("actions").append(el("div", { class: "actions" }, ...buttons), result);
}

async function buildSettings(): Promise<void> {
  const root = panel("settings");
  clear(root);
  try {
    const answer = await call("sidebarCampaignForm");
    if (!answer.ok) {
      root.append(el("p", { class: "error", role: "alert", text: answer.message }));
      return;
    }
    drawForm(root, answer.form, (form) => call("sidebarSaveCampaign", form));
  } catch (error) {
    root.append(el("p", { class: "error", role: "alert", text: (error as Error).message }));
  }
}

function start(): void {
  const tablist = el("div", { class: "tabs", role: "tablist", "aria-label": "Sổ Thi Đua" });
  for (const [id, label] of TABS) {
    const button = el("button", { type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}`, text: label });
    button.addEventListener("click", () => showTab(id));
    tablist.append(button);
  }
  const main = el("main", {}, tablist, ...TABS.map(([id]) => el("section", { id: `panel-${id}`, role: "tabpanel", "aria-labelledby": `tab-${id}` })));
  document.body.append(main);
  buildOverview();
  buildActions();
  showTab("overview");
  void refreshOverview();
  void buildSettings();
}

start();
