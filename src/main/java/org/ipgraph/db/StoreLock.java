package org.ipgraph.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive, process-wide lock on a data directory. Neo4j locks its own store too, but
 * this one is taken first so that a second ipgraph process gets a clear message naming
 * the holder instead of a store-lock stack trace.
 */
final class StoreLock implements AutoCloseable {

	private final FileChannel channel;

	private final FileLock lock;

	private StoreLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	static StoreLock acquire(Path dataDir) {
		Path file = dataDir.resolve("ipgraph.lock");
		try {
			Files.createDirectories(dataDir);
			FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
					StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
				channel.close();
				throw new StoreInUseException(dataDir, holder);
			}
			channel.truncate(0);
			channel.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())));
			channel.force(true);
			return new StoreLock(channel, lock);
		}
		catch (IOException ex) {
			throw new DatabaseStartException("Cannot lock data directory " + dataDir + ": " + ex.getMessage(), ex);
		}
	}

	// Within one JVM a second lock attempt throws instead of returning null
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	@Override
	public void close() {
		try {
			this.lock.release();
			this.channel.close();
		}
		catch (IOException ex) {
			// the lock goes with the process anyway
		}
	}

}
