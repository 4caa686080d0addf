/**
 * A volume as `docker volume inspect` shows it: moby's volume.Volume with the
 * fields current engines send (CreatedAt, Driver, Labels, Mountpoint, Name,
 * Options, Scope). Since engine v23 Labels and Options are `{}` for a volume
 * created without any (20.10 sent `null`). The value is the Go struct the
 * client decodes, for templates (`{{.Foo}}` is "can't evaluate field Foo in
 * type volume.Volume"); its JSON leaves out the empty omitempty fields.
 */
import type { Engine } from '../../engine/engine.ts';
import { rfc3339Seconds } from '../../engine/env.ts';
import type { VolumeRecord } from '../../engine/state.ts';
import { volumeMountpoint } from '../../engine/volumes.ts';
import { GO_MARSHAL_JSON, goMap, goNil, goStruct } from '../format/govalue.ts';
import { JsonError, marshal } from '../format/json.ts';

const stringMap = (m: Record<string, string>) => goMap('map[string]string', { ...m });

export function volumeJson(engine: Engine, volume: VolumeRecord): object {
  void engine;
  const wire = {
    CreatedAt: rfc3339Seconds(volume.created),
    Driver: volume.Driver,
    Labels: stringMap(volume.Labels ?? {}),
    Mountpoint: volumeMountpoint(volume.Name),
    Name: volume.Name,
    Options: stringMap(volume.Options ?? {}),
    Scope: volume.Scope,
  };
  const typed = goStruct('volume.Volume', {
    ClusterVolume: goNil('ptr', '*volume.ClusterVolume'),
    ...wire,
    Status: goNil('map', 'map[string]interface {}'),
    UsageData: goNil('ptr', '*volume.UsageData'),
  });
  Object.defineProperty(typed, GO_MARSHAL_JSON, {
    value: () => {
      const s = marshal(wire, { escapeHTML: false });
      return s instanceof JsonError ? 'null' : s;
    },
    enumerable: false,
  });
  return typed;
}
