package org.ipgraph.evaluation.partners;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.ipgraph.ingest.Party;
import org.ipgraph.ingest.PatentRecord;
import org.ipgraph.ingest.RecordSink;
import org.ipgraph.ingest.SourceFormat;
import org.ipgraph.ingest.csv.CsvRow;
import org.ipgraph.ingest.csv.CsvTable;
import org.ipgraph.partners.PartnerGraph;

/**
 * A Lens export split in time for the temporal evaluation. The records are parsed once by the
 * {@code lens-csv} reader; {@link #writeBefore} writes the export's own rows whose family's
 * priority year is before a cut (for ingesting into a scratch graph), and {@link #fullGraph}
 * keys every record's owners and inventors as the graph does, to find when pairs first linked.
 */
final class LensSplit {

	private final Path file;

	private final Map<Long, PatentRecord> byLine;

	private LensSplit(Path file, Map<Long, PatentRecord> byLine) {
		this.file = file;
		this.byLine = byLine;
	}

	static LensSplit read(Path file, SourceFormat lens) {
		Map<Long, PatentRecord> byLine = new HashMap<>();
		try (InputStream in = Files.newInputStream(file)) {
			lens.read(file, in, new RecordSink() {

				@Override
				public void accept(String ref, Object record) {
					if (record instanceof PatentRecord patent && ref.startsWith("line ")) {
						byLine.put(Long.parseLong(ref.substring(5)), patent);
					}
				}

				@Override
				public void reject(String ref, String reason) {
				}

			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new LensSplit(file, byLine);
	}

	int records() {
		return this.byLine.size();
	}

	/**
	 * The year the graph dates a patent by: priority, else filing, else publication.
	 */
	static int year(PatentRecord r) {
		for (LocalDate d : new LocalDate[] { r.priorityDate(), r.filingDate(), r.publicationDate(), r.grantDate() }) {
			if (d != null) {
				return d.getYear();
			}
		}
		return PartnerGraph.UNDATED;
	}

	/**
	 * Writes the header and the rows dated before {@code cut} to a new file in {@code dir}.
	 * @return the file and how many rows it holds
	 */
	Written writeBefore(int cut, Path dir) {
		Path out = dir.resolve("lens-before-" + cut + ".csv");
		int rows = 0;
		try (CsvTable table = CsvTable.open(Files.newInputStream(this.file), ',');
				CsvWriter writer = CsvWriter.builder().build(out, StandardCharsets.UTF_8)) {
			writer.writeRecord(table.header().names());
			for (CsvRow record : table.rows()) {
				PatentRecord patent = this.byLine.get(record.line());
				if (patent != null && year(patent) != PartnerGraph.UNDATED && year(patent) < cut) {
					writer.writeRecord(record.fields());
					rows++;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Written(out, rows);
	}

	/**
	 * Every record in memory, owners keyed by {@link PatentRecord#organizationKeys} and inventors
	 * by their name key, as the ingest writes them; for the dates of first links only.
	 */
	PartnerGraph fullGraph() {
		PartnerGraph.Builder builder = PartnerGraph.builder();
		List<Long> lines = new ArrayList<>(this.byLine.keySet());
		lines.sort(Long::compare);
		for (long line : lines) {
			PatentRecord r = this.byLine.get(line);
			List<String> owners = r.organizationKeys();
			List<PartnerGraph.Inventor> inventors = r.inventors()
				.stream()
				.filter(Party::isPerson)
				.map(p -> new PartnerGraph.Inventor(p.person().key(), p.person().key()))
				.toList();
			builder.patent(r.number().key(), year(r), r.number().jurisdiction(), r.title(), r.title(), owners, inventors,
					r.cpc().stream().map(c -> c.symbol()).toList(), List.of());
		}
		return builder.build();
	}

	/**
	 * @param file the file written
	 * @param rows data rows in it
	 */
	record Written(Path file, int rows) {
	}

}
