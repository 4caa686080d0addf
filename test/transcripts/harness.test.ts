/** Unit tests of the transcript parser and of normalize() (test/support/transcript.ts). */
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize, parseTranscript, readTranscript, TranscriptSyntaxError } from '../support/transcript.ts';

describe('parseTranscript', () => {
  it('reads commands, stdout, stderr and exit status', () => {
    const t = parseTranscript(
      [
        '# volumes: create and remove',
        '# second line',
        '$ docker volume create data',
        '| data',
        '$ docker volume rm nope',
        '! Error response from daemon: get nope: no such volume',
        '? 1',
        '',
      ].join('\n'),
    );
    expect(t.description).toEqual(['volumes: create and remove', 'second line']);
    expect(t.steps).toEqual([
      { command: 'docker volume create data', stdout: 'data\n', stderr: '', exitCode: 0, line: 3, handEdited: false, notes: [] },
      {
        command: 'docker volume rm nope',
        stdout: '',
        stderr: 'Error response from daemon: get nope: no such volume\n',
        exitCode: 1,
        line: 5,
        handEdited: false,
        notes: [],
      },
    ]);
  });

  it('keeps empty lines (bare | and !), and a stream without a final newline', () => {
    const t = parseTranscript(
      ['$ printf "a\\n\\nb"', '| a', '|', '| b', '\\ no newline at end of stdout', '$ x', '!', '! y', '? 127'].join('\n'),
    );
    expect(t.steps[0].stdout).toBe('a\n\nb');
    expect(t.steps[1].stderr).toBe('\ny\n');
    expect(t.steps[1].exitCode).toBe(127);
  });

  it('"| " and "|" are both an empty line; text after "| " is kept with its spaces', () => {
    const t = parseTranscript(['$ echo', '| ', '|   indented  ', '|'].join('\n'));
    expect(t.steps[0].stdout).toBe('\n  indented  \n\n');
  });

  it('joins `\\` continuation lines with a newline, as typed', () => {
    const t = parseTranscript(
      ['$ docker run -i -t --name myvolume_1 \\', '> -v myvolume:/root/ \\', '> ubuntu:14.04', '| ok'].join('\n'),
    );
    expect(t.steps[0].command).toBe('docker run -i -t --name myvolume_1 \\\n-v myvolume:/root/ \\\nubuntu:14.04');
    expect(t.steps[0].stdout).toBe('ok\n');
  });

  it('reads #! directives: cleanup, current-docker notes (with continuation), reference', () => {
    const t = parseTranscript(
      [
        '# bind mounts',
        '#! cleanup: /home/wordpress_db /tmp/x',
        '$ docker volume create --name a b',
        '#! current-docker: v28 wording;',
        '#!   read in docker/cli volume/create.go',
        '! Error: cannot specify',
        '? 1',
        '# a comment between steps',
        '$ docker volume prune -f',
        '#! current-docker: v23+ prunes only anonymous volumes',
        '#! reference: docker volume rm x',
        '| Total reclaimed space: 0B',
      ].join('\n'),
    );
    expect(t.cleanup).toEqual(['/home/wordpress_db', '/tmp/x']);
    expect(t.steps[0].handEdited).toBe(true);
    expect(t.steps[0].notes).toEqual(['v28 wording; read in docker/cli volume/create.go']);
    expect(t.steps[1].reference).toBe('docker volume rm x');
    expect(t.steps[1].handEdited).toBe(true);
    expect(t.steps[1].stdout).toBe('Total reclaimed space: 0B\n');
  });

  it('a stdout and a stderr both without a final newline', () => {
    const t = parseTranscript(
      ['$ x', '| out', '! err', '\\ no newline at end of stdout', '\\ no newline at end of stderr'].join('\n'),
    );
    expect(t.steps[0].stdout).toBe('out');
    expect(t.steps[0].stderr).toBe('err');
  });

  it.each([
    ['output before a command', ['| x']],
    ['an unknown line', ['$ x', 'oops']],
    ['a second exit status', ['$ x', '? 1', '? 2']],
    ['output after the exit status', ['$ x', '? 1', '| y']],
    ['an unfinished continuation', ['$ docker run \\']],
    ['a continuation without "> "', ['$ docker run \\', 'busybox']],
    ['a hand-edit note after the output', ['$ x', '| y', '#! current-docker: z']],
    ['an unknown directive', ['#! frobnicate: yes']],
    ['a no-newline marker with no line before it', ['$ x', '\\ no newline at end of stderr']],
  ])('rejects %s', (_what, lines) => {
    expect(() => parseTranscript(lines.join('\n'), 'f.txt')).toThrow(TranscriptSyntaxError);
  });

  it('names the file and line of a syntax error', () => {
    expect(() => parseTranscript('$ x\nbad', 'a/b.txt')).toThrow('a/b.txt:2:');
  });
});

describe('normalize', () => {
  it('masks 64- and 12-hex ids with same-length placeholders', () => {
    const id = 'a3f2c1d4e5b6a3f2c1d4e5b6a3f2c1d4e5b6a3f2c1d4e5b6a3f2c1d4e5b6a3f2';
    expect(normalize(`${id}\n`)).toBe(`${'#'.repeat(64)}\n`);
    expect(normalize(`"Image": "sha256:${id}",`)).toBe(`"Image": "sha256:${'#'.repeat(64)}",`);
    expect(normalize('172.17.0.2\t7b82ba6f55b4\n')).toBe('172.17.0.2\t############\n');
    expect(normalize('/var/lib/docker/containers/' + id + '/hosts')).toBe(
      '/var/lib/docker/containers/' + '#'.repeat(64) + '/hosts',
    );
    // bridge names of user networks
    expect(normalize('br-0b4d2a1c9e7f')).toBe('br-############');
  });

  it('does not mask IP addresses, ports or names', () => {
    const s = '172.18.0.2\tweb01 web\n0.0.0.0:8080->80/tcp, [::]:8080->80/tcp\n';
    expect(normalize(s)).toBe(s);
  });

  it('masks RFC 3339 timestamps but keeps the zero time', () => {
    expect(normalize('"Created": "2024-11-23T16:00:00.123456789Z",')).toBe('"Created": "<time>",');
    expect(normalize('"CreatedAt": "2026-11-22T07:45:33Z",')).toBe('"CreatedAt": "<time>",');
    expect(normalize('"StartedAt": "2026-11-22T07:45:33.5+09:00",')).toBe('"StartedAt": "<time>",');
    expect(normalize('"FinishedAt": "0001-01-01T00:00:00Z"')).toBe('"FinishedAt": "0001-01-01T00:00:00Z"');
    expect(normalize('2026-11-22 07:45:33 +0000 UTC\tweb')).toBe('<time>\tweb');
  });

  it('masks relative times and collapses the padding after them', () => {
    const a = [
      'CONTAINER ID   IMAGE     COMMAND      CREATED                  STATUS                  PORTS     NAMES',
      '7b82ba6f55b4   busybox   "sleep 1d"   Less than a second ago   Up Less than a second             web',
    ].join('\n');
    const b = [
      'CONTAINER ID   IMAGE     COMMAND      CREATED         STATUS         PORTS     NAMES',
      '0123456789ab   busybox   "sleep 1d"   3 seconds ago   Up 2 seconds             web',
    ].join('\n');
    expect(normalize(a)).toBe(normalize(b));
    expect(normalize(b)).toBe(
      [
        'CONTAINER ID   IMAGE     COMMAND      CREATED STATUS PORTS     NAMES',
        '############   busybox   "sleep 1d"   <age> ago Up <age> web',
      ].join('\n'),
    );
  });

  it('keeps the exit code of "Exited (N) ... ago" and the column before it aligned', () => {
    expect(normalize('Exited (137) About a minute ago   web')).toBe('Exited (137) <age> ago web');
    expect(normalize('Exited (0) 2 seconds ago')).toBe('Exited (0) <age> ago');
    expect(normalize('Up About an hour')).toBe('Up <age>');
    expect(normalize('Up 3 weeks (Paused)')).toBe('Up <age> (Paused)');
    expect(normalize('Created   ')).toBe('Created ');
  });

  it('a wrong column alignment before the relative time is still a difference', () => {
    const good = 'abc   busybox   "sh"   5 seconds ago';
    const bad = 'abc  busybox   "sh"   5 seconds ago';
    expect(normalize(good)).not.toBe(normalize(bad));
  });

  it('masks image sizes', () => {
    expect(normalize('nginx        latest    34f3b7c09381   10 seconds ago   1.99MB\n')).toBe(
      'nginx        latest    ############   <age> ago <size>\n',
    );
    expect(normalize('Total reclaimed space: 0B')).toBe('Total reclaimed space: <size>');
    expect(normalize('"Size": 1990000,')).toBe('"Size": <size>,');
  });

  it('masks MAC addresses except the all-zero and broadcast ones, and derived link-local addresses', () => {
    expect(normalize('    link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff')).toBe(
      '    link/ether ##:##:##:##:##:## brd ff:ff:ff:ff:ff:ff',
    );
    expect(normalize('    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00')).toBe(
      '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    );
    expect(normalize('eth0      Link encap:Ethernet  HWaddr 02:42:AC:11:00:02  ')).toBe(
      'eth0      Link encap:Ethernet  HWaddr ##:##:##:##:##:##  ',
    );
    expect(normalize('"MacAddress": "02:42:ac:11:00:02",')).toBe('"MacAddress": "##:##:##:##:##:##",');
    expect(normalize('    inet6 fe80::42:9bff:feb3:b793/64 scope link')).toBe('    inet6 fe80::<mac>/64 scope link');
  });

  it('masks veth suffixes and interface indexes', () => {
    expect(normalize('veth164ab2c@if6  UP             fe80::98f7:dcff:feec:edd7/64')).toBe(
      'veth#######@if<n> UP             fe80::<mac>/64',
    );
    expect(normalize('14: eth0@if15: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500')).toBe(
      '<n>: eth0@if<n>: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500',
    );
    expect(normalize('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536')).toBe('1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536');
    expect(normalize('4: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500')).toBe(
      '<n>: docker0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500',
    );
  });

  it('masks ping round-trip times but not sequence numbers or TTLs', () => {
    const ping = [
      'PING web (172.18.0.2): 56 data bytes',
      '64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.081 ms',
      '64 bytes from 172.18.0.2: seq=1 ttl=64 time=12.5 ms',
      '',
      '--- web ping statistics ---',
      '2 packets transmitted, 2 packets received, 0% packet loss',
      'round-trip min/avg/max = 0.081/6.290/12.500 ms',
    ].join('\n');
    expect(normalize(ping)).toBe(
      [
        'PING web (172.18.0.2): 56 data bytes',
        '64 bytes from 172.18.0.2: seq=0 ttl=64 time=<ms> ms',
        '64 bytes from 172.18.0.2: seq=1 ttl=64 time=<ms> ms',
        '',
        '--- web ping statistics ---',
        '2 packets transmitted, 2 packets received, 0% packet loss',
        'round-trip min/avg/max = <ms> ms',
      ].join('\n'),
    );
  });

  it('masks the sizes in df output', () => {
    const df = [
      'Filesystem                Size      Used Available Use% Mounted on',
      'overlay                  58.4G     12.3G     43.0G  22% /',
      'tmpfs                    64.0M         0     64.0M   0% /dev',
      '/dev/vda1                58.4G     12.3G     43.0G  22% /data',
    ].join('\n');
    expect(normalize(df)).toBe(
      [
        'Filesystem                Size      Used Available Use% Mounted on',
        'overlay <df> /',
        'tmpfs <df> /dev',
        '/dev/vda1 <df> /data',
      ].join('\n'),
    );
  });

  it('masks ephemeral host ports (32768-60999) only', () => {
    expect(normalize('0.0.0.0:32768->80/tcp, [::]:32768->80/tcp')).toBe('0.0.0.0:#####->80/tcp, [::]:#####->80/tcp');
    expect(normalize('80/tcp -> 0.0.0.0:49153')).toBe('80/tcp -> 0.0.0.0:#####');
    expect(normalize('"HostPort": "32769"')).toBe('"HostPort": "#####"');
    expect(normalize('0.0.0.0:8080->80/tcp')).toBe('0.0.0.0:8080->80/tcp');
    expect(normalize('"HostPort": "8080"')).toBe('"HostPort": "8080"');
  });

  it('masks overlay2 short layer names in mount output', () => {
    expect(normalize('lowerdir=/var/lib/docker/overlay2/l/ABCDEFGHIJKLMNOPQRSTUVWXYZ:/x')).toBe(
      `lowerdir=/var/lib/docker/overlay2/l/${'#'.repeat(26)}:/x`,
    );
  });

  it('masks ifconfig traffic counters', () => {
    expect(normalize('          RX packets:14 errors:0 dropped:0 overruns:0 frame:0\n')).toBe(
      '          RX packets:<n> errors:<n> dropped:<n> overruns:<n> frame:<n>\n',
    );
    expect(normalize('          RX bytes:1192 (1.1 KiB)  TX bytes:0 (0.0 B)\n')).toBe(
      '          RX bytes:<n> (<n>) TX bytes:<n> (<n>)\n',
    );
  });

  it('turns CR LF into LF and is idempotent', () => {
    const s = 'Up 3 seconds   web\r\n7b82ba6f55b4\r\n';
    expect(normalize(s)).toBe('Up <age> web\n############\n');
    expect(normalize(normalize(s))).toBe(normalize(s));
  });
});

describe('the recorded transcripts', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((n) => {
        const p = join(dir, n);
        return statSync(p).isDirectory() ? walk(p) : n.endsWith('.txt') ? [p] : [];
      });
  const files = walk(here);

  it.each(files.map((f) => [relative(here, f), f]))('%s parses, starts with a description and has commands', (_n, f) => {
    const t = readTranscript(f);
    expect(t.description.length).toBeGreaterThan(0);
    expect(t.steps.length).toBeGreaterThan(0);
    for (const s of t.steps) {
      if (s.reference) expect(s.handEdited, `line ${s.line}: a #! reference: step needs a #! current-docker: note`).toBe(true);
    }
  });
});
