// Text: one piece of a report's narrative, where a COVID-19 annotation or a search hit points to it:
// a numbered paragraph, a paragraph of the summary, or an entry of the follow-up table.
// GET /v1/reports/{id}/paragraphs/{n}, /v1/reports/{id} (its summary text), /v1/reports/{id}/follow-up,
// and /v1/reports/{id}/covid-annotations?target_type= (what the pandemic notes say about it).

import * as api from "../api.js";
import { count, reportById, reportName } from "../data.js";
import { h, note, section } from "../dom.js";
import { words } from "../format.js";
import { link } from "../route.js";

const KINDS = ["paragraph", "summary", "follow_up"];

async function paragraph(report, number) {
  const row = await api.data(`reports/${encodeURIComponent(report.id)}/paragraphs/${encodeURIComponent(number)}`);
  const n = Number(number);
  const around = [
    n > 1 ? h("a", { href: link("text", report.id, { paragraph: n - 1 }), rel: "prev" }, `← Paragraph ${n - 1}`) : null,
    n < count(report, "paragraph")
      ? h("a", { href: link("text", report.id, { paragraph: n + 1 }), rel: "next" }, `Paragraph ${n + 1} →`)
      : null,
  ].filter(Boolean);
  return {
    heading: `Paragraph ${row.number}`,
    meta: `Section ${row.section}${row.heading ? `, ${row.heading}` : ""}${row.component ? `, component ${row.component}` : ""}`,
    text: [h("p", { class: "prose" }, row.text)],
    citation: row.citation,
    around,
  };
}

async function summary(report, index) {
  const detail = await api.data(`reports/${encodeURIComponent(report.id)}`);
  const found = ((detail.extra || {}).summary_text || []).find((one) => String(one.index) === String(index));
  return {
    heading: `Summary, paragraph ${index}`,
    meta: "The report's summary",
    text: [found ? h("p", { class: "prose" }, found.text) : note("The summary has no such paragraph.")],
    citation: `${report.symbol}, summary`,
    around: [],
  };
}

async function followUp(report, index) {
  const rows = await api.all(`reports/${encodeURIComponent(report.id)}/follow-up`);
  const found = rows.find((one) => String(one.index) === String(index));
  if (!found)
    return {
      heading: `Follow-up ${index}`,
      meta: "",
      text: [note("The follow-up table has no such entry.")],
      citation: "",
      around: [],
    };
  return {
    heading: `Follow-up to resolution ${found.resolution}, paragraph ${found.resolution_paragraph}`,
    meta: "Section VI: follow-up to the decisions and requests of the General Assembly",
    text: [
      h("h3", {}, "Decision or request"),
      h("p", { class: "prose" }, found.decision_request),
      h("h3", {}, "Action taken"),
      h("p", { class: "prose" }, found.action_taken),
    ],
    citation: found.citation,
    around: [],
  };
}

async function annotations(report, kind, id) {
  if (!count(report, "covid_annotation")) return [];
  const rows = await api.all(`reports/${encodeURIComponent(report.id)}/covid-annotations`, { target_type: kind });
  return rows.filter((row) => String(row.target_id) === String(id));
}

export async function render(route) {
  const report = await reportById(route.arg);
  const kind = KINDS.find((one) => route.params.has(one)) || "paragraph";
  const id = route.params.get(kind) || "1";
  const load = { paragraph, summary, follow_up: followUp }[kind];
  const [piece, notes] = await Promise.all([load(report, id), annotations(report, kind, id)]);
  const node = h(
    "div",
    {},
    h("h1", {}, piece.heading),
    h("p", { class: "note" }, reportName(report), piece.meta ? ` · ${piece.meta}` : ""),
    h(
      "article",
      { class: "panel text" },
      piece.text,
      piece.citation ? h("p", { class: "note" }, piece.citation) : null,
    ),
    notes.length
      ? section(
          "COVID-19 in this text",
          h(
            "ul",
            {},
            notes.map((one) =>
              h(
                "li",
                {},
                h(
                  "a",
                  {
                    class: `badge impact-${one.impact}`,
                    href: link("covid", "", { report: report.id, impact: one.impact }),
                  },
                  words(one.impact),
                ),
                " ",
                one.excerpt,
              ),
            ),
          ),
        )
      : null,
    h(
      "p",
      { class: "links" },
      piece.around.map((one) => [one, " · "]),
      h(
        "a",
        { href: link("mission", report.mission, { period: report.period }) },
        `${report.mission} ${report.period}`,
      ),
    ),
  );
  return { title: piece.heading, node };
}
