#!/usr/bin/env bash
# Build local stand-ins for debian:bookworm-slim and python:3.11-slim-bookworm when no
# registry can be reached, following the official recipes (docs/deployment.md,
# "Without a registry"):
#
#   debian:bookworm-slim       debootstrap --variant=minbase bookworm, updated from
#                              bookworm-updates and bookworm-security, with
#                              debuerreotype's minimizing config and "slimify" (no
#                              documentation but the copyright files, no manual
#                              pages, info, locales, groff, lintian or linda files;
#                              no apt lists, no apt caches)
#   python:3.11-slim-bookworm  docker-library/python's 3.11/slim-bookworm Dockerfile
#                              (bench/standin_python_slim.Containerfile): ca-certificates,
#                              netbase, tzdata; CPython in /usr/local with the official
#                              configure flags (without PGO and LTO, which only change
#                              speed); the same cleanup, build dependencies purged in
#                              the same layer, only the libraries that ldd finds kept
#
# Run as root with podman and debootstrap installed:
#
#     bash bench/standin_python_slim.sh
#
# CPython comes from, in this order:
#   PYTHON_TARBALL=/path/Python-3.11.x.tar.xz   upstream source, compiled (the
#                                                official way; needs >= 3.11.5 for
#                                                the pinned soupsieve)
#   PYTHON_PREFIX=/path/to/an/installed/3.11.x   a CPython already compiled for
#                                                bookworm with --enable-shared and
#                                                installed there: copied without its
#                                                site-packages, then cleaned, stripped
#                                                and given pip like the official one
#   otherwise                                    Debian's python3.11 source package
#                                                (3.11.2: too old for the pinned
#                                                soupsieve, so only good to measure
#                                                the base's size)
# Settings: WORK (default /var/tmp/aivp-standin), MIRROR (default: the first Debian
# mirror in /etc/apt/sources.list*), TAG (default python:3.11-slim-bookworm),
# DEBIAN_TAG (default debian:bookworm-slim), REBUILD_ROOTFS=1.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
WORK=${WORK:-/var/tmp/aivp-standin}
TAG=${TAG:-python:3.11-slim-bookworm}
DEBIAN_TAG=${DEBIAN_TAG:-debian:bookworm-slim}
if [ -z "${MIRROR:-}" ]; then
  MIRROR=$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ \
    2>/dev/null | head -1 | tr -d ' ' || true)
  MIRROR=${MIRROR%/}
  MIRROR=${MIRROR:-http://deb.debian.org/debian}
fi
SECURITY=${SECURITY:-${MIRROR%/debian}/debian-security}
[ "$(id -u)" = 0 ] || { echo "Run as root."; exit 2; }
for tool in podman debootstrap; do
  command -v $tool >/dev/null || { echo "$tool is required (apt-get install $tool)."; exit 2; }
done
mkdir -p "$WORK"
rootfs=$WORK/rootfs
in_root() { chroot "$rootfs" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"; }

# --- debian:bookworm-slim -----------------------------------------------------------
if [ "${REBUILD_ROOTFS:-0}" = 1 ] || ! podman image exists "$DEBIAN_TAG"; then
  echo "==> debootstrap --variant=minbase bookworm ($MIRROR)"
  rm -rf "$rootfs"
  nice -n 10 debootstrap --variant=minbase bookworm "$rootfs" "$MIRROR" >"$WORK/debootstrap.log"
  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<EOF
Types: deb
URIs: $MIRROR
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $SECURITY
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
  cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
  mount --bind /proc "$rootfs/proc"
  trap 'umount "$rootfs/proc" 2>/dev/null || true' EXIT
  in_root apt-get update -qq
  in_root apt-get dist-upgrade -y -qq >/dev/null

  echo "==> debuerreotype's minimizing config and slimify"
  printf '#!/bin/sh\nexit 101\n' >"$rootfs/usr/sbin/policy-rc.d"
  chmod 0755 "$rootfs/usr/sbin/policy-rc.d"
  echo force-unsafe-io >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"
  echo 'Apt::AutoRemove::SuggestsImportant "false";' \
    >"$rootfs/etc/apt/apt.conf.d/docker-autoremove-suggests"
  clean='"rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true";'
  printf 'DPkg::Post-Invoke { %s };\nAPT::Update::Post-Invoke { %s };\nDir::Cache::pkgcache "";\nDir::Cache::srcpkgcache "";\n' \
    "$clean" "$clean" >"$rootfs/etc/apt/apt.conf.d/docker-clean"
  echo 'Acquire::GzipIndexes "true";' >"$rootfs/etc/apt/apt.conf.d/docker-gzip-indexes"
  echo 'Acquire::Languages "none";' >"$rootfs/etc/apt/apt.conf.d/docker-no-languages"
  set -f  # patterns for dpkg and find, not for this shell
  excludes=(/usr/share/doc/* /usr/share/groff/* /usr/share/info/* /usr/share/linda/*
    /usr/share/lintian/overrides/* /usr/share/locale/* /usr/share/man/*)
  includes=(/usr/share/doc/*/copyright /usr/share/doc/kde/HTML/C/* /usr/share/gnome/help/*/C/*
    /usr/share/locale/all_languages /usr/share/locale/currency/* /usr/share/locale/l10n/*
    /usr/share/locale/languages /usr/share/locale/locale.alias /usr/share/omf/*/*-C.emf)
  {
    echo '# This is the "slim" variant of the Debian base image.'
    for path in "${excludes[@]}"; do echo "path-exclude $path"; done
    for path in "${includes[@]}"; do echo "path-include $path"; done
  } >"$rootfs/etc/dpkg/dpkg.cfg.d/docker"
  keep=()
  for path in "${includes[@]}"; do keep+=(-o -path "$path"); done
  for path in "${excludes[@]}"; do
    dir=$(dirname "$path")
    [ -d "$rootfs$dir" ] || continue
    in_root find "$dir" -depth -mindepth 1 -not \( "${keep[@]:1}" \) -not \( -type d -o -type l \) \
      -exec rm -f {} +
    while [ "$(in_root find "$dir" -depth -mindepth 1 \( -empty -o -xtype l \) \
      -exec rm -rf {} \; -printf . | wc -c)" -gt 0 ]; do :; done
  done
  set +f
  in_root apt-get clean
  umount "$rootfs/proc"
  trap - EXIT
  rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/log/apt/* \
    "$rootfs"/var/cache/ldconfig/aux-cache "$rootfs"/tmp/* "$rootfs"/var/tmp/*
  rm -f "$rootfs"/var/log/dpkg.log "$rootfs"/var/log/bootstrap.log "$rootfs"/var/log/alternatives.log
  : >"$rootfs/etc/machine-id"
  : >"$rootfs/etc/resolv.conf"
  echo "==> import as $DEBIAN_TAG"
  tar --numeric-owner -C "$rootfs" -c . | podman import --change 'CMD ["bash"]' - "$DEBIAN_TAG" >/dev/null
fi

# --- python:3.11-slim-bookworm ------------------------------------------------------
src=$WORK/src
rm -rf "$src" && mkdir -p "$src"
if [ -n "${PYTHON_TARBALL:-}" ]; then
  cp "$PYTHON_TARBALL" "$src/python.tar"; mode=source
elif [ -n "${PYTHON_PREFIX:-}" ]; then
  tar -C "$PYTHON_PREFIX" -c --exclude=./lib/python3.11/site-packages . >"$src/prefix.tar"; mode=prefix
else
  echo "==> Debian's python3.11 source package"
  (cd "$src" && podman run --rm --network host -v "$src:/out" "$DEBIAN_TAG" sh -c \
    'sed -i "s/^Types: deb$/Types: deb deb-src/" /etc/apt/sources.list.d/debian.sources \
     && apt-get update -qq && cd /out && apt-get source --download-only -qq python3.11/bookworm' >/dev/null)
  mv "$src"/python3.11_*.orig.tar.* "$src/python.tar"; mode=source
fi
echo "==> $TAG (CPython from: $mode)"
nice -n 10 podman build --format docker --network host --volume "$src:/src:ro" \
  --build-arg BASE="$DEBIAN_TAG" --build-arg MODE=$mode \
  -f "$here/standin_python_slim.Containerfile" -t "$TAG" "$WORK" >"$WORK/build.log" 2>&1 \
  || { tail -30 "$WORK/build.log"; echo "Build failed ($WORK/build.log)."; exit 1; }
rm -rf "$src"
for image in "$DEBIAN_TAG" "$TAG"; do
  printf '%-28s %s bytes\n' "$image" "$(podman image inspect -f '{{.Size}}' "$image")"
done
podman run --rm "$TAG" python -c 'import sys, ssl, sqlite3; print(sys.version.split()[0], ssl.OPENSSL_VERSION)'
