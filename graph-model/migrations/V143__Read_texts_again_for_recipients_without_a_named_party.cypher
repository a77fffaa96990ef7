// Policy and fund matching (issue 15, session 14): the recipient clause (rule M) now also reads
// the party on whose petition, request or application an office acts ("upon petition by the
// applicant ..., the Director may revive") and the holder of a patent or application a permission
// is stated on in the passive ("the application may be revived"); an inventor named as the maker
// of a document ("an oath or declaration of the inventor") is no longer an applicant kind. The
// Documents read by the pipeline whose applicant facts are none, or only `individual`, are marked
// so that their next ingest forgets what they said and reads them again (as V140-V142 do); a text
// that reads the same comes out as before.
MATCH (d:Document)
WHERE d.nlpModel IS NOT NULL AND NOT d.nlpModel ENDS WITH '(read again: unnamed recipients)'
  AND NOT EXISTS { MATCH (e:Evidence {type: 'ELIGIBILITY', documentId: d.id, kind: 'applicants'})
                   WHERE e.value <> 'individual' }
SET d.nlpModel = d.nlpModel + ' (read again: unnamed recipients)';
