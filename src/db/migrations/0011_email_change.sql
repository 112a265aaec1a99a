-- R01: a user changes their sign-in email. The change is proven by a single-use link sent to the
-- new address (a magic link of its own purpose), so an address nobody controls can never become
-- an account's sign-in address, and a stolen session alone cannot move the account.
ALTER TABLE magic_links DROP CONSTRAINT magic_links_purpose_check;
ALTER TABLE magic_links ADD CONSTRAINT magic_links_purpose_check CHECK (purpose IN ('signin', 'signup', 'invite', 'email_change'));
