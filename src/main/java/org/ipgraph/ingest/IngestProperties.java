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
 * @param readThreads threads that read files of formats that allow it, e.g. text through
 * the NLP pipeline (0: one per core)
 * @param filesPerTransaction most files of such formats written in one transaction
 * @param maxBytesInFlight most bytes of such files read but not yet written (bounds the
 * memory the readers' results hold; one larger file is read alone)
 */
@ConfigurationProperties("ipgraph.ingest")
public record IngestProperties(@DefaultValue("1000") int batchSize, @DefaultValue("20000") int maxRowsPerPatent,
		@DefaultValue("2048") int maxCsvFields, @DefaultValue("8MB") DataSize maxFieldBytes,
		@DefaultValue("16MB") DataSize maxRecordBytes, @DefaultValue("64MB") DataSize maxXmlDocumentBytes,
		@DefaultValue("0") int readThreads, @DefaultValue("64") int filesPerTransaction,
		@DefaultValue("16MB") DataSize maxBytesInFlight) {

	public IngestLimits limits() {
		return new IngestLimits(this.maxRowsPerPatent, this.maxCsvFields, this.maxFieldBytes, this.maxRecordBytes,
				this.maxXmlDocumentBytes);
	}

	ConcurrentIngest.Settings concurrency() {
		int threads = this.readThreads > 0 ? this.readThreads : Runtime.getRuntime().availableProcessors();
		return new ConcurrentIngest.Settings(threads, Math.max(1, this.filesPerTransaction),
				Math.max(1, this.batchSize), this.maxBytesInFlight.toBytes(), limits());
	}

}
