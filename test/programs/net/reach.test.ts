/**
 * Reachability as the programs show it: bridges isolated from each other,
 * the host reaching every bridge but not macvlan children, timeouts on the
 * lab clock.
 */
import { describe, expect, it } from 'vitest';
import { netLab, run, setup } from './helpers.ts';

const clock = async (lab: ReturnType<typeof netLab>) => Date.parse((await run(lab, 'date -u -Iseconds')).stdout.trim());

describe('isolation between two bridges', () => {
  it('drops traffic from one user bridge to another, while the same bridge works', async () => {
    const lab = netLab();
    await setup(
      lab,
      'docker network create front',
      'docker network create back',
      'docker run -d --name web --network front nginx',
      'docker run -d --name peer --network front busybox sleep 1d',
      'docker run -d --name other --network back busybox sleep 1d',
    );
    expect((await run(lab, 'docker exec peer wget -qO- http://172.18.0.2/')).exitCode).toBe(0);
    // the name is not even known on the other network
    expect((await run(lab, 'docker exec other ping -c 1 web')).stderr).toBe("ping: bad address 'web'\n");
    const ping = await run(lab, 'docker exec other ping -c 1 -W 1 172.18.0.2');
    expect(ping.stdout).toBe('PING 172.18.0.2 (172.18.0.2): 56 data bytes\n\n--- 172.18.0.2 ping statistics ---\n1 packets transmitted, 0 packets received, 100% packet loss\n');
    expect(ping.exitCode).toBe(1);
    // a dropped SYN: nc gives up after -w seconds, on the lab clock
    const before = await clock(lab);
    expect(await run(lab, 'docker exec other nc -zv -w 3 172.18.0.2 80')).toEqual({ stdout: '', stderr: 'nc: 172.18.0.2 (172.18.0.2:80): Connection timed out\n', exitCode: 1 });
    expect((await clock(lab)) - before).toBeGreaterThanOrEqual(4_000);
    // the host reaches both bridges
    expect((await run(lab, 'curl -s -o /dev/null -w "%{http_code}" http://172.18.0.2/')).stdout).toBe('200');
  });

  it('lets a container reach the host through its gateway, and a published port there', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create back', 'docker run -d --name web -p 8080:80 nginx', 'docker run -d --name other --network back busybox sleep 1d');
    expect((await run(lab, 'docker exec other ping -c 1 172.18.0.1')).exitCode).toBe(0);
    expect((await run(lab, 'docker exec other wget -qO- http://172.18.0.1:8080/')).stdout).toContain('Welcome to nginx!');
    expect((await run(lab, 'docker exec other wget -qO- http://192.168.1.100:8080/')).exitCode).toBe(0);
  });
});

describe('macvlan', () => {
  it('is unreachable from the host: curl times out', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create -d macvlan --subnet 192.168.50.0/24 --gateway 192.168.50.1 -o parent=eth0 macnet', 'docker run -d --name m1 --network macnet nginx');
    const before = await clock(lab);
    const r = await run(lab, 'curl -sS --connect-timeout 5 http://192.168.50.2/');
    expect(r).toEqual({ stdout: '', stderr: 'curl: (28) Failed to connect to 192.168.50.2 port 80 after 5000 ms: Timeout was reached\n', exitCode: 28 });
    expect((await clock(lab)) - before).toBeGreaterThanOrEqual(5_000);
    // without a timeout the kernel gives up after its SYN retries (about 127 s)
    const slow = await run(lab, 'curl -sS http://192.168.50.2/');
    expect(slow.stderr).toMatch(/^curl: \(28\) Failed to connect to 192\.168\.50\.2 port 80 after 127\d{3} ms: Couldn't connect to server\n$/);
  });
});
