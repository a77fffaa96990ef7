package org.ipgraph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param batchSize records per write transaction
 * @param maxRowsPerPatent most rows of one patent in a PatentsView table
 * @param maxCsvFields most fields of one CSV record
 * @param maxFieldBytes largest CSV field
 * @param maxRecordBytes largest CSV record
 * @param maxXmlDocumentBytes largest XML document of a USPTO file
 */
@ConfigurationProperties("ipgraph.ingest")
public record IngestProperties(@DefaultValue("1000") int batchSize, @DefaultValue("20000") int maxRowsPerPatent,
		@DefaultValue("2048") int maxCsvFields, @DefaultValue("8MB") DataSize maxFieldBytes,
		@DefaultValue("16MB") DataSize maxRecordBytes, @DefaultValue("64MB") DataSize maxXmlDocumentBytes) {

	public IngestLimits limits() {
		return new IngestLimits(this.maxRowsPerPatent, this.maxCsvFields, this.maxFieldBytes, this.maxRecordBytes,
				this.maxXmlDocumentBytes);
	}

}
