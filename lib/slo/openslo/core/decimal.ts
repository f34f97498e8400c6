// Exact decimal strings from YAML numbers: 0.999 → "99.9" without floating-point drift.

/** The shortest decimal text of a finite number, without exponent ("0.0001", not "1e-4"). */
export function decimalText(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/** Moves the decimal point: shiftDecimal("0.999", 2) = "99.9", shiftDecimal("99.9", -2) = "0.999". */
export function shiftDecimal(text: string, places: number): string {
  const negative = text.startsWith("-");
  const [int = "0", frac = ""] = (negative ? text.slice(1) : text).split(".");
  let digits = int + frac;
  let point = int.length + places;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits = digits + "0".repeat(point - digits.length);
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const fraction = digits.slice(point).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

/** Canonical form of a decimal string ("99.900" → "99.9", "100.0" → "100"). */
export function canonicalDecimal(text: string): string {
  return shiftDecimal(text, 0);
}
