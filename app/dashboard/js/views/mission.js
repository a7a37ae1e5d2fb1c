// A mission: its headline figures over the periods loaded, then for one period every financial category
// (apportionment against expenditure, the variance and its printed explanation), its personnel, and the
// next budget's figures where the report has them.
// GET /v1/missions, /v1/missions/{code}, /v1/reports, and for the period's report
// /financial-categories, /financial-categories/{slug} (on demand), /variances, /staffing.

import * as api from "../api.js";
import { bars } from "../charts.js";
import { count, missions, reportName, reports } from "../data.js";
import { h, note, replace, section, select, table } from "../dom.js";
import { has, nextPeriod, num, pct, usd, usdShort, words } from "../format.js";
import { go, link, recordHref, remember } from "../route.js";

const MONEY_SERIES = [
  { name: "Apportionment", cls: "s-apportionment", format: usdShort },
  { name: "Expenditure", cls: "s-expenditure", format: usdShort },
];

function headlines(detail, period) {
  const series = [...detail.series].sort((a, b) => a.period.localeCompare(b.period));
  const symbol = (entry) => (detail.reports.find((report) => report.id === entry.report_id) || {}).symbol || "";
  const chart = bars({
    caption: `${detail.code}: apportionment and expenditure by period`,
    items: series.map((entry) => ({
      label: entry.period,
      sublabel: symbol(entry),
      href: link("mission", detail.code, { period: entry.period }),
      values: [entry.apportionment_usd, entry.expenditure_usd],
    })),
    series: MONEY_SERIES,
  });
  const rows = series.map((entry) =>
    h(
      "tr",
      { class: entry.period === period ? "current" : "", dataset: { period: entry.period } },
      h(
        "th",
        { scope: "row" },
        h("a", { href: link("mission", detail.code, { period: entry.period }) }, entry.period),
        h("span", { class: "sub" }, symbol(entry)),
      ),
      h("td", { class: "num", dataset: { key: "apportionment" } }, usd(entry.apportionment_usd)),
      h("td", { class: "num", dataset: { key: "expenditure" } }, usd(entry.expenditure_usd)),
      h("td", { class: "num", dataset: { key: "balance" } }, usd(entry.unencumbered_balance_usd)),
      h("td", { class: "num", dataset: { key: "utilization" } }, pct(entry.utilization_rate_percent)),
    ),
  );
  const head = ["Period", "Apportionment", "Expenditure", "Unencumbered balance", "Utilization rate"].map(
    (name, index) => h("th", { scope: "col", class: index ? "num" : "" }, name),
  );
  return section(
    "Headline figures by period",
    chart,
    table(`${detail.code}: headline figures by period (US dollars)`, head, rows, {
      class: "figures",
      id: "mission-series",
    }),
  );
}

function explanationPanel(detail, report) {
  const explained = detail.variance_explanation;
  const parts = [];
  if (explained) {
    parts.push(
      h(
        "p",
        {},
        h("strong", {}, explained.direction ? `${words(explained.direction)} requirements` : "Variance"),
        `: ${usd(detail.variance_usd)} (${pct(detail.variance_percent)}).`,
      ),
      h("blockquote", { class: "explanation" }, explained.explanation),
      h(
        "p",
        { class: "note" },
        "As printed in the report, paragraph",
        explained.paragraphs.length === 1 ? " " : "s ",
        explained.paragraphs.map((number, index) => [
          index ? ", " : "",
          h("a", { href: recordHref("paragraph", number, report) }, String(number)),
        ]),
        ".",
      ),
    );
  } else {
    parts.push(note("The report prints no explanation of this variance."));
  }
  const notes = detail.covid_annotations || [];
  if (notes.length) {
    parts.push(
      h("p", {}, h("strong", {}, "COVID-19")),
      h(
        "ul",
        {},
        notes.map((one) =>
          h("li", {}, h("span", { class: `badge impact-${one.impact}` }, words(one.impact)), " ", one.excerpt),
        ),
      ),
    );
  }
  return parts;
}

function categoryRow(row, context) {
  const figures = [
    ["apportionment", usd(row.apportionment_usd)],
    ["expenditure", usd(row.expenditure_usd)],
    ["variance", usd(row.variance_usd)],
    ["variance_percent", pct(row.variance_percent)],
  ].map(([key, text]) => h("td", { class: "num", dataset: { key } }, text));
  const explained = context.explained.has(row.slug);
  const panelId = `why-${row.slug}`;
  const panel = h(
    "tr",
    { class: "explain", id: panelId, hidden: true },
    h("td", { colspan: 6 }, h("p", { class: "loading" }, "Loading…")),
  );
  const button = explained
    ? h(
        "button",
        {
          type: "button",
          class: "why",
          "aria-expanded": "false",
          "aria-controls": panelId,
          dataset: { slug: row.slug },
        },
        "Why?",
      )
    : null;
  const tr = h(
    "tr",
    { class: `level-${row.level}`, dataset: { slug: row.slug } },
    h("th", { scope: "row" }, row.name),
    figures,
    h("td", { class: "act" }, button),
  );
  if (button) {
    const load = () =>
      api.data(`reports/${encodeURIComponent(context.report.id)}/financial-categories/${encodeURIComponent(row.slug)}`);
    const open = async (show) => {
      button.setAttribute("aria-expanded", String(show));
      panel.hidden = !show;
      context.remember(show ? row.slug : "");
      if (!show) return;
      try {
        replace(panel.firstChild, explanationPanel(await load(), context.report));
      } catch (error) {
        replace(panel.firstChild, h("p", { class: "problem", role: "alert" }, error.message));
      }
    };
    button.addEventListener("click", () => open(button.getAttribute("aria-expanded") !== "true"));
    // On hover the explanation is fetched ahead and offered as the row's tooltip.
    tr.addEventListener(
      "pointerenter",
      () =>
        load()
          .then(
            (detail) =>
              detail.variance_explanation && tr.setAttribute("title", detail.variance_explanation.explanation),
          )
          .catch(() => {}),
      { once: true },
    );
    context.openers.set(row.slug, () => open(true));
  }
  return [tr, panel];
}

function financialTable(categories, context) {
  const rows = [];
  let group = null;
  for (const row of categories) {
    if (row.group && row.group !== group) {
      rows.push(h("tr", { class: "group" }, h("th", { scope: "colgroup", colspan: 6 }, row.group)));
    }
    group = row.group;
    rows.push(...categoryRow(row, context));
  }
  const head = ["Category", "Apportionment", "Expenditure", "Variance", "Variance (%)", "Explanation"].map(
    (name, index) => h("th", { scope: "col", class: index && index < 5 ? "num" : "" }, name),
  );
  return table(
    `Financial resources, ${context.report.period} (US dollars). A positive variance is money not spent; "Why?" shows the report's explanation.`,
    head,
    rows,
    { class: "figures", id: "mission-categories" },
  );
}

function financial(categories, context) {
  const lines = categories.filter(
    (row) => row.level === "line" && row.group && (row.apportionment_usd || row.expenditure_usd),
  );
  const chart = bars({
    caption: `Apportionment and expenditure by category, ${context.report.period}`,
    items: lines.map((row) => ({ label: row.name, values: [row.apportionment_usd, row.expenditure_usd] })),
    series: MONEY_SERIES,
  });
  return section(`Financial resources, ${context.report.period}`, chart, financialTable(categories, context));
}

const BUDGET_FIELDS = [
  "budget_apportionment_usd",
  "cost_estimates_usd",
  "budget_variance_usd",
  "budget_variance_percent",
];

function budget(categories, report) {
  // The next budget's figures, on combined reports: shown where the API serves them, else left out.
  const fields = BUDGET_FIELDS.filter((field) => categories.some((row) => has(row, field)));
  if (!fields.length) return null;
  const names = {
    budget_apportionment_usd: `Apportionment ${nextPeriod(report.period)}`,
    cost_estimates_usd: `Cost estimates ${report.budget_period || ""}`.trim(),
    budget_variance_usd: "Variance",
    budget_variance_percent: "Variance (%)",
  };
  const format = (field, value) => (field.endsWith("_percent") ? pct(value) : usd(value));
  const rows = categories.map((row) =>
    h(
      "tr",
      { class: `level-${row.level}`, dataset: { slug: row.slug } },
      h("th", { scope: "row" }, row.name),
      fields.map((field) => h("td", { class: "num", dataset: { key: field } }, format(field, row[field]))),
    ),
  );
  const head = [
    h("th", { scope: "col" }, "Category"),
    ...fields.map((field) => h("th", { scope: "col", class: "num" }, names[field])),
  ];
  const lines = categories.filter(
    (row) =>
      row.level === "line" && row.group && (has(row, "cost_estimates_usd") || has(row, "budget_apportionment_usd")),
  );
  const chart = bars({
    caption: `Budget ${report.budget_period || ""}: apportionment against cost estimates`,
    items: lines.map((row) => ({ label: row.name, values: [row.budget_apportionment_usd, row.cost_estimates_usd] })),
    series: [
      { name: names.budget_apportionment_usd, cls: "s-apportionment", format: usdShort },
      { name: names.cost_estimates_usd, cls: "s-estimate", format: usdShort },
    ],
  });
  return section(
    `Budget ${report.budget_period || "next period"}`,
    chart,
    table(`Financial resources for the budget period (US dollars)`, head, rows, {
      class: "figures",
      id: "mission-budget",
    }),
  );
}

function personnel(staffing, report) {
  if (!staffing.length) return section("Personnel", note("This report has no incumbency table."));
  const rated = staffing.filter((row) => has(row, "vacancy_rate_percent"));
  const chart = bars({
    caption: `Vacancy rate by category, ${report.period}`,
    items: rated.map((row) => ({
      label: row.name,
      sublabel: row.group ? `(${row.group})` : "",
      values: [row.vacancy_rate_percent],
    })),
    series: [{ name: "Vacancy rate", cls: "s-vacancy", format: pct }],
  });
  const rows = staffing.map((row) =>
    row.level === "group"
      ? h(
          "tr",
          { class: "staff-group", dataset: { slug: row.slug } },
          h("th", { scope: "colgroup", colspan: 4 }, row.name),
        )
      : h(
          "tr",
          { class: `staff-${row.level}`, dataset: { slug: row.slug } },
          h("th", { scope: "row" }, row.name),
          h("td", { class: "num", dataset: { key: "approved" } }, num(row.approved)),
          h("td", { class: "num", dataset: { key: "actual" } }, num(row.actual_average)),
          h("td", { class: "num", dataset: { key: "vacancy" } }, pct(row.vacancy_rate_percent)),
        ),
  );
  const head = ["Category", "Approved", "Actual (average)", "Vacancy rate"].map((name, index) =>
    h("th", { scope: "col", class: index ? "num" : "" }, name),
  );
  return section(
    `Personnel, ${report.period}`,
    chart,
    table(`Personnel: approved posts against the average actually deployed, ${report.period}`, head, rows, {
      class: "figures",
      id: "mission-staffing",
    }),
  );
}

function header(detail, report, all, loaded) {
  const full = loaded.find((one) => one.id === report.id) || report;
  const links = [h("a", { href: link("results", report.id) }, "Results of this report")];
  if (count(full, "covid_annotation"))
    links.push(h("a", { href: link("covid", "", { report: report.id }) }, "COVID-19 in this report"));
  links.push(h("a", { href: String(api.url(`reports/${encodeURIComponent(report.id)}/source`)) }, "Report text"));
  return [
    h("h1", {}, detail.code, h("span", { class: "sub" }, detail.name)),
    h(
      "div",
      { class: "controls" },
      select(
        "Mission",
        "mission",
        all.map((one) => [one.code, one.code]),
        detail.code,
        (code) => go("mission", code),
      ),
      select(
        "Period",
        "period",
        detail.reports.map((one) => [one.period, `${one.period} (${one.symbol})`]),
        report.period,
        (period) => go("mission", detail.code, { period }),
      ),
    ),
    note(full.title || reportName(full), full.budget_period ? ` With the budget for ${full.budget_period}.` : ""),
    h(
      "p",
      { class: "links" },
      links.map((one, index) => [index ? " · " : "", one]),
    ),
  ];
}

export async function render(route) {
  const all = await missions();
  if (!all.length) return { title: "Mission", node: section("Mission", note("No report is loaded yet.")) };
  const detail = await api.data(`missions/${encodeURIComponent(route.arg || all[0].code)}`);
  const report = detail.reports.find((one) => one.period === route.params.get("period")) || detail.reports[0];
  const base = `reports/${encodeURIComponent(report.id)}`;
  const [categories, staffing, variances, loaded] = await Promise.all([
    api.all(`${base}/financial-categories`),
    api.all(`${base}/staffing`),
    api.all(`${base}/variances`),
    reports(),
  ]);
  const context = {
    report: { ...report, mission: detail.code },
    explained: new Set(variances.filter((one) => one.explanation).map((one) => one.category_slug ?? one.slug)),
    openers: new Map(),
    remember: (cat) => remember("mission", detail.code, { period: report.period, cat }),
  };
  const node = h(
    "div",
    {},
    header(detail, report, all, loaded),
    headlines(detail, report.period),
    financial(categories, context),
    budget(categories, report),
    personnel(staffing, report),
  );
  const opened = route.params.get("cat");
  if (opened && context.openers.has(opened)) {
    context.openers.get(opened)();
    requestAnimationFrame(() =>
      node.querySelector(`tr[data-slug="${CSS.escape(opened)}"]`)?.scrollIntoView({ block: "center" }),
    );
  }
  return { title: `${detail.code} ${report.period}`, node };
}
