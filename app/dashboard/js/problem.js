// What a person sees when the API answers an error: its problem title and detail, and the request.

import { ApiError } from "./api.js";
import { h } from "./dom.js";

/** What to show when a view could not be drawn: the API's problem title and detail, or the error. */
export function problemBox(error) {
  if (error instanceof ApiError) {
    return h(
      "div",
      { class: "problem", role: "alert" },
      h("h2", {}, error.status ? "The API answered an error" : "The API could not be reached"),
      h(
        "p",
        {},
        h("strong", { class: "problem-title" }, error.title),
        error.detail ? h("span", { class: "problem-detail" }, ` ${error.detail}`) : null,
      ),
      error.url
        ? h(
            "p",
            { class: "note" },
            "Request: ",
            h("a", { href: error.url }, new URL(error.url).pathname + new URL(error.url).search),
          )
        : null,
      h("p", {}, h("a", { href: "#/overview" }, "Back to the overview")),
    );
  }
  console.error(error); // eslint-disable-line no-console
  return h(
    "div",
    { class: "problem", role: "alert" },
    h("h2", {}, "This view could not be drawn"),
    h("p", {}, String(error.message || error)),
  );
}
