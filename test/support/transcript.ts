/**
 * Transcripts of real Docker: parsing and the masking applied before comparing.
 *
 * The file format is described in test/transcripts/README.md. In short:
 *
 *   # a comment                       (kept by the recorder)
 *   #! cleanup: /home/wordpress_db    (file directive: host paths the recorder removes)
 *   $ docker volume create data       (a command as typed at the host prompt)
 *   > --label x=y                     (continuation of a `\`-continued command)
 *   #! current-docker: <why, source>  (right after a command: its output is a hand edit)
 *   #! reference: <command>           (right after a command: what the recorder runs instead)
 *   | data                            (a stdout line; a bare `|` is an empty line)
 *   ! Error ...                       (a stderr line; a bare `!` is an empty line)
 *   \ no newline at end of stdout     (the last `|` line has no final newline)
 *   ? 1                               (exit status; omitted when 0)
 */
import { readFileSync } from 'node:fs';

export interface TranscriptStep {
  /** the command line as typed; continuation lines are joined with "\n" (after the `\`) */
  command: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  /** 1-based line number of the `$` line in the file */
  line: number;
  /** the output was edited by hand to what current Docker prints (a `#! current-docker:` note) */
  handEdited: boolean;
  /** the text of the `#! current-docker:` note(s) of this step, if any */
  notes: string[];
  /** a `#! reference:` command the recorder runs instead of `command` */
  reference?: string;
}

export interface Transcript {
  /** the `# ` comment lines before the first command, without the `# ` */
  description: string[];
  /** host paths named on `#! cleanup:` lines */
  cleanup: string[];
  steps: TranscriptStep[];
}

export class TranscriptSyntaxError extends Error {
  constructor(
    message: string,
    readonly lineNumber: number,
    readonly file?: string,
  ) {
    super(`${file ?? 'transcript'}:${lineNumber}: ${message}`);
    this.name = 'TranscriptSyntaxError';
  }
}

const NO_NEWLINE = /^\\ no newline at end of (stdout|stderr)$/;

interface StepBuilder {
  step: TranscriptStep;
  out: string[];
  err: string[];
  outNoNewline: boolean;
  errNoNewline: boolean;
  /** which stream the last output line went to (for the no-newline marker) */
  last?: 'stdout' | 'stderr';
  /** still reading `>` continuation lines */
  continuing: boolean;
  /** an output line, `?` or `\` line has been seen: annotations are over */
  inOutput: boolean;
  sawExit: boolean;
}

function finish(b: StepBuilder): TranscriptStep {
  const join = (lines: string[], noNewline: boolean) =>
    lines.length === 0 ? '' : lines.join('\n') + (noNewline ? '' : '\n');
  b.step.stdout = join(b.out, b.outNoNewline);
  b.step.stderr = join(b.err, b.errNoNewline);
  return b.step;
}

/** Parses the text of a transcript file. Throws TranscriptSyntaxError on a malformed line. */
export function parseTranscript(text: string, file?: string): Transcript {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  const transcript: Transcript = { description: [], cleanup: [], steps: [] };
  let cur: StepBuilder | undefined;
  const fail = (msg: string, i: number): never => {
    throw new TranscriptSyntaxError(msg, i + 1, file);
  };

  lines.forEach((raw, i) => {
    const line = raw;
    // continuation of a multi-line command
    if (cur?.continuing) {
      if (line === '>' || line.startsWith('> ')) {
        cur.step.command += '\n' + line.slice(2);
        cur.continuing = /\\$/.test(line);
        return;
      }
      fail('the command ends with `\\` but the next line does not start with "> "', i);
    }

    if (line.startsWith('$ ')) {
      if (cur) transcript.steps.push(finish(cur));
      const command = line.slice(2);
      cur = {
        step: { command, stdout: '', stderr: '', exitCode: 0, line: i + 1, handEdited: false, notes: [] },
        out: [],
        err: [],
        outNoNewline: false,
        errNoNewline: false,
        continuing: /\\$/.test(command),
        inOutput: false,
        sawExit: false,
      };
      return;
    }

    if (line === '#' || line.startsWith('# ') || line.startsWith('#!')) {
      const directive = /^#!\s*([a-z-]+):\s*(.*)$/.exec(line);
      if (directive) {
        const [, key, value] = directive;
        if (key === 'cleanup') {
          transcript.cleanup.push(...value.split(/\s+/).filter(Boolean));
          return;
        }
        if (key === 'current-docker' || key === 'reference') {
          if (!cur || cur.inOutput) fail(`\`#! ${key}:\` must come right after a command, before its output`, i);
          if (key === 'current-docker') {
            cur!.step.handEdited = true;
            cur!.step.notes.push(value);
          } else {
            cur!.step.reference = value;
          }
          return;
        }
        fail(`unknown directive \`#! ${key}:\``, i);
      }
      if (line.startsWith('#!')) {
        // a continuation of the previous note
        if (cur && !cur.inOutput && cur.step.notes.length > 0) {
          cur.step.notes[cur.step.notes.length - 1] += ' ' + line.slice(2).trim();
          return;
        }
        fail('a `#!` line must be a directive (`#! cleanup:`, `#! current-docker:`, `#! reference:`)', i);
      }
      if (!cur) transcript.description.push(line.slice(2));
      return;
    }

    if (line.trim() === '') return;

    if (line === '|' || line.startsWith('| ') || line === '!' || line.startsWith('! ')) {
      if (!cur) fail('output before the first command', i);
      if (cur!.sawExit) fail('output after the exit status', i);
      const content = line.length > 2 ? line.slice(2) : '';
      if (line[0] === '|') {
        if (cur!.outNoNewline) fail('stdout continues after "no newline at end of stdout"', i);
        cur!.out.push(content);
        cur!.last = 'stdout';
      } else {
        if (cur!.errNoNewline) fail('stderr continues after "no newline at end of stderr"', i);
        cur!.err.push(content);
        cur!.last = 'stderr';
      }
      cur!.inOutput = true;
      return;
    }

    const nn = NO_NEWLINE.exec(line);
    if (nn) {
      if (!cur) fail('output before the first command', i);
      const stream = nn[1] as 'stdout' | 'stderr';
      if ((stream === 'stdout' ? cur!.out : cur!.err).length === 0) fail(`no ${stream} line before this marker`, i);
      if (stream === 'stdout') cur!.outNoNewline = true;
      else cur!.errNoNewline = true;
      cur!.inOutput = true;
      return;
    }

    const exit = /^\? (\d+)$/.exec(line);
    if (exit) {
      if (!cur) fail('exit status before the first command', i);
      if (cur!.sawExit) fail('a second exit status for one command', i);
      cur!.step.exitCode = Number(exit[1]);
      cur!.sawExit = true;
      cur!.inOutput = true;
      return;
    }

    fail(`cannot read this line: ${JSON.stringify(line)}`, i);
  });

  if (cur) {
    if (cur.continuing) throw new TranscriptSyntaxError('the file ends inside a `\\`-continued command', lines.length, file);
    transcript.steps.push(finish(cur));
  }
  return transcript;
}

export function readTranscript(path: string): Transcript {
  return parseTranscript(readFileSync(path, 'utf8'), path);
}

// ---------------------------------------------------------------------------
// normalize(): masking of what legitimately differs between two runs.
// Every rule is listed, with its reason, in test/transcripts/README.md.

/** go-units HumanDuration, as used by `docker ps` (STATUS, CREATED) and `docker images` */
const DURATION =
  '(?:Less than a second|About a minute|About an hour|\\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))';

/** marks a variable-length placeholder; the spaces after it are collapsed in a last pass */
const V = '\u0000';

const fixed = (s: string, ch = '#') => ch.repeat(s.length);

const RULES: Array<[RegExp, string | ((...m: string[]) => string)]> = [
  // terminal line ends: a `-t` container writes CR LF
  [/\r\n/g, '\n'],
  // RFC 3339 timestamps (Created, StartedAt, FinishedAt...); the zero time is deterministic and kept
  [
    /\b(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g,
    (m: string) => (m.startsWith('0001-01-01T00:00:00') ? m : `<time>${V}`),
  ],
  // Go's time.Time String(): `{{.CreatedAt}}` in `docker ps` / `docker images` formats
  [/\b\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d+)? [+-]\d{4} [A-Z]{2,5}\b/g, `<time>${V}`],
  // ids: containers, images, volumes, networks, endpoints, sandboxes, layers (same length)
  [/\b[0-9a-f]{64}\b/g, (m: string) => fixed(m)],
  [/\b[0-9a-f]{12}\b/g, (m: string) => fixed(m)],
  // MAC addresses: random since v28 (broadcast and the all-zero loopback address are kept)
  [
    /\b[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}\b/g,
    (m: string) => (/^(00:){5}00$|^(ff:){5}ff$/i.test(m) ? m : '##:##:##:##:##:##'),
  ],
  // IPv6 link-local addresses are derived from the (random) MAC address
  [/\bfe80::[0-9a-f:]*[0-9a-f]/g, `fe80::<mac>${V}`],
  // host side of a container's veth pair: random suffix
  [/\bveth[0-9a-f]{7}\b/g, 'veth#######'],
  // interface indexes: global on the host, so they depend on what ran before
  [/@if\d+\b/g, `@if<n>${V}`],
  [/^(\s*)\d+: (?!lo:)([^\s:]+):(?= <)/gm, (_m: string, sp: string, name: string) => `${sp}<n>: ${name}:`],
  // overlay2's short layer links in `mount` output (/var/lib/docker/overlay2/l/<26 random chars>)
  [/\/l\/[A-Z0-9]{26}\b/g, (m: string) => '/l/' + fixed(m.slice(3))],
  // relative times of `docker ps` and `docker images`
  [new RegExp(`\\bUp ${DURATION}`, 'g'), `Up <age>${V}`],
  [new RegExp(`\\b${DURATION} ago\\b`, 'g'), `<age> ago${V}`],
  // table headers and the one STATUS value whose column width depends on a relative time
  [/\b(CREATED|STATUS)(?= {2})/g, `$1${V}`],
  [/\bCreated(?= {2})/g, `Created${V}`],
  // ifconfig traffic counters
  [
    /^(\s*)((?:RX|TX) (?:packets|bytes):.*)$/gm,
    (_m: string, sp: string, rest: string) =>
      sp + rest.replace(/:\d+/g, ':<n>').replace(/ \([^)]*\)/g, ' (<n>)').replace(/ {2,}/g, ' ').trimEnd(),
  ],
  // sizes (`docker images`, `docker ps -s`, `docker system df`)
  [/\b\d+(?:\.\d+)?\s?(?:B|kB|KB|MB|GB|TB)\b/g, `<size>${V}`],
  [/"(Size|VirtualSize|SizeRw|SizeRootFs)": \d+/g, '"$1": <size>'],
  // process ids in `docker inspect`
  [/"Pid": \d+/g, '"Pid": <pid>'],
  // ping: round-trip times
  [/\btime=\d+(?:\.\d+)? ms\b/g, 'time=<ms> ms'],
  [/\b(min\/avg\/max(?:\/mdev)?) = [\d.]+\/[\d.]+\/[\d.]+(?:\/[\d.]+)? ms\b/g, '$1 = <ms> ms'],
  // df: sizes and use% of the host's disk
  [
    /^(\S+)((?:\s+(?:\d+(?:\.\d+)?[KMGTP]?|-)){3})\s+(\d+%|-)(\s+)(\/\S*)$/gm,
    (_m: string, fs: string, _nums: string, _pct: string, _sp: string, mnt: string) => `${fs} <df>${V} ${mnt}`,
  ],
  // ephemeral host ports chosen by Docker for `-P` / `-p 80` (32768-60999)
  [
    /(0\.0\.0\.0|\[::\]|::|127\.0\.0\.1|\d+\.\d+\.\d+\.\d+):(3276[89]|327[7-9]\d|32[89]\d\d|3[3-9]\d{3}|[45]\d{4}|60\d{3})\b/g,
    (_m: string, ip: string) => `${ip}:#####`,
  ],
  [/"HostPort": "(3276[89]|327[7-9]\d|32[89]\d\d|3[3-9]\d{3}|[45]\d{4}|60\d{3})"/g, '"HostPort": "#####"'],
];

/**
 * Masks what differs between two runs of the same commands on real Docker, so
 * that a recorded output and a simulated one can be compared with `toBe`.
 * Fixed-length tokens become same-length placeholders (alignment is still
 * compared); variable-length tokens become `<...>` and the spaces after them
 * are collapsed to one.
 */
export function normalize(text: string): string {
  let out = text;
  for (const [re, rep] of RULES) {
    out = typeof rep === 'string' ? out.replace(re, rep) : out.replace(re, rep as (...m: string[]) => string);
  }
  // collapse the run of spaces after a variable-length placeholder
  out = out.replace(new RegExp(`${V} +`, 'g'), ' ').replace(new RegExp(V, 'g'), '');
  return out;
}
