#!/usr/bin/env bash
# Builds the stander's OS from Debian 12 packages and the borgerkiosk .deb:
#   images/build-image.sh OUTDIR DEBDIR [OVERLAY...]
# DEBDIR holds borgerkiosk_*.deb; each OVERLAY folder is copied onto the root after the
# image's own overlay (images/rootfs), e.g. a site's kiosk.conf or the boot test's drop-ins.
# Writes to OUTDIR:
#   vmlinuz, initrd.img, root.ext4  the root file system (label bk-root), for QEMU -kernel
#   state.ext4                      an empty state partition (label bk-state)
#   disk.img                        a UEFI GPT disk for flashing: ESP with systemd-boot,
#                                   root, state (the three partitions above)
# Runs as root (through sudo -n otherwise) for mmdebstrap's root mode and the files' owners,
# but uses no loop device: mmdebstrap fills a folder, mke2fs -d copies it into the ext4
# image, the ESP is filled with mtools and the partitions are put into the disk with dd.
# BK_IMAGE_APT_CACHE=DIR keeps downloaded packages between builds (for iterating).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 OUTDIR DEBDIR [OVERLAY...]" >&2; exit 2; }
[ "$(id -u)" = 0 ] || exec sudo -n -- "$0" "$@"
here=$(cd "$(dirname "$0")" && pwd)
out=$(mkdir -p "$1" && cd "$1" && pwd)
debdir=$(cd "$2" && pwd)
shift 2
overlays=("$here/rootfs")
for o in "$@"; do overlays+=("$(cd "$o" && pwd)"); done

shopt -s nullglob
debs=("$debdir"/borgerkiosk_*.deb)
[ ${#debs[@]} -gt 0 ] || { echo "build-image: no borgerkiosk_*.deb in $debdir" >&2; exit 1; }
packages=$(grep -v '^#' "$here/packages.txt" | paste -sd, -)
mirror=http://deb.debian.org/debian
security=http://deb.debian.org/debian-security
start=$SECONDS

hooks=()
for o in "${overlays[@]}"; do hooks+=(--customize-hook="sync-in '$o' /"); done
if [ -n "${BK_IMAGE_APT_CACHE:-}" ]; then
  mkdir -p "$BK_IMAGE_APT_CACHE"
  hooks=(--skip=essential/unlink
    --setup-hook='mkdir -p "$1"/var/cache/apt/archives'
    --setup-hook="sync-in '$BK_IMAGE_APT_CACHE' /var/cache/apt/archives"
    --customize-hook="sync-out /var/cache/apt/archives '$BK_IMAGE_APT_CACHE'" "${hooks[@]}")
fi

# The stander's services: network, clock, no waiting for the network at boot (the kiosk
# works offline), and the kiosk itself (enabled by its package).
hooks+=(--customize-hook='mkdir -p "$1/var/lib/borgerkiosk"'  # the state partition's mount point
  --customize-hook='chroot "$1" systemctl enable systemd-networkd systemd-resolved systemd-timesyncd'
  --customize-hook='chroot "$1" systemctl disable systemd-networkd-wait-online.service'
  --customize-hook='chroot "$1" systemctl is-enabled borgerkiosk.service')

rm -rf "$out/rootfs"
echo "build-image: mmdebstrap bookworm + ${debs[*]##*/}"
mmdebstrap --mode=root --variant=minbase --components=main \
  --include="$packages" --include="$(IFS=,; echo "${debs[*]}")" \
  --hook-dir=/usr/share/mmdebstrap/hooks/file-mirror-automount \
  --hook-dir=/usr/share/mmdebstrap/hooks/eatmydata \
  "${hooks[@]}" \
  bookworm "$out/rootfs" \
  "deb $mirror bookworm main" "deb $mirror bookworm-updates main" \
  "deb $security bookworm-security main"
echo "build-image: root file system in $((SECONDS - start)) s"

# Kernel, initrd and the EFI boot loader, taken from the image itself.
rm -rf "$out/boot" && mkdir -p "$out/boot"
cp "$out"/rootfs/boot/vmlinuz-* "$out/vmlinuz"
cp "$out"/rootfs/boot/initrd.img-* "$out/initrd.img"
cp "$out/rootfs/usr/lib/systemd/boot/efi/systemd-bootx64.efi" "$out/boot/"

# Root and state file systems. The root gets 25 % and 128 MiB of room above its content.
mib() { echo $(( ($1 + 1048575) / 1048576 )); }
root_mib=$(( $(mib "$(du -sb "$out/rootfs" | cut -f1)") * 5 / 4 + 128 ))
state_mib=512
rm -f "$out/root.ext4" "$out/state.ext4"
mke2fs -q -t ext4 -L bk-root -d "$out/rootfs" "$out/root.ext4" "${root_mib}M"
mke2fs -q -t ext4 -L bk-state "$out/state.ext4" "${state_mib}M"

# The ESP: systemd-boot as the removable-media loader, the kernel and initrd, one entry.
esp_mib=128
rm -f "$out/esp.vfat"
mkfs.fat -F 32 -n BK-ESP -C "$out/esp.vfat" $((esp_mib * 1024)) >/dev/null
printf 'default borgerkiosk.conf\ntimeout 0\n' > "$out/boot/loader.conf"
printf '%s\n' 'title borgerkiosk' 'linux /vmlinuz' 'initrd /initrd.img' \
  'options root=LABEL=bk-root ro quiet' > "$out/boot/borgerkiosk.conf"
export MTOOLS_SKIP_CHECK=1
mmd -i "$out/esp.vfat" ::/EFI ::/EFI/BOOT ::/loader ::/loader/entries
mcopy -i "$out/esp.vfat" "$out/boot/systemd-bootx64.efi" ::/EFI/BOOT/BOOTX64.EFI
mcopy -i "$out/esp.vfat" "$out/boot/loader.conf" ::/loader/loader.conf
mcopy -i "$out/esp.vfat" "$out/boot/borgerkiosk.conf" ::/loader/entries/borgerkiosk.conf
mcopy -i "$out/esp.vfat" "$out/vmlinuz" ::/vmlinuz
mcopy -i "$out/esp.vfat" "$out/initrd.img" ::/initrd.img

# The GPT disk: 1 MiB for the table, then ESP, root, state, and room for the backup table.
disk=$out/disk.img
rm -f "$disk"
truncate -s $(( (1 + esp_mib + root_mib + state_mib + 1) ))M "$disk"
sfdisk -q "$disk" <<PARTS
label: gpt
start=1MiB, size=${esp_mib}MiB, type=uefi, name=esp
size=${root_mib}MiB, type=4f68bce3-e8cd-4c7c-9a1b-a0db4a0b7e38, name=root
size=${state_mib}MiB, type=linux, name=state
PARTS
at=1
for part in esp.vfat:$esp_mib root.ext4:$root_mib state.ext4:$state_mib; do
  dd if="$out/${part%%:*}" of="$disk" bs=1M seek=$at conv=notrunc,sparse status=none
  at=$((at + ${part##*:}))
done
rm -rf "$out/boot" "$out/esp.vfat" "$out/rootfs"
[ -z "${SUDO_UID:-}" ] || chown -R "$SUDO_UID:$SUDO_GID" "$out"
echo "build-image: done in $((SECONDS - start)) s: $out/{vmlinuz,initrd.img,root.ext4,state.ext4,disk.img}"
