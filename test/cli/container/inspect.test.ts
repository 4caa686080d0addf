/**
 * `docker inspect` / `docker container inspect` of containers: the whole
 * JSON with Docker 28's field set and order (the 20.10 reference's layout
 * with the v28 changes listed in src/cli/container/inspect-json.ts), -f
 * templates as the client runs them (typed struct first, the raw JSON as
 * maps after), lookup precedence and errors (transcripts
 * containers/inspect-format, errors/not-found).
 */
import { describe, expect, it } from 'vitest';
import { containerJson } from '../../../src/cli/container/inspect-json.ts';
import type { ContainerRecord } from '../../../src/engine/state.ts';
import { Lab, lines } from './helpers.ts';

async function webWithMounts(lab: Lab): Promise<ContainerRecord> {
  // docker run -d --name web -v webdata:/data -v /cache -v /tmp/site:/usr/share/nginx/html:ro -p 8080:80 nginx
  const web = await lab.run('web', 'nginx', undefined, {
    Config: { Image: 'nginx', Volumes: { '/cache': {} } },
    HostConfig: { Binds: ['webdata:/data', '/tmp/site:/usr/share/nginx/html:ro'], PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } },
  });
  // the engine publishes the port on both address families at start
  return web;
}

/** The full `docker inspect web` text, in Docker 28's layout, with this lab's ids, addresses and times. */
function expectedInspect(lab: Lab, c: ContainerRecord): string {
  const id = c.Id;
  const ep = c.Networks.bridge;
  const json = JSON.parse(JSON.stringify(containerJson(lab.engine, c))) as {
    Created: string;
    GraphDriver: { Data: { LowerDir: string } };
    NetworkSettings: { SandboxID: string };
    Mounts: { Name?: string }[];
    Config: { Env: string[]; Labels: Record<string, string> };
  };
  const anon = c.Mounts.find((m) => m.Destination === '/cache')!.Name!;
  const sandbox = json.NetworkSettings.SandboxID;
  const dir = `/var/lib/docker/containers/${id}`;
  const env = json.Config.Env.map((e) => `                "${e}"`).join(',\n');
  return `[
    {
        "Id": "${id}",
        "Created": "${json.Created}",
        "Path": "/docker-entrypoint.sh",
        "Args": [
            "nginx",
            "-g",
            "daemon off;"
        ],
        "State": {
            "Status": "running",
            "Running": true,
            "Paused": false,
            "Restarting": false,
            "OOMKilled": false,
            "Dead": false,
            "Pid": ${c.State.Pid},
            "ExitCode": 0,
            "Error": "",
            "StartedAt": "${c.State.StartedAt}",
            "FinishedAt": "0001-01-01T00:00:00Z"
        },
        "Image": "${c.Image}",
        "ResolvConfPath": "${dir}/resolv.conf",
        "HostnamePath": "${dir}/hostname",
        "HostsPath": "${dir}/hosts",
        "LogPath": "${dir}/${id}-json.log",
        "Name": "/web",
        "RestartCount": 0,
        "Driver": "overlay2",
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "",
        "ExecIDs": null,
        "HostConfig": {
            "Binds": [
                "webdata:/data",
                "/tmp/site:/usr/share/nginx/html:ro"
            ],
            "ContainerIDFile": "",
            "LogConfig": {
                "Type": "json-file",
                "Config": {}
            },
            "NetworkMode": "bridge",
            "PortBindings": {
                "80/tcp": [
                    {
                        "HostIp": "",
                        "HostPort": "8080"
                    }
                ]
            },
            "RestartPolicy": {
                "Name": "no",
                "MaximumRetryCount": 0
            },
            "AutoRemove": false,
            "VolumeDriver": "",
            "VolumesFrom": null,
            "ConsoleSize": [
                0,
                0
            ],
            "CapAdd": null,
            "CapDrop": null,
            "CgroupnsMode": "private",
            "Dns": [],
            "DnsOptions": [],
            "DnsSearch": [],
            "ExtraHosts": null,
            "GroupAdd": null,
            "IpcMode": "private",
            "Cgroup": "",
            "Links": null,
            "OomScoreAdj": 0,
            "PidMode": "",
            "Privileged": false,
            "PublishAllPorts": false,
            "ReadonlyRootfs": false,
            "SecurityOpt": null,
            "UTSMode": "",
            "UsernsMode": "",
            "ShmSize": 67108864,
            "Runtime": "runc",
            "Isolation": "",
            "CpuShares": 0,
            "Memory": 0,
            "NanoCpus": 0,
            "CgroupParent": "",
            "BlkioWeight": 0,
            "BlkioWeightDevice": [],
            "BlkioDeviceReadBps": [],
            "BlkioDeviceWriteBps": [],
            "BlkioDeviceReadIOps": [],
            "BlkioDeviceWriteIOps": [],
            "CpuPeriod": 0,
            "CpuQuota": 0,
            "CpuRealtimePeriod": 0,
            "CpuRealtimeRuntime": 0,
            "CpusetCpus": "",
            "CpusetMems": "",
            "Devices": [],
            "DeviceCgroupRules": null,
            "DeviceRequests": null,
            "MemoryReservation": 0,
            "MemorySwap": 0,
            "MemorySwappiness": null,
            "OomKillDisable": null,
            "PidsLimit": null,
            "Ulimits": [],
            "CpuCount": 0,
            "CpuPercent": 0,
            "IOMaximumIOps": 0,
            "IOMaximumBandwidth": 0,
            "MaskedPaths": [
                "/proc/asound",
                "/proc/acpi",
                "/proc/interrupts",
                "/proc/kcore",
                "/proc/keys",
                "/proc/latency_stats",
                "/proc/timer_list",
                "/proc/timer_stats",
                "/proc/sched_debug",
                "/proc/scsi",
                "/sys/firmware",
                "/sys/devices/virtual/powercap"
            ],
            "ReadonlyPaths": [
                "/proc/bus",
                "/proc/fs",
                "/proc/irq",
                "/proc/sys",
                "/proc/sysrq-trigger"
            ]
        },
        "GraphDriver": {
            "Data": {
                "ID": "${id}",
                "LowerDir": "${json.GraphDriver.Data.LowerDir}",
                "MergedDir": "/var/lib/docker/overlay2/${id}/merged",
                "UpperDir": "/var/lib/docker/overlay2/${id}/diff",
                "WorkDir": "/var/lib/docker/overlay2/${id}/work"
            },
            "Name": "overlay2"
        },
        "Mounts": [
            {
                "Type": "volume",
                "Name": "${anon}",
                "Source": "/var/lib/docker/volumes/${anon}/_data",
                "Destination": "/cache",
                "Driver": "local",
                "Mode": "",
                "RW": true,
                "Propagation": ""
            },
            {
                "Type": "volume",
                "Name": "webdata",
                "Source": "/var/lib/docker/volumes/webdata/_data",
                "Destination": "/data",
                "Driver": "local",
                "Mode": "z",
                "RW": true,
                "Propagation": ""
            },
            {
                "Type": "bind",
                "Source": "/tmp/site",
                "Destination": "/usr/share/nginx/html",
                "Mode": "ro",
                "RW": false,
                "Propagation": "rprivate"
            }
        ],
        "Config": {
            "Hostname": "${id.slice(0, 12)}",
            "Domainname": "",
            "User": "",
            "AttachStdin": false,
            "AttachStdout": false,
            "AttachStderr": false,
            "ExposedPorts": {
                "80/tcp": {}
            },
            "Tty": false,
            "OpenStdin": false,
            "StdinOnce": false,
            "Env": [
${env}
            ],
            "Cmd": [
                "nginx",
                "-g",
                "daemon off;"
            ],
            "Image": "nginx",
            "Volumes": {
                "/cache": {}
            },
            "WorkingDir": "",
            "Entrypoint": [
                "/docker-entrypoint.sh"
            ],
            "OnBuild": null,
            "Labels": {
                "maintainer": "NGINX Docker Maintainers <docker-maint@nginx.com>"
            },
            "StopSignal": "SIGQUIT"
        },
        "NetworkSettings": {
            "Bridge": "",
            "SandboxID": "${sandbox}",
            "SandboxKey": "/var/run/docker/netns/${sandbox.slice(0, 12)}",
            "Ports": {
                "80/tcp": [
                    {
                        "HostIp": "0.0.0.0",
                        "HostPort": "8080"
                    },
                    {
                        "HostIp": "::",
                        "HostPort": "8080"
                    }
                ]
            },
            "HairpinMode": false,
            "LinkLocalIPv6Address": "",
            "LinkLocalIPv6PrefixLen": 0,
            "SecondaryIPAddresses": null,
            "SecondaryIPv6Addresses": null,
            "EndpointID": "${ep.EndpointID}",
            "Gateway": "172.17.0.1",
            "GlobalIPv6Address": "",
            "GlobalIPv6PrefixLen": 0,
            "IPAddress": "172.17.0.2",
            "IPPrefixLen": 16,
            "IPv6Gateway": "",
            "MacAddress": "${ep.MacAddress}",
            "Networks": {
                "bridge": {
                    "IPAMConfig": null,
                    "Links": null,
                    "Aliases": null,
                    "MacAddress": "${ep.MacAddress}",
                    "DriverOpts": null,
                    "GwPriority": 0,
                    "NetworkID": "${ep.NetworkID}",
                    "EndpointID": "${ep.EndpointID}",
                    "Gateway": "172.17.0.1",
                    "IPAddress": "172.17.0.2",
                    "IPPrefixLen": 16,
                    "IPv6Gateway": "",
                    "GlobalIPv6Address": "",
                    "GlobalIPv6PrefixLen": 0,
                    "DNSNames": null
                }
            }
        }
    }
]
`;
}

describe('docker inspect of a container', () => {
  it("prints Docker 28's fields in Docker's order, indented by 4", async () => {
    const lab = new Lab();
    const web = await webWithMounts(lab);
    const r = await lab.docker('inspect', 'web');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(expectedInspect(lab, web));
    expect((await lab.docker('container', 'inspect', 'web')).stdout).toBe(r.stdout);
  });

  it('has no file paths before the first start, keeps them afterwards; -s adds the sizes after GraphDriver', async () => {
    const lab = new Lab();
    const fresh = lab.create('fresh', 'busybox', ['echo', 'hi']);
    expect((await lab.docker('inspect', '-f', '{{.ResolvConfPath}}|{{.HostnamePath}}|{{.HostsPath}}|{{.LogPath}}|{{json .State}}', 'fresh')).stdout).toBe(
      '|||' +
        '|{"Status":"created","Running":false,"Paused":false,"Restarting":false,"OOMKilled":false,"Dead":false,"Pid":0,"ExitCode":0,"Error":"","StartedAt":"0001-01-01T00:00:00Z","FinishedAt":"0001-01-01T00:00:00Z"}\n',
    );
    expect((await lab.docker('inspect', '-f', '{{json .NetworkSettings}}', 'fresh')).stdout).toBe(
      '{"Bridge":"","SandboxID":"","SandboxKey":"","Ports":{},"HairpinMode":false,"LinkLocalIPv6Address":"","LinkLocalIPv6PrefixLen":0,"SecondaryIPAddresses":null,"SecondaryIPv6Addresses":null,"EndpointID":"","Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","MacAddress":"","Networks":{"bridge":{"IPAMConfig":null,"Links":null,"Aliases":null,"MacAddress":"","DriverOpts":null,"GwPriority":0,"NetworkID":"","EndpointID":"","Gateway":"","IPAddress":"","IPPrefixLen":0,"IPv6Gateway":"","GlobalIPv6Address":"","GlobalIPv6PrefixLen":0,"DNSNames":null}}}\n',
    );
    await lab.docker('start', 'fresh');
    expect((await lab.docker('inspect', '-f', '{{.HostsPath}} {{.State.Status}} {{.State.ExitCode}}', 'fresh')).stdout).toBe(
      `/var/lib/docker/containers/${fresh.Id}/hosts exited 0\n`,
    );
    const sized = (await lab.docker('inspect', '-s', 'fresh')).stdout;
    expect(sized.indexOf('"GraphDriver"')).toBeLessThan(sized.indexOf('"SizeRw": 0,'));
    expect(sized).toMatch(/"SizeRw": 0,\n {8}"SizeRootFs": \d+,\n {8}"Mounts": \[\]/);
    expect((await lab.docker('inspect', 'fresh')).stdout).not.toContain('SizeRw');
  });
});

describe('docker inspect -f', () => {
  it('runs templates on the container (transcript containers/inspect-format)', async () => {
    const lab = new Lab();
    const web = await lab.run('web', 'nginx');
    const f = async (t: string) => (await lab.docker('inspect', '-f', t, 'web')).stdout;
    expect(await f('{{ .NetworkSettings.IPAddress }}')).toBe('172.17.0.2\n');
    expect(await f('{{.State.Status}}')).toBe('running\n');
    expect(await f('{{.HostsPath}}')).toBe(`/var/lib/docker/containers/${web.Id}/hosts\n`);
    expect(await f('{{.Name}} {{.Config.Image}} {{.Path}} {{.Args}}')).toBe('/web nginx /docker-entrypoint.sh [nginx -g daemon off;]\n');
    expect((await lab.docker('inspect', '--format', '{{json .Config.Cmd}}', 'web')).stdout).toBe('["nginx","-g","daemon off;"]\n');
    expect(await f('{{json .Config.ExposedPorts}}')).toBe('{"80/tcp":{}}\n');
    expect(await f('{{.State.Running}} {{.State.ExitCode}} {{.RestartCount}}')).toBe('true 0 0\n');
    expect(await f('{{.Config.Hostname}}')).toBe(`${web.Id.slice(0, 12)}\n`);
    expect(await f('{{.NetworkSettings.Networks.bridge.Gateway}}')).toBe('172.17.0.1\n');
    expect(await lab.docker('stop', 'web')).toEqual({ stdout: 'web\n', stderr: '', status: 0 });
    expect(await f('{{.State.Status}} {{.NetworkSettings.IPAddress}}')).toBe('exited \n');
  });

  it('prints structs, maps and slices as Go does, and JSON as the daemon sends it', async () => {
    const lab = new Lab();
    const web = await webWithMounts(lab);
    const anon = web.Mounts[2].Name!;
    const f = async (t: string) => (await lab.docker('inspect', '-f', t, 'web')).stdout;
    // recorded on the reference; v28 lists the mounts sorted by destination
    expect(await f('{{.Mounts}}')).toBe(
      `[{volume ${anon} /var/lib/docker/volumes/${anon}/_data /cache local  true } {volume webdata /var/lib/docker/volumes/webdata/_data /data local z true } {bind  /tmp/site /usr/share/nginx/html  ro false rprivate}]\n`,
    );
    expect(await f('{{json .Mounts}}')).toBe(
      `[{"Type":"volume","Name":"${anon}","Source":"/var/lib/docker/volumes/${anon}/_data","Destination":"/cache","Driver":"local","Mode":"","RW":true,"Propagation":""},{"Type":"volume","Name":"webdata","Source":"/var/lib/docker/volumes/webdata/_data","Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},{"Type":"bind","Source":"/tmp/site","Destination":"/usr/share/nginx/html","Mode":"ro","RW":false,"Propagation":"rprivate"}]\n`,
    );
    expect(await f('{{range .Mounts}}{{.Source}} {{end}}')).toBe(`/var/lib/docker/volumes/${anon}/_data /var/lib/docker/volumes/webdata/_data /tmp/site \n`);
    expect(await f('{{range .Mounts}}{{println .Destination}}{{end}}')).toBe('/cache\n/data\n/usr/share/nginx/html\n\n');
    expect(await f('{{.Config.Volumes}} {{json .Config.Volumes}} {{.HostConfig.Binds}} {{json .HostConfig.Binds}}')).toBe(
      'map[/cache:{}] {"/cache":{}} [webdata:/data /tmp/site:/usr/share/nginx/html:ro] ["webdata:/data","/tmp/site:/usr/share/nginx/html:ro"]\n',
    );
    expect(await f('{{.Config.ExposedPorts}} {{.HostConfig.LogConfig}} {{.HostConfig.RestartPolicy}} {{.GraphDriver.Name}}')).toBe(
      'map[80/tcp:{}] {json-file map[]} {no 0} overlay2\n',
    );
    expect(await f('{{.State}}')).toBe(`{running true false false false false ${web.State.Pid} 0  ${web.State.StartedAt} 0001-01-01T00:00:00Z <nil>}\n`);
    expect(await f('{{json .State}}')).not.toContain('Health');
    expect(await f('{{index .Config.Labels "maintainer"}}')).toBe('NGINX Docker Maintainers <docker-maint@nginx.com>\n');
    expect(await f('{{range $k, $v := .NetworkSettings.Networks}}{{$k}}={{$v.IPAddress}} {{end}}')).toBe('bridge=172.17.0.2 \n');
    expect(await f('{{(index (index .NetworkSettings.Ports "80/tcp") 0).HostPort}}')).toBe('8080\n');
  });

  it('retries a failing template on the raw JSON, where missing keys are errors', async () => {
    const lab = new Lab();
    const web = await lab.run('web', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('inspect', '-f', '{{.Foo}}', 'web')).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"\n',
      status: 1,
    });
    expect(await lab.docker('inspect', '-f', '{{.Id}} {{.ID}}', 'web')).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:10: executing "" at <.ID>: map has no entry for key "ID"\n',
      status: 1,
    });
    expect((await lab.docker('inspect', '-f', '{{.State.Foo}}', 'web')).stderr).toBe(
      'template parsing error: template: :1:8: executing "" at <.State.Foo>: map has no entry for key "Foo"\n',
    );
    expect(await lab.docker('inspect', '-f', '{{.Name', 'web')).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      status: 64,
    });
    expect((await lab.docker('inspect', '-f', 'json', 'web')).stdout).toMatch(new RegExp(`^\\[\\{"Id":"${web.Id}","Created":".*\\}\\]\\n$`));
  });
});

describe('docker inspect lookup', () => {
  it('prints what it found, then "[]" and the error for what it did not (transcript errors/not-found)', async () => {
    const lab = new Lab();
    await lab.run('web', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('inspect', 'nope')).toEqual({ stdout: '[]\n', stderr: 'Error: No such object: nope\n', status: 1 });
    expect(await lab.docker('inspect', '-f', '{{.State.Status}}', 'web', 'nope')).toEqual({
      stdout: 'running\n',
      stderr: 'Error: No such object: nope\n',
      status: 1,
    });
    expect(await lab.docker('inspect', '-f', '{{.Name}}', 'nope', 'nope2')).toEqual({
      stdout: '\n',
      stderr: 'Error: No such object: nope\nError: No such object: nope2\n',
      status: 1,
    });
    const both = await lab.docker('inspect', 'nope', 'web');
    expect(both.stdout.startsWith('[\n    {\n        "Id": ')).toBe(true);
    expect(both.stderr).toBe('Error: No such object: nope\n');
  });

  it('tries containers, then images, networks and volumes', async () => {
    const lab = new Lab();
    await lab.run('web', 'busybox', ['sleep', '1d'], { HostConfig: { Binds: ['webdata:/data'] } });
    // a container named like an image wins over the image
    await lab.run('nginx', 'busybox', ['sleep', '1d']);
    const r = await lab.docker('inspect', '-f', '{{.Name}}', 'webdata', 'nginx', 'web');
    expect(r).toEqual({ stdout: 'webdata\n/nginx\n/web\n', stderr: '', status: 0 });
    // images have no Name: the raw retry fails
    expect(await lab.docker('inspect', '-f', '{{.Name}}', 'busybox')).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Name>: map has no entry for key "Name"\n',
      status: 1,
    });
    expect((await lab.docker('inspect', '-f', '{{index .RepoTags 0}}', 'busybox')).stdout).toBe('busybox:latest\n');
  });

  it('narrows to one type with --type, with the daemon errors', async () => {
    const lab = new Lab();
    await lab.run('web', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('inspect', '--type', 'image', 'web')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: web:latest\n',
      status: 1,
    });
    expect((await lab.docker('inspect', '--type', 'container', '-f', '{{.Name}}', 'web')).stdout).toBe('/web\n');
    expect((await lab.docker('inspect', '--type', 'container', 'nope')).stderr).toBe('Error response from daemon: No such container: nope\n');
    expect((await lab.docker('inspect', '--type', 'volume', 'nope')).stderr).toBe('Error response from daemon: get nope: no such volume\n');
    expect(await lab.docker('inspect', '--type', 'bogus', 'web')).toEqual({
      stdout: '',
      stderr: 'unknown type: "bogus": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n',
      status: 1,
    });
    expect((await lab.docker('inspect', '--type', '', 'web')).stderr).toBe(
      'type is empty: must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n',
    );
    expect((await lab.docker('inspect', '-s', '-f', '{{.Id}}', 'busybox')).stderr).toBe('WARNING: --size ignored for image\n');
  });

  it('docker container inspect reports the daemon error for a missing container', async () => {
    const lab = new Lab();
    await lab.run('web', 'busybox', ['sleep', '1d']);
    expect(await lab.docker('container', 'inspect', '-f', '{{.Name}}', 'nope', 'web')).toEqual({
      stdout: '/web\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      status: 1,
    });
    expect(await lab.docker('container', 'inspect', 'busybox')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such container: busybox\n',
      status: 1,
    });
    expect((await lab.docker('inspect')).stderr).toBe(
      lines("docker: 'docker inspect' requires at least 1 argument", '', 'Usage:  docker inspect [OPTIONS] NAME|ID [NAME|ID...]', '', "See 'docker inspect --help' for more information"),
    );
  });
});
