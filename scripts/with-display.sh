#!/bin/sh
# Runs a command with an X display: the one you have, or a virtual one (Xvfb). Real key presses
# reach the extension only in a headed Chromium, so the E2E suite always runs headed. The virtual
# screen's pixels are kept in a file ($NEWSGIST_FRAMEBUFFER, XWD), so a test can take a picture of
# the whole browser window, side panel included (tests/e2e/screen.ts).
if [ -n "$DISPLAY" ]; then exec "$@"; fi
fb=$(mktemp -d)
NEWSGIST_FRAMEBUFFER="$fb/Xvfb_screen0" xvfb-run -a -s "-screen 0 1366x900x24 -fbdir $fb" "$@"
status=$?
rm -rf "$fb"
exit $status
