// How figures read on the page. One locale, so a figure always reads the same (the browser test relies on it).

const LOCALE = "en-US";
const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const upToTwo = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });

export const DASH = "—";

function missing(value) {
  return value === undefined || value === null || Number.isNaN(value);
}

/** US dollars in full, grouped by thousands, a minus sign first: $1,234,567; -$89,012. */
export function usd(value) {
  if (missing(value)) return DASH;
  return `${value < 0 ? "-" : ""}$${whole.format(Math.abs(value))}`;
}

/** US dollars for a chart label: $1.23B, $45.6M, $7.8K, $900. */
export function usdShort(value) {
  if (missing(value)) return DASH;
  const sign = value < 0 ? "-" : "";
  const size = Math.abs(value);
  if (size >= 1e9) return `${sign}$${twoDecimals.format(size / 1e9)}B`;
  if (size >= 1e6) return `${sign}$${oneDecimal.format(size / 1e6)}M`;
  if (size >= 1e3) return `${sign}$${oneDecimal.format(size / 1e3)}K`;
  return `${sign}$${whole.format(size)}`;
}

/** A percentage with one decimal, as the reports print them: 12.3%. */
export function pct(value) {
  return missing(value) ? DASH : `${oneDecimal.format(value)}%`;
}

/** A count or a plain number, up to two decimals: 1,234; 0.5. */
export function num(value) {
  return missing(value) ? DASH : upToTwo.format(value);
}

/** A vocabulary word as words: partially_completed -> Partially completed. */
export function words(value) {
  if (missing(value) || value === "") return DASH;
  const text = String(value).replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The period after a period: 2024/25 -> 2025/26 (the year after the one reported on). */
export function nextPeriod(period) {
  const match = /^(\d{4})\/(\d{2})$/.exec(period || "");
  if (!match) return "";
  const start = Number(match[1]) + 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** True where a field is present with a value (fields some reports do not have are absent or null). */
export function has(row, field) {
  return row !== null && row !== undefined && !missing(row[field]);
}
