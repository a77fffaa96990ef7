package org.ipgraph.ingest.patentsview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordSink;

/**
 * Keeps what a reader emits, for parser tests without a database.
 */
final class RecordingSink implements RecordSink {

	final Map<String, PatentRecord> records = new LinkedHashMap<>();

	final Map<String, String> rejections = new LinkedHashMap<>();

	@Override
	public void accept(String ref, Object record) {
		this.records.put(ref, (PatentRecord) record);
	}

	@Override
	public void reject(String ref, String reason) {
		this.rejections.put(ref, reason);
	}

	List<PatentRecord> patents() {
		return new ArrayList<>(this.records.values());
	}

	PatentRecord patent(String key) {
		return this.records.values()
			.stream()
			.filter(r -> r.number().key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no patent " + key + " among " + this.records.size()));
	}

}
