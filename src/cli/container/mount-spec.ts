/**
 * `--mount` values as docker/cli's opts.MountOpt.Set parses them:
 * comma-separated key=value fields (CSV quoting allowed), type defaulting to volume.
 */
import type { HostMountSpec } from '../../engine/state.ts';

function csvFields(value: string): string[] {
  const fields: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(cur);
      cur = '';
    } else cur += ch;
  }
  fields.push(cur);
  return fields;
}

function parseBoolValue(key: string, value: string | undefined): boolean | string {
  if (value === undefined) return true;
  const v = value.toLowerCase();
  if (['1', 't', 'true'].includes(v)) return true;
  if (['0', 'f', 'false'].includes(v)) return false;
  return `invalid value for ${key}: ${value}`;
}

/** go-units RAMInBytes: "64m", "1g", "512k", "100" (binary multiples). */
export function ramInBytes(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)i?b?$/i.exec(text.trim());
  if (!m) return null;
  const power = ' kmgtp'.indexOf(m[2].toLowerCase() || ' ');
  return Math.floor(Number(m[1]) * 1024 ** power);
}

/** Returns the mount or the error text pflag reports after `invalid argument "..." for "--mount" flag: `. */
export function parseMountFlag(value: string): HostMountSpec | string {
  const mount: HostMountSpec = { Type: 'volume', Target: '' };
  for (const field of csvFields(value)) {
    const eq = field.indexOf('=');
    const key = (eq >= 0 ? field.slice(0, eq) : field).toLowerCase();
    const val = eq >= 0 ? field.slice(eq + 1) : undefined;
    if (val === undefined && !['readonly', 'ro', 'volume-nocopy', 'bind-nonrecursive', 'bind-create-mountpoint'].includes(key)) {
      return `invalid field '${field}' must be a key=value pair`;
    }
    switch (key) {
      case 'type':
        mount.Type = val as HostMountSpec['Type'];
        break;
      case 'source':
      case 'src':
        mount.Source = val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        mount.Target = val!;
        break;
      case 'readonly':
      case 'ro': {
        const b = parseBoolValue(key, val);
        if (typeof b === 'string') return b;
        mount.ReadOnly = b;
        break;
      }
      case 'volume-nocopy': {
        const b = parseBoolValue(key, val);
        if (typeof b === 'string') return b;
        mount.VolumeOptions = { ...mount.VolumeOptions, NoCopy: b };
        break;
      }
      case 'volume-label': {
        const [k, v = ''] = val!.split('=');
        mount.VolumeOptions = { ...mount.VolumeOptions, Labels: { ...mount.VolumeOptions?.Labels, [k]: v } };
        break;
      }
      case 'bind-propagation':
        mount.BindOptions = { ...mount.BindOptions, Propagation: val };
        break;
      case 'bind-create-mountpoint':
        mount.BindOptions = { ...mount.BindOptions, CreateMountpoint: true };
        break;
      case 'tmpfs-size': {
        const bytes = ramInBytes(val!);
        if (bytes === null) return `invalid value for ${key}: ${val}`;
        mount.TmpfsOptions = { ...mount.TmpfsOptions, SizeBytes: bytes };
        break;
      }
      case 'tmpfs-mode':
        mount.TmpfsOptions = { ...mount.TmpfsOptions, Mode: Number.parseInt(val!, 8) || 0 };
        break;
      case 'consistency':
      case 'volume-driver':
      case 'volume-opt':
      case 'volume-subpath':
      case 'bind-nonrecursive':
      case 'bind-recursive':
        break;
      default:
        return `unexpected key '${key}' in '${field}'`;
    }
  }
  if (!mount.Target) return 'target is required';
  return mount;
}
