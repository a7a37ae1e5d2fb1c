// Lookups several views share, each one request to the API (answers are cached for the page's life).

import * as api from "./api.js";

/** Every mission with a loaded report (/v1/missions). */
export function missions() {
  return api.all("missions");
}

/** Every loaded report, newest period first, then newest publication (/v1/reports). */
export async function reports() {
  const rows = await api.all("reports");
  return [...rows].sort((a, b) => b.period.localeCompare(a.period) || b.published.localeCompare(a.published));
}

export async function reportById(id) {
  const found = (await reports()).find((report) => report.id === id);
  if (!found) return api.data(`reports/${encodeURIComponent(id)}`); // answers the API's 404 as a problem
  return found;
}

/** The periods any mission has, newest first. */
export function periodsOf(missionRows) {
  return [...new Set(missionRows.flatMap((mission) => mission.periods))].sort().reverse();
}

/** How many rows of a kind a report holds (its `row_counts`), 0 where it has none. */
export function count(report, kind) {
  return (report.row_counts && report.row_counts[kind]) || 0;
}

/** A report's name for a person: "MINUSMA 2019/20 (A/75/623)". */
export function reportName(report) {
  return `${report.mission} ${report.period} (${report.symbol})`;
}

/** <option> pairs for a choice of reports. */
export function reportOptions(rows) {
  return rows.map((report) => [report.id, reportName(report)]);
}
