package org.ipgraph.snapshot;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import org.springframework.boot.system.ApplicationHome;

/**
 * The snapshot files in one directory: {@code <name>.snap}, a header (format version,
 * snapshot name, graph fingerprint, database identity, codec layout, application build,
 * built at, build time), the value as its codec streams it, and a CRC-32 of everything
 * before it. Written to a temporary file, forced to disk and moved over the old one; a
 * file is read only when its header matches the graph it is asked for and its checksum
 * holds.
 */
final class SnapshotFiles {

	static final String MAGIC = "ipgraph-snapshot";

	static final int FORMAT = 1;

	private static final int BUFFER = 1 << 16;

	/**
	 * How long a temporary file must have been left unmodified before {@link #sweep}
	 * deletes it.
	 */
	static final Duration ABANDONED = Duration.ofHours(1);

	private static final org.apache.commons.logging.Log logger = org.apache.commons.logging.LogFactory
		.getLog(SnapshotFiles.class);

	private final Path dir;

	/**
	 * The application's build: its jar's name, size and time, so that a value built by
	 * other code (an upgrade) is rebuilt; classes run from a directory (development,
	 * tests) are one build.
	 */
	static final String BUILD = build();

	private final Supplier<String> database;

	private final String build;

	/**
	 * @param dir where the files are
	 * @param database the identity of the database the values are built from (read when a
	 * file is written or read)
	 */
	SnapshotFiles(Path dir, Supplier<String> database) {
		this(dir, database, BUILD);
	}

	SnapshotFiles(Path dir, Supplier<String> database, String build) {
		this.dir = dir;
		this.database = database;
		this.build = build;
	}

	private static String build() {
		File jar = new ApplicationHome(SnapshotFiles.class).getSource();
		return (jar == null || !jar.isFile()) ? "classes"
				: jar.getName() + " " + jar.length() + " " + Instant.ofEpochMilli(jar.lastModified());
	}

	Path file(String name) {
		return this.dir.resolve(name + ".snap");
	}

	/**
	 * Writes the value atomically; returns the file's size in bytes.
	 */
	<T> long write(String name, SnapshotCodec<T> codec, GraphSnapshot.Current<T> current) throws IOException {
		Files.createDirectories(this.dir);
		sweep(name);
		Path file = file(name);
		Path temp = Files.createTempFile(this.dir, name + ".", ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream buffered = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
				CheckedOutputStream checked = new CheckedOutputStream(new Unclosed(buffered), new CRC32());
				DataOutputStream header = new DataOutputStream(checked);
				header.writeUTF(MAGIC);
				header.writeInt(FORMAT);
				header.writeUTF(name);
				header.writeUTF(current.fingerprint().toString());
				header.writeUTF(this.database.get());
				header.writeUTF(codec.format());
				header.writeUTF(this.build);
				header.writeLong(current.builtAt().toEpochMilli());
				header.writeLong(current.buildTime().toNanos());
				header.flush();
				codec.write(current.value(), checked);
				checked.flush();
				new DataOutputStream(buffered).writeLong(checked.getChecksum().getValue());
				buffered.flush();
				channel.force(true);
			}
			Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return Files.size(file);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * Deletes the temporary files of {@code name} that a writer stopped part way left (a
	 * process killed while writing): those not modified for {@link #ABANDONED}, so that a
	 * write going on in another process is never touched.
	 */
	void sweep(String name) {
		Instant before = Instant.now().minus(ABANDONED);
		try (var temps = Files.newDirectoryStream(this.dir, name + ".*.tmp")) {
			for (Path temp : temps) {
				try {
					if (Files.getLastModifiedTime(temp).toInstant().isBefore(before)) {
						long size = Files.size(temp);
						Files.deleteIfExists(temp);
						logger.info("Deleted " + temp + " (" + size + " bytes), left by a write of snapshot " + name
								+ " stopped part way");
					}
				}
				catch (NoSuchFileException ex) {
					// deleted meanwhile
				}
			}
		}
		catch (IOException ex) {
			logger.warn("Could not sweep the temporary files of snapshot " + name + " in " + this.dir + ": " + ex);
		}
	}

	/**
	 * Reads the value written for this graph.
	 * @throws Unusable with the reason when there is no such file or it does not hold
	 * such a value
	 */
	<T> Stored<T> read(String name, SnapshotCodec<T> codec, Map<String, Object> fingerprint) throws Unusable {
		return read(name, codec, fingerprint, false);
	}

	/**
	 * Reads the value written for this database by this build; when {@code otherCounts},
	 * also one written for other graph counts (an older graph: the caller serves it while
	 * it rebuilds).
	 * @throws Unusable with the reason when there is no such file or it does not hold
	 * such a value
	 */
	<T> Stored<T> read(String name, SnapshotCodec<T> codec, Map<String, Object> fingerprint, boolean otherCounts)
			throws Unusable {
		Path file = file(name);
		try {
			long size = Files.size(file);
			if (size < Long.BYTES) {
				throw new Unusable("truncated (" + size + " bytes)");
			}
			try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
				Limited body = new Limited(in, size - Long.BYTES);
				CheckedInputStream checked = new CheckedInputStream(body, new CRC32());
				DataInputStream header = new DataInputStream(checked);
				expect("not a snapshot file", MAGIC, header.readUTF());
				int format = header.readInt();
				if (format != FORMAT) {
					throw new Unusable("file format " + format + ", this version reads " + FORMAT);
				}
				expect("written for the snapshot", name, header.readUTF());
				String counts = header.readUTF();
				if (!otherCounts) {
					expect("written for the graph counts", fingerprint.toString(), counts);
				}
				expect("written for the database", this.database.get(), header.readUTF());
				expect("written in the layout", codec.format(), header.readUTF());
				expect("written by the build", this.build, header.readUTF());
				Instant builtAt = Instant.ofEpochMilli(header.readLong());
				Duration buildTime = Duration.ofNanos(header.readLong());
				T value = codec.read(checked);
				if (body.remaining > 0) {
					throw new Unusable("corrupted: " + body.remaining + " bytes after the value");
				}
				long expected = new DataInputStream(in).readLong();
				if (expected != checked.getChecksum().getValue()) {
					throw new Unusable("corrupted: checksum mismatch");
				}
				return new Stored<>(value, builtAt, buildTime, size,
						counts.equals(fingerprint.toString()) ? null : counts);
			}
		}
		catch (NoSuchFileException ex) {
			throw new Unusable("no file");
		}
		catch (EOFException ex) {
			throw new Unusable("truncated");
		}
		catch (IOException | RuntimeException ex) {
			throw new Unusable("unreadable: " + ex);
		}
	}

	private static void expect(String what, String expected, String found) throws Unusable {
		if (!expected.equals(found)) {
			throw new Unusable(what + " " + abbreviate(found) + ", not " + abbreviate(expected));
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= 200 ? text : text.substring(0, 200) + "...";
	}

	/**
	 * A value read from its file.
	 *
	 * @param value the value
	 * @param builtAt when it was built
	 * @param buildTime how long that took
	 * @param bytes the file's size
	 * @param otherCounts the graph counts it was written for when they are not the
	 * graph's now (an older graph), else null
	 */
	record Stored<T>(T value, Instant builtAt, Duration buildTime, long bytes, String otherCounts) {
	}

	/**
	 * Why a file was not read: the value is built instead.
	 */
	static final class Unusable extends Exception {

		Unusable(String reason) {
			super(reason, null, false, false);
		}

	}

	/**
	 * The bytes before the checksum; reading past them is a truncated file.
	 */
	private static final class Limited extends FilterInputStream {

		long remaining;

		Limited(InputStream in, long limit) {
			super(in);
			this.remaining = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int b = super.read();
			if (b >= 0) {
				this.remaining--;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.remaining <= 0) {
				return -1;
			}
			int n = super.read(b, off, (int) Math.min(len, this.remaining));
			if (n > 0) {
				this.remaining -= n;
			}
			return n;
		}

		@Override
		public long skip(long n) throws IOException {
			long skipped = super.skip(Math.min(n, this.remaining));
			this.remaining -= skipped;
			return skipped;
		}

		@Override
		public int available() throws IOException {
			return (int) Math.min(super.available(), this.remaining);
		}

		@Override
		public boolean markSupported() {
			return false;
		}

		@Override
		public void close() {
			// the caller closes the file
		}

	}

	/**
	 * Keeps a codec's stream wrappers from closing the file under the checksum.
	 */
	private static final class Unclosed extends FilterOutputStream {

		Unclosed(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
