/**
 * ping in containers (busybox) and on the host (iputils): names through the
 * embedded DNS on a user network, `bad address` on the default bridge,
 * statistics, loss, and a streaming ping stopped by Ctrl+C.
 */
import { describe, expect, it } from 'vitest';
import { netLab, run, setup, times } from './helpers.ts';

describe('busybox ping', () => {
  it('reaches a container by name on a user network, not on the default bridge', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create mynet', 'docker run -d --name web --network mynet busybox sleep 1d', 'docker run -d --name web2 --network mynet busybox sleep 1d', 'docker run -d --name lone busybox sleep 1d');
    const byName = await run(lab, 'docker exec web ping -c 2 web2');
    expect(times(byName.stdout)).toBe(
      'PING web2 (172.18.0.3): 56 data bytes\n' +
        '64 bytes from 172.18.0.3: seq=0 ttl=64 time=T ms\n' +
        '64 bytes from 172.18.0.3: seq=1 ttl=64 time=T ms\n' +
        '\n--- web2 ping statistics ---\n' +
        '2 packets transmitted, 2 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = STATS ms\n',
    );
    expect(byName.exitCode).toBe(0);
    expect(await run(lab, 'docker exec lone ping -c 2 web2')).toEqual({ stdout: '', stderr: "ping: bad address 'web2'\n", exitCode: 1 });
  });

  it('prints statistics that add up: min, truncated average, max', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name c1 busybox sleep 1d', 'docker run -d --name c2 busybox sleep 1d');
    const r = await run(lab, 'docker exec c1 ping -c 3 172.17.0.3');
    const ms = [...r.stdout.matchAll(/time=(\d+)\.(\d{3}) ms/g)].map((m) => Number(m[1]) * 1000 + Number(m[2]));
    expect(ms).toHaveLength(3);
    const fmt = (us: number) => `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
    const avg = Math.floor(ms.reduce((x, y) => x + y, 0) / 3);
    expect(r.stdout).toContain(`3 packets transmitted, 3 packets received, 0% packet loss\nround-trip min/avg/max = ${fmt(Math.min(...ms))}/${fmt(avg)}/${fmt(Math.max(...ms))} ms\n`);
    // replies are repeatable: the same lab replays to the same times
    const again = netLab();
    await setup(again, 'docker run -d --name c1 busybox sleep 1d', 'docker run -d --name c2 busybox sleep 1d');
    expect((await run(again, 'docker exec c1 ping -c 3 172.17.0.3')).stdout).toBe(r.stdout);
  });

  it('loses every packet to a container on another bridge, and time passes (-W)', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create net1', 'docker run -d --name c1 busybox sleep 1d', 'docker run -d --name c2 --network net1 busybox sleep 1d');
    const before = Date.parse((await run(lab, 'date -u -Iseconds')).stdout.trim());
    const r = await run(lab, 'docker exec c1 ping -c 2 172.18.0.2');
    expect(r).toEqual({
      stdout: 'PING 172.18.0.2 (172.18.0.2): 56 data bytes\n\n--- 172.18.0.2 ping statistics ---\n2 packets transmitted, 0 packets received, 100% packet loss\n',
      stderr: '',
      exitCode: 1,
    });
    const after = Date.parse((await run(lab, 'date -u -Iseconds')).stdout.trim());
    // one second between the two packets, ten waiting for a reply, and a second per command line
    expect(after - before).toBeGreaterThanOrEqual(12_000);
  });

  it('streams one reply a second until Ctrl+C, then prints the statistics', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create mynet', 'docker run -d --name web --network mynet busybox sleep 1d', 'docker run -d --name web2 --network mynet busybox sleep 1d');
    const signal = { aborted: false };
    let lines = 0;
    const r = await lab.exec('docker exec web ping web2', {
      signal,
      onStdout: (chunk) => {
        lines += chunk.split('\n').length - 1;
        if (lines >= 4) signal.aborted = true;
      },
    });
    expect(times(r.stdout)).toBe(
      'PING web2 (172.18.0.3): 56 data bytes\n' +
        '64 bytes from 172.18.0.3: seq=0 ttl=64 time=T ms\n' +
        '64 bytes from 172.18.0.3: seq=1 ttl=64 time=T ms\n' +
        '64 bytes from 172.18.0.3: seq=2 ttl=64 time=T ms\n' +
        '\n--- web2 ping statistics ---\n' +
        '3 packets transmitted, 3 packets received, 0% packet loss\n' +
        'round-trip min/avg/max = STATS ms\n',
    );
  });

  it('has no route from a --network none container', async () => {
    const lab = netLab();
    expect(await run(lab, 'docker run --rm --network none busybox ping -c 1 172.17.0.1')).toEqual({
      stdout: 'PING 172.17.0.1 (172.17.0.1): 56 data bytes\n',
      stderr: 'ping: sendto: Network is unreachable\n',
      exitCode: 1,
    });
  });
});

describe('iputils ping on the host', () => {
  it('names the reply by reverse lookup only for a name, and prints rtt with mdev', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name c1 busybox sleep 1d');
    const r = await run(lab, 'ping -c 2 172.17.0.2');
    expect(times(r.stdout)).toMatch(
      /^PING 172\.17\.0\.2 \(172\.17\.0\.2\) 56\(84\) bytes of data\.\n64 bytes from 172\.17\.0\.2: icmp_seq=1 ttl=64 time=T ms\n64 bytes from 172\.17\.0\.2: icmp_seq=2 ttl=64 time=T ms\n\n--- 172\.17\.0\.2 ping statistics ---\n2 packets transmitted, 2 received, 0% packet loss, time 100\dms\nrtt min\/avg\/max\/mdev = STATS ms\n$/,
    );
    expect(await run(lab, 'ping -c 1 c1')).toEqual({ stdout: '', stderr: 'ping: c1: Name or service not known\n', exitCode: 2 });
    // the host's /etc/hosts names localhost on its IPv4 line only
    expect(times((await run(lab, 'ping -c 1 localhost')).stdout)).toContain('PING localhost (127.0.0.1) 56(84) bytes of data.\n64 bytes from localhost (127.0.0.1): icmp_seq=1 ttl=64 time=T ms\n');
  });

  it('gets no reply from a macvlan container: the parent interface never talks to its children', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create -d macvlan --subnet 192.168.50.0/24 --gateway 192.168.50.1 -o parent=eth0 macnet', 'docker run -d --name m1 --network macnet busybox sleep 1d');
    const r = await run(lab, 'ping -c 2 192.168.50.2');
    expect(r.stdout).toMatch(/^PING 192\.168\.50\.2 \(192\.168\.50\.2\) 56\(84\) bytes of data\.\n\n--- 192\.168\.50\.2 ping statistics ---\n2 packets transmitted, 0 received, 100% packet loss, time 100\dms\n\n$/);
    expect(r.exitCode).toBe(1);
  });
});
