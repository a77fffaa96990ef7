package org.ipgraph.ingest.litigation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small OCE docket tables with the published column names (2020 release), written by
 * tests.
 */
final class OceFiles {

	static final String CASES = "case_row_id,case_number,case_number_raw,district_id,court_name,pacer_id,case_name,"
			+ "assigned_to,referred_to,case_cause,jurisdictional_basis,date_filed,date_closed,date_last_filed,"
			+ "jury_demand,demand,lead_case,related_case,settlement,case_type_1,case_type_2,case_type_3,case_type_note";

	static final String NAMES = "case_row_id,case_number,case_number_raw,district_id,party_row_count,party_type,name,"
			+ "name_long";

	static final String ATTORNEYS = "case_row_id,case_number,case_number_raw,district_id,party_row_count,party_type,"
			+ "attorney_row_count,attorney_name,attorney_contactinfo,position";

	static final String DOCUMENTS = "case_row_id,case_number,case_number_raw,district_id,doc_count,doc_number,"
			+ "short_description,long_description,attachment,doc_date_filed,doc_date_uploaded,document_url";

	static final String PATENTS = "case_row_id,case_number,district_id,nos,date_filed,case_name,case_type_1,"
			+ "case_type_2,case_type_3,case_type_note,patent,patent_doc_type";

	private OceFiles() {
	}

	static Path write(Path dir, String name, String header, String... rows) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, header + "\n" + String.join("\n", rows) + "\n");
		return file;
	}

	/**
	 * Two suits by a licensing shell and one declaratory-judgment action against it, with
	 * parties, counsel, docket entries and patents, plus one bad row per table.
	 */
	static void sample(Path dir) throws IOException {
		write(dir, "cases.csv", CASES,
				"1,2:15-cv-01234,2:15cv1234,txed,Texas Eastern District Court,111,Acme Licensing LLC v. Globex Corp,"
						+ "Judge A,,35:271 Patent Infringement,Federal Question,2015-03-02,2016-01-15,2016-01-15,Plaintiff,,,,,,,,",
				"2,2:16-cv-00077,2:16cv77,txed,Texas Eastern District Court,112,Acme Licensing LLC v. Initech Inc.,"
						+ "Judge A,,35:271 Patent Infringement,Federal Question,2016-05-10,,2016-09-01,Plaintiff,,,,,,,,",
				"3,1:16-cv-00500,1:16cv500,ded,Delaware District Court,113,Globex Corp v. Acme Licensing LLC,"
						+ "Judge B,,28:2201 Declaratory Judgment,Federal Question,2016-02-01,2016-12-01,2016-12-01,,,,,,,,,",
				"4,2:17-cv-00001,2:17cv1,txed,Texas Eastern District Court,114,Bad Date LLC v. Someone,"
						+ ",,35:271 Patent Infringement,Federal Question,03/02/2017,,,,,,,,,,,");
		write(dir, "names.csv", NAMES, "1,2:15-cv-01234,2:15cv1234,txed,1,Plaintiff,Acme Licensing LLC,",
				"1,2:15-cv-01234,2:15cv1234,txed,2,Defendant,\"Globex Corp.\",",
				"1,2:15-cv-01234,2:15cv1234,txed,3,Counter Claimant,\"Globex Corp.\",",
				"2,2:16-cv-00077,2:16cv77,txed,1,Plaintiff,ACME LICENSING L.L.C.,",
				"2,2:16-cv-00077,2:16cv77,txed,2,Defendant,Initech Inc.,",
				"2,2:16-cv-00077,2:16cv77,txed,3,Defendant,Initrode GmbH,",
				"3,1:16-cv-00500,1:16cv500,ded,1,Plaintiff,Globex Corporation,",
				"3,1:16-cv-00500,1:16cv500,ded,2,Defendant,Acme Licensing LLC,",
				"3,1:16-cv-00500,1:16cv500,ded,3,Defendant,,");
		write(dir, "attorneys.csv", ATTORNEYS,
				"1,2:15-cv-01234,2:15cv1234,txed,1,Plaintiff,1,Jane Roe,Roe LLP; 1 Main St,LEAD ATTORNEY",
				"2,2:16-cv-00077,2:16cv77,txed,1,Plaintiff,1,Jane Roe,Roe LLP; 1 Main St,LEAD ATTORNEY",
				"2,2:16-cv-00077,2:16cv77,txed,2,Defendant,1,John Doe,Doe & Partners,ATTORNEY TO BE NOTICED",
				"2,2:16-cv-00077,2:16cv77,txed,2,Defendant,2,,Doe & Partners,");
		write(dir, "documents.csv", DOCUMENTS,
				"1,2:15-cv-01234,2:15cv1234,txed,1,1,Complaint,Complaint filed,,2015-03-02,,",
				"1,2:15-cv-01234,2:15cv1234,txed,2,2,Answer,Answer,,2015-05-02,,",
				"1,2:15-cv-01234,2:15cv1234,txed,3,,Order,Order of dismissal,,2016-01-15,,",
				"2,2:16-cv-00077,2:16cv77,txed,1,1,Complaint,Complaint,,2016-05-10,,");
		write(dir, "patents.csv", PATENTS,
				"1,2:15-cv-01234,txed,830,2015-03-02,Acme Licensing LLC v. Globex Corp,1,,,,7654321,Patent",
				"1,2:15-cv-01234,txed,830,2015-03-02,Acme Licensing LLC v. Globex Corp,1,,,,12/910764,Application",
				"2,2:16-cv-00077,txed,830,2016-05-10,Acme Licensing LLC v. Initech Inc.,1,,,,\"7,654,321\",Patent",
				"2,2:16-cv-00077,txed,830,2016-05-10,Acme Licensing LLC v. Initech Inc.,1,,,,RE38123,Patent",
				"2,2:16-cv-00077,txed,830,2016-05-10,Acme Licensing LLC v. Initech Inc.,1,,,,NA,",
				"2,2:16-cv-00077,txed,830,2016-05-10,Acme Licensing LLC v. Initech Inc.,1,,,,not a number,Patent");
	}

}
