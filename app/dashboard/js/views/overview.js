// Overview: every mission loaded for a period, apportionment against expenditure, sortable; a click opens it.
// GET /v1/missions, then GET /v1/missions/{code} for each mission with a report for the period (its `series`).

import * as api from "../api.js";
import { bars } from "../charts.js";
import { missions, periodsOf } from "../data.js";
import { h, note, replace, section, select, table } from "../dom.js";
import { pct, usd, usdShort } from "../format.js";
import { go, link, remember } from "../route.js";
import { sortHeaders, sortRows } from "../sorting.js";

const COLUMNS = [
  { key: "mission", name: "Mission", value: (row) => row.code, text: true },
  { key: "apportionment", name: "Apportionment", value: (row) => row.figures.apportionment_usd, format: usd },
  { key: "expenditure", name: "Expenditure", value: (row) => row.figures.expenditure_usd, format: usd },
  { key: "balance", name: "Unencumbered balance", value: (row) => row.figures.unencumbered_balance_usd, format: usd },
  { key: "utilization", name: "Utilization rate", value: (row) => row.figures.utilization_rate_percent, format: pct },
];

async function missionRows(period, all) {
  const loaded = all.filter((mission) => mission.periods.includes(period));
  const details = await Promise.all(loaded.map((mission) => api.data(`missions/${encodeURIComponent(mission.code)}`)));
  return details.map((detail) => {
    const figures = detail.series.find((entry) => entry.period === period) || {};
    const report = detail.reports.find((entry) => entry.id === figures.report_id) || {};
    return { code: detail.code, name: detail.name, figures, report };
  });
}

function chart(rows, period) {
  return bars({
    caption: `Apportionment and expenditure by mission, ${period}`,
    items: rows.map((row) => ({
      label: row.code,
      sublabel: row.report.symbol,
      href: link("mission", row.code, { period }),
      values: [row.figures.apportionment_usd, row.figures.expenditure_usd],
    })),
    series: [
      { name: "Apportionment", cls: "s-apportionment", format: usdShort },
      { name: "Expenditure", cls: "s-expenditure", format: usdShort },
    ],
  });
}

function tableRow(row, period) {
  const href = link("mission", row.code, { period });
  const cells = COLUMNS.slice(1).map((column) =>
    h("td", { class: "num", dataset: { key: column.key } }, column.format(column.value(row))),
  );
  return h(
    "tr",
    {
      class: "clickable",
      dataset: { mission: row.code },
      onClick: (event) => event.target.closest("a") || go("mission", row.code, { period }),
    },
    h(
      "th",
      { scope: "row" },
      h("a", { href }, row.code),
      h("span", { class: "sub long" }, row.name),
      h("span", { class: "sub" }, row.report.symbol || ""),
    ),
    cells,
  );
}

export async function render(route) {
  const all = await missions();
  const periods = periodsOf(all);
  if (!periods.length)
    return { title: "Overview", node: section("Overview", note("No report is loaded yet: run budget-api ingest.")) };
  const period = periods.includes(route.params.get("period")) ? route.params.get("period") : periods[0];
  const rows = await missionRows(period, all);
  const state = { sort: route.params.get("sort") || "-expenditure" };
  const chartHolder = h("div", {});
  const tableHolder = h("div", {});
  const drawBody = () => {
    const sorted = sortRows(rows, COLUMNS, state.sort);
    replace(chartHolder, chart(sorted, period));
    replace(
      tableHolder,
      table(
        `Headline figures by mission, ${period} (US dollars). Select a mission to open it.`,
        sortHeaders(COLUMNS, state.sort, (next) => {
          state.sort = next;
          remember("overview", "", { period, sort: next });
          drawBody();
        }),
        sorted.map((row) => tableRow(row, period)),
        { class: "figures", id: "overview-table" },
      ),
    );
  };
  drawBody();
  const node = h(
    "div",
    {},
    h("h1", {}, "Missions, ", period),
    h(
      "div",
      { class: "controls" },
      select(
        "Period",
        "period",
        periods.map((p) => [p, p]),
        period,
        (next) => go("overview", "", { period: next, sort: state.sort }),
      ),
    ),
    note(
      `${rows.length} mission${rows.length === 1 ? "" : "s"} with a report for ${period}. Apportionment is what the General Assembly `,
      "gave each mission for the period; the utilization rate is gross expenditure over gross apportionment.",
    ),
    section("Apportionment against expenditure", chartHolder, tableHolder),
  );
  return { title: `Overview ${period}`, node };
}
