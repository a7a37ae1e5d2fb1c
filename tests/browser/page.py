"""The dashboard as a test reads it: one browser tab, and the lines to print at the end of the run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Lines for the end of the run: where the screenshots are, what the pages weigh.
REPORT_LINES: list[str] = []

# The page marks each view it draws (app/dashboard/js/app.js): main[data-drawn] counts them, aria-busy is false.
SETTLED = """before => {
    const main = document.querySelector("main");
    return main.dataset.drawn && main.dataset.drawn !== before && main.getAttribute("aria-busy") === "false";
}"""


class Dashboard:
    """One browser tab on the dashboard: open a view, wait until it is drawn, read it, photograph it."""

    def __init__(self, page: Any, base: str, screenshots: Path) -> None:
        self.page = page
        self.base = base
        self.screenshots = screenshots
        self.errors: list[str] = []  # uncaught exceptions and console errors, checked at the end of each test
        self.http_errors_expected = False
        page.on("pageerror", lambda error: self.errors.append(f"page error: {error}"))
        page.on("console", self._console)

    def _console(self, message: Any) -> None:
        if message.type != "error":
            return
        if self.http_errors_expected and "Failed to load resource" in message.text:
            return  # the browser logs every 4xx it fetched; a test of error messages expects them
        self.errors.append(f"console: {message.text}")

    def drawn(self) -> str:
        return str(self.page.evaluate("document.querySelector('main').dataset.drawn || ''"))

    def settle(self, before: str) -> None:
        """Wait until the view drawn after `before` (the value of drawn() then) is on the page."""
        self.page.wait_for_function(SETTLED, arg=before)

    def open(self, fragment: str = "") -> None:
        self.page.goto(f"{self.base}/dashboard/{fragment}")
        self.settle("")

    def act(self, action: Any) -> None:
        """Do something that draws a view again (a click on a link, a choice in a select) and wait for it."""
        before = self.drawn()
        action()
        self.settle(before)

    def view(self) -> str:
        return str(self.page.evaluate("document.querySelector('main').dataset.view"))

    def hash(self) -> str:
        return str(self.page.evaluate("decodeURIComponent(location.hash)"))

    def cells(self, rows: str, key: str) -> dict[str, dict[str, str]]:
        """{row's data-<key>: {cell's data-key: text}} for the rows a selector finds."""
        script = """([rows, key]) => Object.fromEntries([...document.querySelectorAll(rows)].map((row) => [
            row.dataset[key],
            Object.fromEntries([...row.querySelectorAll("td[data-key]")].map((td) => [td.dataset.key, td.textContent])),
        ]))"""
        found: dict[str, dict[str, str]] = self.page.evaluate(script, [rows, key])
        return found

    def order(self, rows: str, key: str) -> list[str]:
        found: list[str] = self.page.evaluate(
            "([rows, key]) => [...document.querySelectorAll(rows)].map((row) => row.dataset[key])", [rows, key]
        )
        return found

    def shot(self, name: str, *, full_page: bool = True) -> Path:
        path = self.screenshots / f"{name}.png"
        self.page.screenshot(path=str(path), full_page=full_page)
        return path
