package org.ipgraph.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.ObjectStreamField;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@link SnapshotCodec#serialization}: Java serialization behind an allow-list filter.
 */
final class SerializationCodec<T> implements SnapshotCodec<T> {

	private static final List<String> BASE = List.of("java.lang", "java.util", "java.time");

	private final Class<T> type;

	private final ObjectInputFilter filter;

	SerializationCodec(Class<T> type, String... packages) {
		this.type = type;
		String allowed = Stream.concat(BASE.stream(), Arrays.stream(packages))
			.map(p -> p + ".*")
			.collect(Collectors.joining(";"));
		this.filter = ObjectInputFilter.Config.createFilter(allowed + ";!*");
	}

	@Override
	public String format() {
		return "java-serialization/1 " + this.type.getName();
	}

	@Override
	public void write(T value, OutputStream out) throws IOException {
		ObjectOutputStream objects = new ObjectOutputStream(out);
		objects.writeObject(value);
		objects.flush();
	}

	@Override
	public T read(InputStream in) throws IOException {
		ObjectInputStream objects = new RecordCheckingInputStream(in);
		objects.setObjectInputFilter(this.filter);
		try {
			return this.type.cast(objects.readObject());
		}
		catch (ClassNotFoundException | ClassCastException ex) {
			throw new InvalidClassException(ex.toString());
		}
	}

	/**
	 * Records are read by their components' names, and a component missing from the
	 * stream would silently get its default value: a record whose components differ from
	 * the ones written is refused instead.
	 */
	private static final class RecordCheckingInputStream extends ObjectInputStream {

		RecordCheckingInputStream(InputStream in) throws IOException {
			super(in);
		}

		@Override
		protected Class<?> resolveClass(ObjectStreamClass written) throws IOException, ClassNotFoundException {
			Class<?> type = super.resolveClass(written);
			if (type.isRecord()) {
				ObjectStreamClass local = ObjectStreamClass.lookup(type);
				if (local == null || !signature(local.getFields()).equals(signature(written.getFields()))) {
					throw new InvalidClassException(type.getName(),
							"record components changed since the file was written");
				}
			}
			return type;
		}

		private static List<String> signature(ObjectStreamField[] fields) {
			return Arrays.stream(fields)
				.map(f -> f.getName() + ":" + f.getTypeString() + f.getTypeCode())
				.sorted()
				.toList();
		}

	}

}
