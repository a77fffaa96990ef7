package org.ipgraph.db;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes rows as {@code neo4j-admin database import} CSV: one file per node label
 * ({@code nodes/Patent.csv}) and per relationship type and end labels
 * ({@code relationships/OWNS__Organization__Patent.csv}), each with its header line.
 * Strings are quoted, arrays use {@code ;}, absent values are empty fields; line breaks
 * in values become spaces. {@link #keepingText} keeps text as it is: line breaks stay
 * (the import reads the files that hold them as multi-line) and arrays use U+001F, the
 * unit separator, which text does not hold.
 */
public final class CsvFiles implements ImportRows, AutoCloseable {

	private final Path directory;

	private final Map<String, File> files = new LinkedHashMap<>();

	// One row at a time: reused so that long patent rows do not regrow a buffer each time
	private final StringBuilder row = new StringBuilder(8192);

	private char[] chars = new char[8192];

	/**
	 * One open file: its path relative to the directory, the label or type it holds, the
	 * start and end labels for relationships, its columns and its row count.
	 */
	public static final class File {

		/** Whether a value holds a line break. */
		boolean multiline;

		/** The path relative to the export directory. */
		public final String path;

		/** The label or relationship type. */
		public final String element;

		/** The start label of a relationship file; null for nodes. */
		public final String from;

		/** The end label of a relationship file; null for nodes. */
		public final String to;

		final List<CsvSchema.Column> columns;

		final Writer writer;

		long rows;

		File(String path, String element, String from, String to, List<CsvSchema.Column> columns, Writer writer) {
			this.path = path;
			this.element = element;
			this.from = from;
			this.to = to;
			this.columns = columns;
			this.writer = writer;
		}

		/** Data rows written (the header not counted). */
		public long rows() {
			return this.rows;
		}

	}

	private final boolean keepText;

	private final char arrayDelimiter;

	public CsvFiles(Path directory) {
		this(directory, false);
	}

	private CsvFiles(Path directory, boolean keepText) {
		this.directory = directory;
		this.keepText = keepText;
		this.arrayDelimiter = keepText ? '\u001F' : ';';
	}

	/**
	 * Files that keep text as it is, line breaks and semicolons included (real data).
	 */
	public static CsvFiles keepingText(Path directory) {
		return new CsvFiles(directory, true);
	}

	@Override
	public void node(String label, String key, Map<String, Object> properties) {
		File file = this.files.get(label);
		if (file == null) {
			List<CsvSchema.Column> columns = CsvSchema.node(label);
			file = open("nodes/" + label + ".csv", label, null, null, columns,
					CsvSchema.key(label) + ":ID(" + label + ")");
			this.files.put(label, file);
		}
		StringBuilder row = row();
		quote(file, row, key);
		write(file, row, properties);
	}

	@Override
	public void relationship(String type, String fromLabel, String from, String toLabel, String to,
			Map<String, Object> properties) {
		String name = type + "__" + fromLabel + "__" + toLabel;
		File file = this.files.get(name);
		if (file == null) {
			file = open("relationships/" + name + ".csv", type, fromLabel, toLabel, CsvSchema.relationship(type),
					":START_ID(" + fromLabel + ")," + ":END_ID(" + toLabel + ")");
			this.files.put(name, file);
		}
		StringBuilder row = row();
		quote(file, row, from);
		row.append(',');
		quote(file, row, to);
		write(file, row, properties);
	}

	public List<File> files() {
		return List.copyOf(this.files.values());
	}

	/**
	 * The {@code --nodes} and {@code --relationships} arguments of
	 * {@code neo4j-admin database import full} for these files, with absolute paths.
	 */
	public List<String> importArguments() {
		List<String> arguments = new java.util.ArrayList<>();
		boolean multiline = false;
		for (File file : this.files.values()) {
			String path = this.directory.resolve(file.path).toAbsolutePath().toString();
			arguments.add((file.from == null ? "--nodes=" : "--relationships=") + file.element + "=" + path);
			multiline |= file.multiline;
		}
		if (this.arrayDelimiter != ';') {
			arguments.add(String.format("--array-delimiter=U+%04X", (int) this.arrayDelimiter));
		}
		if (multiline) {
			// The v1 format for all files: the v2 format, which takes a list of files,
			// failed
			// on a 30 MB Patent.csv with "found CR outside a text cell" where a quoted
			// multi-line cell crossed its 4 MB read buffer (Neo4j 2026.08)
			arguments.add("--multiline-fields=true");
		}
		return arguments;
	}

	@Override
	public void close() {
		for (File file : this.files.values()) {
			try {
				file.writer.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot write " + this.directory.resolve(file.path), ex);
			}
		}
	}

	private File open(String path, String element, String from, String to, List<CsvSchema.Column> columns,
			String idColumns) {
		try {
			Path target = this.directory.resolve(path);
			Files.createDirectories(target.getParent());
			Writer writer = new BufferedWriter(Files.newBufferedWriter(target, StandardCharsets.UTF_8), 1 << 18);
			StringBuilder header = new StringBuilder(idColumns);
			columns.forEach(c -> header.append(',').append(c.header()));
			writer.write(header.append('\n').toString());
			return new File(path, element, from, to, columns, writer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + this.directory.resolve(path), ex);
		}
	}

	private StringBuilder row() {
		this.row.setLength(0);
		return this.row;
	}

	private void write(File file, StringBuilder row, Map<String, Object> properties) {
		int known = 0;
		for (CsvSchema.Column column : file.columns) {
			row.append(',');
			Object value = properties.get(column.name());
			if (value != null) {
				known++;
				value(file, row, value);
			}
		}
		if (known != properties.size()) {
			throw new IllegalStateException("properties " + properties.keySet() + " of " + file.element
					+ " are not all in the CSV schema " + file.columns);
		}
		row.append('\n');
		if (this.chars.length < row.length()) {
			this.chars = new char[row.length() * 2];
		}
		row.getChars(0, row.length(), this.chars, 0);
		try {
			file.writer.write(this.chars, 0, row.length());
			file.rows++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + this.directory.resolve(file.path), ex);
		}
	}

	private void value(File file, StringBuilder row, Object value) {
		switch (value) {
			case String s -> quote(file, row, s);
			case LocalDate d -> row.append(d);
			case List<?> list -> {
				StringBuilder joined = new StringBuilder();
				for (Object element : list) {
					String s = element.toString();
					if (s.indexOf(this.arrayDelimiter) >= 0) {
						throw new IllegalStateException("array element contains the array delimiter: " + s);
					}
					if (!joined.isEmpty()) {
						joined.append(this.arrayDelimiter);
					}
					joined.append(s);
				}
				quote(file, row, joined.toString());
			}
			default -> row.append(value);
		}
	}

	private void quote(File file, StringBuilder row, String value) {
		row.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				row.append("\"\"");
			}
			else if (c == '\n' || c == '\r') {
				row.append(this.keepText ? c : ' ');
				file.multiline |= this.keepText;
			}
			else {
				row.append(c);
			}
		}
		row.append('"');
	}

}
