// Search: a box over /v1/search, each hit linking into the view that shows it.
// GET /v1/search?q=&types= (following links.next for more) and /v1/reports (to name each hit's report).

import * as api from "../api.js";
import { reportName, reports } from "../data.js";
import { h, marked, note, section } from "../dom.js";
import { num, words } from "../format.js";
import { problemBox } from "../problem.js";
import { go, recordHref } from "../route.js";

const TYPES = ["output", "indicator", "variance", "paragraph"];
const PAGE = 25;

function form(q, types) {
  const input = h("input", {
    type: "search",
    id: "q",
    name: "q",
    value: q,
    required: true,
    autocomplete: "off",
    placeholder: "e.g. unmanned aerial vehicles",
  });
  const boxes = TYPES.map((type) =>
    h(
      "label",
      { class: "check" },
      h("input", { type: "checkbox", name: "types", value: type, checked: types.includes(type) }),
      ` ${words(type)}s`,
    ),
  );
  return h(
    "form",
    {
      class: "search",
      role: "search",
      onSubmit: (event) => {
        event.preventDefault();
        const chosen = [...event.target.querySelectorAll("input[name=types]:checked")].map((box) => box.value);
        go("search", "", { q: input.value.trim(), types: chosen.length === TYPES.length ? "" : chosen.join(",") });
      },
    },
    h(
      "p",
      { class: "control wide" },
      h("label", { for: "q" }, "Search the reports"),
      input,
      h("button", { type: "submit" }, "Search"),
    ),
    h("fieldset", { class: "types" }, h("legend", {}, "In"), boxes),
    note('Words are all required; "quoted phrases" match in order; or offers alternatives; -word excludes.'),
  );
}

function hit(row, byId) {
  const report = byId.get(row.report_id) || { id: row.report_id, mission: "", period: "" };
  const href = recordHref(row.type, row.id, report, undefined);
  return h(
    "li",
    { class: "hit", dataset: { type: row.type, id: row.id } },
    h("p", {}, h("span", { class: `badge type-${row.type}` }, words(row.type)), " ", h("a", { href }, row.title)),
    h("p", { class: "snippet" }, marked(row.snippet)),
    h("p", { class: "note" }, report.symbol ? reportName(report) : row.report_id),
  );
}

export async function render(route) {
  const q = (route.params.get("q") || "").trim();
  const types = (route.params.get("types") || TYPES.join(",")).split(",").filter((type) => TYPES.includes(type));
  const parts = [h("h1", {}, "Search"), form(q, types)];
  if (!q) {
    parts.push(note("Search outputs, indicators, variance explanations and the report's paragraphs."));
    return { title: "Search", node: h("div", {}, parts) };
  }
  const params = { q, types: types.length === TYPES.length ? "" : types.join(","), limit: PAGE };
  let first;
  let all;
  try {
    [first, all] = await Promise.all([api.get("search", params), reports()]);
  } catch (error) {
    parts.push(problemBox(error)); // the form stays, so the query can be mended
    return { title: `Search: ${q}`, node: h("div", {}, parts) };
  }
  const byId = new Map(all.map((report) => [report.id, report]));
  const list = h(
    "ol",
    { class: "hits", id: "hits" },
    first.data.map((row) => hit(row, byId)),
  );
  let next = first.links.next;
  const more = h("button", { type: "button", class: "more", hidden: !next }, "More results");
  more.addEventListener("click", async () => {
    const page = await api.get(
      new URL(next).pathname.replace(/^.*\/v1\//, ""),
      Object.fromEntries(new URL(next).searchParams),
    );
    list.append(...page.data.map((row) => hit(row, byId)));
    next = page.links.next;
    more.hidden = !next;
  });
  parts.push(
    section(
      `${num(first.meta.total)} result${first.meta.total === 1 ? "" : "s"} for “${q}”`,
      first.data.length ? list : note("Nothing matches."),
      more,
    ),
  );
  return { title: `Search: ${q}`, node: h("div", {}, parts) };
}
