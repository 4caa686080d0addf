/**
 * The service model through curl, wget and nc: published ports from the
 * host, pages from the container's own document root (so volumes and bind
 * mounts show), refused, reset, unresolvable, and the databases' replies.
 */
import { describe, expect, it } from 'vitest';
import { netLab, run, setup } from './helpers.ts';

describe('curl on the host', () => {
  it('reaches a container through a published port only once it is published', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name web nginx');
    // not published: nothing listens on the host's port
    expect(await run(lab, 'curl -s localhost:8080')).toEqual({ stdout: '', stderr: '', exitCode: 7 });
    expect((await run(lab, 'curl -sS http://127.0.0.1:8080/')).stderr).toBe("curl: (7) Failed to connect to 127.0.0.1 port 8080 after 0 ms: Couldn't connect to server\n");
    // the container's own address works from the host, on its own port
    expect((await run(lab, 'curl -s -o /dev/null -w "%{http_code}\\n" http://172.17.0.2/')).stdout).toBe('200\n');
    await setup(lab, 'docker rm -f web', 'docker run -d --name web -p 8080:80 nginx');
    const page = await run(lab, 'curl -s localhost:8080');
    expect(page.exitCode).toBe(0);
    expect(page.stdout).toContain('<title>Welcome to nginx!</title>');
    expect((await run(lab, "curl -s -o /dev/null -w '%{http_code}\\n' http://127.0.0.1:8080/nope")).stdout).toBe('404\n');
    // the LAN address and docker0's address are the host's too (DNAT)
    expect((await run(lab, "curl -s -o /dev/null -w '%{http_code}' http://192.168.1.100:8080/")).stdout).toBe('200');
    expect((await run(lab, "curl -s -o /dev/null -w '%{http_code}' http://172.17.0.1:8080/")).stdout).toBe('200');
  });

  it('prints nginx headers for -I, with the lab clock and the file\'s size and time', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name web -p 8080:80 nginx');
    const r = await run(lab, 'curl -sI http://localhost:8080/');
    expect(r.stdout).toMatch(
      /^HTTP\/1\.1 200 OK\r\nServer: nginx\/1\.31\.3\r\nDate: \w{3}, \d\d \w{3} 2026 \d\d:\d\d:\d\d GMT\r\nContent-Type: text\/html\r\nContent-Length: \d+\r\nLast-Modified: [^\r]+ GMT\r\nConnection: keep-alive\r\nETag: "[0-9a-f]+-[0-9a-f]+"\r\nAccept-Ranges: bytes\r\n\r\n$/,
    );
  });

  it('shows a page from a named volume and from a bind mount over the document root', async () => {
    const lab = netLab();
    await setup(
      lab,
      'docker volume create pages',
      `docker run --rm -v pages:/data busybox sh -c 'echo "<h1>from a volume</h1>" > /data/index.html'`,
      'docker run -d --name vol -p 8081:80 -v pages:/usr/share/nginx/html nginx',
      "mkdir -p /srv/site && echo '<h1>bound</h1>' > /srv/site/index.html",
      'docker run -d --name bind -p 8082:80 -v /srv/site:/usr/share/nginx/html:ro nginx',
    );
    expect((await run(lab, 'curl -s localhost:8081')).stdout).toBe('<h1>from a volume</h1>\n');
    expect((await run(lab, 'curl -s localhost:8082')).stdout).toBe('<h1>bound</h1>\n');
    // edit on the host, seen at once; no index at all: nginx forbids listing the directory
    await setup(lab, "echo '<h1>edited</h1>' > /srv/site/index.html");
    expect((await run(lab, 'curl -s localhost:8082')).stdout).toBe('<h1>edited</h1>\n');
    await setup(lab, 'rm /srv/site/index.html');
    expect(await run(lab, 'curl -s localhost:8082')).toEqual({
      stdout: '<html>\r\n<head><title>403 Forbidden</title></head>\r\n<body>\r\n<center><h1>403 Forbidden</h1></center>\r\n<hr><center>nginx/1.31.3</center>\r\n</body>\r\n</html>\r\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('fails the way curl does: unresolvable, -f, a port published on loopback only', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name local -p 127.0.0.1:8081:80 nginx', 'docker run -d --name odd -p 8083:8080 nginx');
    expect(await run(lab, 'curl -sS http://web/')).toEqual({ stdout: '', stderr: 'curl: (6) Could not resolve host: web\n', exitCode: 6 });
    expect(await run(lab, 'curl -sSf http://localhost:8081/nope')).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', exitCode: 22 });
    expect((await run(lab, 'curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:8081/')).stdout).toBe('200');
    expect((await run(lab, 'curl -sS http://192.168.1.100:8081/')).exitCode).toBe(7);
    // docker-proxy accepts, then nobody listens on 8080 in the container
    expect((await run(lab, 'curl -sS http://localhost:8083/')).stderr).toBe('curl: (56) Recv failure: Connection reset by peer\n');
  });

  it('gets what the databases say to an HTTP request', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name db -e MYSQL_ROOT_PASSWORD=pw mysql', 'docker run -d --name pg -e POSTGRES_PASSWORD=pw postgres', 'docker run -d --name cache redis');
    expect((await run(lab, 'curl -sS http://172.17.0.2:3306/')).stderr).toBe('curl: (1) Received HTTP/0.9 when not allowed\n');
    expect((await run(lab, 'curl -sS http://172.17.0.3:5432/')).stderr).toBe('curl: (52) Empty reply from server\n');
    expect((await run(lab, 'curl -sS http://172.17.0.4:6379/')).stderr).toBe('curl: (1) Received HTTP/0.9 when not allowed\n');
  });
});

describe('busybox wget and nc in containers', () => {
  it('fetches by name on a user network and saves to a file', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create mynet', 'docker run -d --name web --network mynet httpd', 'docker run -d --name client --network mynet busybox sleep 1d');
    expect(await run(lab, 'docker exec client wget -qO- http://web')).toEqual({ stdout: '<html><body><h1>It works!</h1></body></html>\n', stderr: '', exitCode: 0 });
    expect(await run(lab, 'docker exec -w /tmp client wget http://web/')).toEqual({
      stdout: '',
      stderr: "Connecting to web (172.18.0.2:80)\nsaving to 'index.html'\nindex.html           100% |********************************|    45  0:00:00 ETA\n'index.html' saved\n",
      exitCode: 0,
    });
    expect((await run(lab, 'docker exec client cat /tmp/index.html')).stdout).toBe('<html><body><h1>It works!</h1></body></html>\n');
    expect((await run(lab, 'docker exec -w /tmp client wget http://web/')).stderr).toBe("Connecting to web (172.18.0.2:80)\nwget: can't open 'index.html': File exists\n");
    expect(await run(lab, 'docker exec client wget -q -O- http://web/nope')).toEqual({ stdout: '', stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n', exitCode: 1 });
    expect(await run(lab, 'docker exec client wget --spider http://web/')).toEqual({ stdout: '', stderr: 'Connecting to web (172.18.0.2:80)\nremote file exists\n', exitCode: 0 });
    expect(await run(lab, 'docker exec client wget -qO- http://web:8080/')).toEqual({ stdout: '', stderr: "wget: can't connect to remote host (172.18.0.2): Connection refused\n", exitCode: 1 });
    expect(await run(lab, 'docker exec client wget -qO- http://nope/')).toEqual({ stdout: '', stderr: "wget: bad address 'nope'\n", exitCode: 1 });
  });

  it('serves a container sharing the network namespace on localhost', async () => {
    const lab = netLab();
    await setup(lab, 'docker run -d --name web02 httpd', 'docker run -d --name web03 --net=container:web02 busybox sleep 1d');
    expect((await run(lab, 'docker exec web03 wget -qO- http://localhost')).stdout).toBe('<html><body><h1>It works!</h1></body></html>\n');
  });

  it('checks ports with nc -z (alpine)', async () => {
    const lab = netLab();
    await setup(lab, 'docker network create mynet', 'docker run -d --name db --network mynet -e POSTGRES_PASSWORD=pw postgres', 'docker run -d --name al --network mynet alpine sleep 1d');
    expect(await run(lab, 'docker exec al nc -zv db 5432')).toEqual({ stdout: '', stderr: 'db (172.18.0.2:5432) open\n', exitCode: 0 });
    expect(await run(lab, 'docker exec al nc -z db 5433')).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(await run(lab, 'docker exec al nc -zvv db 5433')).toEqual({ stdout: '', stderr: 'nc: db (172.18.0.2:5433): Connection refused\n', exitCode: 1 });
  });
});
