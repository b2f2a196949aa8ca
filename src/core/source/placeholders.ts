/**
 * Template placeholders in a flow's JSON: CloudFormation `Fn::Sub` variables (`${QueueArn}`,
 * `${AWS::Region}`, `${Lambda.Arn}`) and Terraform `templatefile()` interpolations (`${queue_arn}`,
 * `${jsonencode(x)}`). In practice they sit inside JSON strings and need nothing. One written where a value
 * belongs (`"Timeout": ${timeout}`) is replaced with a JSON value of exactly the same length, so the text
 * parses and every offset (and so every finding's line and column) stays where it was.
 */

/** Longest `${...}` taken as one placeholder; past that the brace is left alone. */
const MAX_PLACEHOLDER = 4096;

/** Index just past the `}` that closes the placeholder whose body starts at `from`, or -1. */
function placeholderEnd(text: string, from: number): number {
  let depth = 1;
  const stop = Math.min(text.length, from + MAX_PLACEHOLDER);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) depth++;
    else if (c === 0x7d) {
      if (--depth === 0) return i + 1;
    } else if (c === 0x22) {
      // A string inside a Terraform expression: ${jsonencode("a}")}
      for (i++; i < stop && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    }
  }
  return -1;
}

const UNSAFE_IN_STRING = /[\u0000-\u001f"\\]/;

/** A JSON value as long as `placeholder`, for a placeholder written where a value belongs. */
function valueStandIn(placeholder: string): string {
  const inner = placeholder.slice(2, -1);
  // `${timeout}` → `"$timeout"`: a string, readable in messages, exactly as long.
  if (!UNSAFE_IN_STRING.test(inner)) return `"$${inner}"`;
  // A multi-line expression: a number, then whitespace that keeps its line breaks.
  if (/[\r\n]/.test(inner)) return '0' + placeholder.slice(1).replace(/[^\r\n]/g, ' ');
  return `"${'_'.repeat(placeholder.length - 2)}"`;
}

/**
 * Returns `text` with every placeholder that would break JSON replaced by a same-length stand-in: one
 * outside strings becomes a JSON value, one inside a string that holds quotes or backslashes becomes `$___`.
 * Returns undefined when nothing needed replacing.
 */
export function standInPlaceholders(text: string): string | undefined {
  const parts: string[] = [];
  let copied = 0;
  const replace = (start: number, end: number, by: string): void => {
    parts.push(text.slice(copied, start), by);
    copied = end;
  };
  const n = text.length;
  let i = text.indexOf('${') === -1 ? n : 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      for (i++; i < n; ) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i += 2;
        else if (d === 0x22) {
          i++;
          break;
        } else if (d === 0x0a) break; // unterminated: let the parser say so
        else if (d === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
          const end = placeholderEnd(text, i + 2);
          if (end < 0) {
            i++;
            continue;
          }
          const body = text.slice(i, end);
          if (UNSAFE_IN_STRING.test(body.slice(2, -1)) && !/[\r\n]/.test(body)) replace(i, end, '$' + '_'.repeat(body.length - 1));
          i = end;
        } else i++;
      }
      continue;
    }
    if (c === 0x24 && text.charCodeAt(i + 1) === 0x7b) {
      const end = placeholderEnd(text, i + 2);
      if (end > 0) {
        replace(i, end, valueStandIn(text.slice(i, end)));
        i = end;
        continue;
      }
    }
    i++;
  }
  if (parts.length === 0) return undefined;
  parts.push(text.slice(copied));
  return parts.join('');
}

/**
 * True when a value is filled in later and cannot be checked before deploy: a contact attribute (`$.Attributes.x`)
 * or a deploy-time placeholder of any templating in use (`${x}`, `%%x%%`, `%x%`, `{{x}}`). Rules treat every
 * kind alike, whatever parameter holds it.
 */
export function isFilledLater(text: string): boolean {
  return text.includes('$') || /%%[^%\s]{1,200}%%|%[A-Za-z_][\w.-]{0,199}%|\{\{[^{}]{1,200}\}\}/.test(text);
}
