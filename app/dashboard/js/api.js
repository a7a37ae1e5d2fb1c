// The one door to the API: GET a /v1 resource, follow a collection's pages, turn problems into errors.
// Paths are relative to the dashboard (../v1/), so the pages work behind a proxy that adds a prefix.

const BASE = new URL("../v1/", document.baseURI);
const PAGE = 500; // the API's largest page

export class ApiError extends Error {
  constructor(title, detail, status, url) {
    super(detail ? `${title}: ${detail}` : title);
    this.title = title;
    this.detail = detail;
    this.status = status;
    this.url = url;
  }
}

const cache = new Map(); // url -> Promise of the parsed body; an answer is reused for the page's life

export function url(path, params = {}) {
  const target = new URL(path, BASE);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") target.searchParams.set(key, String(value));
  }
  return target;
}

async function fetchJson(target) {
  let response;
  try {
    response = await fetch(target, { headers: { Accept: "application/json" } });
  } catch (error) {
    throw new ApiError("The API did not answer", `${error.message} (${target.pathname})`, 0, String(target));
  }
  if (!response.ok) throw await problem(response, target);
  return response.json();
}

async function problem(response, target) {
  // The API answers application/problem+json with a title and a detail; anything else is told as it is.
  let body = {};
  try {
    body = await response.json();
  } catch {
    body = {};
  }
  const title = body.title || `${response.status} ${response.statusText}`.trim();
  return new ApiError(title, body.detail || "", response.status, String(target));
}

/** GET one resource (its whole JSON body). */
export function get(path, params) {
  const target = String(url(path, params));
  if (!cache.has(target)) {
    const pending = fetchJson(target);
    cache.set(target, pending);
    pending.catch(() => cache.delete(target));
  }
  return cache.get(target);
}

/** GET one resource's `data`. */
export async function data(path, params) {
  return (await get(path, params)).data;
}

/** Every row of a collection, following `links.next` page after page. */
export async function all(path, params = {}) {
  let body = await get(path, { ...params, limit: PAGE });
  const rows = [...body.data];
  while (body.links && body.links.next) {
    const next = new URL(body.links.next);
    body = await get(next.pathname.replace(/^.*\/v1\//, ""), Object.fromEntries(next.searchParams));
    rows.push(...body.data);
  }
  return rows;
}
