#!/usr/bin/env bash
# Installs code-server (a real VS Code 1.100.3 server + web workbench) into
# .cache/code-server so the extension's integration tests can run offline.
# Idempotent: a marker file records a finished install; anything else is redone.
set -Eeuo pipefail

VERSION=4.100.3
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEST=${CODE_SERVER_HOME:-$REPO_ROOT/.cache/code-server}
MARKER=$DEST/.installed
LOG=$DEST.log
APT_PACKAGES=(libkrb5-dev ripgrep chromium build-essential python3 pkg-config)
STAMP="code-server@$VERSION node-abi=$(node -p process.versions.modules)"
STARTED=$SECONDS
STEP=starting
MAIN_PID=$BASHPID
exec 3>&2

# Prints one short progress line with the elapsed time.
say() { printf '[code-server setup %3ds] %s\n' $((SECONDS - STARTED)) "$*"; }

# Reports which step broke and the end of its log, so CI output explains itself;
# writes to the saved stderr (fd 3) because steps redirect theirs to the log.
on_error() {
  [[ $BASHPID == "$MAIN_PID" ]] || exit 1
  printf 'code-server setup FAILED during: %s (after %ds)\n' "$STEP" $((SECONDS - STARTED)) >&3
  if [[ -f $LOG ]]; then
    echo "---- last lines of $LOG ----" >&3
    tail -n 40 "$LOG" >&3
  fi
  exit 1
}
trap on_error ERR

# Runs one named step with its output sent to the log file.
step() {
  STEP=$1
  shift
  say "$STEP"
  "$@" >>"$LOG" 2>&1
}

# Runs a command inside a folder without changing this shell's folder.
in_dir() {
  local dir=$1
  shift
  (cd "$dir" && "$@")
}

# Lists the wanted Debian packages that are not installed yet.
missing_packages() {
  local pkg
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
  done
}

# Installs missing Debian packages without prompting; apt is touched only when needed.
install_apt_packages() {
  local missing sudo=()
  mapfile -t missing < <(missing_packages)
  if ((${#missing[@]} == 0)); then
    say "apt packages already present"
    return
  fi
  if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "need root (or sudo) to install: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  step "apt-get update" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  step "apt-get install ${missing[*]}" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q -o DPkg::Lock::Timeout=300 "${missing[@]}"
}

# Finds the node-gyp that ships with npm, so no extra download is needed.
node_gyp_path() {
  local npm_dir
  npm_dir=$(dirname "$(dirname "$(readlink -f "$(command -v npm)")")")
  echo "$npm_dir/node_modules/node-gyp/bin/node-gyp.js"
}

# Rebuilds every native addon under a node_modules tree against this Node,
# all at once (each build is mostly single-threaded), one log file per addon.
rebuild_native_addons() {
  local modules=$1 gyp gypfile dir name i failed=() pids=() names=() nodedir_args=()
  gyp=$(node_gyp_path)
  [[ -f $gyp ]] || { echo "node-gyp not found at $gyp" >&2; return 1; }
  if [[ -f /usr/include/node/node_version.h ]]; then
    nodedir_args=(--nodedir=/usr)
  fi
  while IFS= read -r gypfile; do
    dir=$(dirname "$gypfile")
    [[ -f $dir/package.json ]] || continue
    name=${dir#"$modules"/}
    (trap - ERR; cd "$dir" && node "$gyp" rebuild --jobs=max "${nodedir_args[@]}") >"$(addon_log "$name")" 2>&1 &
    pids+=($!)
    names+=("$name")
  done < <(find "$modules" -name binding.gyp -not -path '*/test/*' -not -path '*/deps/*' | sort)
  STEP="node-gyp rebuild"
  say "node-gyp rebuild ${names[*]}"
  for i in "${!pids[@]}"; do
    if wait "${pids[$i]}"; then
      cat "$(addon_log "${names[$i]}")" >>"$LOG"
    else
      failed+=("${names[$i]}")
    fi
  done
  for name in "${failed[@]}"; do
    cat "$(addon_log "$name")" >>"$LOG"
  done
  rm -f "$LOG".addon-*
  if ((${#failed[@]})); then
    STEP="node-gyp rebuild of ${failed[*]}"
    return 1
  fi
  step "check native addons load" in_dir "$(dirname "$modules")" \
    node -e 'for (const name of process.argv.slice(1)) require(name)' "${names[@]}"
}

# Names the temporary log file of one addon build.
addon_log() { echo "$LOG.addon-${1//\//_}"; }

# Makes the links code-server's own postinstall.sh would make inside lib/vscode.
link_vscode_files() {
  local vscode=$1
  ln -sfn node_modules "$vscode/node_modules.asar"
  ln -sfn code-linux.sh "$vscode/bin/remote-cli/code-server"
  ln -sfn browser-linux.sh "$vscode/bin/helpers/browser.sh"
}

# Performs the whole install into $DEST, following postinstall.sh minus downloads.
install_code_server() {
  local cs vscode
  rm -rf "$DEST"
  mkdir -p "$DEST"
  : >"$LOG"
  echo '{ "name": "code-server-cache", "private": true, "allowScripts": { "argon2": true, "code-server": false } }' >"$DEST/package.json"
  step "npm install code-server@$VERSION (no scripts)" \
    npm install --prefix "$DEST" --ignore-scripts --no-save --no-package-lock "code-server@$VERSION"
  cs=$DEST/node_modules/code-server
  vscode=$cs/lib/vscode
  step "rebuild argon2 from source" in_dir "$DEST" npm rebuild argon2 --build-from-source
  step "check argon2 loads" in_dir "$DEST" node -e "require('argon2')"
  step "npm install lib/vscode deps (omit dev, no scripts)" \
    in_dir "$vscode" npm install --omit=dev --ignore-scripts
  step "use Debian ripgrep" install -D -m 0755 /usr/bin/rg "$vscode/node_modules/@vscode/ripgrep/bin/rg"
  rebuild_native_addons "$vscode/node_modules"
  step "link node_modules.asar and bin scripts" link_vscode_files "$vscode"
  step "npm install lib/vscode/extensions deps" \
    in_dir "$vscode/extensions" npm install --omit=dev
  STEP="smoke check"
  "$DEST/node_modules/.bin/code-server" --version >>"$LOG" 2>&1
  echo "$STAMP" >"$MARKER"
}

# Entry point: serialise concurrent runs, reuse a finished install, else redo it.
main() {
  mkdir -p "$(dirname "$DEST")"
  exec 9>"$DEST.lock"
  flock 9
  install_apt_packages
  if [[ -f $MARKER && $(cat "$MARKER") == "$STAMP" ]]; then
    say "cached: $STAMP in $DEST"
    return
  fi
  if [[ -e $DEST ]]; then
    say "removing unfinished or outdated install in $DEST"
  fi
  install_code_server
  say "done: $STAMP, $(du -sh "$DEST" | cut -f1) in $DEST, total ${SECONDS}s"
}

main "$@"
