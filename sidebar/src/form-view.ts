// This file draws the Cấu hình tab: the campaign form, checked with the server's own schema, messages beside each field.
import { WEEKDAY_NAMES, formatDate } from "../../src/domain/dates";
import { CADENCES } from "../../src/domain/campaign";
import { CADENCE_LABEL } from "../../src/domain/messages";
import { type CampaignForm, CampaignFormInputSchema, type CampaignFormInput, fieldErrors } from "../../src/domain/sidebar-contract";
import { clear, el } from "./dom";

interface Field {
  readonly key: string;
  readonly input: HTMLInputElement | HTMLSelectElement;
  readonly message: HTMLElement;
}

function field(key: string, label: string, control: HTMLInputElement | HTMLSelectElement): { row: HTMLElement; field: Field } {
  const id = `f-${key.replace(/\./g, "-")}`;
  control.id = id;
  const message = el("p", { class: "field-error", id: `${id}-error`, "aria-live": "polite" });
  control.setAttribute("aria-describedby", message.id);
  return { row: el("div", { class: "field" }, el("label", { for: id, text: label }), control, message), field: { key, input: control, message } };
}

function input(value: string, attributes: Record<string, string> = {}): HTMLInputElement {
  const node = el("input", { type: "text", ...attributes });
  node.value = value;
  return node;
}

/** Draws the form; `save` sends the checked form and returns the server's field messages. */
export function drawForm(
  root: HTMLElement,
  form: CampaignForm,
  save: (form: CampaignForm) => Promise<{ ok: boolean; message: string; errors: Record<string, string> }>,
): void {
  clear(root);
  const fields: Field[] = [];
  const add = (key: string, label: string, control: HTMLInputElement | HTMLSelectElement) => {
    const made = field(key, label, control);
    fields.push(made.field);
    return made.row;
  };
  const weekday = el("select", {});
  // The plan may state no cut-off: the choice starts empty, and saving asks for it.
  if (form.reportWeekday === null) weekday.append(el("option", { value: "", text: "(cần bổ sung)", selected: true }));
  WEEKDAY_NAMES.forEach((name, i) => weekday.append(el("option", { value: i, text: name, selected: i === form.reportWeekday })));
  const cadence = el("select", {});
  CADENCES.forEach((id) => cadence.append(el("option", { value: id, text: CADENCE_LABEL[id], selected: id === (form.cadence ?? "weekly") })));
  const status = el("p", { class: "status", role: "status" });
  const button = el("button", { type: "submit", class: "primary", text: "Lưu cấu hình" });
  const node = el(
    "form",
    { novalidate: true, "aria-label": "Cấu hình phong trào" },
    add("startDate", "Ngày bắt đầu (ngày/tháng/năm)", input(formatDate(form.startDate), { inputmode: "numeric", autocomplete: "off" })),
    add("endDate", "Ngày kết thúc (ngày/tháng/năm)", input(formatDate(form.endDate), { inputmode: "numeric", autocomplete: "off" })),
    add("reportWeekday", "Ngày báo cáo hằng tuần", weekday),
    add("reportTime", "Giờ chốt số liệu (giờ:phút)", input(form.reportTime ?? "", { inputmode: "numeric" })),
    add("cadence", "Kỳ báo cáo", cadence),
    ...form.indicators.flatMap((indicator, i) => [
      el("h3", { text: indicator.name }),
      add(
        `indicators.${i}.minimum`,
        "Tối thiểu (%), để trống nếu kế hoạch không đặt",
        input(indicator.minimum === null ? "" : String(indicator.minimum), { inputmode: "decimal" }),
      ),
      add(`indicators.${i}.aim`, "Phấn đấu (%), để trống nếu không có", input(indicator.aim === null ? "" : String(indicator.aim), { inputmode: "decimal" })),
    ]),
    button,
    status,
  );
  const value = (key: string) => fields.find((f) => f.key === key)?.input.value ?? "";
  const show = (errors: Record<string, string>) => {
    for (const f of fields) {
      const message = errors[f.key] ?? "";
      f.message.textContent = message;
      f.input.setAttribute("aria-invalid", message === "" ? "false" : "true");
    }
  };
  node.addEventListener("submit", (event) => {
    event.preventDefault();
    const typed: CampaignFormInput = {
      startDate: value("startDate"),
      endDate: value("endDate"),
      reportWeekday: value("reportWeekday"),
      reportTime: value("reportTime"),
      cadence: value("cadence"),
      indicators: form.indicators.map((indicator, i) => ({
        id: indicator.id,
        name: indicator.name,
        minimum: value(`indicators.${i}.minimum`),
        aim: value(`indicators.${i}.aim`),
      })),
    };
    const checked = CampaignFormInputSchema.safeParse(typed);
    if (!checked.success) {
      show(fieldErrors(checked.error.issues));
      status.textContent = "Chưa lưu: sửa các ô có thông báo đỏ.";
      return;
    }
    show({});
    button.disabled = true;
    status.textContent = "Đang lưu…";
    save(checked.data).then(
      (result) => {
        show(result.errors);
        status.textContent = result.message;
        button.disabled = false;
      },
      (error: Error) => {
        status.textContent = error.message;
        button.disabled = false;
      },
    );
  });
  root.append(node);
}
