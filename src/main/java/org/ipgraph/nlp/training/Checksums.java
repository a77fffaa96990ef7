package org.ipgraph.nlp.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * SHA-256 sums of the training and held-out files ({@code nlp-models/SHA256SUMS}), so
 * that an evaluation can tell whether it measures the data the shipped models were made
 * from.
 */
public final class Checksums {

	public static final String FILE = "SHA256SUMS";

	private Checksums() {
	}

	/**
	 * Current sums of {@code train/} and {@code heldout/}, by relative path.
	 */
	public static Map<String, String> compute(Path modelDir) {
		Map<String, String> out = new LinkedHashMap<>();
		for (String dir : List.of(TrainingData.TRAIN, TrainingData.HELD_OUT)) {
			Path d = modelDir.resolve(dir);
			if (!Files.isDirectory(d)) {
				continue;
			}
			try (Stream<Path> files = Files.list(d)) {
				for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
					out.put(dir + "/" + f.getFileName(), sha256(Files.readAllBytes(f)));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return out;
	}

	public static Map<String, String> recorded(Path modelDir) {
		Map<String, String> out = new LinkedHashMap<>();
		Path file = modelDir.resolve(FILE);
		if (!Files.exists(file)) {
			return out;
		}
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] parts = line.strip().split("\\s+", 2);
				if (parts.length == 2) {
					out.put(parts[1], parts[0]);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out;
	}

	/**
	 * Whether the files are those the models were trained on.
	 */
	public static boolean verify(Path modelDir) {
		Map<String, String> recorded = recorded(modelDir);
		return !recorded.isEmpty() && recorded.equals(compute(modelDir));
	}

	static void write(Path modelDir) {
		List<String> lines = new ArrayList<>();
		compute(modelDir).forEach((path, sum) -> lines.add(sum + "  " + path));
		try {
			Files.write(modelDir.resolve(FILE), lines, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
