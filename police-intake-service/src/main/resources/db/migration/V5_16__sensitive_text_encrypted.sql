-- Suspect names, the place of the offence and investigation notes are stored encrypted
-- (SensitiveText: enc1:<keyId>:<base64(iv || ciphertext || tag)>), which is longer than the text:
-- the columns become text (the API still limits what it accepts). Existing rows are encrypted at
-- start-up by SensitiveTextBackfill.
alter table suspect alter column full_name type text;
alter table police_case alter column offence_place type text;
alter table investigation_update alter column note type text;
