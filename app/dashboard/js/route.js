// Each view's state lives in the URL's hash: #/view/argument?key=value. A view is a link to share.

function encode(value) {
  // Periods (2024/25) and lists (a,b) stay readable in the address bar.
  return encodeURIComponent(value).replace(/%2F/g, "/").replace(/%2C/g, ",");
}

/** "#/mission/MINUSMA?period=2019/20" -> {view: "mission", arg: "MINUSMA", params}; null for other hashes. */
export function parse(hash) {
  if (!hash.startsWith("#/"))
    return hash === "" || hash === "#" ? { view: "", arg: "", params: new URLSearchParams() } : null;
  const body = hash.slice(2);
  const cut = body.indexOf("?");
  const path = cut < 0 ? body : body.slice(0, cut);
  const query = cut < 0 ? "" : body.slice(cut + 1);
  const [view, ...rest] = path.split("/");
  return { view, arg: rest.map(decodeURIComponent).join("/"), params: new URLSearchParams(query) };
}

/** The hash of a view: link("compare", "", {period: "2024/25", slug: "air-operations"}). Empty values are left out. */
export function link(view, arg = "", params = {}) {
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const query = entries
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => `${encode(key)}=${encode(value)}`)
    .join("&");
  return `#/${view}${arg ? `/${encodeURIComponent(arg)}` : ""}${query ? `?${query}` : ""}`;
}

/** Go to a view (a new history entry; the page renders it). */
export function go(view, arg, params) {
  location.hash = link(view, arg, params);
}

/** Record a change a view has already drawn (a sort, an opened row), without drawing the view again. */
export function remember(view, arg, params) {
  history.replaceState(null, "", link(view, arg, params));
}

/** The part of an id before its last ".i3"/".o12": the expected accomplishment of an indicator or output. */
export function eaOf(id) {
  return String(id).replace(/\.[io]\d+$/, "");
}

/** Where in the dashboard a record of a report is shown: outputs and indicators in Results, financial
 * categories and variances in the mission's view, narrative text in the text view. */
export function recordHref(type, id, report, component) {
  const ea = eaOf(id);
  switch (type) {
    case "output":
      return link("results", report.id, { component, ea, output: id });
    case "indicator":
      return link("results", report.id, { component, ea, indicator: id });
    case "expected_accomplishment":
      return link("results", report.id, { component, ea: id });
    case "financial_category":
      return link("mission", report.mission, { period: report.period, cat: id });
    case "variance":
      // A variance's id is its category's slug, followed by its period where a report explains several.
      return link("mission", report.mission, { period: report.period, cat: id.replace(/-\d{4}-\d{2}$/, "") });
    case "paragraph":
    case "summary":
    case "follow_up":
      return link("text", report.id, { [type]: id });
    default:
      return link("mission", report.mission, { period: report.period });
  }
}
