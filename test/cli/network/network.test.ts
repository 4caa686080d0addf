/**
 * docker network create / ls / inspect / rm / prune / connect / disconnect
 * and docker swarm init / leave: exact output, as the reference engine's
 * 28.2.2 client prints it (help texts, client-side errors, layouts), with the
 * daemon side of a v28 engine (EnableIPv4, v25+ wording; noted per case).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NetCli } from './harness.ts';

const help = (name: string) => readFileSync(join(import.meta.dirname, 'help', `${name}.txt`), 'utf8');
const short = (id: string) => id.slice(0, 12);

describe('help (copied from the 28.2.2 client)', () => {
  for (const verb of ['create', 'connect', 'disconnect', 'inspect', 'ls', 'rm', 'prune']) {
    it(`docker network ${verb} --help`, async () => {
      expect(await new NetCli().run(`docker network ${verb} --help`)).toEqual({ stdout: help(verb), stderr: '', code: 0 });
    });
  }

  it('argument checks', async () => {
    const cli = new NetCli();
    expect(await cli.run('docker network create')).toEqual({
      stdout: '',
      stderr: "docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun 'docker network create --help' for more information\n",
      code: 1,
    });
    expect((await cli.run('docker network connect a')).stderr).toBe(
      "docker: 'docker network connect' requires 2 arguments\n\nUsage:  docker network connect [OPTIONS] NETWORK CONTAINER\n\nRun 'docker network connect --help' for more information\n",
    );
    expect((await cli.run('docker network rm')).stderr).toBe(
      "docker: 'docker network rm' requires at least 1 argument\n\nUsage:  docker network rm NETWORK [NETWORK...]\n\nSee 'docker network rm --help' for more information\n",
    );
    expect((await cli.run('docker network ls x')).stderr).toBe(
      "docker: 'docker network ls' accepts no arguments\n\nUsage:  docker network ls [OPTIONS]\n\nRun 'docker network ls --help' for more information\n",
    );
  });
});

describe('docker network create', () => {
  it('prints the id', async () => {
    const cli = new NetCli();
    const r = await cli.run('docker network create net1');
    expect(r).toEqual({ stdout: cli.network('net1').Id + '\n', stderr: '', code: 0 });
  });

  it('client-side IPAM errors (no "Error response from daemon"), as the 28.2.2 client words them', async () => {
    const cli = new NetCli();
    const err = async (line: string) => cli.run(line);
    expect(await err('docker network create --subnet 10.20.0.0/24 --gateway 10.30.0.1 badgw')).toEqual({
      stdout: '',
      stderr: 'no matching subnet for gateway 10.30.0.1\n',
      code: 1,
    });
    expect((await err('docker network create --ip-range 10.40.0.0/24 norange')).stderr).toBe('every ip-range or gateway must have a corresponding subnet\n');
    expect((await err('docker network create --gateway nonsense x')).stderr).toBe('every ip-range or gateway must have a corresponding subnet\n');
    expect((await err('docker network create --subnet 10.1.0.0/24 --gateway nonsense x')).stderr).toBe('no matching subnet for gateway nonsense\n');
    expect((await err('docker network create --subnet 10.1.0.0/24 --ip-range 10.2.0.0/24 x')).stderr).toBe('no matching subnet for range 10.2.0.0/24\n');
    expect((await err('docker network create --subnet 10.1.0.0/24 --aux-address a=10.2.0.1 x')).stderr).toBe('no matching subnet for aux-address 10.2.0.1\n');
    expect((await err('docker network create --subnet 10.1.0.0/24 --aux-address bad x')).stderr).toBe('no matching subnet for aux-address \n');
    expect((await err('docker network create --subnet 10.1.0.0/24 --subnet 10.1.0.0/16 x')).stderr).toBe(
      'multiple overlapping subnet configuration is not supported\n',
    );
    expect(await err("docker network create --label 'a b' x")).toEqual({
      stdout: '',
      stderr:
        'invalid argument "a b" for "--label" flag: label \'a b\' contains whitespaces\n\nUsage:  docker network create [OPTIONS] NETWORK\n\nRun \'docker network create --help\' for more information\n',
      code: 125,
    });
    expect(Object.keys(cli.engine.state.networks)).toHaveLength(3);
  });

  it('daemon errors', async () => {
    const cli = new NetCli();
    await cli.run('docker network create net1');
    expect(await cli.run('docker network create net1')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: network with name net1 already exists\n',
      code: 1,
    });
    expect((await cli.run('docker network create -d overlay ov')).stderr).toBe(
      'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n',
    );
    expect((await cli.run('docker network create -d nosuchdriver x')).stderr).toBe('Error response from daemon: plugin "nosuchdriver" not found\n');
    expect((await cli.run('docker network create -d host myhost')).stderr).toBe(
      'Error response from daemon: only one instance of "host" network is allowed\n',
    );
    expect((await cli.run('docker network create --subnet 10.50.0.0/33 badmask')).stderr).toBe(
      // v25+ daemon validation (moby daemon/network.go validateIpamConfig); 20.10: "Invalid subnet 10.50.0.0/33 : invalid CIDR address"
      'Error response from daemon: invalid network config:\ninvalid subnet 10.50.0.0/33: invalid CIDR block notation\n',
    );
  });

  it('-o, --label, --internal, --attachable, --ipv4=false and --subnet lists', async () => {
    const cli = new NetCli();
    await cli.run('docker network create -o com.docker.network.bridge.name=mybr --label env=dev --label solo --internal --attachable opts');
    expect(cli.network('opts')).toMatchObject({
      Options: { 'com.docker.network.bridge.name': 'mybr' },
      Labels: { env: 'dev', solo: '' },
      Internal: true,
      Attachable: true,
      bridge: 'mybr',
    });
    await cli.run('docker network create --ipv6 --subnet 10.7.0.0/24,fd00:7::/64 dual');
    expect(cli.network('dual')).toMatchObject({ EnableIPv6: true, IPAM: { Config: [{ Subnet: '10.7.0.0/24' }, { Subnet: 'fd00:7::/64' }] } });
    await cli.run('docker network create --ipv4=false --ipv6 v6only');
    expect((await cli.run("docker network inspect -f '{{.EnableIPv4}} {{.EnableIPv6}}' v6only")).stdout).toBe('false true\n');
  });
});

describe('docker network ls', () => {
  it('table sorted by name, -q, --no-trunc, --format, json (layout of the 28.2.2 client)', async () => {
    const cli = new NetCli();
    await cli.run('docker network create front');
    await cli.run('docker network create back');
    const id = (n: string) => cli.network(n).Id;
    const row = (n: string, driver: string) => `${short(id(n))}   ${n.padEnd(6)}    ${driver.padEnd(6)}    local\n`;
    expect((await cli.run('docker network ls')).stdout).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n' + row('back', 'bridge') + row('bridge', 'bridge') + row('front', 'bridge') + row('host', 'host') + row('none', 'null'),
    );
    expect((await cli.run('docker network list -q')).stdout).toBe(['back', 'bridge', 'front', 'host', 'none'].map((n) => short(id(n)) + '\n').join(''));
    expect((await cli.run('docker network ls --no-trunc -f name=back')).stdout).toBe(
      `NETWORK ID${' '.repeat(57)}NAME      DRIVER    SCOPE\n${id('back')}   back      bridge    local\n`,
    );
    expect((await cli.run("docker network ls --format 'table {{.Name}}\\t{{.Driver}}' -f type=custom")).stdout).toBe(
      'NAME      DRIVER\nback      bridge\nfront     bridge\n',
    );
    expect((await cli.run('docker network ls -f name=back --format json')).stdout).toBe(
      `{"CreatedAt":"${(await cli.run("docker network inspect -f '{{.Created}}' back")).stdout.trim()}","Driver":"bridge","ID":"${short(id('back'))}","IPv4":"true","IPv6":"false","Internal":"false","Labels":"","Name":"back","Scope":"local"}\n`,
    );
  });

  it('filters: driver, name (regexp), id prefix, label, scope, type, dangling; bad ones (v28 wording)', async () => {
    const cli = new NetCli();
    await cli.run('docker network create --label a=b --label c front');
    await cli.run('docker network create back');
    cli.container({ name: 'web', network: 'back' });
    const names = async (f: string) => (await cli.run(`docker network ls ${f} --format '{{.Name}}'`)).stdout.trim().split('\n');
    expect(await names('-f driver=bridge')).toEqual(['back', 'bridge', 'front']);
    expect(await names('-f name=fr')).toEqual(['front']);
    expect(await names(`-f id=${short(cli.network('back').Id).slice(0, 6)}`)).toEqual(['back']);
    expect(await names('-f label=a=b')).toEqual(['front']);
    expect(await names('-f scope=local')).toHaveLength(5);
    expect(await names('-f type=builtin')).toEqual(['bridge', 'host', 'none']);
    expect(await names('-f dangling=true')).toEqual(['front']);
    expect((await cli.run("docker network ls -f label=a --format '{{.Labels}}|{{.Label \"a\"}}'")).stdout).toBe('a=b,c=|b\n');
    expect(await cli.run('docker network ls -f bogus=1')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'bogus'\n", code: 1 });
    expect((await cli.run('docker network ls -f type=foo')).stderr).toBe("Error response from daemon: invalid filter: 'type'='foo'\n");
    expect((await cli.run('docker network ls -f dangling=maybe')).stderr).toBe(
      'Error response from daemon: invalid value for filter \'dangling\', must be "true" (or "1"), or "false" (or "0")\n',
    );
  });
});

describe('docker network inspect', () => {
  it('a v28 network: EnableIPv4, the IPAM config, its containers', async () => {
    const cli = new NetCli();
    await cli.run('docker network create net1');
    const c1 = cli.container({ name: 'c1', network: 'net1' });
    const n = cli.network('net1');
    const ep = c1.Networks.net1;
    const out = (await cli.run('docker network inspect net1')).stdout;
    expect(out).toBe(`[
    {
        "Name": "net1",
        "Id": "${n.Id}",
        "Created": "${n.Created.replace(/0+Z$/, 'Z')}",
        "Scope": "local",
        "Driver": "bridge",
        "EnableIPv4": true,
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": {},
            "Config": [
                {
                    "Subnet": "172.18.0.0/16",
                    "Gateway": "172.18.0.1"
                }
            ]
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Containers": {
            "${c1.Id}": {
                "Name": "c1",
                "EndpointID": "${ep.EndpointID}",
                "MacAddress": "${ep.MacAddress}",
                "IPv4Address": "172.18.0.2/16",
                "IPv6Address": ""
            }
        },
        "Options": {},
        "Labels": {}
    }
]
`);
  });

  it('bridge, host and none: docker0\'s options, null IPAM config for host/none (v28)', async () => {
    const cli = new NetCli();
    expect((await cli.run("docker network inspect -f '{{json .IPAM}}' bridge host none")).stdout).toBe(
      '{"Driver":"default","Options":null,"Config":[{"Subnet":"172.17.0.0/16","Gateway":"172.17.0.1"}]}\n' +
        '{"Driver":"default","Options":null,"Config":null}\n{"Driver":"default","Options":null,"Config":null}\n',
    );
    expect((await cli.run("docker network inspect -f '{{json .Options}}' bridge")).stdout).toBe(
      '{"com.docker.network.bridge.default_bridge":"true","com.docker.network.bridge.enable_icc":"true","com.docker.network.bridge.enable_ip_masquerade":"true","com.docker.network.bridge.host_binding_ipv4":"0.0.0.0","com.docker.network.bridge.name":"docker0","com.docker.network.driver.mtu":"1500"}\n',
    );
  });

  it('templates see Go values (as the 28.2.2 client printed them)', async () => {
    const cli = new NetCli();
    await cli.run('docker network create --subnet 10.99.0.0/24 nwk');
    const created = cli.network('nwk').Created.replace('T', ' ').replace(/0*Z$/, ' +0000 UTC');
    expect((await cli.run("docker network inspect -f '{{.Created}}|{{.IPAM}}|{{.Containers}}|{{.Options}}|{{.ConfigFrom}}' nwk")).stdout).toBe(
      `${created}|{default map[] [{10.99.0.0/24   map[]}]}|map[]|map[]|{}\n`,
    );
    expect((await cli.run("docker network inspect -f '{{json .IPAM.Config}}' nwk")).stdout).toBe('[{"Subnet":"10.99.0.0/24"}]\n');
    expect(await cli.run("docker network inspect -f '{{.Nope}}' nwk")).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Nope>: map has no entry for key "Nope"\n',
      code: 1,
    });
  });

  it('not found: [] then the error', async () => {
    expect(await new NetCli().run('docker network inspect nope')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: network nope not found\n',
      code: 1,
    });
  });
});

describe('docker network rm and prune', () => {
  it('prints each name; errors as they come, then "exit status 1" (28.2.2 client)', async () => {
    const cli = new NetCli();
    await cli.run('docker network create net1');
    await cli.run('docker network create net2');
    const c1 = cli.container({ name: 'c1', network: 'net1' });
    expect(await cli.run('docker network rm net1 nope bridge net2')).toEqual({
      stdout: 'net2\n',
      stderr:
        // v28.1+ names the endpoints (moby libnetwork/error.go ActiveEndpointsError)
        `Error response from daemon: error while removing network: network net1 has active endpoints (name:"c1" id:"${short(c1.Networks.net1.EndpointID)}")\n` +
        'Error response from daemon: network nope not found\n' +
        'Error response from daemon: bridge is a pre-defined network and cannot be removed\n' +
        'exit status 1\n',
      code: 1,
    });
    expect(await cli.run('docker network remove -f nope')).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('prune -f lists what it removed; nothing removed prints nothing', async () => {
    const cli = new NetCli();
    await cli.run('docker network create used');
    await cli.run('docker network create unused');
    cli.container({ name: 'c1', network: 'used' });
    expect(await cli.run('docker network prune -f')).toEqual({ stdout: 'Deleted Networks:\nunused\n\n', stderr: '', code: 0 });
    expect(await cli.run('docker network prune -f')).toEqual({ stdout: '', stderr: '', code: 0 });
  });

  it('prune asks first (the 28.2.2 client\'s prompt); no answer cancels silently', async () => {
    const cli = new NetCli();
    await cli.run('docker network create unused');
    const prompt = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ';
    expect(await cli.run('docker network prune')).toEqual({ stdout: prompt, stderr: '', code: 0 });
    expect(cli.network('unused')).toBeDefined();
    expect(await cli.run('docker network prune', { stdin: 'y\n' })).toEqual({ stdout: `${prompt}Deleted Networks:\nunused\n\n`, stderr: '', code: 0 });
  });
});

describe('docker network connect and disconnect', () => {
  it('connect with --ip and --alias; the daemon\'s errors', async () => {
    const cli = new NetCli();
    await cli.run('docker network create --subnet 10.5.0.0/24 net2');
    const app = cli.container({ name: 'app' });
    expect(await cli.run('docker network connect --ip 10.5.0.9 --alias db net2 app')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(app.Networks.net2).toMatchObject({ IPAddress: '10.5.0.9', Aliases: ['db'], IPAMConfig: { IPv4Address: '10.5.0.9' }, DriverOpts: {} });
    expect((await cli.run('docker network connect net2 app')).stderr).toBe('Error response from daemon: endpoint with name app already exists in network net2\n');
    expect((await cli.run('docker network connect nope app')).stderr).toBe('Error response from daemon: network nope not found\n');
    expect((await cli.run('docker network connect net2 nope')).stderr).toBe('Error response from daemon: No such container: nope\n');
    expect((await cli.run('docker network connect --driver-opt bad net2 app')).stderr).toBe('invalid key/value pair format in driver options\n');
  });

  it('disconnect, and its errors', async () => {
    const cli = new NetCli();
    await cli.run('docker network create net1');
    const app = cli.container({ name: 'app', network: 'net1' });
    expect(await cli.run('docker network disconnect net1 app')).toEqual({ stdout: '', stderr: '', code: 0 });
    expect(await cli.run('docker network disconnect net1 app')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${app.Id} is not connected to network net1\n`,
      code: 1,
    });
  });
});

describe('docker swarm init / leave', () => {
  it('prints the manager text and the join command (docker/cli cli/command/swarm/init.go)', async () => {
    const cli = new NetCli();
    const r = await cli.run('docker swarm init');
    const node = cli.engine.state.swarmNode!;
    expect(r).toEqual({
      stdout:
        `Swarm initialized: current node (${node.nodeId}) is now a manager.\n\n` +
        `To add a worker to this swarm, run the following command:\n\n    docker swarm join --token ${node.workerToken} 192.168.1.100:2377\n\n` +
        "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n",
      stderr: '',
      code: 0,
    });
    expect((await cli.run('docker network create -d overlay --attachable ov')).code).toBe(0);
    expect((await cli.run("docker network ls -f driver=overlay --format '{{.Name}} {{.Scope}}'")).stdout).toBe('ingress swarm\nov swarm\n');
    expect((await cli.run('docker swarm leave')).stderr).toBe(
      'Error response from daemon: You are attempting to leave the swarm on a node that is participating as a manager. Removing the last manager erases all current state of the swarm. Use `--force` to ignore this message.\n',
    );
    expect(await cli.run('docker swarm leave --force')).toEqual({ stdout: 'Node left the swarm.\n', stderr: '', code: 0 });
  });
});
