// The text of --help: every option, how files are found, and the exit codes.

/** Usage, options, environment and exit codes, as --help prints them. */
export function helpText(version: string): string {
  return `commentary-lint ${version}: lint and fix commentary takes

Usage: commentary-lint [options] [paths or globs...]
       commentary-lint --stdin [--stdin-filename NAME] [options]
       commentary-lint --init [folder]

With no paths, lints every *.take under the current folder. A folder is searched
for *.take files; a file named explicitly is linted whatever its extension; a glob
("takes/**/*.take", quote it) is expanded, and one whose last part names no
extension ("takes/**") picks *.take files only. While searching, .gitignore files
(root and nested) and the "ignore" globs of each symposium.json are respected, and
node_modules and .git are always skipped; symlinked folders are not followed. A take
named explicitly is linted even if .gitignore lists it; if its symposium ignores it,
it gets one warning instead (use --no-ignore to lint it).

Each take is checked against the nearest symposium.json above it. Takes under the
same symposium.json (takes without one: the same folder) form one symposium, and the
corpus rules (unique-contributor, unique-pull-quote) compare them.

Options:
  -f, --format NAME           stylish (default), json, sarif, github or html
  -o, --output FILE           write the report to FILE (folders created) instead of stdout
  -c, --config FILE           use this symposium.json for every take
      --fix                   apply safe fixes to the files, then report what is left (only
                              regular files inside the given paths; symlinks and read-only
                              takes are reported, not written)
      --fix-dry-run           write nothing: show the fixes as a unified diff (stylish) or
                              as each file's "output" (json), then report what is left
      --rule ID:SEVERITY      set a rule's severity: error, warning, info or off
                              (repeatable; applied over symposium.json)
      --max-warnings N        exit 1 when there are more than N warnings
      --max-file-size MIB     skip (and report) takes larger than MIB mebibytes (default 4);
                              only regular files are read (not FIFOs or devices)
  -q, --quiet                 report errors only (warnings still count for --max-warnings)
      --stdin                 lint standard input instead of files
      --stdin-filename NAME   the name stdin is reported under and its config is found from
                              (with --stdin --fix, the fixed text goes to stdout and the report
                              of what is left to stderr, or to --output FILE)
      --print-config FILE     print the resolved configuration of a take as JSON
      --list-rules            list the rules: id, default severity, fixable, description
                              (with --format json: as JSON)
      --init [FOLDER]         write a starter symposium.json into FOLDER (default: the current
                              folder): series, headline template, editor's note and image credit
                              when more than half of its takes agree, the spelling they use, and
                              $schema; never overwrites one (exit 2)
      --no-ignore             lint files that .gitignore or symposium "ignore" globs leave out
      --no-error-on-unmatched-pattern
                              a path or glob that matches nothing is not an error
      --color, --no-color     force colours on or off (default: on when stdout is a terminal)
  -v, --version               print the version
  -h, --help                  print this help

Formats:
  stylish   per file: line:column, severity, message and rule, then a summary
  json      [{filePath, messages: [{ruleId, severity, message, line, column, endLine,
            endColumn, fix?: {edits: [{start, end, text}]}, suggestions?: [{message, fix}]}],
            errorCount, warningCount, infoCount, fixableCount, output?}]; lines and
            columns are 1-based; columns and edit offsets count UTF-16 units, a BOM not
            included; "output" is the fixed text (--fix, --fix-dry-run)
  sarif     SARIF 2.1.0: every rule, results with regions, safe fixes (code scanning)
  github    ::error, ::warning and ::notice workflow commands (GitHub Actions annotations)
  html      one self-contained page (no outside files; works from file:// and by mail):
            per symposium, a card per take (contributors, affiliation, headline,
            pull-quote, word count, ready or not) with its findings by severity,
            each with a line:column anchor; takes that are not ready come first

Environment:
  NO_COLOR                    set (not empty): no colours
  FORCE_COLOR                 1: colours even when not a terminal; 0: never (beats NO_COLOR)
  COMMENTARY_LINT_WORKERS     number of worker threads (0: lint on the main thread)
  SOURCE_DATE_EPOCH           seconds since 1970: the date the html report shows (reproducible pages)

Exit codes:
  0  no errors, and warnings within --max-warnings
  1  lint errors, or more warnings than --max-warnings
  2  a usage, configuration or I/O error: a bad option, an invalid symposium.json or a
     path that matches nothing (then nothing is linted), or a take that cannot be read or
     is not UTF-8 (named on stderr; the other takes are still linted and reported)
`;
}
