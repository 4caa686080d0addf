/**
 * Image references as Docker normalises them: "ubuntu" is
 * docker.io/library/ubuntu:latest, shown as "ubuntu:latest".
 */

export interface ImageReference {
  /** "nginx", "myorg/app", "registry.example.com/app" */
  repository: string;
  tag: string;
  digest?: string;
  /** "nginx:latest" as docker prints it */
  familiar: string;
}

const NAME_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Parses a reference; returns an error message (Docker's wording) on failure. */
export function parseReference(input: string): ImageReference | { error: string } {
  if (input === '') return { error: 'invalid reference format' };
  let rest = input;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!/^sha256:[a-f0-9]{64}$/.test(digest)) return { error: 'invalid reference format' };
  }
  let tag = 'latest';
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > rest.lastIndexOf('/')) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
    if (!TAG.test(tag)) return { error: 'invalid reference format' };
  }
  if (rest === '') return { error: 'invalid reference format' };
  let path = rest;
  const firstSlash = rest.indexOf('/');
  if (firstSlash > 0) {
    const domain = rest.slice(0, firstSlash);
    if (domain.includes('.') || domain.includes(':') || domain === 'localhost') {
      if (domain === 'docker.io' || domain === 'index.docker.io') path = rest.slice(firstSlash + 1);
      else {
        return checkPath(rest.slice(firstSlash + 1), domain, tag, digest, input);
      }
    }
  }
  return checkPath(path, undefined, tag, digest, input);
}

function checkPath(path: string, domain: string | undefined, tag: string, digest: string | undefined, input: string) {
  if (path !== path.toLowerCase()) {
    const shown = !domain && !path.includes('/') ? `library/${path}` : path;
    void input;
    return { error: `invalid reference format: repository name (${shown}) must be lowercase` };
  }
  for (const component of path.split('/')) {
    if (!NAME_COMPONENT.test(component)) return { error: 'invalid reference format' };
  }
  let repository = path.startsWith('library/') && !domain ? path.slice('library/'.length) : path;
  if (domain) repository = `${domain}/${path}`;
  return { repository, tag, digest, familiar: digest && tag === 'latest' ? `${repository}@${digest}` : `${repository}:${tag}` };
}

/** "docker.io/library/nginx:latest" as the last line of `docker pull` prints. */
export function canonicalName(ref: ImageReference): string {
  if (ref.repository.includes('.') && ref.repository.split('/')[0].includes('.')) return `${ref.repository}:${ref.tag}`;
  const path = ref.repository.includes('/') ? ref.repository : `library/${ref.repository}`;
  return `docker.io/${path}:${ref.tag}`;
}
