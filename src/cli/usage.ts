// Help texts; kept in one place so `kap --help` and the usage errors say the same.
export const MAIN_HELP = `kap — key account plans by the six-step method

Usage:
  kap check <file> [--lang de|en] [--json]
  kap render <file> -o <out.pptx|out.docx> [--step 1-6] [--lang de|en]
             [--customer-safe] [--review]
  kap diff <old> <new> [--json] [--lang de|en]
  kap <command> --help

Commands:
  check    validate a plan file and report the red-thread findings
  render   write the plan as a PowerPoint deck or a Word document
  diff     show what changed between two versions of a plan

Exit codes: 0 ok, 1 the plan has error findings (check), 2 invalid input or usage.
`;

export const CHECK_HELP = `kap check — validate a key account plan and report its red-thread findings

Usage:
  kap check <file> [--lang de|en] [--json]

Options:
  --lang de|en   language of the messages (default: the plan's language, else the terminal's)
  --json         print the result as JSON (for scripts and editors)
  -h, --help     show this help

Exit codes:
  0  no error findings (warnings and infos allowed)
  1  at least one error finding
  2  invalid input (not JSON, schema, ids, references, format, version) or bad usage
`;

export const RENDER_HELP = `kap render — write a key account plan as a deck (.pptx) or a document (.docx)

Usage:
  kap render <file> -o <out.pptx|out.docx> [--step 1-6] [--lang de|en]
             [--customer-safe] [--review]

Options:
  -o, --output FILE  the file to write; .pptx or .docx decides the format
  --step N           only step N (1-6) of the plan
  --lang de|en       language of the document (default: the plan's language)
  --customer-safe    for the customer: leaves out risks, competition, strategies, what we
                     think of people, what we ask of management and every internal item
  --review           the review version: after the summary a page with the progress per goal,
                     the actions done, overdue and dropped since the last review, the next
                     90 days and what changed since the last review's snapshot
  -h, --help         show this help

An incomplete plan is rendered; its findings are printed as warnings.
On invalid input nothing is written (exit 2).
`;

export const DIFF_HELP = `kap diff — what changed between two versions of a key account plan

Usage:
  kap diff <old> <new> [--json] [--lang de|en]

Items are matched by id: added (+), removed (-) and changed (~, with each field old → new,
and a new position in its list), then the actions whose status changed. Either file may be
format version 1 or 2.

Options:
  --lang de|en   language of the report (default: the newer plan's language)
  --json         print the differences as JSON
  -h, --help     show this help

Exit codes:
  0  the plans could be compared (whether or not they differ)
  2  invalid input or bad usage
`;
