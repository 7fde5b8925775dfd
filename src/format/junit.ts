import { SEVERITY_NL, type Diagnostic, type LintResult } from '../lint/diagnostic.js';
import type { FormatContext } from './index.js';
import { orderedFiles } from './order.js';
import { withPrefix } from './paths.js';

/**
 * JUnit XML for CI test-report views (GitLab, Jenkins, Azure DevOps, …): one testsuite per file,
 * one failing testcase per error.
 *
 * Warnings and infos become passing testcases with the message in `<system-out>`: CI views list
 * them among the file's tests and show the output when opened, yet they do not turn the report
 * red, matching exit code 0 for warnings. A file without errors also gets one passing testcase
 * (`lint`), so a clean file still counts as a passed test instead of an empty suite.
 */

const PASS_NAME = 'lint';

/* Characters XML 1.0 does not allow at all (most C0 controls, lone surrogates, U+FFFE/U+FFFF);
   messages can quote submitted text, so they are removed rather than producing a broken file. */
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function stripIllegal(text: string): string {
  return text.replace(ILLEGAL_XML, '');
}

export function escapeText(text: string): string {
  return stripIllegal(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/* Parsers normalise raw tabs and line breaks in attributes to spaces; character references survive. */
export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}


function caseName(m: Diagnostic): string {
  return `${m.ruleId} ${m.line}:${m.column}`;
}

/** The text body: where, what, and the suggestions, for people reading the CI page. */
function details(path: string, m: Diagnostic): string {
  let text = `${path}:${m.line}:${m.column}: ${SEVERITY_NL[m.severity]}: ${m.message} (${m.ruleId})`;
  if (m.suggestions !== undefined && m.suggestions.length > 0) text += `\nSuggesties: ${m.suggestions.join(', ')}`;
  return text;
}

export function formatJunit(result: LintResult, ctx: FormatContext): string {
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;

  for (const file of orderedFiles(result)) {
    const workspacePath = withPrefix(ctx.pathPrefix, file.path);
    const caseStart = (name: string): string =>
      `    <testcase classname="${escapeAttribute(file.path)}" name="${escapeAttribute(name)}" ` +
      `file="${escapeAttribute(workspacePath)}" time="0"`;

    // Testcases in position order; a file without errors starts with its one passing `lint` case.
    const failures = file.messages.filter((m) => m.severity === 'error').length;
    const cases: string[] = failures === 0 ? [`${caseStart(PASS_NAME)}/>`] : [];
    for (const m of file.messages) {
      const body =
        m.severity === 'error'
          ? `      <failure message="${escapeAttribute(m.message)}" type="${escapeAttribute(m.ruleId)}">` +
            `${escapeText(details(workspacePath, m))}</failure>\n`
          : `      <system-out>${escapeText(details(workspacePath, m))}</system-out>\n`;
      cases.push(`${caseStart(caseName(m))}>\n${body}    </testcase>`);
    }

    totalTests += cases.length;
    totalFailures += failures;
    suites.push(
      `  <testsuite name="${escapeAttribute(file.path)}" tests="${cases.length}" failures="${failures}" ` +
        `errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }

  const body = suites.length > 0 ? `\n${suites.join('\n')}\n` : '\n';
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="staat lint" tests="${totalTests}" failures="${totalFailures}" errors="0" time="0">` +
    `${body}</testsuites>\n`
  );
}
