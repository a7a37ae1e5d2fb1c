// Hand-drawn SVG bar charts. Each row is HTML (its label and its figures as text, read by screen readers
// and kept sharp on a phone) beside a small SVG whose bars stretch with the row; the SVG itself is hidden
// from assistive technology because the same numbers are in the row's text and in a table beside the chart.

import { h, s } from "./dom.js";

function domain(values) {
  const finite = values.filter((value) => typeof value === "number" && Number.isFinite(value));
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  return hi === lo ? [lo, lo + 1] : [lo, hi];
}

function rect(value, [lo, hi], y, height, cls, title) {
  const scale = (v) => ((v - lo) / (hi - lo)) * 100;
  const zero = scale(0);
  const end = scale(typeof value === "number" ? value : 0);
  const x = Math.min(zero, end);
  return s(
    "rect",
    { x: x.toFixed(3), y, width: Math.max(Math.abs(end - zero), 0).toFixed(3), height, class: cls },
    s("title", {}, title),
  );
}

function row(item, content) {
  // A row that leads somewhere is one link: its accessible name is its label and its figures.
  return h(
    "li",
    {},
    item.href ? h("a", { class: "bar-row", href: item.href }, content) : h("div", { class: "bar-row" }, content),
  );
}

function legend(series) {
  return h(
    "ul",
    { class: "legend", "aria-hidden": "true" },
    series.map((one) => h("li", {}, h("span", { class: `swatch ${one.cls}` }), one.name)),
  );
}

/**
 * Horizontal bars: one row per item, one bar per series.
 * items: [{label, sublabel, href, values: [number|null, ...]}]; series: [{name, cls, format}].
 */
export function bars({ caption, items, series, label = "" }) {
  const range = domain(items.flatMap((item) => item.values));
  const height = 8;
  const rows = items.map((item) => {
    const svg = s(
      "svg",
      {
        class: "bar-svg",
        viewBox: `0 0 100 ${series.length * (height + 2)}`,
        preserveAspectRatio: "none",
        "aria-hidden": "true",
        focusable: "false",
      },
      range[0] < 0
        ? s("line", {
            class: "zero",
            x1: (-range[0] / (range[1] - range[0])) * 100,
            x2: (-range[0] / (range[1] - range[0])) * 100,
            y1: 0,
            y2: series.length * (height + 2),
          })
        : null,
      series.map((one, index) =>
        rect(
          item.values[index],
          range,
          index * (height + 2) + 1,
          height,
          one.cls,
          `${one.name}: ${one.format(item.values[index])}`,
        ),
      ),
    );
    const figures = series.map((one, index) =>
      h(
        "span",
        { class: "bar-figure" },
        series.length > 1 ? h("span", { class: `swatch ${one.cls}`, "aria-hidden": "true" }) : null,
        h("span", { class: "sr" }, `${one.name}: `),
        one.format(item.values[index]),
      ),
    );
    return row(item, [
      h("span", { class: "bar-label" }, item.label, item.sublabel ? h("small", {}, ` ${item.sublabel}`) : null),
      svg,
      h("span", { class: "bar-value" }, figures),
    ]);
  });
  return h(
    "figure",
    { class: `chart series-${series.length}`, "aria-label": label || caption },
    h("figcaption", {}, caption),
    series.length > 1 ? legend(series) : null,
    h("ol", { class: "bars" }, rows),
  );
}

/**
 * Stacked bars, each row summing to 100%: items [{label, sublabel, href, parts: {key: count}}];
 * keys [{key, name, cls}] in drawing order; `format` prints a count.
 */
export function stacked({ caption, items, keys, format, label = "" }) {
  const rows = items.map((item) => {
    const sum = keys.reduce((acc, key) => acc + (item.parts[key.key] || 0), 0);
    const total = sum || 1;
    let x = 0;
    const segments = keys
      .filter((key) => item.parts[key.key])
      .map((key) => {
        const width = (item.parts[key.key] / total) * 100;
        const segment = s(
          "rect",
          { x: x.toFixed(3), y: 1, width: width.toFixed(3), height: 8, class: key.cls },
          s("title", {}, `${key.name}: ${format(item.parts[key.key])}`),
        );
        x += width;
        return segment;
      });
    const svg = s(
      "svg",
      {
        class: "bar-svg",
        viewBox: "0 0 100 10",
        preserveAspectRatio: "none",
        "aria-hidden": "true",
        focusable: "false",
      },
      segments,
    );
    const spoken = keys
      .filter((key) => item.parts[key.key])
      .map((key) => `${key.name} ${format(item.parts[key.key])}`)
      .join(", ");
    return row(item, [
      h("span", { class: "bar-label" }, item.label, item.sublabel ? h("small", {}, ` ${item.sublabel}`) : null),
      svg,
      h("span", { class: "bar-value" }, h("span", { class: "sr" }, `${spoken}; total `), format(sum)),
    ]);
  });
  return h(
    "figure",
    { class: "chart series-1", "aria-label": label || caption },
    h("figcaption", {}, caption),
    legend(keys),
    h("ol", { class: "bars" }, rows),
  );
}
