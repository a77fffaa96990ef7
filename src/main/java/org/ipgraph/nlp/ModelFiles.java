package org.ipgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the project's own model files are: a directory given by
 * {@code ipgraph.nlp.model-dir} (what {@code ipgraph nlp train} writes), else the copy of
 * {@code nlp-models/} packaged on the classpath.
 */
public final class ModelFiles {

	static final String CLASSPATH_ROOT = "nlp-models/";

	private final Path directory;

	private ModelFiles(Path directory) {
		this.directory = directory;
	}

	/**
	 * @param directory a model directory, or null for the packaged models
	 */
	public static ModelFiles at(Path directory) {
		return new ModelFiles(directory);
	}

	public static ModelFiles packaged() {
		return new ModelFiles(null);
	}

	/**
	 * Opens a file, e.g. {@code ner/ipgraph-ner.bin}.
	 */
	public InputStream open(String relative) throws IOException {
		if (this.directory != null && Files.isRegularFile(this.directory.resolve(relative))) {
			return Files.newInputStream(this.directory.resolve(relative));
		}
		InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + relative);
		if (in == null) {
			throw new IOException("model file " + relative + " not found in "
					+ (this.directory != null ? this.directory + " nor " : "") + "the packaged nlp-models; run "
					+ "'ipgraph nlp train' to make it");
		}
		return in;
	}

	public boolean exists(String relative) {
		if (this.directory != null && Files.isRegularFile(this.directory.resolve(relative))) {
			return true;
		}
		return ModelFiles.class.getClassLoader().getResource(CLASSPATH_ROOT + relative) != null;
	}

	public byte[] read(String relative) {
		try (InputStream in = open(relative)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String toString() {
		return this.directory != null ? this.directory.toString() : "classpath:" + CLASSPATH_ROOT;
	}

}
