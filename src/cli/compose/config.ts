/**
 * `docker compose config`: the project in compose-go's canonical form —
 * the project name first, keys sorted, short syntax expanded (ports,
 * volumes, depends_on), every service on its networks, full resource names.
 */
import { stringify } from 'yaml';
import type { Project, Service } from './model.ts';

function serviceConfig(project: Project, s: Service): Record<string, unknown> {
  const raw = s.raw;
  const out: Record<string, unknown> = {};
  if (s.command) out.command = s.command;
  if (s.containerName) out.container_name = s.containerName;
  if (s.dependsOn.length && !(raw.network_mode?.startsWith('service:') && s.dependsOn.length === 1 && !raw.depends_on)) {
    out.depends_on = Object.fromEntries(s.dependsOn.map((d) => [d, { condition: 'service_started', required: true, restart: false }]));
  }
  if (s.dns.length) out.dns = s.dns;
  if (s.entrypoint) out.entrypoint = s.entrypoint;
  if (s.environment.length) {
    out.environment = Object.fromEntries(s.environment.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
  }
  if (s.expose.length) out.expose = s.expose;
  if (s.hostname) out.hostname = s.hostname;
  out.image = s.image;
  if (Object.keys(s.labels).length) out.labels = s.labels;
  if (raw.network_mode) out.network_mode = raw.network_mode;
  else out.networks = Object.fromEntries(
    s.networks.map((n) => {
      const cfg: Record<string, unknown> = {};
      if (n.aliases.length) cfg.aliases = n.aliases;
      if (n.ipv4) cfg.ipv4_address = n.ipv4;
      return [n.key, Object.keys(cfg).length ? cfg : null];
    }),
  );
  if (s.ports.length) {
    out.ports = s.ports.map((p) => {
      const port: Record<string, unknown> = { mode: 'ingress' };
      if (p.hostIp) port.host_ip = p.hostIp;
      port.target = Number(p.target);
      if (p.published) port.published = p.published;
      port.protocol = p.protocol;
      return port;
    });
  }
  if (s.profiles.length) out.profiles = s.profiles;
  if (s.restart) out.restart = s.restart;
  if (s.stopSignal) out.stop_signal = s.stopSignal;
  if (s.stdinOpen) out.stdin_open = true;
  if (s.tmpfs.length) out.tmpfs = s.tmpfs;
  if (s.tty) out.tty = true;
  if (s.user) out.user = s.user;
  if (s.volumes.length) {
    out.volumes = s.volumes.map((v) => {
      const m: Record<string, unknown> = { type: v.type };
      if (v.type === 'volume' && v.key) m.source = v.key;
      else if (v.type === 'bind') m.source = v.source;
      m.target = v.target;
      if (v.readOnly) m.read_only = true;
      if (v.type === 'bind') m.bind = { create_host_path: true };
      if (v.type === 'volume') m.volume = {};
      return m;
    });
  }
  if (s.workingDir) out.working_dir = s.workingDir;
  void project;
  return out;
}

export function renderConfig(project: Project, format = 'yaml'): string {
  const doc: Record<string, unknown> = { name: project.name };
  doc.services = Object.fromEntries([...project.services].sort((a, b) => (a.name < b.name ? -1 : 1)).map((s) => [s.name, serviceConfig(project, s)]));
  if (project.networks.length) {
    doc.networks = Object.fromEntries(
      project.networks.map((n) => {
        const cfg: Record<string, unknown> = { name: n.name };
        if (n.driver) cfg.driver = n.driver;
        if (n.subnets.length) cfg.ipam = { config: n.subnets.map((c) => ({ subnet: c.subnet, gateway: c.gateway, ip_range: c.ipRange })) };
        if (n.external) cfg.external = true;
        return [n.key, cfg];
      }),
    );
  }
  if (project.volumes.length) {
    doc.volumes = Object.fromEntries(project.volumes.map((v) => [v.key, v.external ? { name: v.name, external: true } : { name: v.name }]));
  }
  if (format === 'json') return JSON.stringify(doc, null, 2) + '\n';
  return stringify(doc, { indent: 2, lineWidth: 0, nullStr: 'null' });
}
