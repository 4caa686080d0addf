import { describe, expect, it } from 'vitest';
import type { CompletionData } from '../../src/terminal/completion.ts';
import { History } from '../../src/terminal/history.ts';
import { type TerminalLab, TerminalSession } from '../../src/terminal/session.ts';

/** A tiny screen model: enough of a VT100 to check what a person would see. */
class Screen {
  rows: string[][] = [[]];
  r = 0;
  c = 0;
  constructor(readonly cols = 40) {}
  write(data: string) {
    let i = 0;
    while (i < data.length) {
      const ch = data[i];
      if (ch === '\x1b') {
        const m = /^\x1b\[(\d*)([A-DGJKH])/.exec(data.slice(i)) ?? /^\x1b\[([\d;]*)m/.exec(data.slice(i));
        if (!m) { i++; continue; }
        const n = Number(m[1] || 1);
        if (m[2] === 'A') this.r = Math.max(0, this.r - n);
        if (m[2] === 'B') this.r += n;
        if (m[2] === 'C') this.c += n;
        if (m[2] === 'D') this.c = Math.max(0, this.c - n);
        if (m[2] === 'J') { this.row().length = this.c; this.rows.length = this.r + 1; }
        if (m[2] === 'H') { this.r = 0; this.c = 0; }
        i += m[0].length;
        continue;
      }
      if (ch === '\r') this.c = 0;
      else if (ch === '\n') this.r++;
      else if (ch === '\b') this.c = Math.max(0, this.c - 1);
      else if (ch === '\x07') { /* bell */ }
      else {
        if (this.c >= this.cols) { this.r++; this.c = 0; }
        const row = this.row();
        while (row.length < this.c) row.push(' ');
        row[this.c] = ch;
        this.c++;
      }
      i++;
    }
  }
  row() { while (this.rows.length <= this.r) this.rows.push([]); return this.rows[this.r]; }
  text() { return this.rows.map((r) => r.join('').trimEnd()).join('\n').trimEnd(); }
}

const data: CompletionData = {
  programs: ['docker', 'ls', 'cat', 'clear'],
  docker: [
    { path: 'docker container ls', flags: ['--all', '-a'], operand: 'none' },
    { path: 'docker ps', flags: ['--all', '-a', '--format'], operand: 'none' },
    { path: 'docker rm', flags: ['--force', '-f'], operand: 'container' },
    { path: 'docker volume rm', flags: ['--force'], operand: 'volume' },
    { path: 'docker volume ls', flags: ['-q'], operand: 'none' },
    { path: 'docker run', flags: ['--rm', '--name'], operand: 'image' },
  ],
  containers: ['web', 'web2', 'db'],
  images: ['nginx', 'busybox'],
  volumes: ['data'],
  networks: ['bridge', 'host', 'none'],
};

function setup() {
  const screen = new Screen(40);
  const ran: string[] = [];
  let release: (() => void) | null = null;
  const lab: TerminalLab = {
    async exec(line, o) {
      ran.push(line);
      if (line === 'ping x') {
        o.onStdout('PING x\n');
        await new Promise<void>((r) => (release = r));
        return { exitCode: 130 };
      }
      o.onStdout(`ran ${line}\n`);
      return { exitCode: 0 };
    },
    prompt: () => 'root@docker-host:~# ',
    isComplete: (t) => !/\\$|'[^']*$/.test(t),
    completionData: () => data,
    atHost: () => true,
  };
  const t = new TerminalSession(lab, screen, new History());
  t.start();
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { screen, t, ran, flush, release: () => release?.() };
}

describe('TerminalSession', () => {
  it('shows the prompt, echoes typing and runs the line on Enter', async () => {
    const { screen, t, ran, flush } = setup();
    t.handleData('docker ps');
    expect(screen.text()).toBe('root@docker-host:~# docker ps');
    t.handleData('\r');
    await flush();
    expect(ran).toEqual(['docker ps']);
    expect(screen.text()).toBe('root@docker-host:~# docker ps\nran docker ps\nroot@docker-host:~#');
  });

  it('edits in the middle of the line with arrows, Home/End and Ctrl+U/K/W', () => {
    const { screen, t } = setup();
    t.handleData('docker ls');
    t.handleData('\x1b[D\x1b[D'); // before "ls"
    t.handleData('volume ');
    expect(screen.text()).toBe('root@docker-host:~# docker volume ls');
    t.handleData('\x01'); // Ctrl+A
    t.handleData('\x0b'); // Ctrl+K
    expect(screen.text()).toBe('root@docker-host:~#');
    t.handleData('a b c\x17');
    expect(screen.text()).toBe('root@docker-host:~# a b');
    t.handleData('\x15');
    expect(screen.text()).toBe('root@docker-host:~#');
  });

  it('walks history with up/down and keeps the draft', async () => {
    const { screen, t, flush } = setup();
    t.handleData('one\r');
    await flush();
    t.handleData('two\r');
    await flush();
    t.handleData('dra');
    t.handleData('\x1b[A');
    expect(screen.text().split('\n').pop()).toBe('root@docker-host:~# two');
    t.handleData('\x1b[A');
    expect(screen.text().split('\n').pop()).toBe('root@docker-host:~# one');
    t.handleData('\x1b[B\x1b[B');
    expect(screen.text().split('\n').pop()).toBe('root@docker-host:~# dra');
  });

  it('completes docker subcommands, flags and names with Tab', () => {
    const { screen, t } = setup();
    t.handleData('docker vol\t');
    t.handleData('r\t');
    t.handleData('d\t');
    t.handleData('|');
    expect(screen.text().replace('\n', '')).toBe('root@docker-host:~# docker volume rm data |');
    t.handleData('\x15docker rm w\t');
    expect(screen.text()).toBe('root@docker-host:~# docker rm web');
    t.handleData('\t');
    expect(screen.text()).toBe('root@docker-host:~# docker rm web\nweb   web2\nroot@docker-host:~# docker rm web');
  });

  it('asks for more with "> " while the command is incomplete', async () => {
    const { screen, t, ran, flush } = setup();
    t.handleData('docker run \\\r');
    expect(screen.text().split('\n').pop()).toBe('>');
    t.handleData('-d nginx\r');
    await flush();
    expect(ran).toEqual(['docker run \\\n-d nginx']);
  });

  it('Ctrl+C cancels the line, or the running command', async () => {
    const { screen, t, ran, flush, release } = setup();
    t.handleData('abc\x03');
    expect(screen.text()).toBe('root@docker-host:~# abc^C\nroot@docker-host:~#');
    t.handleData('ping x\r');
    await flush();
    expect(t.busy).toBe(true);
    t.handleData('\x03');
    release();
    await flush();
    expect(t.busy).toBe(false);
    expect(screen.text().split('\n').slice(-3)).toEqual(['PING x', '^C', 'root@docker-host:~#']);
    expect(ran).toEqual(['ping x']);
  });

  it('runs each line of a multi-line paste in turn', async () => {
    const { t, ran, flush } = setup();
    t.handleData('echo 1\recho 2\r');
    for (let i = 0; i < 5; i++) await flush();
    expect(ran).toEqual(['echo 1', 'echo 2']);
  });

  it('wraps a long line and keeps the cursor where it belongs', () => {
    const { screen, t } = setup();
    t.handleData('x'.repeat(30));
    expect(screen.text()).toBe('root@docker-host:~# ' + 'x'.repeat(20) + '\n' + 'x'.repeat(10));
    t.handleData('\x01');
    t.handleData('y');
    expect(screen.text()).toBe('root@docker-host:~# y' + 'x'.repeat(19) + '\n' + 'x'.repeat(11));
  });
});
