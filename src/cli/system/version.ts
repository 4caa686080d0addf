/**
 * `docker version` (docker/cli cli/command/system/version.go): the client
 * block is the reference machine's docker 28.2.2 client (`docker --version`:
 * "Docker version 28.2.2, build e6534b4"); the server block is a Docker CE
 * 28.2.2 engine (API 1.50, minimum 1.24) with the containerd, runc and
 * docker-init it ships with. Rendered through docker's own template and a
 * tabwriter of minwidth 20, padding 1, as docker does.
 */
import type { Command } from '../command.ts';
import { INSPECT_FORMAT_HELP } from '../container/help-texts.ts';
import { flag } from '../flags.ts';
import { GO_MARSHAL_JSON, goMap, goNil, goStruct } from '../format/govalue.ts';
import { JsonError, marshal } from '../format/json.ts';
import { tabwrite } from '../format/tabwriter.ts';
import { type FuncMap, TemplateError, parseTemplate } from '../format/template.ts';
import { DOCKER_FUNCS } from '../format/template.ts';
import { KERNEL } from '../../programs/util/ident.ts';

export const CLIENT_VERSION = {
  Version: '28.2.2',
  ApiVersion: '1.50',
  DefaultAPIVersion: '1.50',
  GitCommit: 'e6534b4',
  GoVersion: 'go1.24.3',
  Os: 'linux',
  Arch: 'amd64',
  BuildTime: 'Fri May 30 12:07:14 2025',
  Context: 'default',
};

export const ENGINE_VERSION = {
  Version: '28.2.2',
  ApiVersion: '1.50',
  MinAPIVersion: '1.24',
  GitCommit: '45873be',
  GoVersion: 'go1.24.3',
  Os: 'linux',
  Arch: 'amd64',
  BuildTime: '2025-05-30T12:07:14.000000000+00:00',
  BuildTimeText: 'Fri May 30 12:07:14 2025',
  PlatformName: 'Docker Engine - Community',
};

export const CONTAINERD = { Version: '1.7.27', GitCommit: '05044ec0a9a75232cad458027ca83437aae3f4da' };
export const RUNC = { Version: '1.2.5', GitCommit: 'v1.2.5-0-g59923ef' };
export const DOCKER_INIT = { Version: '0.19.0', GitCommit: 'de40ad0' };

const DEFAULT_VERSION_TEMPLATE = `{{with .Client -}}
Client:{{if ne .Platform nil}}{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}{{end}}
 Version:\t{{.Version}}
 API version:\t{{.APIVersion}}{{if ne .APIVersion .DefaultAPIVersion}} (downgraded from {{.DefaultAPIVersion}}){{end}}
 Go version:\t{{.GoVersion}}
 Git commit:\t{{.GitCommit}}
 Built:\t{{.BuildTime}}
 OS/Arch:\t{{.Os}}/{{.Arch}}
 Context:\t{{.Context}}
{{- end}}

{{- if ne .Server nil}}{{with .Server}}

Server:{{if ne .Platform.Name ""}} {{.Platform.Name}}{{end}}
 {{- range $component := .Components}}
 {{$component.Name}}:
  {{- if eq $component.Name "Engine" }}
  Version:\t{{.Version}}
  API version:\t{{index .Details "ApiVersion"}} (minimum version {{index .Details "MinAPIVersion"}})
  Go version:\t{{index .Details "GoVersion"}}
  Git commit:\t{{index .Details "GitCommit"}}
  Built:\t{{index .Details "BuildTime"}}
  OS/Arch:\t{{index .Details "Os"}}/{{index .Details "Arch"}}
  Experimental:\t{{index .Details "Experimental"}}
  {{- else }}
  Version:\t{{$component.Version}}
  {{- $detailsOrder := getDetailsOrder $component}}
  {{- range $key := $detailsOrder}}
  {{$key}}:\t{{index $component.Details $key}}
   {{- end}}
  {{- end}}
 {{- end}}
 {{- end}}{{- end}}`;

function withJson<T extends object>(typed: T, wire: unknown): T {
  Object.defineProperty(typed, GO_MARSHAL_JSON, {
    value: () => {
      const s = marshal(wire, { escapeHTML: false });
      return s instanceof JsonError ? 'null' : s;
    },
    enumerable: false,
  });
  return typed;
}

function component(name: string, version: string, details: Record<string, string>) {
  return withJson(goStruct('types.ComponentVersion', { Name: name, Version: version, Details: goMap('map[string]string', { ...details }) }), {
    Name: name,
    Version: version,
    Details: goMap('map[string]string', { ...details }),
  });
}

/** versionInfo{Client, Server} as docker/cli builds it (the Engine's BuildTime reformatted to ANSIC). */
export function versionInfo(): object {
  const c = CLIENT_VERSION;
  const client = withJson(
    goStruct('system.clientVersion', {
      Platform: goNil('ptr', '*system.platformInfo'),
      Version: c.Version,
      APIVersion: c.ApiVersion,
      DefaultAPIVersion: c.DefaultAPIVersion,
      GitCommit: c.GitCommit,
      GoVersion: c.GoVersion,
      Os: c.Os,
      Arch: c.Arch,
      BuildTime: c.BuildTime,
      Context: c.Context,
    }),
    c,
  );
  const e = ENGINE_VERSION;
  const engineDetails = {
    ApiVersion: e.ApiVersion,
    Arch: e.Arch,
    BuildTime: e.BuildTimeText,
    Experimental: 'false',
    GitCommit: e.GitCommit,
    GoVersion: e.GoVersion,
    KernelVersion: KERNEL.release,
    MinAPIVersion: e.MinAPIVersion,
    Os: e.Os,
  };
  const components = [
    component('Engine', e.Version, engineDetails),
    component('containerd', CONTAINERD.Version, { GitCommit: CONTAINERD.GitCommit }),
    component('runc', RUNC.Version, { GitCommit: RUNC.GitCommit }),
    component('docker-init', DOCKER_INIT.Version, { GitCommit: DOCKER_INIT.GitCommit }),
  ];
  const serverWire = {
    Platform: { Name: e.PlatformName },
    Components: components,
    Version: e.Version,
    ApiVersion: e.ApiVersion,
    MinAPIVersion: e.MinAPIVersion,
    GitCommit: e.GitCommit,
    GoVersion: e.GoVersion,
    Os: e.Os,
    Arch: e.Arch,
    KernelVersion: KERNEL.release,
    BuildTime: e.BuildTime,
  };
  const server = withJson(
    goStruct('types.Version', {
      Platform: goStruct('struct { Name string }', { Name: e.PlatformName }),
      Components: components,
      Version: e.Version,
      APIVersion: e.ApiVersion,
      MinAPIVersion: e.MinAPIVersion,
      GitCommit: e.GitCommit,
      GoVersion: e.GoVersion,
      Os: e.Os,
      Arch: e.Arch,
      KernelVersion: KERNEL.release,
      Experimental: false,
      BuildTime: e.BuildTime,
    }),
    serverWire,
  );
  return withJson(goStruct('system.versionInfo', { Client: client, Server: server }), { Client: client, Server: server });
}

/** getDetailsOrder: a component's detail keys, sorted. */
const VERSION_FUNCS: FuncMap = {
  ...DOCKER_FUNCS,
  getDetailsOrder: {
    params: ['any'],
    fn: (v: unknown) => Object.keys(((v as { Details?: Record<string, string> }).Details ?? {}) as object).sort(),
  },
};

export const versionCommand: Command = {
  path: 'docker version',
  usage: '[OPTIONS]',
  short: 'Show the Docker version information',
  args: { kind: 'none' },
  flags: [{ name: 'format', short: 'f', type: 'string', usage: INSPECT_FORMAT_HELP }],
  async run(ctx, p) {
    let format = flag.str(p, 'format');
    if (format === '') format = DEFAULT_VERSION_TEMPLATE;
    else if (format === 'json') format = '{{json .}}';
    const tmpl = parseTemplate(format, { name: 'version', funcs: VERSION_FUNCS });
    if (tmpl instanceof TemplateError) {
      ctx.stderr.write(`template parsing error: ${tmpl.message}\n`);
      return 64;
    }
    const out = tmpl.execute(versionInfo());
    // prettyPrintVersion: the template's output, then "\n", through tabwriter(20, 1, 1, ' ')
    const text = out instanceof TemplateError ? out.partial : out;
    ctx.stdout.write(tabwrite(text + '\n', { minwidth: 20, tabwidth: 1, padding: 1, padchar: ' ', flags: 0 }));
    if (out instanceof TemplateError) {
      ctx.stderr.write(out.message + '\n');
      return 1;
    }
    return 0;
  },
};
