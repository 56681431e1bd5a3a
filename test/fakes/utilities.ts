// This file fakes the two Utilities methods the add-on uses, for the time zones the tests use (fixed offsets only,
// so the fake needs no time zone data). https://developers.google.com/apps-script/reference/utilities/utilities
import type { UtilitiesApi } from "../../src/addon/platform";
import type { Calls } from "./runtime";

const OFFSET_HOURS: Readonly<Record<string, number>> = { "Asia/Ho_Chi_Minh": 7, "Asia/Bangkok": 7, "Asia/Tokyo": 9, UTC: 0, "Etc/GMT": 0, "Pacific/Honolulu": -10 };

function offset(timeZone: string): number {
  const hours = OFFSET_HOURS[timeZone];
  if (hours === undefined) throw new Error(`The fake knows no offset for ${timeZone}`);
  return hours * 3600_000;
}

export function fakeUtilities(calls: Calls): UtilitiesApi {
  return {
    formatDate: (date: Date, timeZone: string, format: string) => {
      calls.count("Utilities.formatDate");
      if (format !== "yyyy-MM-dd") throw new Error(`The fake formats yyyy-MM-dd only, not ${format}`);
      return new Date(date.getTime() + offset(timeZone)).toISOString().slice(0, 10);
    },
    parseDate: (date: string, timeZone: string, format: string) => {
      calls.count("Utilities.parseDate");
      if (format !== "yyyy-MM-dd" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Unparseable date: "${date}"`);
      return new Date(Date.parse(`${date}T00:00:00Z`) - offset(timeZone));
    },
  };
}
