-- R38: replacing an authenticator app. The new secret waits in pending_secret_sealed until the
-- user proves it with a code, so abandoning a re-enrolment never removes the working factor
-- (and "refuse to remove the last factor" cannot be side-stepped by starting a new setup).
ALTER TABLE mfa_totp
  ADD COLUMN pending_secret_sealed bytea,
  ADD COLUMN pending_created_at timestamptz;
