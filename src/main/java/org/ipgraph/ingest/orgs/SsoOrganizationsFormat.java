package org.ipgraph.ingest.orgs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.csv.CsvHead;
import org.ipgraph.ingest.csv.CsvTable;

import org.springframework.stereotype.Component;

/**
 * The curated list of organizations active in 3GPP, ETSI and the IETF
 * ({@code organization_categories.csv}): name, category, parent, stakeholder group,
 * nationality, email domains, regional standards body.
 */
@Component
class SsoOrganizationsFormat extends NamedFormat {

	SsoOrganizationsFormat() {
		super("sso-orgs", "Curated organization list of standards bodies' members (kind, sector, parent, membership)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		return CsvHead.of(head).hasColumns(0, ',', SsoRows.COLUMNS.toArray(String[]::new));
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		try (CsvTable table = CsvTable.open(in, ',', sink.limits())) {
			table.read(sink, SsoRows.COLUMNS, SsoRows::parse);
		}
	}

}
