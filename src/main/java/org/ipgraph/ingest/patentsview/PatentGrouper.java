package org.ipgraph.ingest.patentsview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.patentsview.PatentsViewTable.Contribution;

/**
 * Joins the rows of one patent that follow each other (PatentsView sorts its tables by
 * patent) into one record, in the order of their sequence column, so that the writer
 * numbers owners and inventors and marks the first CPC as PatentsView does.
 */
final class PatentGrouper {

	private final RecordSink sink;

	private final List<Contribution> rows = new ArrayList<>();

	private PatentNumber number;

	private long firstLine;

	private long lastLine;

	PatentGrouper(RecordSink sink) {
		this.sink = sink;
	}

	void add(Contribution row, long line) {
		if (this.number != null && !this.number.key().equals(row.number().key())) {
			flush();
		}
		if (this.number == null) {
			this.number = row.number();
			this.firstLine = line;
		}
		this.lastLine = line;
		this.rows.add(row);
	}

	void flush() {
		if (this.rows.isEmpty()) {
			return;
		}
		PatentRecord.Builder record = PatentRecord.builder(this.number);
		this.rows.sort(Comparator.comparingInt(Contribution::sequence));
		this.rows.forEach(row -> row.apply().accept(record));
		String ref = this.firstLine == this.lastLine ? "line " + this.firstLine
				: "lines " + this.firstLine + "-" + this.lastLine;
		this.sink.accept(ref, record.build());
		this.rows.clear();
		this.number = null;
	}

}
