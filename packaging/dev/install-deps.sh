#!/usr/bin/env bash
# Installs every Debian 12 package listed in packaging/build-deps.txt.
# Runs apt-get as root directly, or through sudo for a normal user.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
list="$here/packaging/build-deps.txt"
mapfile -t pkgs < <(grep -vE '^\s*(#|$)' "$list")
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#pkgs[@]} packages present"
  exit 0
fi
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
