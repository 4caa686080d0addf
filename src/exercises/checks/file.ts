/**
 * file: a file (or directory) exists, or not, inside a container (as its
 * processes see it: image, writable layer and mounts) or on the Docker
 * host, and its content contains a text or matches a pattern.
 */
import { z } from 'zod';
import { Engine } from '../../engine/engine.ts';
import type { EngineState } from '../../engine/state.ts';
import { LayeredFs } from '../../vfs/layered-fs.ts';
import type { FileSystem } from '../../vfs/types.ts';
import { excerpt, text } from '../text.ts';
import { PASS, compiles, defineCheck, fail, findContainer, noContainer, regex } from './common.ts';

const schema = z
  .strictObject({
    in: z.string().min(1).default('host').describe('a container name, or "host" for the Docker host (default host)'),
    path: z.string().startsWith('/', 'the path must be absolute (start with /)').describe('the absolute path (required)'),
    exists: z.boolean().default(true).describe('false: nothing may exist at the path (default true)'),
    type: z.enum(['file', 'dir']).optional().describe('file or dir'),
    contains: z.string().optional().describe('a file whose text contains this'),
    matches: z.string().refine(compiles, 'not a valid regular expression').optional().describe('a file whose text matches this regular expression (^ and $ match at each line)'),
  })
  .describe('a file or directory in a container or on the host');

type Spec = z.infer<typeof schema>;

/** The file system a check reads: the host's, or a container's merged view. Never changes the state. */
function fileSystem(state: EngineState, where: string): FileSystem | null {
  if (where === 'host') return new LayeredFs(state.host, undefined, () => state.env.clock);
  const c = findContainer(state, where);
  if (!c) return null;
  // containerFs adds missing tmpfs trees to the record: give it a copy to add them to
  return new Engine(state).containerFs({ ...c, tmpfs: { ...c.tmpfs } });
}

function place(spec: Spec) {
  return spec.in === 'host' ? { en: 'on the host', ko: '호스트' } : { en: `in ${spec.in}`, ko: `${spec.in} 컨테이너` };
}

export const fileCheck = defineCheck({
  kind: 'file',
  summary: 'A file or directory exists (or not) in a container or on the host; its text contains a string or matches a pattern.',
  schema,
  label(spec) {
    const at = place(spec);
    const noun = spec.type === 'dir' ? ['directory', '디렉터리가'] : ['file', '파일이'];
    if (!spec.exists) return text(`nothing exists at ${spec.path} ${at.en}`, `${at.ko}에 ${spec.path} 경로가 없음`);
    if (spec.contains !== undefined) return text(`${spec.path} ${at.en} contains "${spec.contains}"`, `${at.ko}의 ${spec.path} 파일에 "${spec.contains}" 내용이 있음`);
    if (spec.matches !== undefined) return text(`${spec.path} ${at.en} has a line matching ${spec.matches}`, `${at.ko}의 ${spec.path} 파일 내용이 ${spec.matches} 패턴과 맞음`);
    return text(`${noun[0]} ${spec.path} exists ${at.en}`, `${at.ko}에 ${spec.path} ${noun[1]} 있음`);
  },
  evaluate(spec, { state }) {
    const fs = fileSystem(state, spec.in);
    if (!fs) return noContainer(state, spec.in);
    const at = place(spec);
    let stat;
    try {
      stat = fs.stat(spec.path);
    } catch {
      stat = null;
    }
    if (!spec.exists) {
      if (!stat) return PASS;
      const kind = stat.type === 'dir' ? ['a directory', '디렉터리가'] : ['a file', '파일이'];
      return fail(`${spec.path} ${at.en} still exists (${kind[0]})`, `${at.ko}에 ${spec.path} ${kind[1]} 아직 있음`);
    }
    if (!stat) return fail(`there is no ${spec.path} ${at.en}`, `${at.ko}에 ${spec.path} 경로가 없음`);
    const wantFile = spec.type === 'file' || spec.contains !== undefined || spec.matches !== undefined;
    if (wantFile && stat.type === 'dir') return fail(`${spec.path} ${at.en} is a directory, not a file`, `${at.ko}의 ${spec.path} 경로는 파일이 아니라 디렉터리임`);
    if (spec.type === 'dir' && stat.type !== 'dir') return fail(`${spec.path} ${at.en} is a file, not a directory`, `${at.ko}의 ${spec.path} 경로는 디렉터리가 아니라 파일임`);
    if (!wantFile) return PASS;
    let content: string;
    try {
      content = fs.readFile(spec.path);
    } catch {
      return fail(`${spec.path} ${at.en} cannot be read`, `${at.ko}의 ${spec.path} 파일을 읽을 수 없음`);
    }
    const ok = (spec.contains === undefined || content.includes(spec.contains)) && (spec.matches === undefined || regex(spec.matches, 'm').test(content));
    if (ok) return PASS;
    if (content.trim() === '') return fail(`${spec.path} ${at.en} is empty`, `${at.ko}의 ${spec.path} 파일이 비어 있음`);
    const shown = excerpt(content);
    return fail(`${spec.path} ${at.en} contains: "${shown}"`, `${at.ko}의 ${spec.path} 파일 내용: "${shown}"`);
  },
});
