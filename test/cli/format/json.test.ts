import { describe, expect, it } from 'vitest';
import { goFloat, GO_MARSHAL_JSON, goMap, goNil, goStruct } from '../../../src/cli/format/govalue.ts';
import { inspectCompactOutput, inspectOutput, jsonString, JsonError, marshal, marshalIndent } from '../../../src/cli/format/json.ts';

describe('marshal (json.Marshal)', () => {
  it('is compact, keeps insertion order and escapes HTML', () => {
    expect(marshal({ b: 1, a: 'x<y>&z', c: [1, 'two', true, null], d: {} })).toBe(
      '{"b":1,"a":"x\\u003cy\\u003e\\u0026z","c":[1,"two",true,null],"d":{}}',
    );
    expect(marshal('<&>', { escapeHTML: false })).toBe('"<&>"');
  });

  it('escapes strings as Go 1.22+ does', () => {
    expect(jsonString('q"b\\s\n\r\t\b\f\u0001\u001f\u007f é 😀 \u2028\u2029')).toBe(
      '"q\\"b\\\\s\\n\\r\\t\\b\\f\\u0001\\u001f\u007f é 😀 \\u2028\\u2029"',
    );
    expect(jsonString('\ud800x')).toBe('"\\ufffdx"');
  });

  it('prints numbers as Go encodes float64', () => {
    expect(marshal([0, -0, 1.5, 1e20, 1e21, 1e-6, 1e-7, 123456789, goFloat(2)])).toBe('[0,-0,1.5,100000000000000000000,1e+21,0.000001,1e-7,123456789,2]');
    expect(marshal(NaN)).toEqual(new JsonError('json: unsupported value: NaN'));
  });

  it('sorts Go maps, keeps struct order, skips functions and undefined, prints typed nils as null', () => {
    const v = goStruct('T', {
      Z: goMap('map[string]string', { b: '2', a: '1' }),
      A: goNil('slice', '[]string'),
      M: goNil('map', 'map[string]string'),
      f: () => 1,
      u: undefined,
    });
    expect(marshal(v)).toBe('{"Z":{"a":"1","b":"2"},"A":null,"M":null}');
  });

  it('uses a MarshalJSON method', () => {
    const v = { [GO_MARSHAL_JSON]: () => '{"x": "<"}' };
    expect(marshal({ v })).toBe('{"v":{"x":"\\u003c"}}');
    expect(marshal({ v }, { escapeHTML: false })).toBe('{"v":{"x":"<"}}');
    expect(marshalIndent({ v }, '', '  ')).toBe('{\n  "v": {\n    "x": "<"\n  }\n}');
  });

  it('reports cycles', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(marshal(a)).toBeInstanceOf(JsonError);
  });
});

describe('marshalIndent (json.MarshalIndent)', () => {
  it('indents nested values and keeps empty objects and arrays on one line', () => {
    expect(marshalIndent({ a: [], b: {}, c: [1, { d: 'x' }], e: null }, '', '    ')).toBe(
      '{\n    "a": [],\n    "b": {},\n    "c": [\n        1,\n        {\n            "d": "x"\n        }\n    ],\n    "e": null\n}',
    );
    expect(marshalIndent([1, 2], '>', '\t')).toBe('[\n>\t1,\n>\t2\n>]');
    expect(marshalIndent([], '', '  ')).toBe('[]');
  });
});

describe('docker inspect output', () => {
  it('matches `docker network inspect none` (recorded on the reference engine)', () => {
    const none = {
      Name: 'none',
      Id: 'a42321e813a1992deb71192639e543f8cfb78746124dfea4ccadacf94bd092e4',
      Created: '2026-11-22T07:45:12.049322071Z',
      Scope: 'local',
      Driver: 'null',
      EnableIPv6: false,
      IPAM: { Driver: 'default', Options: null, Config: [] },
      Internal: false,
      Attachable: false,
      Ingress: false,
      ConfigFrom: { Network: '' },
      ConfigOnly: false,
      Containers: {},
      Options: {},
      Labels: {},
    };
    expect(inspectOutput([none])).toBe(`[
    {
        "Name": "none",
        "Id": "a42321e813a1992deb71192639e543f8cfb78746124dfea4ccadacf94bd092e4",
        "Created": "2026-11-22T07:45:12.049322071Z",
        "Scope": "local",
        "Driver": "null",
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": null,
            "Config": []
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Containers": {},
        "Options": {},
        "Labels": {}
    }
]
`);
  });

  it('matches `docker volume inspect` (HTML escaped) and `--format json` (recorded)', () => {
    // docker volume create --label 'x=<a&b>' fmt-jv && docker volume inspect fmt-jv
    const vol = {
      CreatedAt: '2026-11-22T08:01:24Z',
      Driver: 'local',
      Labels: { x: '<a&b>' },
      Mountpoint: '/var/lib/docker/volumes/fmt-jv/_data',
      Name: 'fmt-jv',
      Options: null,
      Scope: 'local',
    };
    expect(inspectOutput([vol], { escapeHTML: true })).toBe(`[
    {
        "CreatedAt": "2026-11-22T08:01:24Z",
        "Driver": "local",
        "Labels": {
            "x": "\\u003ca\\u0026b\\u003e"
        },
        "Mountpoint": "/var/lib/docker/volumes/fmt-jv/_data",
        "Name": "fmt-jv",
        "Options": null,
        "Scope": "local"
    }
]
`);
    // docker volume inspect --format json fmt-jv
    expect(inspectCompactOutput([vol], { escapeHTML: true })).toBe(
      '[{"CreatedAt":"2026-11-22T08:01:24Z","Driver":"local","Labels":{"x":"\\u003ca\\u0026b\\u003e"},"Mountpoint":"/var/lib/docker/volumes/fmt-jv/_data","Name":"fmt-jv","Options":null,"Scope":"local"}]\n',
    );
  });

  it('does not escape HTML by default (docker inspect of a container labelled html=<a&b>)', () => {
    expect(inspectOutput([{ Labels: { html: '<a&b>' } }])).toBe('[\n    {\n        "Labels": {\n            "html": "<a&b>"\n        }\n    }\n]\n');
  });

  it('prints [] when nothing was found (docker volume inspect nothing-here)', () => {
    expect(inspectOutput([])).toBe('[]\n');
    expect(inspectCompactOutput([])).toBe('[]\n');
  });
});
