import type { ReportFieldProblem } from '@lvze/domain';

// A problem with the content, as shown: the field path the validator (or the server) named, and
// the sentence in the reader's language.
export interface ShownProblem {
  field: string;
  text: string;
}

export function localizeProblems(problems: readonly ReportFieldProblem[], locale: string): ShownProblem[] {
  return problems.map((p) => ({ field: p.field, text: locale === 'zh-CN' ? p.messageZh : p.message }));
}

// "categories[3].funds" belongs to the field "categories".
export function topField(path: string): string {
  const match = /^[^[.]*/.exec(path);
  return match ? match[0] : path;
}

export function problemsOf(field: string, problems: readonly ShownProblem[]): ShownProblem[] {
  return problems.filter((p) => topField(p.field) === field);
}

export interface TableProblems {
  // Stored row index → column key → sentence.
  cells: Map<number, Map<string, string>>;
  // About the table as a whole or a whole row (too many rows, an unknown row key).
  other: string[];
}

const CELL_PATH = /^[^[.]+\[(\d+)\]\.([A-Za-z][A-Za-z0-9_]*)$/;

export function tableProblems(field: string, problems: readonly ShownProblem[]): TableProblems {
  const cells = new Map<number, Map<string, string>>();
  const other: string[] = [];
  for (const p of problemsOf(field, problems)) {
    const match = CELL_PATH.exec(p.field);
    if (!match || match[2] === 'rowKey') {
      other.push(p.text);
      continue;
    }
    const row = Number(match[1]);
    let byColumn = cells.get(row);
    if (!byColumn) cells.set(row, (byColumn = new Map()));
    byColumn.set(match[2]!, p.text);
  }
  return { cells, other };
}

// submitReport's BAD_USER_INPUT carries every problem in extensions.problems (paths relative to the
// content, as the validator names them); its `field` is prefixed "content." and names the first.
export function serverProblems(error: unknown): ReportFieldProblem[] {
  const errors = (error as { graphQLErrors?: { extensions?: Record<string, unknown> }[] } | null)
    ?.graphQLErrors;
  const found: ReportFieldProblem[] = [];
  for (const graphQLError of Array.isArray(errors) ? errors : []) {
    const problems = graphQLError.extensions?.problems;
    if (!Array.isArray(problems)) continue;
    for (const p of problems as Partial<ReportFieldProblem>[]) {
      if (typeof p?.field === 'string' && typeof p.message === 'string') {
        found.push({ field: p.field, message: p.message, messageZh: p.messageZh ?? p.message });
      }
    }
  }
  return found;
}
