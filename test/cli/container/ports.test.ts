/**
 * The PORTS column (docker/cli formatter.DisplayablePorts) and `docker port`,
 * with outputs recorded on the reference engine (docker 28.2 client).
 */
import { describe, expect, it } from 'vitest';
import { displayablePorts, formatPorts, naturalLess, networkPorts } from '../../../src/cli/container/ports.ts';
import type { ContainerRecord } from '../../../src/engine/state.ts';
import { Lab } from './helpers.ts';

/** What `-p` publishing leaves on a running container: both address families for 0.0.0.0. */
function publish(c: ContainerRecord, specs: [string, string, number][]): void {
  for (const [port, ip, hostPort] of specs) {
    c.Config.ExposedPorts = { ...(c.Config.ExposedPorts ?? {}), [port]: {} };
    c.HostConfig.PortBindings[port] = [...(c.HostConfig.PortBindings[port] ?? []), { HostIp: ip === '0.0.0.0' ? '' : ip, HostPort: String(hostPort) }];
    if (ip === '0.0.0.0') c.Ports.push({ port, hostIp: '0.0.0.0', hostPort }, { port, hostIp: '::', hostPort });
    else c.Ports.push({ port, hostIp: ip, hostPort });
  }
}

async function rangesContainer(lab: Lab) {
  // docker run -d -p 7000-7002:7000-7002 -p 127.0.0.1:8080:80 -p 8443:443/udp --expose 9000-9001 busybox sleep 1d
  const c = await lab.run('ranges', 'busybox', ['sleep', '1d'], { Config: { Image: 'busybox', ExposedPorts: { '9000/tcp': {}, '9001/tcp': {} } } });
  publish(c, [
    ['7000/tcp', '0.0.0.0', 7000],
    ['7001/tcp', '0.0.0.0', 7001],
    ['7002/tcp', '0.0.0.0', 7002],
    ['80/tcp', '127.0.0.1', 8080],
    ['443/udp', '0.0.0.0', 8443],
  ]);
  return c;
}

describe('PORTS column', () => {
  it('groups ports published on their own number into ranges and lists the rest after them', async () => {
    const lab = new Lab();
    const c = await rangesContainer(lab);
    expect(displayablePorts(c)).toBe(
      '0.0.0.0:7000-7002->7000-7002/tcp, [::]:7000-7002->7000-7002/tcp, 9000-9001/tcp, 127.0.0.1:8080->80/tcp, 0.0.0.0:8443->443/udp, [::]:8443->443/udp',
    );
  });

  it('does not range ports published on other numbers', async () => {
    // docker run -d -p 9000-9002:7000-7002 -p 127.0.0.1:5000:5000/udp -p 6000 busybox sleep 1d
    const lab = new Lab();
    const c = await lab.run('multi', 'busybox', ['sleep', '1d']);
    publish(c, [
      ['7000/tcp', '0.0.0.0', 9000],
      ['7001/tcp', '0.0.0.0', 9001],
      ['7002/tcp', '0.0.0.0', 9002],
      ['5000/udp', '127.0.0.1', 5000],
      ['6000/tcp', '0.0.0.0', 32769],
    ]);
    expect(displayablePorts(c)).toBe(
      '127.0.0.1:5000->5000/udp, 0.0.0.0:32769->6000/tcp, [::]:32769->6000/tcp, 0.0.0.0:9000->7000/tcp, [::]:9000->7000/tcp, 0.0.0.0:9001->7001/tcp, [::]:9001->7001/tcp, 0.0.0.0:9002->7002/tcp, [::]:9002->7002/tcp',
    );
  });

  it('shows exposed ports of a running container, nothing once it stops or before it starts', async () => {
    const lab = new Lab();
    const db = await lab.run('db', 'mysql');
    expect(displayablePorts(db)).toBe('3306/tcp, 33060/tcp');
    const web = await lab.run('web', 'nginx');
    publish(web, [['80/tcp', '0.0.0.0', 8080]]);
    expect(displayablePorts(web)).toBe('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp');
    expect((await lab.docker('stop', 'web')).status).toBe(0);
    expect(displayablePorts(web)).toBe('');
    expect(displayablePorts(lab.create('fresh', 'nginx'))).toBe('');
  });

  it('formats host networking and IPv6-only bindings like docker', () => {
    expect(formatPorts([])).toBe('');
    expect(formatPorts([{ IP: '::1', PrivatePort: 80, PublicPort: 80, Type: 'tcp' }])).toBe('[::1]:80->80/tcp');
    expect(
      formatPorts([
        { IP: '', PrivatePort: 82, PublicPort: 0, Type: 'tcp' },
        { IP: '', PrivatePort: 80, PublicPort: 0, Type: 'tcp' },
        { IP: '', PrivatePort: 81, PublicPort: 0, Type: 'tcp' },
        { IP: '', PrivatePort: 53, PublicPort: 0, Type: 'udp' },
      ]),
    ).toBe('53/udp, 80-82/tcp');
  });

  it('NetworkSettings.Ports has every exposed port, null when unpublished', async () => {
    const lab = new Lab();
    const c = await rangesContainer(lab);
    expect(JSON.stringify(networkPorts(c))).toContain('"9000/tcp":null');
    expect(networkPorts(c)['443/udp']).toEqual([
      { HostIp: '0.0.0.0', HostPort: '8443' },
      { HostIp: '::', HostPort: '8443' },
    ]);
  });
});

describe('docker port', () => {
  it('lists the mappings in natural order', async () => {
    const lab = new Lab();
    await rangesContainer(lab);
    const r = await lab.docker('port', 'ranges');
    expect(r).toEqual({
      stdout: [
        '80/tcp -> 127.0.0.1:8080',
        '443/udp -> 0.0.0.0:8443',
        '443/udp -> [::]:8443',
        '7000/tcp -> 0.0.0.0:7000',
        '7000/tcp -> [::]:7000',
        '7001/tcp -> 0.0.0.0:7001',
        '7001/tcp -> [::]:7001',
        '7002/tcp -> 0.0.0.0:7002',
        '7002/tcp -> [::]:7002',
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
  });

  it('prints the host addresses of one port (tcp unless given)', async () => {
    const lab = new Lab();
    await rangesContainer(lab);
    expect(await lab.docker('port', 'ranges', '7001')).toEqual({ stdout: '0.0.0.0:7001\n[::]:7001\n', stderr: '', status: 0 });
    expect((await lab.docker('port', 'ranges', '443/udp')).stdout).toBe('0.0.0.0:8443\n[::]:8443\n');
    expect((await lab.docker('port', 'ranges', '80/tcp')).stdout).toBe('127.0.0.1:8080\n');
  });

  it('reports a port that is not published, or not a port, as the client does', async () => {
    const lab = new Lab();
    await rangesContainer(lab);
    expect(await lab.docker('port', 'ranges', '9000')).toEqual({ stdout: '', stderr: "Error: No public port '9000' published for ranges\n", status: 1 });
    expect((await lab.docker('port', 'ranges', '80/udp')).stderr).toBe("Error: No public port '80/udp' published for ranges\n");
    expect((await lab.docker('port', 'ranges', 'abc')).stderr).toBe('Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax\n');
    expect((await lab.docker('port', 'ranges', '99999')).stderr).toBe('Error: invalid port (99999): strconv.ParseUint: parsing "99999": value out of range\n');
  });

  it('prints nothing for a container without published ports, and the daemon error for a missing one', async () => {
    const lab = new Lab();
    await lab.run('plain', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('port', 'plain')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await lab.docker('port', 'nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nope\n', status: 1 });
    expect((await lab.docker('port')).stderr).toBe(
      "docker: 'docker port' requires at least 1 and at most 2 arguments\n\nUsage:  docker port CONTAINER [PRIVATE_PORT[/PROTO]]\n\nRun 'docker port --help' for more information\n",
    );
  });

  it('sorts like fvbommel/sortorder', () => {
    expect(naturalLess('80/tcp', '443/udp')).toBe(true);
    expect(naturalLess('443/udp -> [::]:8443', '443/udp -> 0.0.0.0:8443')).toBe(false);
    expect(naturalLess('a01', 'a1')).toBe(false);
    expect(naturalLess('a1', 'a01')).toBe(true);
    expect(naturalLess('a', 'ab')).toBe(true);
  });
});
