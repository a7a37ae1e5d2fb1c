// Results: outputs by completion status for each component, then a component's expected accomplishments,
// then one accomplishment's indicators (their targets over the periods) and outputs, each output opening to
// its completed values, remarks and the basis of its status.
// GET /v1/reports, and for the report /summary, /components, /expected-accomplishments,
// /indicators?expected_accomplishment=, /outputs?expected_accomplishment=, /outputs/{id} (on demand).

import * as api from "../api.js";
import { bars, stacked } from "../charts.js";
import { count, reportById, reportName, reportOptions, reports } from "../data.js";
import { h, note, replace, section, select, table } from "../dom.js";
import { DASH, has, num, pct, words } from "../format.js";
import { go, link, remember } from "../route.js";

const STATUSES = ["completed", "exceeded", "partially_completed", "not_completed", "not_reported"];

function statusKeys(byComponent) {
  const seen = new Set(Object.values(byComponent).flatMap((counts) => Object.keys(counts)));
  const known = STATUSES.filter((status) => seen.has(status));
  const other = [...seen].filter((status) => !STATUSES.includes(status)).sort();
  return [...known, ...other].map((key) => ({ key, name: words(key), cls: `st-${key}` }));
}

function overviewOfStatus(summary, components, report) {
  const byComponent = summary.outputs_by_status || {};
  const keys = statusKeys(byComponent);
  const numbers = components.map((one) => one.number);
  const title = (number) => (components.find((one) => one.number === number) || {}).title || "";
  const chart = stacked({
    caption: "Outputs by completion status, per component",
    items: numbers.map((number) => ({
      label: `Component ${number}`,
      sublabel: title(number),
      href: link("results", report.id, { component: number }),
      parts: byComponent[String(number)] || {},
    })),
    keys,
    format: num,
  });
  const head = [
    h("th", { scope: "col" }, "Component"),
    ...keys.map((key) => h("th", { scope: "col", class: "num" }, key.name)),
  ];
  const rows = numbers.map((number) =>
    h(
      "tr",
      { dataset: { component: number } },
      h(
        "th",
        { scope: "row" },
        h("a", { href: link("results", report.id, { component: number }) }, `Component ${number}`),
      ),
      keys.map((key) =>
        h("td", { class: "num", dataset: { key: key.key } }, num((byComponent[String(number)] || {})[key.key] || 0)),
      ),
    ),
  );
  return section(
    "Outputs by completion status",
    chart,
    table("Outputs by completion status (derived by the API from what the report prints)", head, rows, {
      class: "figures",
      id: "status-table",
    }),
  );
}

function accomplishmentList(component, eas, report, current) {
  return h(
    "ol",
    { class: "cards", id: "ea-list" },
    eas.map((ea) =>
      h(
        "li",
        { class: ea.id === current ? "current" : "" },
        h(
          "a",
          {
            href: link("results", report.id, { component: component.number, ea: ea.id }),
            "aria-current": ea.id === current ? "true" : null,
            dataset: { ea: ea.id },
          },
          h("strong", {}, `Expected accomplishment ${ea.id}`),
          h("span", {}, ea.title),
          h("small", {}, `${num(ea.indicator_count)} indicators · ${num(ea.output_count)} outputs`),
        ),
      ),
    ),
  );
}

function targetSeries(indicator) {
  // Targets by period, one series per name (most indicators have one series with no name).
  const groups = new Map();
  for (const target of indicator.targets || []) {
    const key = target.series || "";
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(target);
  }
  return [...groups.entries()];
}

function achievement(indicator) {
  if (has(indicator, "achievement")) return words(indicator.achievement);
  if (indicator.achieved === true) return "Achieved";
  if (indicator.achieved === false) return "Not achieved";
  return "Not assessed";
}

function indicatorCard(indicator, selected) {
  const series = targetSeries(indicator).map(([name, targets]) => {
    const numeric = targets.filter((target) => has(target, "value"));
    const chart =
      numeric.length > 1
        ? bars({
            caption: `Targets by period${name ? `: ${name}` : ""}`,
            items: targets.map((target) => ({ label: target.period, values: [target.value] })),
            series: [
              {
                name: "Target",
                cls: "s-target",
                format: (value) => (value === null || value === undefined ? DASH : num(value)),
              },
            ],
          })
        : null;
    const rows = targets.map((target) =>
      h(
        "tr",
        {},
        h("th", { scope: "row" }, target.period),
        h("td", {}, target.value_text || words(target.value_status)),
      ),
    );
    return h(
      "div",
      { class: "series" },
      chart,
      table(
        `Targets${name ? ` (${name})` : ""} as printed`,
        [h("th", { scope: "col" }, "Period"), h("th", { scope: "col" }, "Target as printed")],
        rows,
        { class: "targets" },
      ),
    );
  });
  return h(
    "article",
    {
      class: `card indicator${selected ? " current" : ""}`,
      id: `indicator-${indicator.id}`,
      dataset: { indicator: indicator.id },
    },
    h(
      "h4",
      {},
      `Indicator ${indicator.id} `,
      h("span", { class: `badge ach-${indicator.achieved}` }, achievement(indicator)),
    ),
    h("p", {}, indicator.planned_text),
    series,
    h("p", {}, h("strong", {}, "Actual: "), indicator.actual_text || DASH),
    indicator.explanation ? h("p", { class: "note" }, indicator.explanation) : null,
  );
}

function completedList(completed) {
  if (!completed.length) return DASH;
  return h(
    "ul",
    { class: "completed" },
    completed.map((entry) =>
      h("li", {}, h("strong", {}, entry.value_text || words(entry.value_status)), entry.unit ? ` ${entry.unit}` : ""),
    ),
  );
}

function outputDetail(output, report) {
  const annotations = output.covid_annotations || [];
  const basis = has(output, "status_basis")
    ? h("p", {}, h("strong", {}, "Basis of the status: "), words(output.status_basis))
    : null;
  return [
    h("h5", {}, `Output ${output.id}`),
    h("p", {}, output.planned_text),
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Status"),
      h("dd", {}, h("span", { class: `badge st-${output.status}` }, words(output.status))),
      has(output, "completion_ratio")
        ? [h("dt", {}, "Completed ÷ planned"), h("dd", {}, pct(output.completion_ratio * 100))]
        : null,
      output.direction ? [h("dt", {}, "Direction"), h("dd", {}, words(output.direction))] : null,
    ),
    basis,
    h("p", {}, h("strong", {}, "Completed")),
    table(
      `Completed values of output ${output.id}`,
      ["Value", "Unit", "As reported"].map((name) => h("th", { scope: "col" }, name)),
      output.completed.map((entry) =>
        h(
          "tr",
          {},
          h("td", {}, entry.value_text || DASH),
          h("td", {}, entry.unit || DASH),
          h("td", {}, words(entry.value_status)),
        ),
      ),
      { class: "completed-values" },
    ),
    h("p", {}, h("strong", {}, "Remarks: "), output.remarks || DASH),
    annotations.length
      ? h(
          "ul",
          { class: "covid-notes" },
          annotations.map((one) =>
            h(
              "li",
              {},
              h(
                "a",
                {
                  class: `badge impact-${one.impact}`,
                  href: link("covid", "", { report: report.id, impact: one.impact }),
                },
                `COVID-19: ${words(one.impact)}`,
              ),
              " ",
              one.excerpt,
            ),
          ),
        )
      : null,
  ];
}

function outputRows(output, context) {
  const panelId = `output-${output.id}`;
  const panel = h(
    "tr",
    { class: "explain", id: panelId, hidden: true },
    h("td", { colspan: 5 }, h("p", { class: "loading" }, "Loading…")),
  );
  const button = h(
    "button",
    {
      type: "button",
      class: "why",
      "aria-expanded": "false",
      "aria-controls": panelId,
      dataset: { output: output.id },
    },
    "Details",
  );
  const open = async (show) => {
    button.setAttribute("aria-expanded", String(show));
    panel.hidden = !show;
    context.remember({ output: show ? output.id : "" });
    if (!show) return;
    try {
      const detail = await api.data(
        `reports/${encodeURIComponent(context.report.id)}/outputs/${encodeURIComponent(output.id)}`,
      );
      replace(panel.firstChild, outputDetail(detail, context.report));
    } catch (error) {
      replace(panel.firstChild, h("p", { class: "problem", role: "alert" }, error.message));
    }
  };
  button.addEventListener("click", () => open(button.getAttribute("aria-expanded") !== "true"));
  context.openers.set(output.id, () => open(true));
  const row = h(
    "tr",
    { dataset: { output: output.id } },
    h("th", { scope: "row" }, output.id, output.subgroup ? h("span", { class: "sub" }, output.subgroup) : null),
    h("td", {}, output.planned_text),
    h("td", {}, completedList(output.completed)),
    h(
      "td",
      {},
      h("span", { class: `badge st-${output.status}` }, words(output.status)),
      output.covid_affected ? h("span", { class: "badge covid" }, "COVID-19") : null,
    ),
    h("td", { class: "act" }, button),
  );
  return [row, panel];
}

async function accomplishment(ea, context) {
  const base = `reports/${encodeURIComponent(context.report.id)}`;
  const [indicators, outputs] = await Promise.all([
    api.all(`${base}/indicators`, { expected_accomplishment: ea.id }),
    api.all(`${base}/outputs`, { expected_accomplishment: ea.id }),
  ]);
  const head = ["Output", "Planned", "Completed", "Status", ""].map((name) => h("th", { scope: "col" }, name));
  return h(
    "section",
    { class: "panel", id: "ea-detail", dataset: { ea: ea.id } },
    h("h2", {}, `Expected accomplishment ${ea.id}`),
    h("p", { class: "lead" }, ea.title),
    h("h3", {}, "Indicators of achievement"),
    indicators.length
      ? indicators.map((one) => indicatorCard(one, one.id === context.indicator))
      : note("No indicator."),
    h("h3", {}, "Outputs"),
    outputs.length
      ? table(
          `Outputs of expected accomplishment ${ea.id}: "Details" shows the completed values, remarks and the basis of the status`,
          head,
          outputs.flatMap((one) => outputRows(one, context)),
          { class: "outputs", id: "output-table" },
        )
      : note("No output."),
  );
}

async function pickReport(route) {
  const all = await reports();
  const withResults = all.filter((one) => count(one, "output") || count(one, "indicator"));
  const report = route.arg ? await reportById(route.arg) : withResults[0];
  return { report, choices: withResults.length ? withResults : all };
}

export async function render(route) {
  const { report, choices } = await pickReport(route);
  if (!report) return { title: "Results", node: section("Results", note("No loaded report has a results framework.")) };
  const base = `reports/${encodeURIComponent(report.id)}`;
  const [summary, components, eas] = await Promise.all([
    api.data(`${base}/summary`),
    api.all(`${base}/components`),
    api.all(`${base}/expected-accomplishments`),
  ]);
  const params = route.params;
  const chosenEa = eas.find((one) => one.id === params.get("ea"));
  const number =
    Number(params.get("component")) || (chosenEa && chosenEa.component) || (components[0] && components[0].number);
  const component = components.find((one) => one.number === number);
  const state = {
    component: number,
    ea: chosenEa ? chosenEa.id : "",
    output: params.get("output") || "",
    indicator: params.get("indicator") || "",
  };
  const context = {
    report,
    indicator: state.indicator,
    openers: new Map(),
    remember: (change) => remember("results", report.id, Object.assign(state, change)),
  };
  const parts = [
    h("h1", {}, "Results, ", reportName(report)),
    h(
      "div",
      { class: "controls" },
      select("Report", "report", reportOptions(choices), report.id, (id) => go("results", id)),
    ),
    overviewOfStatus(summary, components, report),
  ];
  if (component) {
    const mine = eas.filter((one) => one.component === component.number);
    parts.push(
      section(
        `Component ${component.number}: ${component.title}`,
        note("Choose an expected accomplishment to see its indicators and outputs."),
        accomplishmentList(component, mine, report, state.ea),
      ),
    );
  }
  if (chosenEa) parts.push(await accomplishment(chosenEa, context));
  const node = h("div", {}, parts);
  const focus = state.output || state.indicator;
  if (state.output && context.openers.has(state.output)) context.openers.get(state.output)();
  if (focus) {
    requestAnimationFrame(() =>
      node
        .querySelector(`[data-output="${CSS.escape(focus)}"], [data-indicator="${CSS.escape(focus)}"]`)
        ?.scrollIntoView({ block: "center" }),
    );
  } else if (chosenEa) {
    requestAnimationFrame(() => node.querySelector("#ea-detail")?.scrollIntoView({ block: "start" }));
  }
  return { title: `Results ${report.mission} ${report.period}`, node };
}
