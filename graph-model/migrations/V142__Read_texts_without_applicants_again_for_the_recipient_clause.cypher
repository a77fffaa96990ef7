// Policy and fund matching (issue 15, session 13, rule M): a text whose sentences named no applicant
// kind had no applicant fact, although many say whom they give a right to in a recipient clause
// ("Whoever ...", "An applicant may ...", "the patentee may ...": any person, or a patent role). The
// Documents read by the pipeline that hold no applicant fact are marked so that their next ingest
// forgets what they said and reads them again with rule M (as V140 and V141 do); a text that still
// names no recipient is read again once and comes out as before.
MATCH (d:Document)
WHERE d.nlpModel IS NOT NULL AND NOT d.nlpModel ENDS WITH '(read again: recipient clause)'
  AND NOT EXISTS { MATCH (:Evidence {type: 'ELIGIBILITY', documentId: d.id, kind: 'applicants'}) }
SET d.nlpModel = d.nlpModel + ' (read again: recipient clause)';
