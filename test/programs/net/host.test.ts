/**
 * The host's tools: iptables (Docker 28's rules, iptables 1.8.10's
 * listing), ip, bridge, brctl, hostname -I.
 */
import { describe, expect, it } from 'vitest';
import { netLab, run, setup } from './helpers.ts';

const HEAD = 'target     prot opt source               destination         \n';

describe('iptables', () => {
  it('lists the nat table after -p 8080:80: DNAT per published port, MASQUERADE per bridge', async () => {
    const lab = netLab();
    expect((await run(lab, 'iptables -t nat -L DOCKER -n')).stdout).toBe(`Chain DOCKER (2 references)\n${HEAD}`);
    await setup(lab, 'docker run -d --name web -p 8080:80 nginx');
    expect(await run(lab, 'iptables -t nat -L -n')).toEqual({
      stdout:
        `Chain PREROUTING (policy ACCEPT)\n${HEAD}DOCKER     all  --  0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL\n\n` +
        `Chain INPUT (policy ACCEPT)\n${HEAD}\n` +
        `Chain OUTPUT (policy ACCEPT)\n${HEAD}DOCKER     all  --  0.0.0.0/0           !127.0.0.0/8          ADDRTYPE match dst-type LOCAL\n\n` +
        `Chain POSTROUTING (policy ACCEPT)\n${HEAD}MASQUERADE  all  --  172.17.0.0/16        0.0.0.0/0           \n\n` +
        `Chain DOCKER (2 references)\n${HEAD}DNAT       tcp  --  0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:172.17.0.2:80\n`,
      stderr: '',
      exitCode: 0,
    });
    expect((await run(lab, 'iptables -t nat -S DOCKER')).stdout).toBe('-N DOCKER\n-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80\n');
  });

  it('adds a MASQUERADE for a new bridge at the top, and a loopback-only port with its address', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create mynet', 'docker run -d --name web --network mynet -p 127.0.0.1:8081:80 nginx');
    const id = (await run(lab, "docker network inspect -f '{{.Id}}' mynet")).stdout.slice(0, 12);
    expect((await run(lab, 'iptables -t nat -S POSTROUTING')).stdout).toBe(
      `-P POSTROUTING ACCEPT\n-A POSTROUTING -s 172.18.0.0/16 ! -o br-${id} -j MASQUERADE\n-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE\n`,
    );
    expect((await run(lab, 'iptables -t nat -L DOCKER -n')).stdout).toBe(`Chain DOCKER (2 references)\n${HEAD}DNAT       tcp  --  0.0.0.0/0            127.0.0.1            tcp dpt:8081 to:172.18.0.2:80\n`);
    expect((await run(lab, 'iptables -L DOCKER -n')).stdout).toBe(
      `Chain DOCKER (2 references)\n${HEAD}ACCEPT     tcp  --  0.0.0.0/0            172.18.0.2           tcp dpt:80\nDROP       all  --  0.0.0.0/0            0.0.0.0/0           \nDROP       all  --  0.0.0.0/0            0.0.0.0/0           \n`,
    );
  });

  it('refuses what it does not know, as iptables words it', async () => {
    const lab = netLab();
    expect(await run(lab, 'iptables -L NOPE')).toEqual({ stdout: '', stderr: 'iptables: No chain/target/match by that name.\n', exitCode: 1 });
    expect((await run(lab, 'iptables -t bogus -L')).exitCode).toBe(3);
    expect((await run(lab, 'iptables -V')).stdout).toBe('iptables v1.8.10 (nf_tables)\n');
  });
});

describe('ip, bridge and brctl on the host', () => {
  it('shows docker0 with its ports, a veth per running container, and the routes', async () => {
    const lab = netLab();
    const idle = await run(lab, 'ip addr show docker0');
    expect(idle.stdout).toMatch(/^\d+: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default \n    link\/ether 02:42(:[0-9a-f]{2}){4} brd ff:ff:ff:ff:ff:ff\n    inet 172\.17\.0\.1\/16 brd 172\.17\.255\.255 scope global docker0\n/);
    await setup(lab, 'docker run -d --name web nginx');
    expect((await run(lab, 'ip -br addr show docker0')).stdout).toMatch(/^docker0 {10}UP {13}172\.17\.0\.1\/16 fe80::\S+\/64 \n$/);
    expect((await run(lab, 'ip -br link show type veth')).stdout).toMatch(/^veth[0-9a-f]{7}@if\d+ UP {13}([0-9a-f]{2}:){5}[0-9a-f]{2} <BROADCAST,MULTICAST,UP,LOWER_UP> \n$/);
    expect((await run(lab, 'bridge link')).stdout).toMatch(/^\d+: veth[0-9a-f]{7}@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master docker0 state forwarding priority 32 cost 2 \n$/);
    expect((await run(lab, 'brctl show')).stdout).toMatch(/^bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000\.0242[0-9a-f]{8}\tno\t\tveth[0-9a-f]{7}\n$/);
    expect((await run(lab, 'ip route')).stdout).toBe(
      'default via 192.168.1.1 dev eth0 proto static \n172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 \n192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.100 \n',
    );
    expect((await run(lab, 'hostname -I')).stdout).toBe('192.168.1.100 172.17.0.1 \n');
    expect(await run(lab, 'ip addr show eth9')).toEqual({ stdout: '', stderr: 'Device "eth9" does not exist.\n', exitCode: 1 });
  });
});

describe('inside containers', () => {
  it('busybox ip, ifconfig and hostname -i show the container\'s side', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name c1 busybox sleep 1d', 'docker network create net1', 'docker network connect net1 c1');
    expect((await run(lab, 'docker exec c1 ip route')).stdout).toBe('default via 172.17.0.1 dev eth0 \n172.17.0.0/16 dev eth0 scope link  src 172.17.0.2 \n172.18.0.0/16 dev eth1 scope link  src 172.18.0.2 \n');
    expect((await run(lab, 'docker exec c1 ip -4 addr show eth1')).stdout).toMatch(
      /^\d+: eth1@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue \n {4}inet 172\.18\.0\.2\/16 brd 172\.18\.255\.255 scope global eth1\n {7}valid_lft forever preferred_lft forever\n$/,
    );
    expect((await run(lab, 'docker exec c1 hostname -i')).stdout).toBe('172.17.0.2 172.18.0.2\n');
    const ifc = (await run(lab, 'docker exec c1 ifconfig eth1')).stdout;
    expect(ifc).toMatch(/^eth1 {6}Link encap:Ethernet {2}HWaddr ([0-9A-F]{2}:){5}[0-9A-F]{2} {2}\n {10}inet addr:172\.18\.0\.2 {2}Bcast:172\.18\.255\.255 {2}Mask:255\.255\.0\.0\n {10}UP BROADCAST RUNNING MULTICAST {2}MTU:1500 {2}Metric:1\n/);
    expect(await run(lab, 'docker exec c1 ip link set eth0 down')).toEqual({ stdout: '', stderr: 'RTNETLINK answers: Operation not permitted\n', exitCode: 2 });
  });

  it('an ipvlan l3 container has a default route through its interface, without a gateway', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create -d ipvlan --subnet 10.50.0.0/24 -o parent=eth0 -o ipvlan_mode=l3 ipv3');
    expect((await run(lab, 'docker run --rm --network ipv3 busybox ip route')).stdout).toBe('default dev eth0 scope link \n10.50.0.0/24 dev eth0 scope link  src 10.50.0.2 \n');
  });

  it('iproute2 in ubuntu:14.04 prints state, group and the peer\'s netns id', async () => {
    const lab = netLab();
    await setup(lab, 'docker pull ubuntu:14.04', 'docker run -d --name old ubuntu:14.04 sleep 1d');
    expect((await run(lab, 'docker exec old ip addr show eth0')).stdout).toMatch(
      /^\d+: eth0@if\d+: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default \n {4}link\/ether ([0-9a-f]{2}:){5}[0-9a-f]{2} brd ff:ff:ff:ff:ff:ff link-netnsid 0\n {4}inet 172\.17\.0\.2\/16 brd 172\.17\.255\.255 scope global eth0\n/,
    );
  });
});
