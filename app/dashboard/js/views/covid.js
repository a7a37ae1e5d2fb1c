// COVID-19: a report's statements of the pandemic's impact, by impact class and component, filterable,
// each linking to what it annotates (an output, an indicator, a financial category, a paragraph).
// GET /v1/reports, /v1/reports/{id}/summary (the counts), /v1/reports/{id}/covid-annotations?impact=&..., and
// /outputs?covid_affected=true, /indicators?covid_affected=true (what each annotated output or indicator planned).

import * as api from "../api.js";
import { bars } from "../charts.js";
import { count, reportById, reportName, reportOptions, reports } from "../data.js";
import { h, note, section, select, table } from "../dom.js";
import { num, words } from "../format.js";
import { go, link, recordHref } from "../route.js";

// What "cut by COVID-19" means here: the impact classes that say an output was not delivered in full.
const CUT = ["cancelled", "postponed", "suspended", "reduced"];

function filters(params) {
  return {
    impacts: (params.get("impact") || "").split(",").filter(Boolean),
    type: params.get("type") || "",
    component: params.get("component") || "",
  };
}

function query(report, state, change) {
  const next = { ...state, ...change };
  return link("covid", "", {
    report: report.id,
    impact: next.impacts.join(","),
    type: next.type,
    component: next.component,
  });
}

async function annotations(report, state) {
  const base = `reports/${encodeURIComponent(report.id)}/covid-annotations`;
  const params = { target_type: state.type, component: state.component === "null" ? "" : state.component };
  // The API filters on one impact at a time: several impacts are several requests, merged in report order.
  const lists = await Promise.all(
    (state.impacts.length ? state.impacts : [""]).map((impact) => api.all(base, { ...params, impact })),
  );
  const rows = lists.flat().filter((row) => state.component !== "null" || row.component === null);
  return rows.sort((a, b) => a.source.first_line - b.source.first_line || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function impactChips(report, state, byImpact) {
  const chips = Object.entries(byImpact).map(([impact, total]) => {
    const on = state.impacts.includes(impact);
    const impacts = on ? state.impacts.filter((one) => one !== impact) : [...state.impacts, impact];
    const target = query(report, state, { impacts });
    const chip = h(
      "button",
      {
        type: "button",
        class: `chip impact-${impact}`,
        "aria-pressed": String(on),
        dataset: { impact },
        onClick: () => (location.hash = target),
      },
      `${words(impact)} (${num(total)})`,
    );
    return h("li", {}, chip);
  });
  return h(
    "div",
    { class: "chips-block" },
    h("p", { class: "chips-label", id: "impact-label" }, "Impact (choose one or more):"),
    h("ul", { class: "chips", "aria-labelledby": "impact-label" }, chips),
    h(
      "p",
      { class: "links" },
      h(
        "a",
        { href: query(report, state, { impacts: CUT, type: "output" }), id: "preset-cut" },
        "Outputs cut by COVID-19 (cancelled, postponed, suspended or reduced)",
      ),
      " · ",
      h("a", { href: link("covid", "", { report: report.id }) }, "Clear the filters"),
    ),
  );
}

function charts(report, state, summary) {
  const byImpact = Object.entries(summary.by_impact || {});
  const byComponent = Object.entries(summary.by_component || {}).sort(
    ([a], [b]) => (a === "null") - (b === "null") || Number(a) - Number(b),
  );
  const componentName = (key) => (key === "null" ? "No component" : `Component ${key}`);
  return [
    bars({
      caption: "Annotations by impact",
      items: byImpact.map(([impact, total]) => ({
        label: words(impact),
        href: query(report, state, { impacts: [impact] }),
        values: [total],
      })),
      series: [{ name: "Annotations", cls: "s-covid", format: num }],
    }),
    bars({
      caption: "Annotations by component",
      items: byComponent.map(([key, total]) => ({
        label: componentName(key),
        href: query(report, state, { component: key }),
        values: [total],
      })),
      series: [{ name: "Annotations", cls: "s-covid", format: num }],
    }),
  ];
}

async function plannedTexts(report, rows) {
  // What an annotated output or indicator planned, so the list says which one was cut, not only its number.
  const base = `reports/${encodeURIComponent(report.id)}`;
  const wanted = ["output", "indicator"].filter((type) => rows.some((row) => row.target_type === type));
  const lists = await Promise.all(wanted.map((type) => api.all(`${base}/${type}s`, { covid_affected: true })));
  const texts = new Map();
  wanted.forEach((type, index) => lists[index].forEach((one) => texts.set(`${type}:${one.id}`, one.planned_text)));
  return texts;
}

function targetName(row) {
  const name = words(row.target_type);
  return row.target_type === "financial_category"
    ? `${name}: ${String(row.target_id).replace(/-/g, " ")}`
    : `${name} ${row.target_id}`;
}

function list(rows, report, texts) {
  const head = ["Impact", "Annotates (what was planned)", "Component", "What the report says"].map((name) =>
    h("th", { scope: "col" }, name),
  );
  const body = rows.map((row) =>
    h(
      "tr",
      { dataset: { id: row.id } },
      h("td", {}, h("span", { class: `badge impact-${row.impact}` }, words(row.impact))),
      h(
        "th",
        { scope: "row" },
        h("a", { href: recordHref(row.target_type, row.target_id, report, row.component) }, targetName(row)),
        texts.has(`${row.target_type}:${row.target_id}`)
          ? h("span", { class: "sub planned" }, texts.get(`${row.target_type}:${row.target_id}`))
          : null,
      ),
      h("td", {}, row.component === null ? "—" : String(row.component)),
      h("td", {}, row.excerpt),
    ),
  );
  return table(`COVID-19 annotations, ${reportName(report)}`, head, body, { class: "annotations", id: "covid-table" });
}

export async function render(route) {
  const all = await reports();
  const choices = all.filter((one) => count(one, "covid_annotation"));
  const wanted = route.params.get("report");
  const report = wanted ? await reportById(wanted) : choices[0];
  if (!report)
    return { title: "COVID-19", node: section("COVID-19", note("No loaded report has COVID-19 annotations.")) };
  const state = filters(route.params);
  const [summary, rows] = await Promise.all([
    api.data(`reports/${encodeURIComponent(report.id)}/summary`),
    annotations(report, state),
  ]);
  const texts = await plannedTexts(report, rows);
  const counts = summary.covid_annotations || { total: 0, by_impact: {}, by_component: {}, by_target_type: {} };
  const types = Object.entries(counts.by_target_type || {}).map(([type, total]) => [
    type,
    `${words(type)} (${num(total)})`,
  ]);
  const components = Object.entries(counts.by_component || {})
    .sort(([a], [b]) => (a === "null") - (b === "null") || Number(a) - Number(b))
    .map(([key, total]) => [key, `${key === "null" ? "No component" : `Component ${key}`} (${num(total)})`]);
  const node = h(
    "div",
    {},
    h("h1", {}, "COVID-19, ", reportName(report)),
    h(
      "div",
      { class: "controls" },
      select("Report", "report", reportOptions(choices.length ? choices : [report]), report.id, (id) =>
        go("covid", "", { report: id }),
      ),
      select(
        "Annotates",
        "type",
        [["", "Anything"], ...types],
        state.type,
        (type) => (location.hash = query(report, state, { type })),
      ),
      select(
        "Component",
        "component",
        [["", "Any component"], ...components],
        state.component,
        (component) => (location.hash = query(report, state, { component })),
      ),
    ),
    impactChips(report, state, counts.by_impact || {}),
    section("How the pandemic is mentioned", h("div", { class: "pair" }, charts(report, state, counts))),
    section(
      `${num(rows.length)} of ${num(counts.total)} annotations`,
      note(
        "Each sentence of the report that names COVID-19, classed by the impact it states. Choose what it annotates to open it.",
      ),
      rows.length ? list(rows, report, texts) : note("No annotation matches these filters."),
    ),
  );
  return { title: `COVID-19 ${report.mission} ${report.period}`, node };
}
