/**
 * docker volume create / ls / inspect / rm / prune. Expected outputs are
 * copied from the reference engine (docker 28.2.2 client) with the same
 * volume names (there prefixed `zq` to keep clear of other users' volumes,
 * so the names here are the same); where the 20.10 daemon differs from
 * current Docker the test says so.
 */
import { describe, expect, it } from 'vitest';
import { Cli } from '../image/harness.ts';

async function volumes(...names: string[]): Promise<Cli> {
  const cli = new Cli().pull('busybox');
  for (const n of names) expect((await cli.run(`docker volume create ${n}`)).code).toBe(0);
  return cli;
}

describe('docker volume create', () => {
  it('prints the name, with a positional name or --name', async () => {
    const cli = new Cli();
    expect(await cli.run('docker volume create zqdata')).toEqual({ stdout: 'zqdata\n', stderr: '', code: 0 });
    expect(await cli.run('docker volume create --name zqmine')).toEqual({ stdout: 'zqmine\n', stderr: '', code: 0 });
    // creating it again is fine (the daemon returns the existing volume)
    expect(await cli.run('docker volume create zqdata')).toEqual({ stdout: 'zqdata\n', stderr: '', code: 0 });
  });

  it('without a name makes an anonymous volume with a 64-hex name', async () => {
    const cli = new Cli();
    const r = await cli.run('docker volume create');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const name = r.stdout.trim();
    const labels = await cli.run(['volume', 'inspect', '-f', '{{json .Labels}}', name]);
    expect(labels.stdout).toBe('{"com.docker.volume.anonymous":""}\n');
  });

  it('--name together with a positional name: the client refuses (same wording in 28.2.2 and later)', async () => {
    const r = await new Cli().run('docker volume create --name zqa zqb');
    expect(r).toEqual({
      stdout: '',
      stderr: 'conflicting options: cannot specify a volume-name through both --name and as a positional arg\n',
      code: 1,
    });
  });

  it('checks names and labels like the reference', async () => {
    const cli = new Cli();
    expect(await cli.run(['volume', 'create', 'zqbad name'])).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: create zqbad name: "zqbad name" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n',
      code: 1,
    });
    expect(await cli.run('docker volume create x')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: create x: volume name is too short, names should be at least two alphanumeric characters\n',
      code: 1,
    });
    expect(await cli.run('docker volume create --label =x zqz')).toEqual({
      stdout: '',
      stderr:
        'invalid argument "=x" for "--label" flag: invalid label \'=x\': empty name\n\nUsage:  docker volume create [OPTIONS] [VOLUME]\n\nRun \'docker volume create --help\' for more information\n',
      code: 125,
    });
    expect((await cli.run(['volume', 'create', '--label', 'a b=c', 'zqz'])).stderr).toBe(
      'invalid argument "a b=c" for "--label" flag: label \'a b\' contains whitespaces\n\nUsage:  docker volume create [OPTIONS] [VOLUME]\n\nRun \'docker volume create --help\' for more information\n',
    );
    expect((await cli.run('docker volume create zq1 zq2')).stderr).toBe(
      "docker: 'docker volume create' requires at most 1 argument\n\nUsage:  docker volume create [OPTIONS] [VOLUME]\n\nSRun 'docker volume create --help' for more information\n",
    );
  });

  it('stores labels and driver options', async () => {
    const cli = new Cli();
    await cli.run('docker volume create --label b=2 --label a=1 --label c -o type=tmpfs -o device=tmpfs -o o=size=1m zqopts');
    const r = await cli.run('docker volume inspect zqopts');
    expect(r.stdout).toBe(`[
    {
        "CreatedAt": "2026-11-22T07:00:00Z",
        "Driver": "local",
        "Labels": {
            "a": "1",
            "b": "2",
            "c": ""
        },
        "Mountpoint": "/var/lib/docker/volumes/zqopts/_data",
        "Name": "zqopts",
        "Options": {
            "device": "tmpfs",
            "o": "size=1m",
            "type": "tmpfs"
        },
        "Scope": "local"
    }
]
`);
  });

  it('has docker 28.2.2 help', async () => {
    const r = await new Cli().run('docker volume create --help', { columns: 80 });
    expect(r.stdout).toBe(`Usage:  docker volume create [OPTIONS] [VOLUME]

Create a volume

Options:
  -d, --driver string   Specify volume driver name (default "local")
      --label list      Set metadata for a volume
  -o, --opt map         Set driver specific options (default map[])
`);
  });
});

describe('docker volume ls', () => {
  async function setup(): Promise<Cli> {
    const cli = await volumes('zqdata', 'zqlogs', 'zqcache', 'zq10', 'zq9', 'zq-a', '--label env=prod --label tier=db zqlabeled');
    cli.container('busybox', 'zq_app', { running: true, volumes: ['zqdata:/data'] });
    return cli;
  }

  it('lists DRIVER and VOLUME NAME sorted in natural order', async () => {
    const cli = await setup();
    expect((await cli.run('docker volume ls')).stdout).toBe(`DRIVER    VOLUME NAME
local     zq9
local     zq10
local     zq-a
local     zqcache
local     zqdata
local     zqlabeled
local     zqlogs
`);
    expect((await cli.run('docker volume list -q')).stdout).toBe('zq9\nzq10\nzq-a\nzqcache\nzqdata\nzqlabeled\nzqlogs\n');
  });

  it('filters on dangling, name (a regular expression), label and driver', async () => {
    const cli = await setup();
    expect((await cli.run('docker volume ls -f dangling=true')).stdout).toBe(`DRIVER    VOLUME NAME
local     zq9
local     zq10
local     zq-a
local     zqcache
local     zqlabeled
local     zqlogs
`);
    expect((await cli.run('docker volume ls -f dangling=false -q')).stdout).toBe('zqdata\n');
    expect((await cli.run('docker volume ls -f dangling=1 -f name=zqd -q')).stdout).toBe('');
    expect((await cli.run('docker volume ls -f name=zqca')).stdout).toBe('DRIVER    VOLUME NAME\nlocal     zqcache\n');
    expect((await cli.run('docker volume ls --filter name=zqdata --filter name=zqlogs -q')).stdout).toBe('zqdata\nzqlogs\n');
    expect((await cli.run(['volume', 'ls', '-f', 'name=^zq[0-9]', '-q'])).stdout).toBe('zq9\nzq10\n');
    expect((await cli.run('docker volume ls -f label=env -q')).stdout).toBe('zqlabeled\n');
    expect((await cli.run('docker volume ls -f label=env=prod -f label=tier=db -q')).stdout).toBe('zqlabeled\n');
    expect((await cli.run('docker volume ls -f label=env=dev -q')).stdout).toBe('');
    expect((await cli.run('docker volume ls -f driver=local -f name=zq1 -q')).stdout).toBe('zq10\n');
    expect((await cli.run('docker volume ls -f driver=nfs -q')).stdout).toBe('');
    // the client lower-cases and trims the filter name
    expect((await cli.run('docker volume ls -f Name=zqdata -q')).stdout).toBe('zqdata\n');
    expect((await cli.run(['volume', 'ls', '-f', ' name = zqdata ', '-q'])).stdout).toBe('zqdata\n');
  });

  it('reports bad filters', async () => {
    const cli = await setup();
    expect(await cli.run('docker volume ls -f foo')).toEqual({
      stdout: '',
      stderr:
        'invalid argument "foo" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker volume ls [OPTIONS]\n\nRun \'docker volume ls --help\' for more information\n',
      code: 125,
    });
    // current daemons: "invalid filter" (20.10 said "Invalid filter")
    expect(await cli.run('docker volume ls -f foo=bar')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", code: 1 });
    expect(await cli.run('docker volume ls -f dangling=maybe')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'dangling=[maybe]'\n",
      code: 1,
    });
    // v23+ (GetBoolOrDefault) rejects contradicting values; 20.10 took the first
    expect((await cli.run('docker volume ls -f dangling=true -f dangling=false')).stderr).toBe(
      "Error response from daemon: invalid filter 'dangling=[true false]'\n",
    );
    expect((await cli.run('docker volume ls xyz')).stderr).toBe(
      "docker: 'docker volume ls' accepts no arguments\n\nUsage:  docker volume ls [OPTIONS]\n\nRun 'docker volume ls --help' for more information\n",
    );
  });

  it('formats with --format: templates, table, json, raw', async () => {
    const cli = await setup();
    expect((await cli.run(['volume', 'ls', '--format', 'table {{.Name}}\\t{{.Driver}}\\t{{.Labels}}', '-f', 'name=zqlab'])).stdout).toBe(
      'VOLUME NAME   DRIVER    LABELS\nzqlabeled     local     env=prod,tier=db\n',
    );
    expect((await cli.run(['volume', 'ls', '--format', '{{.Driver}}: {{.Name}} {{.Mountpoint}}', '-f', 'name=zqlab'])).stdout).toBe(
      'local: zqlabeled /var/lib/docker/volumes/zqlabeled/_data\n',
    );
    expect((await cli.run(['volume', 'ls', '--format', '{{.Label "env"}}|{{.Links}}|{{.Size}}|{{.Group}}|{{.Scope}}', '-f', 'name=zqlab'])).stdout).toBe(
      'prod|N/A|N/A|N/A|local\n',
    );
    expect((await cli.run('docker volume ls -f name=zq1 --format json')).stdout).toBe(
      '{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/zq10/_data","Name":"zq10","Scope":"local","Size":"N/A","Status":"N/A"}\n',
    );
    expect((await cli.run('docker volume ls --format raw -f name=zq1')).stdout).toBe('name: zq10\ndriver: local\n\n');
    // a --format wins over -q
    expect((await cli.run(['volume', 'ls', '-q', '--format', '{{.Driver}}', '-f', 'name=zq1'])).stdout).toBe('local\n');
    expect(await cli.run(['volume', 'ls', '--format', '{{.Foo}}'])).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.volumeContext\n',
      code: 1,
    });
    expect((await cli.run(['volume', 'ls', '--format', '{{.Foo'])).stderr).toBe('template parsing error: template: :1: unclosed action\n');
  });

  it('prints only the header when there is nothing', async () => {
    expect((await new Cli().run('docker volume ls')).stdout).toBe('DRIVER    VOLUME NAME\n');
  });
});

describe('docker volume inspect', () => {
  it('prints {} for empty Labels and Options (current Docker; 20.10 printed null)', async () => {
    const cli = await volumes('zqmine');
    expect(await cli.run('docker volume inspect zqmine')).toEqual({
      stdout: `[
    {
        "CreatedAt": "2026-11-22T07:00:00Z",
        "Driver": "local",
        "Labels": {},
        "Mountpoint": "/var/lib/docker/volumes/zqmine/_data",
        "Name": "zqmine",
        "Options": {},
        "Scope": "local"
    }
]
`,
      stderr: '',
      code: 0,
    });
  });

  it('formats each volume; missing ones are errors after the output', async () => {
    const cli = await volumes('zqdata', 'zqmine');
    expect((await cli.run(['volume', 'inspect', '--format', '{{ .Mountpoint }}', 'zqmine'])).stdout).toBe('/var/lib/docker/volumes/zqmine/_data\n');
    expect((await cli.run(['volume', 'inspect', '-f', '{{.Name}} {{.Driver}} {{.Scope}}', 'zqdata', 'zqmine'])).stdout).toBe(
      'zqdata local local\nzqmine local local\n',
    );
    expect(await cli.run(['volume', 'inspect', '-f', '{{.Name}}', 'zqmine', 'zqnope', 'zqmine'])).toEqual({
      stdout: 'zqmine\nzqmine\n',
      stderr: 'Error response from daemon: get zqnope: no such volume\n',
      code: 1,
    });
    expect(await cli.run('docker volume inspect zqnope zqnope2')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: get zqnope: no such volume\nError response from daemon: get zqnope2: no such volume\n',
      code: 1,
    });
    expect((await cli.run(['volume', 'inspect', '-f', '{{.Labels.x}}', 'zqmine'])).stdout).toBe('<no value>\n');
    expect((await cli.run(['volume', 'inspect', '-f', 'json', 'zqmine'])).stdout).toBe(
      '[{"CreatedAt":"2026-11-22T07:00:00Z","Driver":"local","Labels":{},"Mountpoint":"/var/lib/docker/volumes/zqmine/_data","Name":"zqmine","Options":{},"Scope":"local"}]\n',
    );
    expect((await cli.run(['volume', 'inspect', '-f', '{{json .}}', 'zqmine'])).stdout).toBe(
      '{"CreatedAt":"2026-11-22T07:00:00Z","Driver":"local","Labels":{},"Mountpoint":"/var/lib/docker/volumes/zqmine/_data","Name":"zqmine","Options":{},"Scope":"local"}\n',
    );
  });

  it('reports template errors like the reference', async () => {
    const cli = await volumes('zqmine');
    expect(await cli.run(['volume', 'inspect', '-f', '{{.Name', 'zqmine'])).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      code: 64,
    });
    expect(await cli.run(['volume', 'inspect', '-f', '{{.Foo}}', 'zqmine'])).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type volume.Volume\n',
      code: 1,
    });
  });
});

describe('docker volume rm', () => {
  it('removes each volume, printing its name; errors come after, exit 1', async () => {
    const cli = await volumes('zq9', 'zq10');
    expect(await cli.run('docker volume rm zq9 zqnope zq10')).toEqual({
      stdout: 'zq9\nzq10\n',
      stderr: 'Error response from daemon: get zqnope: no such volume\n',
      code: 1,
    });
    expect((await cli.run('docker volume ls -q')).stdout).toBe('');
  });

  it('refuses a volume in use, even with -f; -f ignores a missing volume', async () => {
    const cli = await volumes('zqdata');
    const c = cli.container('busybox', 'zq_app', { running: true, volumes: ['zqdata:/data'] });
    const inUse = `Error response from daemon: remove zqdata: volume is in use - [${c.Id}]\n`;
    expect(await cli.run('docker volume rm zqdata')).toEqual({ stdout: '', stderr: inUse, code: 1 });
    expect(await cli.run('docker volume remove -f zqdata')).toEqual({ stdout: '', stderr: inUse, code: 1 });
    expect(await cli.run('docker volume rm -f zqnope')).toEqual({ stdout: 'zqnope\n', stderr: '', code: 0 });
  });
});

describe('docker volume prune', () => {
  async function setup(): Promise<{ cli: Cli; anon: string }> {
    const cli = await volumes('zqnamed', 'zqkept');
    const anon = (await cli.run('docker volume create')).stdout.trim();
    cli.container('busybox', 'zq_keeper', { running: true, volumes: ['zqkept:/data'] });
    return { cli, anon };
  }

  it('removes only unused anonymous volumes by default (API 1.42+); named ones stay', async () => {
    const { cli, anon } = await setup();
    expect(await cli.run('docker volume prune -f')).toEqual({
      stdout: `Deleted Volumes:\n${anon}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      code: 0,
    });
    expect((await cli.run('docker volume ls -q')).stdout).toBe('zqkept\nzqnamed\n');
    expect(await cli.run('docker volume prune -f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', code: 0 });
    // -a: named volumes too, but never one a container uses
    expect((await cli.run('docker volume prune -a -f')).stdout).toBe('Deleted Volumes:\nzqnamed\n\nTotal reclaimed space: 0B\n');
    expect((await cli.run('docker volume ls -q')).stdout).toBe('zqkept\n');
  });

  it('counts the bytes of the removed volumes (go-units HumanSize)', async () => {
    const { cli, anon } = await setup();
    cli.engine.hostFs.writeFile('/var/lib/docker/volumes/zqnamed/_data/f', 'x'.repeat(12345));
    cli.engine.hostFs.writeFile('/var/lib/docker/volumes/zqnamed/_data/g', 'hi\n');
    expect((await cli.run('docker volume prune --all --force')).stdout).toBe(`Deleted Volumes:\nzqnamed\n${anon}\n\nTotal reclaimed space: 12.35kB\n`);
  });

  it('asks first; only "y" goes on, anything else cancels silently with status 0', async () => {
    const { cli, anon } = await setup();
    const prompt = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    expect(await cli.run('docker volume prune')).toEqual({ stdout: prompt, stderr: '', code: 0 });
    expect(await cli.run('docker volume prune', { stdin: 'n\n' })).toEqual({ stdout: prompt, stderr: '', code: 0 });
    expect(await cli.run('docker volume prune', { stdin: 'yes\n' })).toEqual({ stdout: prompt, stderr: '', code: 0 });
    expect((await cli.run('docker volume ls -q')).stdout).toContain(anon);
    expect(await cli.run('docker volume prune', { stdin: ' Y \n' })).toEqual({
      stdout: `${prompt}Deleted Volumes:\n${anon}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      code: 0,
    });
    const all = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    expect(await cli.run('docker volume prune -a', { stdin: 'y\n' })).toEqual({
      stdout: `${all}Deleted Volumes:\nzqnamed\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      code: 0,
    });
  });

  it('takes label filters; rejects others', async () => {
    const cli = await volumes('--label zqp=1 zqp1', '--label zqp=2 zqp2', 'zqp3');
    expect((await cli.run('docker volume prune -af --filter label=zqp=1')).stdout).toBe('Deleted Volumes:\nzqp1\n\nTotal reclaimed space: 0B\n');
    expect((await cli.run('docker volume prune -af --filter label!=zqp')).stdout).toBe('Deleted Volumes:\nzqp3\n\nTotal reclaimed space: 0B\n');
    expect((await cli.run('docker volume prune -f --filter all=true')).stdout).toBe('Deleted Volumes:\nzqp2\n\nTotal reclaimed space: 0B\n');
    expect(await cli.run('docker volume prune -f --filter name=x')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'name'\n",
      code: 1,
    });
    expect(await cli.run('docker volume prune -a -f --filter all=1')).toEqual({
      stdout: '',
      stderr: 'conflicting options: cannot specify both --all and --filter all=1\n',
      code: 1,
    });
  });

  it('has the current help (the -a flag shows with API 1.42+)', async () => {
    expect((await new Cli().run('docker volume prune --help')).stdout).toBe(`Usage:  docker volume prune [OPTIONS]

Remove unused local volumes

Options:
  -a, --all             Remove all unused volumes, not just anonymous ones
      --filter filter   Provide filter values (e.g. "label=<label>")
  -f, --force           Do not prompt for confirmation
`);
  });
});
