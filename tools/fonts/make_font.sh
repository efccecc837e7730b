#!/usr/bin/env bash
# Makes assets/fonts/MaskeraSans.ttf: DejaVu Sans cut down to the Windows-1252 repertoire
# (every Swedish letter, the punctuation of protocols), so export can embed a font with
# the Swedish letters for the lines it writes (secrecy notes, mask labels) without adding
# 700 kB to every PDF. Needs fonts-dejavu-core and fonttools (pip install fonttools).
set -euo pipefail
cd "$(dirname "$0")/../.."
pyftsubset /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
  --unicodes="U+0020-007E,U+00A0-00FF,U+0152-0153,U+0160-0161,U+0178,U+017D-017E,U+0192,U+02C6,U+02DC,U+2013-2014,U+2018-201A,U+201C-201E,U+2020-2022,U+2026,U+2030,U+2039-203A,U+20AC,U+2122" \
  --layout-features='' --no-hinting --desubroutinize --name-IDs='*' --name-legacy \
  --output-file=assets/fonts/MaskeraSans.ttf
