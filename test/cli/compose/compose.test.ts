/**
 * `docker compose` through the lab: a compose.yaml written with a heredoc,
 * `up -d` creating the project's network, volume and containers (plain
 * progress on stderr as a non-TTY shows it), service-name DNS between
 * containers, `ps`, `logs`, `down` keeping volumes and `down -v` removing
 * them, and compose-go's validation errors.
 */
import { describe, expect, it } from 'vitest';
import { type Lab, createLab } from '../../../src/lab/index.ts';

const COMPOSE = `services:
  web:
    image: busybox
    command: sleep 3600
    depends_on:
      - db
    ports:
      - "8080:80"
  db:
    image: mysql
    environment:
      MYSQL_ROOT_PASSWORD: secret
    volumes:
      - data:/var/lib/mysql
volumes:
  data:
`;

function lab(): Lab {
  return createLab({ seed: 1, images: ['nginx', 'mysql', 'busybox'] });
}

const run = (l: Lab, line: string) => l.exec(line, { tty: false });

async function project(l: Lab, yaml = COMPOSE, dir = '/root/app'): Promise<void> {
  await run(l, `mkdir -p ${dir} && cd ${dir}`);
  const r = await run(l, `cat > compose.yaml <<'EOF'\n${yaml}EOF`);
  expect(r.exitCode).toBe(0);
}

describe('docker compose up -d', () => {
  it('creates the default network, the named volume and the containers in dependency order', async () => {
    const l = lab();
    await project(l);
    const r = await run(l, 'docker compose up -d');
    expect(r).toEqual({
      stdout: '',
      stderr: [
        ' Network app_default  Creating',
        ' Network app_default  Created',
        ' Volume "app_data"  Creating',
        ' Volume "app_data"  Created',
        ' Container app-db-1  Creating',
        ' Container app-db-1  Created',
        ' Container app-web-1  Creating',
        ' Container app-web-1  Created',
        ' Container app-db-1  Starting',
        ' Container app-db-1  Started',
        ' Container app-web-1  Starting',
        ' Container app-web-1  Started',
        '',
      ].join('\n'),
      exitCode: 0,
    });
    expect((await run(l, "docker ps --format '{{.Names}}'")).stdout).toBe('app-web-1\napp-db-1\n');
    expect((await run(l, "docker network ls --format '{{.Name}}'")).stdout).toContain('app_default\n');
    expect((await run(l, "docker volume ls --format '{{.Name}}'")).stdout).toBe('app_data\n');
    expect((await run(l, "docker inspect -f '{{index .Config.Labels \"com.docker.compose.project\"}} {{index .Config.Labels \"com.docker.compose.service\"}}' app-web-1")).stdout).toBe(
      'app web\n',
    );
    expect((await run(l, "docker network inspect -f '{{index .Labels \"com.docker.compose.network\"}}' app_default")).stdout).toBe('default\n');
  });

  it('lets containers reach each other by service name', async () => {
    const l = lab();
    await project(l);
    await run(l, 'docker compose up -d');
    const ping = await run(l, 'docker exec app-web-1 ping -c 1 db');
    expect(ping.exitCode).toBe(0);
    expect(ping.stdout).toMatch(/^PING db \(172\.18\.0\.\d+\)/);
    const exec = await run(l, 'docker compose exec web ping -c 1 app-db-1');
    expect(exec.exitCode).toBe(0);
  });

  it('reports Running for an unchanged project and recreates a changed service', async () => {
    const l = lab();
    await project(l);
    await run(l, 'docker compose up -d');
    expect((await run(l, 'docker compose up -d')).stderr).toBe(' Container app-db-1  Running\n Container app-web-1  Running\n');
    await project(l, COMPOSE.replace('sleep 3600', 'sleep 7200'));
    expect((await run(l, 'docker compose up -d')).stderr).toBe(
      ' Container app-db-1  Running\n Container app-web-1  Recreate\n Container app-web-1  Recreated\n Container app-web-1  Starting\n Container app-web-1  Started\n',
    );
  });

  it('prints the last frame of the TTY progress on a terminal', async () => {
    const l = lab();
    l.setColumns(60);
    await project(l);
    const r = await l.exec('docker compose up -d');
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe('[+] Running 4/4');
    // IDs padded to the longest (`Container app-web-1`), the timer right-aligned to the width
    expect(lines[1]).toBe(' ✔ Network app_default  Created' + ' '.repeat(60 - 6 - 31) + ' 0.1s');
    expect(lines[2]).toMatch(/^ ✔ Volume "app_data"    Created +0\.1s$/);
    expect(lines[3]).toMatch(/^ ✔ Container app-db-1   Started +0\.1s$/);
    expect(lines[4]).toMatch(/^ ✔ Container app-web-1  Started +0\.1s$/);
    expect(lines[1].length).toBe(59);
  });
});

describe('docker compose ps / logs / stop / start', () => {
  it('lists the project containers', async () => {
    const l = lab();
    await project(l);
    await run(l, 'docker compose up -d');
    const ps = await run(l, 'docker compose ps');
    expect(ps.stdout.split('\n')[0]).toBe('NAME        IMAGE     COMMAND                  SERVICE   CREATED        STATUS        PORTS');
    expect(ps.stdout).toMatch(/^app-web-1   busybox   "sleep 3600"             web       .* ago +Up .* 0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp$/m);
    expect((await run(l, 'docker compose ps --services')).stdout).toBe('db\nweb\n');
    expect((await run(l, "docker compose ps --format '{{.Service}} {{.State}}'")).stdout).toBe('db running\nweb running\n');
    await run(l, 'docker compose stop web');
    expect((await run(l, 'docker compose ps -q')).stdout.split('\n').length).toBe(2);
    expect((await run(l, "docker compose ps -a --format '{{.Name}} {{.State}}'")).stdout).toBe('app-db-1 running\napp-web-1 exited\n');
    expect((await run(l, 'docker compose start')).stderr).toBe(' Container app-web-1  Starting\n Container app-web-1  Started\n');
  });

  it('prefixes log lines with service-number padded to the longest name', async () => {
    const l = lab();
    await project(
      l,
      `services:
  hello:
    image: busybox
    command: echo hi
  web:
    image: busybox
    command: sh -c "echo started; sleep 3600"
`,
      '/root/demo',
    );
    await run(l, 'docker compose up -d');
    expect((await run(l, 'docker compose logs')).stdout).toBe('hello-1  | hi\nweb-1    | started\n');
    expect((await run(l, 'docker compose logs web')).stdout).toBe('web-1  | started\n');
    expect((await run(l, 'docker compose logs --no-log-prefix web')).stdout).toBe('started\n');
  });

  it('up without -d attaches and reports containers that exit', async () => {
    const l = lab();
    await project(l, 'services:\n  hello:\n    image: busybox\n    command: echo hello world\n', '/root/one');
    const r = await run(l, 'docker compose up');
    expect(r.stdout).toBe('Attaching to hello-1\nhello-1  | hello world\nhello-1 exited with code 0\n');
    expect(r.exitCode).toBe(0);
  });
});

describe('docker compose down', () => {
  it('keeps named volumes unless -v', async () => {
    const l = lab();
    await project(l);
    await run(l, 'docker compose up -d');
    const down = await run(l, 'docker compose down');
    expect(down.stderr).toBe(
      [
        ' Container app-web-1  Stopping',
        ' Container app-web-1  Stopped',
        ' Container app-web-1  Removing',
        ' Container app-web-1  Removed',
        ' Container app-db-1  Stopping',
        ' Container app-db-1  Stopped',
        ' Container app-db-1  Removing',
        ' Container app-db-1  Removed',
        ' Network app_default  Removing',
        ' Network app_default  Removed',
        '',
      ].join('\n'),
    );
    expect((await run(l, 'docker ps -aq')).stdout).toBe('');
    expect((await run(l, "docker network ls --format '{{.Name}}'")).stdout).not.toContain('app_default');
    expect((await run(l, "docker volume ls --format '{{.Name}}'")).stdout).toBe('app_data\n');
    await run(l, 'docker compose up -d');
    const downV = await run(l, 'docker compose down -v');
    expect(downV.stderr).toContain(' Volume app_data  Removing\n Volume app_data  Removed\n');
    expect((await run(l, 'docker volume ls -q')).stdout).toBe('');
  });
});

describe('errors and other commands', () => {
  it('no configuration file', async () => {
    const l = lab();
    await run(l, 'mkdir /root/empty && cd /root/empty');
    expect(await run(l, 'docker compose up -d')).toEqual({ stdout: '', stderr: 'no configuration file provided: not found\n', exitCode: 1 });
  });

  it('validation errors read like compose-go', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n    foo: bar\n');
    expect(await run(l, 'docker compose up -d')).toEqual({
      stdout: '',
      stderr: "validating /root/app/compose.yaml: services.web additional properties 'foo' not allowed\n",
      exitCode: 1,
    });
    await project(l, 'services:\n  web:\n    image: nginx\n    volumes:\n      - data:/data\n');
    expect((await run(l, 'docker compose up -d')).stderr).toBe('service "web" refers to undefined volume data: invalid compose project\n');
    await project(l, 'services:\n  web:\n    image: nginx\n    ports: 80\n');
    expect((await run(l, 'docker compose config')).stderr).toBe('validating /root/app/compose.yaml: services.web.ports must be a list\n');
    await project(l, 'services:\n  web:\n    image: nginx\n    networks: [front]\n');
    expect((await run(l, 'docker compose up -d')).stderr).toBe('service "web" refers to undefined network front: invalid compose project\n');
  });

  it('-f and -p', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n');
    await run(l, 'mv compose.yaml other.yml');
    const r = await run(l, 'docker compose -f other.yml -p shop up -d');
    expect(r.exitCode).toBe(0);
    expect((await run(l, "docker ps --format '{{.Names}}'")).stdout).toBe('shop-web-1\n');
  });

  it('custom networks with aliases', async () => {
    const l = lab();
    await project(
      l,
      `services:
  api:
    image: busybox
    command: sleep 3600
    networks:
      back:
        aliases: [backend]
  db:
    image: busybox
    command: sleep 3600
    networks: [back]
networks:
  back:
    ipam:
      config:
        - subnet: 10.20.0.0/24
`,
    );
    const up = await run(l, 'docker compose up -d');
    expect(up.stderr.split('\n')[0]).toBe(' Network app_back  Creating');
    expect((await run(l, "docker network ls --format '{{.Name}}'")).stdout).not.toContain('app_default');
    expect((await run(l, 'docker exec app-db-1 ping -c 1 backend')).stdout).toMatch(/^PING backend \(10\.20\.0\.\d+\)/);
  });

  it('version and docker --help', async () => {
    const l = lab();
    expect((await run(l, 'docker compose version')).stdout).toBe('Docker Compose version v2.36.2\n');
    expect((await run(l, 'docker --help')).stdout).toContain('  builder     Manage builds\n  compose*    Docker Compose\n  container   Manage containers\n');
  });
});

describe('attached up and help', () => {
  it('Ctrl+C stops the project gracefully', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n', '/root/site');
    let reads = 0;
    const signal = {
      get aborted() {
        return ++reads > 10;
      },
    };
    const r = await l.exec('docker compose up', { tty: false, signal });
    expect(r.exitCode).toBe(130);
    expect(r.stdout.split('\n')[0]).toBe('Attaching to web-1');
    expect(r.stdout).toContain('web-1  | /docker-entrypoint.sh: Configuration complete; ready for start up\n');
    expect(r.stdout.endsWith('web-1 exited with code 0\n')).toBe(true);
    expect(r.stderr).toContain('Gracefully stopping... (press Ctrl+C again to force)\n Container site-web-1  Stopping\n Container site-web-1  Stopped\n');
    expect((await run(l, "docker ps -a --format '{{.Names}} {{.State}}'")).stdout).toBe('site-web-1 exited\n');
  });

  it('docker compose --help lists the plugin commands; unknown ones are refused', async () => {
    const l = lab();
    const help = await run(l, 'docker compose --help');
    expect(help.stdout.startsWith('Usage:  docker compose [OPTIONS] COMMAND\n\nDefine and run multi-container applications with Docker\n\nOptions:\n')).toBe(true);
    expect(help.stdout).toContain('\n  up          Create and start containers\n');
    expect(await run(l, 'docker compose frobnicate')).toEqual({ stdout: '', stderr: 'unknown docker command: "compose frobnicate"\n', exitCode: 1 });
  });

  it('YAML syntax errors carry the line', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n    ports: a: b\n');
    expect(await run(l, 'docker compose up -d')).toEqual({ stdout: '', stderr: 'yaml: line 4: mapping values are not allowed in this context\n', exitCode: 1 });
  });
});

describe('run, ls, volumes, port, kill, rm', () => {
  const WEB = `services:
  web:
    image: nginx
    ports: ["8080:80"]
    volumes:
      - html:/usr/share/nginx/html
  tool:
    image: busybox
    depends_on: [web]
volumes:
  html:
`;

  it('run starts the dependencies and a one-off container that reaches them by name', async () => {
    const l = lab();
    await project(l, WEB, '/root/w');
    const r = await run(l, 'docker compose run --rm tool wget -qO- http://web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(r.stderr).toBe(
      ' Network w_default  Creating\n Network w_default  Created\n Volume "w_html"  Creating\n Volume "w_html"  Created\n' +
        ' Container w-web-1  Creating\n Container w-web-1  Created\n Container w-web-1  Starting\n Container w-web-1  Started\n',
    );
    // --rm: the one-off container is gone, the dependency keeps running
    expect((await run(l, "docker ps -a --format '{{.Names}}'")).stdout).toBe('w-web-1\n');
    const d = await run(l, 'docker compose run -d tool sleep 100');
    expect(d.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await run(l, "docker ps --format '{{.Names}}'")).stdout).toMatch(/^w-tool-run-[0-9a-f]{12}\nw-web-1\n$/);
    expect(d.stderr).toBe(' Container w-web-1  Running\n');
    expect((await run(l, 'docker compose ps --services')).stdout).toBe('web\n');
  });

  it('ls, volumes and port', async () => {
    const l = lab();
    await project(l, WEB, '/root/w');
    await run(l, 'docker compose up -d web');
    expect((await run(l, 'docker compose ls')).stdout).toBe('NAME      STATUS       CONFIG FILES\nw         running(1)   /root/w/compose.yaml\n');
    expect((await run(l, 'docker compose volumes')).stdout).toBe('DRIVER    VOLUME NAME\nlocal     w_html\n');
    expect((await run(l, 'docker compose port web 80')).stdout).toBe('0.0.0.0:8080\n');
  });

  it('kill then rm -f', async () => {
    const l = lab();
    await project(l, WEB, '/root/w');
    await run(l, 'docker compose up -d web');
    expect((await run(l, 'docker compose kill')).stderr).toBe(' Container w-web-1  Killing\n Container w-web-1  Killed\n');
    expect((await run(l, 'docker compose ls')).stdout).toBe('NAME      STATUS    CONFIG FILES\n');
    expect((await run(l, 'docker compose ls -a')).stdout).toContain('w         exited(1)   /root/w/compose.yaml\n');
    expect(await run(l, 'docker compose rm -f')).toEqual({
      stdout: 'Going to remove w-web-1\n',
      stderr: ' Container w-web-1  Removing\n Container w-web-1  Removed\n',
      exitCode: 0,
    });
    expect((await run(l, 'docker compose rm -f')).stderr).toBe('No stopped containers\n');
  });
});

describe('interpolation, env files, network_mode, profiles', () => {
  const FILE = `version: "3.8"
services:
  web:
    image: \${IMAGE:-nginx}
    environment:
      GREETING: \${GREETING}
      MISSING: \${NOPE}
    env_file: web.env
    healthcheck:
      test: ["CMD", "true"]
  side:
    image: busybox
    command: sleep 1000
    network_mode: service:web
  debug:
    image: busybox
    profiles: [debug]
`;

  it('warns like compose (logrus text format on a pipe) and fills variables from .env', async () => {
    const l = lab();
    await project(l, FILE, '/root/e');
    await run(l, 'echo GREETING=hello > .env');
    await run(l, 'echo FROMFILE=1 > web.env');
    const up = await run(l, 'docker compose up -d');
    expect(up.exitCode).toBe(0);
    const warnings = up.stderr.split('\n').slice(0, 2);
    expect(warnings[0]).toMatch(
      /^time="[\dT:-]+Z" level=warning msg="\/root\/e\/compose.yaml: the attribute `version` is obsolete, it will be ignored, please remove it to avoid potential confusion"$/,
    );
    expect(warnings[1]).toMatch(/^time="[\dT:-]+Z" level=warning msg="The \\"NOPE\\" variable is not set. Defaulting to a blank string."$/);
    expect((await run(l, 'docker exec e-web-1 env | sort | grep -E "GREETING|MISSING|FROMFILE"')).stdout).toBe('FROMFILE=1\nGREETING=hello\nMISSING=\n');
    const id = (await run(l, "docker inspect -f '{{.Id}}' e-web-1")).stdout.trim();
    expect((await run(l, "docker inspect -f '{{.HostConfig.NetworkMode}}' e-side-1")).stdout).toBe(`container:${id}\n`);
    expect((await run(l, 'docker compose config --services')).stdout).toBe('side\nweb\n');
    expect((await run(l, 'docker compose --profile debug config --services')).stdout).toBe('debug\nside\nweb\n');
  });
});

describe('resources compose did not create', () => {
  it('down with nothing to remove, a foreign volume, a foreign network', async () => {
    const l = lab();
    await project(l);
    expect(await run(l, 'docker compose down')).toEqual({ stdout: '', stderr: 'Warning: No resource found to remove for project "app".\n', exitCode: 0 });
    await run(l, 'docker volume create app_data');
    const up = await run(l, 'docker compose up -d');
    expect(up.stderr).toMatch(
      /\ntime="[^"]+" level=warning msg="volume \\"app_data\\" already exists but was not created by Docker Compose. Use `external: true` to use an existing volume"\n Container app-db-1  Creating\n/,
    );
    await run(l, 'docker compose down -v');
    await run(l, 'docker network create app_default');
    expect(await run(l, 'docker compose up -d')).toEqual({
      stdout: '',
      stderr: 'network app_default was found but has incorrect label com.docker.compose.network set to "" (expected: "default")\n',
      exitCode: 1,
    });
  });

  it('compose exec resolves the other services by name', async () => {
    const l = lab();
    await project(l);
    await run(l, 'docker compose up -d');
    // busybox has no getent; the mysql image (Oracle Linux) has
    const r = await run(l, 'docker compose exec db getent hosts web');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^172\.18\.0\.\d+\s+web\n$/);
    expect(await run(l, 'docker compose exec nope true')).toEqual({ stdout: '', stderr: 'no such service: nope\n', exitCode: 1 });
  });
});

describe('orphans', () => {
  it('warns about containers of removed services, --remove-orphans removes them', async () => {
    const l = lab();
    await project(l, 'services:\n  a:\n    image: nginx\n  b:\n    image: nginx\n', '/root/o');
    await run(l, 'docker compose up -d');
    await project(l, 'services:\n  a:\n    image: nginx\n', '/root/o');
    const up = await run(l, 'docker compose up -d');
    expect(up.stderr).toMatch(
      /^time="[^"]+" level=warning msg="Found orphan containers \(\[o-b-1\]\) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up."\n Container o-a-1  Running\n$/,
    );
    expect((await run(l, 'docker compose up -d --remove-orphans')).stderr).toBe(
      ' Container o-b-1  Stopping\n Container o-b-1  Stopped\n Container o-b-1  Removing\n Container o-b-1  Removed\n Container o-a-1  Running\n',
    );
  });
});

describe('file lookup', () => {
  it('finds the compose file in a parent directory, the project named after that directory', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n', '/root/shop');
    await run(l, 'mkdir -p sub/deeper && cd sub/deeper');
    expect((await run(l, 'docker compose up -d')).exitCode).toBe(0);
    expect((await run(l, "docker ps --format '{{.Names}}'")).stdout).toBe('shop-web-1\n');
  });

  it('down fails like compose when the network still has endpoints', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n', '/root/shop');
    await run(l, 'docker compose up -d');
    await run(l, 'docker run -d --name intruder --network shop_default nginx');
    const r = await run(l, 'docker compose down');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain(' Network shop_default  Removing\n Network shop_default  Error\nfailed to remove network shop_default: Error response from daemon: ');
  });
});

describe('ps --format json', () => {
  it('prints one object per container, keys sorted as {{json .}} does', async () => {
    const l = lab();
    await project(l);
    await run(l, 'docker compose up -d');
    const lines = (await run(l, 'docker compose ps --format json')).stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const web = JSON.parse(lines[1]);
    expect(Object.keys(web)).toEqual([...Object.keys(web)].sort());
    expect(web).toMatchObject({ Name: 'app-web-1', Service: 'web', Project: 'app', State: 'running', Image: 'busybox' });
    expect(web.Publishers).toContainEqual({ URL: '0.0.0.0', TargetPort: 80, PublishedPort: 8080, Protocol: 'tcp' });
  });
});

describe('run without dependencies', () => {
  it('starts only the one-off container', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: busybox\n    command: sleep 3600\n  other:\n    image: nginx\n', '/root/t');
    const r = await run(l, 'docker compose run --rm web echo hi');
    expect(r).toEqual({ stdout: 'hi\n', stderr: ' Network t_default  Creating\n Network t_default  Created\n', exitCode: 0 });
    expect((await run(l, 'docker ps -aq')).stdout).toBe('');
  });
});

describe('pulling missing images', () => {
  it('prints the service pull events with an empty status text, as the plain writer does', async () => {
    const l = createLab({ seed: 1, images: [] });
    await project(l, 'services:\n  web:\n    image: nginx\n', '/root/p');
    const r = await run(l, 'docker compose up -d');
    expect(r.stderr).toBe(
      ' web Pulling \n web Pulled \n Network p_default  Creating\n Network p_default  Created\n Container p-web-1  Creating\n Container p-web-1  Created\n Container p-web-1  Starting\n Container p-web-1  Started\n',
    );
    await project(l, 'services:\n  web:\n    image: nosuchimage-xyz\n', '/root/p');
    const bad = await run(l, 'docker compose up -d');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toContain(' web Error \n');
  });
});

describe('depends_on conditions', () => {
  const FILE = `services:
  db:
    image: mysql
    environment:
      MYSQL_ROOT_PASSWORD: secret
    healthcheck:
      test: ["CMD", "mysqladmin", "ping", "-h", "localhost"]
      interval: 5s
  web:
    image: nginx
    depends_on:
      db:
        condition: service_healthy
`;

  it('waits for a healthy dependency', async () => {
    const l = lab();
    await project(l, FILE, '/root/h');
    const r = await run(l, 'docker compose up -d');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(
      ' Container h-db-1  Starting\n Container h-db-1  Started\n Container h-db-1  Waiting\n Container h-db-1  Healthy\n Container h-web-1  Starting\n Container h-web-1  Started\n',
    );
  });

  it('fails when the dependency has no healthcheck', async () => {
    const l = lab();
    await project(l, FILE.replace(/    healthcheck:\n.*\n.*\n/, ''), '/root/h');
    const r = await run(l, 'docker compose up -d');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.endsWith(' Container h-db-1  Waiting\n Container h-db-1  Error\ndependency failed to start: container h-db-1 has no healthcheck configured\n')).toBe(true);
  });
});

describe('pull', () => {
  it('pulls every service image', async () => {
    const l = createLab({ seed: 1, images: [] });
    await project(l, 'services:\n  web:\n    image: nginx\n  cache:\n    image: busybox\n', '/root/p');
    expect(await run(l, 'docker compose pull')).toEqual({ stdout: '', stderr: ' cache Pulling \n cache Pulled \n web Pulling \n web Pulled \n', exitCode: 0 });
    expect((await run(l, "docker images --format '{{.Repository}}'")).stdout.split('\n').sort().join(' ').trim()).toBe('busybox nginx');
  });
});

describe('stop and down of stopped containers', () => {
  it('still report Stopping/Stopped (the daemon answers 304 for a stopped container)', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n', '/root/s');
    await run(l, 'docker compose up -d');
    expect((await run(l, 'docker compose stop')).stderr).toBe(' Container s-web-1  Stopping\n Container s-web-1  Stopped\n');
    expect((await run(l, 'docker compose stop')).stderr).toBe(' Container s-web-1  Stopping\n Container s-web-1  Stopped\n');
    expect((await run(l, 'docker compose down')).stderr).toBe(
      ' Container s-web-1  Stopping\n Container s-web-1  Stopped\n Container s-web-1  Removing\n Container s-web-1  Removed\n Network s_default  Removing\n Network s_default  Removed\n',
    );
  });
});

describe('up after stop', () => {
  it('reports the stopped container Created, then starts it', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n', '/root/s');
    await run(l, 'docker compose up -d');
    await run(l, 'docker compose stop');
    expect((await run(l, 'docker compose up -d')).stderr).toBe(' Container s-web-1  Created\n Container s-web-1  Starting\n Container s-web-1  Started\n');
  });
});

describe('several files', () => {
  it('merges compose.override.yaml and -f files in order', async () => {
    const l = lab();
    await project(l, 'services:\n  web:\n    image: nginx\n    environment:\n      A: "1"\n    ports: ["8080:80"]\n', '/root/m');
    await run(l, `cat > compose.override.yaml <<'EOF'\nservices:\n  web:\n    environment:\n      - B=2\n    ports: ["8443:443"]\nEOF`);
    const cfg = await run(l, 'docker compose config');
    expect(cfg.exitCode).toBe(0);
    expect(cfg.stdout).toContain('    environment:\n      A: "1"\n      B: "2"\n');
    expect(cfg.stdout).toContain('published: "8080"');
    expect(cfg.stdout).toContain('published: "8443"');
    await run(l, `cat > prod.yaml <<'EOF'\nservices:\n  web:\n    image: busybox\n    command: sleep 10\nEOF`);
    const two = await run(l, 'docker compose -f compose.yaml -f prod.yaml config');
    expect(two.stdout).toContain('    image: busybox\n');
    expect(two.stdout).not.toContain('B: "2"');
  });
});

describe('down -p without the file', () => {
  it('finds the project by its labels', async () => {
    const l = lab();
    await project(l);
    await run(l, 'docker compose up -d');
    await run(l, 'cd /');
    expect((await run(l, 'docker compose -p app ps --services')).stdout).toBe('db\nweb\n');
    expect((await run(l, 'docker compose ps')).stderr).toBe('no configuration file provided: not found\n');
    const r = await run(l, 'docker compose -p app down -v');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain(' Container app-web-1  Removed\n');
    expect(r.stderr).toContain(' Volume app_data  Removed\n Network app_default  Removing\n Network app_default  Removed\n');
    expect((await run(l, 'docker volume ls -q')).stdout).toBe('');
  });
});

describe('top', () => {
  it('one table with SERVICE and # before the ps columns', async () => {
    const l = lab();
    await project(l, 'services:\n  s:\n    image: busybox\n    command: sleep 3600\n', '/root/t');
    await run(l, 'docker compose up -d');
    const out = (await run(l, 'docker compose top')).stdout.split('\n');
    expect(out[0]).toBe('SERVICE  #   UID   PID   PPID  C   STIME  TTY  TIME      CMD');
    expect(out[1]).toMatch(/^s        1   root  \d+  \d+  0   \d\d:\d\d  \?    00:00:00  sleep 3600$/);
  });
});
