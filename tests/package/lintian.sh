#!/bin/bash
# lintian over the built packages: no error, and no warning left that packaging/debian does not
# override with a reason. Usage: lintian.sh DEB_DIR
set -euo pipefail
shopt -s nullglob
debs=("$1"/borgerkiosk*_*.deb)
if [ ${#debs[@]} -eq 0 ]; then
  echo "package_lintian: no packages in $1: build them with tests/run.sh (dpkg-buildpackage)" >&2
  exit 1
fi
printf 'lintian %s\n' "${debs[@]##*/}"
lintian --info --display-level '>=warning' --show-overrides --fail-on error,warning "${debs[@]}"
echo "lintian: no error, no warning without an override"
