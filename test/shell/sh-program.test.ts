import { describe, expect, it } from 'vitest';
import { LayeredFs } from '../../src/vfs/layered-fs.ts';
import { dirNode } from '../../src/vfs/node.ts';
import { createShProgram } from '../../src/shell/sh-program.ts';
import type { Program, ProgramContext } from '../../src/shell/types.ts';
import { makeShell, run, sh } from './harness.ts';

describe('sh / bash as programs', () => {
  it('sh -c runs a line; $0 and $1.. come from the extra arguments', async () => {
    expect((await sh(`sh -c 'echo "$0|$1|$#"' name a b`)).stdout).toBe('name|a|2\n');
    expect((await sh(`bash -c 'echo $0'`)).stdout).toBe('bash\n');
  });

  it('its exit status is the last command’s, or exit’s; the caller’s shell does not exit', async () => {
    const shell = makeShell();
    const r = await run(shell, `sh -c 'status 3'; echo $?; sh -c 'exit 4; echo no'; echo $?`);
    expect(r.stdout).toBe('3\n4\n');
    expect(shell.takeExitRequest()).toBeNull();
  });

  it('gets the exported environment and the working directory, not shell-only variables', async () => {
    expect((await sh(`cd /tmp; A=local; export B=exp; sh -c 'echo "[$A][$B]"; where'`)).stdout).toBe('[][exp]\n/tmp\n');
  });

  it('changes inside do not come back', async () => {
    expect((await sh(`sh -c 'cd /; X=1'; pwd; echo "[$X]"`)).stdout).toBe('/root\n[]\n');
  });

  it('reads stdin when no script is given, and passes stdin to commands in -c', async () => {
    expect((await sh(`echo 'echo from stdin' | sh`)).stdout).toBe('from stdin\n');
    expect((await sh(`echo data | sh -c 'upper'`)).stdout).toBe('DATA\n');
  });

  it('runs a script file with arguments', async () => {
    const r = await sh('sh /root/t.sh x y', { files: { '/root/t.sh': 'echo "$0 $1 $2"\n' } });
    expect(r.stdout).toBe('/root/t.sh x y\n');
  });

  it('options: -e, -x, -o pipefail, combined -ec, long options ignored', async () => {
    expect((await sh(`bash --norc -ec 'false; echo no'`)).status).toBe(1);
    expect((await sh(`sh -xc 'echo hi'`)).stderr).toBe('+ echo hi\n');
    expect((await sh(`bash -o pipefail -c 'status 2 | true'`)).status).toBe(2);
    expect((await sh(`bash -lc 'echo login'`)).stdout).toBe('login\n');
  });

  it('errors as bash 5.2.15 and BusyBox 1.35.0 print them', async () => {
    expect(await sh('bash -c')).toEqual({ stdout: '', stderr: 'bash: -c: option requires an argument\n', status: 2 });
    expect(await sh('sh -c', { dialect: 'ash' })).toEqual({ stdout: '', stderr: 'sh: -c requires an argument\n', status: 2 });
    expect(await sh('bash nope.sh')).toEqual({ stdout: '', stderr: 'bash: nope.sh: No such file or directory\n', status: 127 });
    expect(await sh('sh nope.sh', { dialect: 'ash' })).toEqual({ stdout: '', stderr: "sh: can't open 'nope.sh': No such file or directory\n", status: 2 });
    expect(await sh('sh -z', { dialect: 'ash' })).toEqual({ stdout: '', stderr: 'sh: illegal option -z\n', status: 2 });
    const bash = await sh('bash -z');
    expect(bash.status).toBe(2);
    expect(bash.stderr.split('\n').slice(0, 2)).toEqual(['bash: -z: invalid option', 'Usage:\tbash [GNU long option] [option] ...']);
  });

  it('messages inside name the shell and line as non-interactive shells do', async () => {
    expect((await sh(`bash -c 'foo'`)).stderr).toBe('bash: line 1: foo: command not found\n');
    expect((await sh(`sh -c 'foo'`, { dialect: 'ash' })).stderr).toBe('sh: foo: not found\n');
    expect((await sh(`bash -c 'echo | |'`)).stderr).toBe("bash: -c: line 1: syntax error near unexpected token `|'\nbash: -c: line 1: `echo | |'\n");
  });

  it('SHLVL counts nesting and stops a script that runs itself', async () => {
    expect((await sh(`sh -c 'sh -c "env"'`)).stdout).toContain('SHLVL=2\n');
    const r = await sh('sh /root/loop.sh', { files: { '/root/loop.sh': 'sh /root/loop.sh\n' } });
    expect(r.stderr).toBe('sh: maximum nesting level exceeded (simulation limit)\n');
  });

  it('isTTY passes through when stdout is the terminal', async () => {
    expect((await sh(`sh -c tty`)).stdout).toBe('tty\n');
    expect((await sh(`sh -c tty | cat`)).stdout).toBe('not a tty\n');
  });

  it('can be called directly by the lab with a bare ProgramContext', async () => {
    let out = '';
    const echoArgs: Program = async (ctx) => {
      out += ctx.argv.join(' ') + '\n';
      return 0;
    };
    const program = createShProgram({ dialect: 'ash', lookup: (n) => (n === 'prog' ? echoArgs : undefined) });
    const ctx: ProgramContext = {
      argv: ['sh', '-c', 'for x in 1 2; do prog $x; done; nope'],
      stdin: '',
      stdout: { write: (c) => (out += c) },
      stderr: { write: (c) => (out += `ERR:${c}`) },
      env: { HOME: '/' },
      cwd: '/',
      fs: new LayeredFs(dirNode(), undefined, () => 0),
      isTTY: false,
      signal: { aborted: false },
      sleep: async () => {},
      run: async () => 0,
      world: undefined,
    };
    expect(await program(ctx)).toBe(127);
    expect(out).toBe('prog 1\nprog 2\nERR:sh: nope: not found\n');
  });
});
