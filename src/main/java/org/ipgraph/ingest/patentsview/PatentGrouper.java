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
 * numbers owners and inventors and marks the first CPC as PatentsView does. At most
 * {@code maxRows} rows of one patent are held: a patent with more is rejected as a whole,
 * its further rows are only counted, and the next patent is read as usual.
 */
final class PatentGrouper {

	private final RecordSink sink;

	private final String table;

	private final int maxRows;

	private Patent current;

	PatentGrouper(RecordSink sink, String table, int maxRows) {
		this.sink = sink;
		this.table = table;
		this.maxRows = maxRows;
	}

	void add(Contribution row, long line) {
		if (this.current != null && !this.current.number.key().equals(row.number().key())) {
			flush();
		}
		if (this.current == null) {
			this.current = new Patent(row.number(), line);
		}
		this.current.add(row, line, this.maxRows);
	}

	void flush() {
		Patent patent = this.current;
		if (patent == null) {
			return;
		}
		this.current = null;
		String ref = patent.firstLine == patent.lastLine ? "line " + patent.firstLine
				: "lines " + patent.firstLine + "-" + patent.lastLine;
		if (patent.count > this.maxRows) {
			this.sink.reject(ref,
					"more than " + this.maxRows + " " + this.table + " rows for patent " + patent.number.key() + " ("
							+ patent.count + " rows; ipgraph.ingest.max-rows-per-patent): the patent's rows are "
							+ "skipped, the rest of the file is read");
			return;
		}
		PatentRecord.Builder record = PatentRecord.builder(patent.number);
		patent.rows.sort(Comparator.comparingInt(Contribution::sequence));
		patent.rows.forEach(row -> row.apply().accept(record));
		this.sink.accept(ref, record.build());
	}

	/**
	 * The rows of the patent being read, up to the limit, and how many there were.
	 */
	private static final class Patent {

		final PatentNumber number;

		final long firstLine;

		final List<Contribution> rows = new ArrayList<>();

		long lastLine;

		long count;

		Patent(PatentNumber number, long line) {
			this.number = number;
			this.firstLine = line;
		}

		void add(Contribution row, long line, int maxRows) {
			this.lastLine = line;
			if (++this.count > maxRows) {
				this.rows.clear();
			}
			else {
				this.rows.add(row);
			}
		}

	}

}
