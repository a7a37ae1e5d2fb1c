// Compare: one financial category across every mission for a period, as a sorted bar chart, by default its
// expenditure as a share of each mission's gross expenditure.
// GET /v1/missions (the periods) and /v1/financial-categories?period= (every row of every report of the period).
// The API serves no share: it is computed here from two of its figures, the category's expenditure and the
// same report's gross requirements expenditure.

import * as api from "../api.js";
import { bars } from "../charts.js";
import { missions, periodsOf } from "../data.js";
import { h, note, replace, section, table } from "../dom.js";
import { pct, usd, usdShort } from "../format.js";
import { go, link, remember } from "../route.js";
import { sortHeaders, sortRows } from "../sorting.js";

const TOTALS = ["gross-requirements", "total-requirements"];
const ALL = "all";

const MEASURES = [
  { key: "share", name: "Share of gross expenditure", format: pct, short: pct },
  { key: "expenditure", name: "Expenditure", format: usd, short: usdShort },
  { key: "apportionment", name: "Apportionment", format: usd, short: usdShort },
  { key: "variance", name: "Variance (apportionment − expenditure)", format: usd, short: usdShort },
  { key: "variance_percent", name: "Variance (%)", format: pct, short: pct },
];

const COLUMNS = [
  { key: "mission", name: "Mission", value: (row) => `${row.mission} ${row.period}`, text: true },
  { key: "expenditure", name: "Expenditure", value: (row) => row.expenditure, format: usd },
  { key: "gross", name: "Gross expenditure", value: (row) => row.gross, format: usd },
  { key: "share", name: "Share", value: (row) => row.share, format: pct },
  { key: "apportionment", name: "Apportionment", value: (row) => row.apportionment, format: usd },
  { key: "variance", name: "Variance", value: (row) => row.variance, format: usd },
  { key: "variance_percent", name: "Variance (%)", value: (row) => row.variance_percent, format: pct },
];

function categoryName(row) {
  return row.level === "subtotal" && row.group ? `${row.group} (subtotal)` : row.name;
}

function categories(rows) {
  // Every category of the period once, in the report's printed order, grouped as printed.
  const seen = new Map();
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    if (!seen.has(row.slug))
      seen.set(row.slug, { slug: row.slug, name: categoryName(row), group: row.group || "Totals" });
  }
  return [...seen.values()];
}

function compared(rows, slug) {
  const totals = new Map();
  for (const name of [...TOTALS].reverse()) {
    for (const row of rows.filter((one) => one.slug === name)) totals.set(row.report_id, row.expenditure_usd);
  }
  return rows
    .filter((row) => row.slug === slug)
    .map((row) => {
      const gross = totals.get(row.report_id);
      return {
        mission: row.mission,
        period: row.period,
        report_id: row.report_id,
        expenditure: row.expenditure_usd,
        apportionment: row.apportionment_usd,
        variance: row.variance_usd,
        variance_percent: row.variance_percent,
        gross,
        share: gross && row.expenditure_usd !== null ? (row.expenditure_usd / gross) * 100 : null,
      };
    });
}

function categorySelect(options, slug, onChange) {
  const groups = new Map();
  for (const option of options) {
    if (!groups.has(option.group)) groups.set(option.group, []);
    groups.get(option.group).push(option);
  }
  const control = h(
    "select",
    { id: "pick-slug", name: "slug", onChange: (event) => onChange(event.target.value) },
    [...groups.entries()].map(([group, members]) =>
      h(
        "optgroup",
        { label: group },
        members.map((option) => h("option", { value: option.slug, selected: option.slug === slug }, option.name)),
      ),
    ),
  );
  return h("p", { class: "control" }, h("label", { for: "pick-slug" }, "Category"), control);
}

function plainSelect(label, name, options, current, onChange) {
  const id = `pick-${name}`;
  return h(
    "p",
    { class: "control" },
    h("label", { for: id }, label),
    h(
      "select",
      { id, name, onChange: (event) => onChange(event.target.value) },
      options.map(([value, text]) => h("option", { value, selected: value === current }, text)),
    ),
  );
}

export async function render(route) {
  const all = await missions();
  const periods = periodsOf(all);
  const wanted = route.params.get("period");
  const period = wanted === ALL || periods.includes(wanted) ? wanted : periods[0];
  const rows = period ? await api.all("financial-categories", { period: period === ALL ? "" : period }) : [];
  const options = categories(rows);
  if (!options.length) return { title: "Compare", node: section("Compare", note("No financial figures are loaded.")) };
  const wantedSlug = route.params.get("slug");
  const slug = options.some((one) => one.slug === wantedSlug)
    ? wantedSlug
    : (options.find((one) => one.slug === "air-operations") || options[0]).slug;
  const measure = MEASURES.find((one) => one.key === route.params.get("measure")) || MEASURES[0];
  const chosen = options.find((one) => one.slug === slug);
  const data = compared(rows, slug);
  const state = { period, slug, measure: measure.key, sort: route.params.get("sort") || `-${measure.key}` };
  const update = (change) => go("compare", "", { ...state, ...change });
  const holder = h("div", {});
  const draw = () => {
    const sorted = sortRows(data, COLUMNS, state.sort);
    const chart = bars({
      caption: `${chosen.name}: ${measure.name.toLowerCase()} by mission, ${period === ALL ? "every period" : period}`,
      items: sorted.map((row) => ({
        label: row.mission,
        sublabel: row.period,
        href: link("mission", row.mission, { period: row.period, cat: slug }),
        values: [row[measure.key]],
      })),
      series: [{ name: measure.name, cls: "s-expenditure", format: measure.short }],
    });
    const onSort = (next) => {
      state.sort = next;
      remember("compare", "", state);
      draw();
      holder.querySelector(`button[data-sort="${next.replace(/^-/, "")}"]`)?.focus();
    };
    const body = sorted.map((row) =>
      h(
        "tr",
        { dataset: { mission: row.mission, period: row.period } },
        h(
          "th",
          { scope: "row" },
          h("a", { href: link("mission", row.mission, { period: row.period, cat: slug }) }, row.mission),
          h("span", { class: "sub" }, row.period),
        ),
        COLUMNS.slice(1).map((column) =>
          h("td", { class: "num", dataset: { key: column.key } }, column.format(column.value(row))),
        ),
      ),
    );
    replace(
      holder,
      chart,
      table(
        `${chosen.name} by mission (US dollars); share = expenditure ÷ gross expenditure`,
        sortHeaders(COLUMNS, state.sort, onSort),
        body,
        { class: "figures", id: "compare-table" },
      ),
    );
  };
  draw();
  const node = h(
    "div",
    {},
    h("h1", {}, "Compare missions"),
    h(
      "div",
      { class: "controls" },
      plainSelect("Period", "period", [...periods.map((p) => [p, p]), [ALL, "Every period"]], period, (next) =>
        update({ period: next }),
      ),
      categorySelect(options, slug, (next) => update({ slug: next })),
      plainSelect(
        "Measure",
        "measure",
        MEASURES.map((one) => [one.key, one.name]),
        measure.key,
        (next) => update({ measure: next, sort: `-${next}` }),
      ),
    ),
    note(
      "The share is computed in this page from two figures the API serves for each report: the category's expenditure ",
      "and the gross requirements' expenditure. Sort by any column; select a mission to open it at this category.",
    ),
    section(`${chosen.name}, ${period === ALL ? "every period" : period}`, holder),
  );
  return { title: `Compare ${chosen.name}`, node };
}
