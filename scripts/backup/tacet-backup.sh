#!/usr/bin/env bash
# Daily backup of one Tacet cluster with pgBackRest (R44). Run by cron as the postgres user on
# the database server, once for the clinical cluster and once (on its own server) for the keyring:
#   tacet-backup.sh tacet            # clinical cluster (stanza "tacet")
#   tacet-backup.sh tacet-keyring    # keyring cluster  (stanza "tacet-keyring")
# A full backup every day; WAL is archived continuously by archive_command in between, which is
# what point-in-time recovery replays. Exits non-zero (and says so on stderr, for cron's mail or
# your monitoring) when the backup or the archive check fails. Runbook: docs/operations.md.
set -euo pipefail
stanza="${1:?usage: tacet-backup.sh STANZA}"
pgbackrest --stanza="$stanza" check          # WAL archiving works right now
pgbackrest --stanza="$stanza" --type=full backup
# One line for the log: the newest backup's label and when it finished.
pgbackrest --stanza="$stanza" --output=json info \
  | python3 -c 'import json,sys; s=json.load(sys.stdin)[0]; b=s["backup"][-1]; print(s["name"], b["label"], b["timestamp"]["stop"], "ok")'
