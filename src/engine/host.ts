/**
 * The Docker host's own file system when the lab starts: an Ubuntu machine
 * named docker-host with root's home, and Docker's data directory.
 */
import { type DirNode, treeFromPaths } from '../vfs/node.ts';

export const HOST_NAME = 'docker-host';
/** The host's LAN address and its router. */
export const HOST_IP = '192.168.1.100';
export const HOST_GATEWAY = '192.168.1.1';
/**
 * The host's DNS server, as /etc/resolv.conf names it: the reference
 * engine's machine uses 10.255.255.53, and the transcripts recorded there
 * show it (default-bridge resolv.conf, registry lookups).
 */
export const HOST_DNS = '10.255.255.53';

export function initialHostTree(now: number): DirNode {
  return treeFromPaths(
    {
      '/bin/': null,
      '/etc/hostname': `${HOST_NAME}\n`,
      '/etc/hosts': `127.0.0.1 localhost\n127.0.1.1 ${HOST_NAME}\n\n# The following lines are desirable for IPv6 capable hosts\n::1     ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\nff00::0 ip6-mcastprefix\nff02::1 ip6-allnodes\nff02::2 ip6-allrouters\n`,
      '/etc/resolv.conf': `nameserver ${HOST_DNS}\n`,
      '/etc/os-release':
        'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION="24.04.3 LTS (Noble Numbat)"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=noble\nLOGO=ubuntu-logo\n',
      '/home/': null,
      '/mnt/': null,
      '/opt/': null,
      '/root/': null,
      '/srv/': null,
      '/tmp/': null,
      '/usr/bin/': null,
      '/usr/local/bin/': null,
      '/var/lib/docker/volumes/backingFsBlockDev': '',
      '/var/lib/docker/volumes/metadata.db': '',
      '/var/lib/docker/containers/': null,
      '/var/log/': null,
    },
    now,
  );
}
