// Sortable tables: `sort` is a column key, "-" first for descending (the API's own convention).
// Missing values sort last in both directions, as the API sorts them.

import { h } from "./dom.js";

function parseSort(sort, columns) {
  const descending = String(sort || "").startsWith("-");
  const key = String(sort || "").replace(/^-/, "");
  const column = columns.find((one) => one.key === key) || columns[0];
  return { column, descending };
}

function compare(a, b, text) {
  if (text) return String(a).localeCompare(String(b));
  return a - b;
}

/** The rows in the order `sort` names (a copy). Columns: [{key, name, value(row), text}]. */
export function sortRows(rows, columns, sort) {
  const { column, descending } = parseSort(sort, columns);
  const absent = (value) => value === undefined || value === null || Number.isNaN(value);
  return [...rows].sort((left, right) => {
    const a = column.value(left);
    const b = column.value(right);
    if (absent(a) || absent(b)) return absent(a) - absent(b);
    const order = compare(a, b, column.text);
    return descending ? -order : order;
  });
}

/** Header cells whose buttons sort the table; `onSort` gets the new sort. */
export function sortHeaders(columns, sort, onSort) {
  const { column: current, descending } = parseSort(sort, columns);
  return columns.map((column) => {
    const active = column === current;
    const next = active ? (descending ? column.key : `-${column.key}`) : column.text ? column.key : `-${column.key}`;
    const arrow = active ? (descending ? " ▼" : " ▲") : "";
    return h(
      "th",
      {
        scope: "col",
        class: column.text ? "" : "num",
        "aria-sort": active ? (descending ? "descending" : "ascending") : "none",
      },
      h(
        "button",
        { type: "button", class: "sort", dataset: { sort: column.key }, onClick: () => onSort(next) },
        column.name,
        h("span", { "aria-hidden": "true" }, arrow),
      ),
    );
  });
}
