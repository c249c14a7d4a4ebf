# shellcheck shell=bash
# Installs what the test phases need, when it is missing: Debian packages and the Python venv.
# Sourced by scripts/test.

# The Debian packages the phases use: a PostgreSQL server, a browser and its driver, fonts with
# every Vietnamese letter, and Java for the Nu HTML checker.
# shellcheck disable=SC2034 # used by scripts/test
TEST_APT_PACKAGES=(postgresql chromium chromium-driver fonts-liberation2 default-jre-headless)

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo -n "$@"
  else
    echo "need root to run: $*" >&2
    return 1
  fi
}

apt_missing() { # packages... -> prints those not installed
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' ||
      printf '%s\n' "$package"
  done
}

apt_install() { # packages... ; apt-get update only when something is to be installed
  local missing
  mapfile -t missing < <(apt_missing "$@")
  [ "${#missing[@]}" -gt 0 ] || return 0
  echo "installing Debian packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

python_ok() { # candidate -> true when it runs, is >= 3.12 and can make a venv
  "$1" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1
}

find_python() { # prints a Python >= 3.12 able to make a venv
  local candidate
  # python3.12 on PATH may be a pyenv shim that refuses to run: python_ok tries each for real.
  for candidate in ${MINHBACH_PYTHON:+"$MINHBACH_PYTHON"} python3.12 \
    /root/.pyenv/versions/3.12*/bin/python3.12 /usr/local/bin/python3.12 \
    python3.13 /root/.pyenv/versions/3.13*/bin/python3.13 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && python_ok "$candidate"; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

venv_setup() { # dir requirements-file -> a venv at dir with the requirements installed
  local venv=$1 requirements=$2 python stamp wanted
  if ! python=$(find_python); then
    echo "no Python >= 3.12 found (axe-selenium-python 3 needs it; tried python3.12, pyenv's 3.12/3.13, python3)." >&2
    echo "falling back to $(command -v python3 || echo python3) with python3-venv: the install below may fail." >&2
    apt_install python3-venv
    python=python3
  fi
  stamp="$venv/.requirements.sha256"
  wanted="$(sha256sum "$requirements" | cut -d' ' -f1) $("$python" -c 'import sys; print(sys.version.split()[0])')"
  if [ -x "$venv/bin/python" ] && "$venv/bin/python" -c '' 2>/dev/null && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
    return 0
  fi
  if ! { [ -x "$venv/bin/python" ] && "$venv/bin/python" -c '' 2>/dev/null &&
         [ "$("$venv/bin/python" -c 'import sys; print(sys.version.split()[0])')" = "${wanted#* }" ]; }; then
    rm -rf "$venv"
    echo "making $venv with $python ($("$python" --version 2>&1))"
    "$python" -m venv "$venv"
  fi
  echo "installing $requirements into $venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-input -r "$requirements"
  printf '%s\n' "$wanted" >"$stamp"
}
