package org.ipgraph.partners;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.ref.Cleaner;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.ipgraph.similarity.SparseVector;
import org.ipgraph.similarity.Terms;
import org.ipgraph.similarity.TfIdf;

/**
 * The TF-IDF vectors of every patent in three primitive arrays (offsets, term ids,
 * weights) rather than one object per patent, each cut to its heaviest
 * {@code termsPerPatent} terms (then L2-normalized again) so that their memory is bounded
 * by configuration: eight bytes per kept term.
 */
final class PatentTexts implements Serializable {

	private final int[] start;

	private final int[] terms;

	private final float[] weights;

	/** Patents, those of the arrays and any added by increments. */
	private final int size;

	/**
	 * Vectors put in by increments, by position: they replace the arrays' (empty for a
	 * whole build).
	 */
	private final java.util.Map<Integer, SparseVector> changed;

	private PatentTexts(int[] start, int[] terms, float[] weights) {
		this(start, terms, weights, start.length - 1, java.util.Map.of());
	}

	private PatentTexts(int[] start, int[] terms, float[] weights, int size,
			java.util.Map<Integer, SparseVector> changed) {
		this.start = start;
		this.terms = terms;
		this.weights = weights;
		this.size = size;
		this.changed = changed;
	}

	/**
	 * Fits TF-IDF on the spooled texts' terms (read twice from disk, never all in the
	 * heap) and keeps every patent's vector.
	 * @param texts the texts' terms in patent order
	 * @param minDocumentFrequency terms in fewer texts are dropped
	 * @param termsPerPatent terms kept per patent at most, or 0 for all
	 */
	static Fitted fit(Spool texts, int minDocumentFrequency, int termsPerPatent) {
		return vectors(texts, TfIdf.fitTerms(texts, minDocumentFrequency), termsPerPatent);
	}

	/**
	 * Every patent's vector under a model fitted before (a term it does not know is left
	 * out): a whole build that keeps the corpus statistics of another.
	 * @param texts the texts' terms in patent order
	 * @param tfidf the kept model
	 * @param termsPerPatent terms kept per patent at most, or 0 for all
	 */
	static Fitted vectors(Spool texts, TfIdf tfidf, int termsPerPatent) {
		int size = texts.size();
		int[] start = new int[size + 1];
		int[] terms = new int[Math.max(16, size * 16)];
		float[] weights = new float[terms.length];
		int p = 0;
		for (List<String> text : texts) {
			SparseVector v = cut(tfidf.vector(text), termsPerPatent);
			int from = start[p];
			if (from + v.indices().length > terms.length) {
				int grown = Math.max(terms.length + terms.length / 2, from + v.indices().length);
				terms = Arrays.copyOf(terms, grown);
				weights = Arrays.copyOf(weights, grown);
			}
			System.arraycopy(v.indices(), 0, terms, from, v.indices().length);
			System.arraycopy(v.values(), 0, weights, from, v.values().length);
			start[++p] = from + v.indices().length;
		}
		return new Fitted(tfidf,
				new PatentTexts(start, Arrays.copyOf(terms, start[p]), Arrays.copyOf(weights, start[p])));
	}

	/**
	 * The vectors of a previous graph's patents with those at the given positions
	 * replaced (or added, at the positions after the previous ones): an increment, which
	 * keeps every other patent's vector as the kept model made it. The previous arrays
	 * are shared, not copied: the new vectors sit beside them in a map (those of earlier
	 * increments too), so that the heap an increment adds is the change's.
	 * @param previous the previous graph's vectors
	 * @param size the patents of the new graph (at least the previous ones)
	 * @param replaced new vectors by position
	 */
	static PatentTexts patched(PatentTexts previous, int size, java.util.Map<Integer, SparseVector> replaced) {
		java.util.Map<Integer, SparseVector> changed = new java.util.HashMap<>(previous.changed);
		changed.putAll(replaced);
		for (int p = previous.patents(); p < size; p++) {
			changed.putIfAbsent(p, SparseVector.EMPTY);
		}
		return new PatentTexts(previous.start, previous.terms, previous.weights, size, changed);
	}

	/**
	 * The heaviest {@code limit} weights of a vector, L2-normalized again (ties kept in
	 * term order), or the vector itself when it is short enough or there is no limit.
	 */
	static SparseVector cut(SparseVector v, int limit) {
		if (limit <= 0 || v.indices().length <= limit) {
			return v;
		}
		Integer[] order = new Integer[v.indices().length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> v.values()[a] != v.values()[b] ? Float.compare(v.values()[b], v.values()[a])
				: Integer.compare(a, b));
		int[] kept = new int[limit];
		for (int i = 0; i < limit; i++) {
			kept[i] = order[i];
		}
		Arrays.sort(kept);
		int[] indices = new int[limit];
		float[] values = new float[limit];
		for (int i = 0; i < limit; i++) {
			indices[i] = v.indices()[kept[i]];
			values[i] = v.values()[kept[i]];
		}
		return new SparseVector(indices, values).normalized();
	}

	int patents() {
		return this.size;
	}

	SparseVector vector(int patent) {
		SparseVector v = this.changed.isEmpty() ? null : this.changed.get(patent);
		if (v != null) {
			return v;
		}
		return new SparseVector(Arrays.copyOfRange(this.terms, this.start[patent], this.start[patent + 1]),
				Arrays.copyOfRange(this.weights, this.start[patent], this.start[patent + 1]));
	}

	boolean isEmpty(int patent) {
		SparseVector v = this.changed.isEmpty() ? null : this.changed.get(patent);
		if (v != null) {
			return v.indices().length == 0;
		}
		return this.start[patent] == this.start[patent + 1];
	}

	/**
	 * Adds the patent's weights to a sum by term.
	 */
	void addTo(int patent, java.util.Map<Integer, Double> sum) {
		SparseVector v = this.changed.isEmpty() ? null : this.changed.get(patent);
		if (v != null) {
			for (int i = 0; i < v.indices().length; i++) {
				sum.merge(v.indices()[i], (double) v.values()[i], Double::sum);
			}
			return;
		}
		for (int i = this.start[patent]; i < this.start[patent + 1]; i++) {
			sum.merge(this.terms[i], (double) this.weights[i], Double::sum);
		}
	}

	/**
	 * The fitted model with the vectors.
	 *
	 * @param tfidf the model (for demands)
	 * @param texts the patents' vectors
	 */
	record Fitted(TfIdf tfidf, PatentTexts texts) {
	}

	/**
	 * The terms of texts ({@link Terms#of}: each text is split once) written to a
	 * compressed temporary file as they arrive and read back in order, as often as
	 * needed: the heap holds none of them. A graph keeps its spool, so that an increment
	 * fits TF-IDF again over every patent without reading the texts from the graph; the
	 * file is deleted when the graph is let go ({@link #deleteWhenUnreachable}) or
	 * closed.
	 */
	static final class Spool implements Iterable<List<String>>, AutoCloseable {

		private static final Cleaner CLEANER = Cleaner.create();

		private final Path file;

		private DataOutputStream out;

		private int size;

		Spool() {
			try {
				this.file = Files.createTempFile("ipgraph-partner-texts", ".gz");
				this.file.toFile().deleteOnExit();
				this.out = new DataOutputStream(
						new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(this.file), 1 << 16)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/**
		 * Adds a text's terms.
		 */
		void add(String text) {
			addTerms(Terms.of(text));
		}

		/**
		 * Adds terms split before ({@link Terms#of}).
		 */
		void addTerms(List<String> terms) {
			try {
				this.out.writeInt(terms.size());
				for (String term : terms) {
					byte[] bytes = term.getBytes(StandardCharsets.UTF_8);
					this.out.writeShort(bytes.length);
					this.out.write(bytes);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.size++;
		}

		/**
		 * Deletes the file once {@code owner} is unreachable (the spool must not be
		 * closed before).
		 */
		void deleteWhenUnreachable(Object owner) {
			Path path = this.file;
			CLEANER.register(owner, () -> {
				try {
					Files.deleteIfExists(path);
				}
				catch (IOException ex) {
					// a temporary file: deleted on exit
				}
			});
		}

		/**
		 * The compressed file, to copy into a snapshot's file.
		 */
		Path file() {
			finish();
			return this.file;
		}

		/**
		 * A spool of {@code size} texts read from a compressed stream written by
		 * {@link #file()}.
		 */
		static Spool read(java.io.InputStream in, int size) {
			Spool spool = new Spool();
			try {
				spool.out.close();
				spool.out = null;
				Files.copy(in, spool.file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			spool.size = size;
			return spool;
		}

		private void finish() {
			if (this.out != null) {
				try {
					this.out.close();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.out = null;
			}
		}

		int size() {
			return this.size;
		}

		@Override
		public Iterator<List<String>> iterator() {
			try {
				finish();
				DataInputStream in = new DataInputStream(
						new BufferedInputStream(new GZIPInputStream(Files.newInputStream(this.file), 1 << 16)));
				return new Iterator<>() {

					private int read;

					@Override
					public boolean hasNext() {
						if (this.read < Spool.this.size) {
							return true;
						}
						close(in);
						return false;
					}

					@Override
					public List<String> next() {
						if (!hasNext()) {
							throw new NoSuchElementException();
						}
						try {
							int n = in.readInt();
							List<String> terms = new ArrayList<>(n);
							for (int i = 0; i < n; i++) {
								byte[] bytes = new byte[in.readUnsignedShort()];
								in.readFully(bytes);
								terms.add(new String(bytes, StandardCharsets.UTF_8));
							}
							this.read++;
							return terms;
						}
						catch (EOFException ex) {
							throw new IllegalStateException("Partner text spool " + Spool.this.file + " ends early",
									ex);
						}
						catch (IOException ex) {
							throw new UncheckedIOException(ex);
						}
					}

				};
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		private static void close(DataInputStream in) {
			try {
				in.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		@Override
		public void close() {
			try {
				if (this.out != null) {
					this.out.close();
					this.out = null;
				}
				Files.deleteIfExists(this.file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
