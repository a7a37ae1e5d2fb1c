// Building the page from elements and text nodes only (no HTML strings): every text from the API goes in as text.

const SVG = "http://www.w3.org/2000/svg";

function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** An HTML element: h("a", {href: "#/x", class: "y"}, "text", otherNode). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  apply(el, attrs);
  return append(el, children);
}

/** An SVG element, the same way. */
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  apply(el, attrs);
  return append(el, children);
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A labelled <select>; `options` are [value, text] pairs; `onChange` gets the chosen value. */
export function select(label, name, options, current, onChange) {
  const id = `pick-${name}`;
  const control = h(
    "select",
    { id, name, onChange: (event) => onChange(event.target.value) },
    options.map(([value, text]) => h("option", { value, selected: String(value) === String(current) }, text)),
  );
  return h("p", { class: "control" }, h("label", { for: id }, label), control);
}

/** A table whose wrapper scrolls sideways on a narrow screen. */
export function table(caption, head, rows, attrs = {}) {
  return h(
    "div",
    { class: "table-wrap" },
    h("table", attrs, h("caption", {}, caption), h("thead", {}, h("tr", {}, head)), h("tbody", {}, rows)),
  );
}

/** A section with a heading. */
export function section(title, ...children) {
  return h("section", { class: "panel" }, h("h2", {}, title), ...children);
}

/** A text with the API's <mark> highlights kept as <mark> elements and everything else as text. */
export function marked(text) {
  const parts = String(text || "").split(/<\/?mark>/);
  return parts.map((part, index) => (index % 2 ? h("mark", {}, part) : part));
}

export function note(...children) {
  return h("p", { class: "note" }, ...children);
}
