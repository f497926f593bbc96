#!/bin/sh
# Runs a command with an X display: the one you have, or a virtual one (Xvfb). Real key presses
# reach the extension only in a headed Chromium, so the E2E suite always runs headed.
if [ -n "$DISPLAY" ]; then exec "$@"; fi
exec xvfb-run -a -s "-screen 0 1366x900x24" "$@"
