#!/usr/bin/env python3
"""The kiosk image's boot test (ctest label `image`).

Builds the image (images/build-image.sh) from the borgerkiosk .deb with the test overlay
(tests/image/guest: kiosk.conf, software-rendering and short-watchdog drop-in, the in-guest
checks) and boots it headless in QEMU (TCG) three times: boot1 and boot2 boot the root file
system directly (-kernel) on one state disk, so boot2 sees what boot1 left in the cache, and
boot2 then upgrades the package in place (guest/usr/local/lib/bk-image-check/upgrade.sh); uefi
boots the flashable GPT disk with OVMF. The guest writes PASS/FAIL/INFO lines, a screenshot
and its journal to a 9p share; this script asserts every expected check passed and that the
screenshots are not blank.
  boot-test.py --debs DIR --work DIR     (BK_IMAGE_REUSE=1 keeps an image built before)
"""
import argparse, glob, os, secrets, shutil, subprocess, sys, time

from PIL import Image

SOURCE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COMMON = ["no-failed-units", "service-active", "status-text", "cage-runs-app",
          "app-in-unit-cgroup", "screenshot",
          "root-read-only", "state-writable"]
EXPECTED = {
    "boot1": COMMON + ["sigkill-restart", "sigstop-restart", "watchdog-fired", "cache-exists",
                       "sentinel-written"],
    "boot2": COMMON + ["sentinel-kept", "upgrade-deb-present", "upgrade-installed",
                       "upgrade-conffile-kept", "upgrade-no-dpkg-new", "upgrade-token-kept",
                       "upgrade-cache-kept", "upgrade-restarted", "units-verify"],
    "uefi": COMMON + ["booted-uefi"],
}
BOOT_TIMEOUT = 900  # seconds for one boot with its checks, under TCG on a busy machine
STUCK = ["You are in emergency mode", "Kernel panic", "Give root password for maintenance"]
OVMF = "/usr/share/OVMF/OVMF_CODE_4M.fd", "/usr/share/OVMF/OVMF_VARS_4M.fd"


def png_colours(path):
    """Distinct colours, the most common colour's share and the size of a PNG (python3-pil)."""
    with Image.open(path) as png:
        rgb = png.convert("RGB")
    counts = rgb.getcolors(maxcolors=rgb.width * rgb.height)
    return len(counts), max(c for c, _ in counts) / (rgb.width * rgb.height), rgb.size


def boot(phase, image, work, share, state, token):
    """Boots the image once; returns the guest's result lines and the wall time."""
    with open(os.path.join(share, "phase"), "w") as f:
        f.write(f"{phase} {token}\n")
    for old in glob.glob(os.path.join(share, f"*{phase}*")):
        os.remove(old)
    qemu = ["qemu-system-x86_64", "-accel", "tcg", "-cpu", "max", "-smp", "2", "-m", "2048",
            "-nodefaults", "-no-user-config", "-no-reboot", "-display", "none",
            # virtio-gpu, not -vga std: wlroots 0.15 needs PRIME import, which bochs-drm lacks;
            # a portrait screen like a stander's (the kiosk's default orientation)
            "-vga", "none", "-device", "virtio-gpu-pci,xres=1080,yres=1920",
            "-serial", f"file:{work}/serial-{phase}.log",
            "-nic", "user,model=virtio-net-pci",
            "-virtfs", f"local,path={share},mount_tag=results,security_model=none,id=results"]
    if phase == "uefi":
        vars_copy = os.path.join(work, "OVMF_VARS.fd")
        shutil.copy(OVMF[1], vars_copy)
        qemu += ["-drive", f"if=pflash,format=raw,readonly=on,file={OVMF[0]}",
                 "-drive", f"if=pflash,format=raw,file={vars_copy}",
                 "-drive", f"file={image}/disk.img,format=raw,if=virtio,snapshot=on"]
    else:
        qemu += ["-kernel", f"{image}/vmlinuz", "-initrd", f"{image}/initrd.img",
                 "-append", "root=LABEL=bk-root ro console=ttyS0 panic=-1",
                 # snapshot: the guest may write (boot2's package upgrade) but root.ext4 stays
                 "-drive", f"file={image}/root.ext4,format=raw,if=virtio,snapshot=on",
                 "-drive", f"file={state},format=raw,if=virtio"]
    start, serial = time.monotonic(), f"{work}/serial-{phase}.log"
    with subprocess.Popen(qemu) as vm:
        while vm.poll() is None:  # stop early when the guest cannot reach its checks
            time.sleep(5)
            text = open(serial, errors="replace").read() if os.path.exists(serial) else ""
            stuck = next((s for s in STUCK if s in text), None)
            if stuck or time.monotonic() - start > BOOT_TIMEOUT:
                print(f"image test: {phase}: {stuck or f'no end after {BOOT_TIMEOUT} s'}: "
                      "QEMU stopped")
                vm.kill()
    seconds = time.monotonic() - start
    results = os.path.join(share, f"{phase}.txt")
    lines = open(results).read().splitlines() if os.path.exists(results) else []
    return lines, seconds


def main():
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--debs", required=True, help="folder with borgerkiosk_*.deb")
    args.add_argument("--work", required=True, help="folder for the image and the results")
    args = args.parse_args()
    debs = glob.glob(os.path.join(args.debs, "borgerkiosk_*.deb"))
    if not debs:
        sys.exit(f"image test: FAILED: no borgerkiosk_*.deb in {args.debs}: build the packages "
                 "first (tests/run.sh puts them there)")
    work, total = os.path.abspath(args.work), time.monotonic()
    image, share = os.path.join(work, "image"), os.path.join(work, "share")
    os.makedirs(share, exist_ok=True)
    timings = []
    if not (os.environ.get("BK_IMAGE_REUSE") == "1" and os.path.exists(f"{image}/disk.img")):
        start = time.monotonic()
        subprocess.run([f"{SOURCE}/images/build-image.sh", image, args.debs,
                        f"{SOURCE}/tests/image/guest"], check=True)
        timings.append(f"image build {time.monotonic() - start:.0f} s")
    # boot2 upgrades the package in place with this .deb, repacked with a higher version.
    shutil.copy(debs[0], os.path.join(share, "borgerkiosk.deb"))
    state = os.path.join(work, "state.ext4")
    shutil.copy(f"{image}/state.ext4", state)
    token, failures = secrets.token_hex(8), []
    for phase, wanted in EXPECTED.items():
        lines, seconds = boot(phase, image, work, share, state, token)
        timings.append(f"{phase} {seconds:.0f} s")
        print(f"--- {phase} ({seconds:.0f} s; serial console: {work}/serial-{phase}.log)")
        print("\n".join(lines) or "(no results from the guest)")
        passed = {l.split()[1] for l in lines if l.startswith("PASS ")}
        failures += [f"{phase}: {name}" for name in wanted if name not in passed]
        if f"DONE {phase}" not in lines:
            failures.append(f"{phase}: the guest did not finish its checks")
        png = os.path.join(share, f"home-{phase}.png")
        if os.path.exists(png):
            colours, share_of_top, size = png_colours(png)
            print(f"screenshot {png}: {size[0]}x{size[1]}, {colours} colours, "
                  f"most common {share_of_top:.0%}")
            if colours < 50 or share_of_top > 0.95:
                failures.append(f"{phase}: the screenshot looks blank ({colours} colours)")
    print("timings: " + ", ".join(timings) + f", total {time.monotonic() - total:.0f} s")
    if failures:
        sys.exit("image test: FAILED:\n  " + "\n  ".join(failures))
    print("image test: all checks passed")


if __name__ == "__main__":
    main()
