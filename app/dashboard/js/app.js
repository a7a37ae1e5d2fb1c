// The dashboard's shell: read the hash, draw the view it names, say clearly when the API answers an error.

import { replace } from "./dom.js";
import { problemBox } from "./problem.js";
import { parse } from "./route.js";
import * as compare from "./views/compare.js";
import * as covid from "./views/covid.js";
import * as mission from "./views/mission.js";
import * as overview from "./views/overview.js";
import * as results from "./views/results.js";
import * as search from "./views/search.js";
import * as text from "./views/text.js";

const VIEWS = { overview, mission, results, covid, compare, search, text };
const TITLE = "Peacekeeping budget performance";
let drawing = 0; // the latest navigation; an older one that finishes later is dropped

function markNavigation(view) {
  for (const anchor of document.querySelectorAll("nav a[data-view]")) {
    if (anchor.dataset.view === view) {
      anchor.setAttribute("aria-current", "page");
    } else {
      anchor.removeAttribute("aria-current");
    }
  }
}

async function draw() {
  const route = parse(location.hash);
  if (!route) return; // an in-page anchor, not a view
  if (!VIEWS[route.view]) {
    history.replaceState(null, "", "#/overview");
    route.view = "overview";
  }
  const mine = ++drawing;
  const main = document.getElementById("main");
  const previous = main.dataset.view;
  main.setAttribute("aria-busy", "true");
  markNavigation(route.view);
  let content;
  let title = "";
  try {
    const drawn = await VIEWS[route.view].render(route);
    content = drawn.node;
    title = drawn.title;
  } catch (error) {
    content = problemBox(error);
    title = "Error";
  }
  if (mine !== drawing) return;
  replace(main, content);
  main.dataset.view = route.view;
  main.dataset.drawn = String(mine);
  main.setAttribute("aria-busy", "false");
  document.title = title ? `${title} · ${TITLE}` : TITLE;
  if (previous && previous !== route.view) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
}

window.addEventListener("hashchange", draw);
draw();
