package org.ipgraph.ingest.maintenance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ipgraph.graph.PatentNumber;
import org.ipgraph.ingest.NamedFormat;
import org.ipgraph.ingest.RecordSink;

import org.springframework.stereotype.Component;

/**
 * The USPTO maintenance-fee events file ({@code MaintFeeEvents_yyyymmdd.txt}): one event
 * a line, seven fixed fields separated by a space: patent number (right-justified,
 * {@code D}, {@code RE}, {@code PP} prefixes), application number (8 digits), small
 * entity ({@code Y}, {@code N} or {@code M}), filing date, grant date, event entry date
 * ({@code yyyymmdd}) and event code ({@code M1551}, {@code EXP.}, {@code EXPX}...). Lines
 * are read one at a time, so the cumulative file (some 20 million lines) streams.
 */
@Component
class MaintenanceFeeFormat extends NamedFormat {

	private static final Pattern LINE = Pattern.compile(
			"^\\s*([A-Z]{0,2}\\d{1,12})\\s+(\\d{6,8})\\s+([YNM])\\s+(\\d{8})\\s+(\\d{8})\\s+(\\d{8})\\s+(\\S{3,5})\\s*$");

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final int MAX_LINE = 200;

	MaintenanceFeeFormat() {
		super("uspto-maintenance-fee",
				"USPTO maintenance-fee events (MaintFeeEvents fixed-width text: payments, expiry, reinstatement)");
	}

	@Override
	public boolean accepts(Path file, byte[] head) {
		// the first line decides: an event line in the fixed layout
		String first = new String(head, StandardCharsets.US_ASCII).lines().findFirst().orElse("");
		return LINE.matcher(first).matches();
	}

	@Override
	public void read(Path file, InputStream in, RecordSink sink) throws IOException {
		Reader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
		StringBuilder buffer = new StringBuilder(MAX_LINE);
		long number = 0;
		for (long length = next(lines, buffer); length >= 0; length = next(lines, buffer)) {
			number++;
			String line = buffer.toString();
			if (line.isBlank() && length == line.length()) {
				continue;
			}
			String ref = "line " + number;
			if (length > MAX_LINE) {
				sink.reject(ref, "line is " + length + " characters long; an event line has about 60");
				continue;
			}
			Matcher m = LINE.matcher(line);
			if (!m.matches()) {
				sink.reject(ref, "not an event line (patent number, application number, Y/N/M, filing date, "
						+ "grant date, event date, event code): '" + line.strip() + "'");
				continue;
			}
			try {
				PatentNumber patent = PatentNumber.parse(m.group(1), "US")
					.orElseThrow(() -> new IllegalArgumentException("'" + m.group(1) + "' is not a patent number"));
				sink.accept(ref, new MaintenanceEvent(patent, m.group(2), m.group(3), date(m.group(4), "filing date"),
						date(m.group(5), "grant date"), date(m.group(6), "event date"), m.group(7), number));
			}
			catch (IllegalArgumentException ex) {
				sink.reject(ref, ex.getMessage());
			}
		}
	}

	/**
	 * Reads the next line into the buffer, keeping at most {@link #MAX_LINE} characters.
	 * @return the line's full length, or -1 at the end of the input
	 */
	private static long next(Reader in, StringBuilder buffer) throws IOException {
		buffer.setLength(0);
		long length = 0;
		int c = in.read();
		if (c < 0) {
			return -1;
		}
		while (c >= 0 && c != '\n') {
			if (c != '\r') {
				if (length < MAX_LINE) {
					buffer.append((char) c);
				}
				length++;
			}
			c = in.read();
		}
		return length;
	}

	private static LocalDate date(String text, String field) {
		if (text.equals("00000000")) {
			return null;
		}
		try {
			return LocalDate.parse(text, DATE);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(field + " '" + text + "' is not a date (yyyymmdd)");
		}
	}

}
