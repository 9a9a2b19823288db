#!/bin/bash
# Usage: Scripts/fresh-machine.sh COMMAND...   (as root, e.g. in CI or a container; see the README's "Needs" line)
# Example: git clone . /tmp/c && Scripts/fresh-machine.sh bash -c 'cd /tmp/c && swift run recall --version && swift test'
# Run "$@" in a private mount namespace where the headers of every -dev package are hidden (bind-mounted over
# by /dev/null or an empty folder) except: Swift's own documented Linux build dependencies (libc6-dev, libgcc,
# libstdc++, zlib1g-dev, libxml2-dev + libicu-dev, libpython3-dev, uuid-dev, libz3-dev, libncurses-dev) and the two
# Recall names in its README: libreadline-dev and libsqlite3-dev. libyaml-dev is hidden too (a fresh machine
# has it, but Recall no longer needs it).
set -euo pipefail
keep='^(libc6-dev|linux-libc-dev|libc-dev-bin|libcrypt-dev|libnsl-dev|libtirpc-dev|libgcc-12-dev|libstdc\+\+-12-dev|libreadline-dev|libncurses-dev|libncurses5-dev|libncursesw5-dev|libsqlite3-dev|zlib1g-dev|libxml2-dev|libicu-dev|libpython3-dev|libpython3.11-dev|python3-dev|python3.11-dev|uuid-dev|libz3-dev)(:amd64)?$'
empty=$(mktemp -d)
list=$(mktemp)
for p in $(dpkg -l | awk '/^ii/ && $2 ~ /-dev/ {print $2}'); do
  [[ $p =~ $keep ]] && continue
  dpkg -L "$p" 2>/dev/null | grep -E '^/usr/include/(x86_64-linux-gnu/)?[^/]+$' || true
done | sort -u > "$list"
# keep folders that the kept packages also own (e.g. /usr/include/x86_64-linux-gnu itself)
grep -vxE '/usr/include/x86_64-linux-gnu|/usr/include' "$list" > "$list.f"
echo "hiding $(wc -l < "$list.f") header entries (e.g. $(head -3 "$list.f" | tr '\n' ' '))" >&2
exec unshare -m bash -c '
  while read -r f; do
    if [ -L "$f" ]; then :; elif [ -d "$f" ]; then mount --bind '"$empty"' "$f"; elif [ -e "$f" ]; then mount --bind /dev/null "$f"; fi
  done < '"$list.f"'
  test ! -s /usr/include/yaml.h && test ! -s /usr/include/openssl/ssl.h && echo "yaml.h and openssl hidden" >&2
  exec "$@"' bash "$@"
