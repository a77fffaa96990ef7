package org.ipgraph.ingest;

import org.springframework.util.unit.DataSize;

/**
 * How much of one record a reader holds, whatever the input: a record over a limit is
 * rejected with the limit named, and reading goes on with the next one. Configured as
 * {@code ipgraph.ingest.*} (docs/SECURITY.md).
 *
 * @param maxRowsPerPatent most rows of one patent a PatentsView table may hold (they are
 * joined in memory)
 * @param maxCsvFields most fields of one CSV record
 * @param maxFieldBytes largest CSV field
 * @param maxRecordBytes largest CSV record (its line, or lines when a quoted field spans
 * several)
 * @param maxXmlDocumentBytes largest XML document of a USPTO file (parsed in memory)
 */
public record IngestLimits(int maxRowsPerPatent, int maxCsvFields, DataSize maxFieldBytes, DataSize maxRecordBytes,
		DataSize maxXmlDocumentBytes) {

	/** The defaults of {@link IngestProperties}, for readers used outside an ingest. */
	public static final IngestLimits DEFAULTS = new IngestLimits(20_000, 2_048, DataSize.ofMegabytes(8),
			DataSize.ofMegabytes(16), DataSize.ofMegabytes(64));

	public IngestLimits {
		if (maxRowsPerPatent < 1 || maxCsvFields < 1) {
			throw new IllegalArgumentException(
					"ipgraph.ingest.max-rows-per-patent and max-csv-fields must be positive");
		}
		if (maxFieldBytes.toBytes() < 1 || maxFieldBytes.compareTo(maxRecordBytes) > 0
				|| maxRecordBytes.toBytes() > Integer.MAX_VALUE / 4) {
			throw new IllegalArgumentException("ipgraph.ingest.max-field-bytes must be positive and at most "
					+ "max-record-bytes, which must be under 512MB");
		}
		if (maxXmlDocumentBytes.toBytes() < 1 || maxXmlDocumentBytes.toBytes() > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("ipgraph.ingest.max-xml-document-bytes must be between 1B and 2GB");
		}
	}

}
