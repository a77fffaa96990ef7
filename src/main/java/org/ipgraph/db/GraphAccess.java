package org.ipgraph.db;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.neo4j.driver.AccessMode;

/**
 * Whether the work on this thread reads or writes the graph: the one place that sets the
 * access mode of the sessions the application opens, so that behind a {@code neo4j://}
 * routing URI reads go to a cluster's secondaries and writes to the leader.
 * <p>
 * Work inside {@link #read} opens its sessions (Spring Data's {@code Neo4jClient} queries
 * and {@code driver.session()} alike) in access mode {@code READ}; each query stays its
 * own transaction, as before. Work outside any scope keeps the driver's default,
 * {@code WRITE}: a path nobody marked still works, it only is not offloaded. A write
 * inside a read scope must say so with {@link #write}: the server refuses a write in a
 * {@code READ} session ("Writing in read access mode not allowed"), also on one instance,
 * so such a mistake fails in the tests rather than on the cluster only. Explicit
 * transactions ({@code session.executeRead}/{@code executeWrite}) keep the mode they
 * name. Where the scopes are set: snapshot builds and their fingerprints
 * ({@code GraphSnapshots}), and the handlers of the read API ({@link ReadsGraph}).
 * <p>
 * Scopes are per thread: work handed to another thread runs in the default mode unless it
 * is wrapped with {@link #carrying}.
 */
public final class GraphAccess {

	private static final ThreadLocal<AccessMode> scope = new ThreadLocal<>();

	private static final ThreadLocal<List<AccessMode>> observed = new ThreadLocal<>();

	private GraphAccess() {
	}

	/**
	 * Runs {@code work} with its sessions in access mode {@code READ}.
	 */
	public static <T> T read(Supplier<T> work) {
		return in(AccessMode.READ, work);
	}

	public static void read(Runnable work) {
		in(AccessMode.READ, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * Runs {@code work} with its sessions in access mode {@code WRITE}, also inside a
	 * read scope (e.g. the audit record of a read).
	 */
	public static <T> T write(Supplier<T> work) {
		return in(AccessMode.WRITE, work);
	}

	public static void write(Runnable work) {
		in(AccessMode.WRITE, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * {@code work} to run on another thread in the scope of this one (scopes do not cross
	 * threads by themselves).
	 */
	public static Runnable carrying(Runnable work) {
		AccessMode mode = scope.get();
		if (mode == null) {
			return work;
		}
		return () -> in(mode, () -> {
			work.run();
			return null;
		});
	}

	/**
	 * The access mode of the sessions each query of {@code work} opened on this thread,
	 * in order: what the tests check the read paths against.
	 */
	public static List<AccessMode> sessionsOpenedBy(Runnable work) {
		List<AccessMode> outer = observed.get();
		List<AccessMode> modes = new ArrayList<>();
		observed.set(modes);
		try {
			work.run();
		}
		finally {
			if (outer == null) {
				observed.remove();
			}
			else {
				outer.addAll(modes);
				observed.set(outer);
			}
		}
		return List.copyOf(modes);
	}

	/**
	 * The mode of the current scope, null outside any.
	 */
	static AccessMode current() {
		return scope.get();
	}

	static void opened(AccessMode mode) {
		List<AccessMode> modes = observed.get();
		if (modes != null) {
			modes.add(mode);
		}
	}

	private static <T> T in(AccessMode mode, Supplier<T> work) {
		try (Scope ignored = open(mode)) {
			return work.get();
		}
	}

	/**
	 * Opens a scope on this thread until {@link Scope#close}, for work that does not fit
	 * a lambda (a request from its handler to its completion).
	 */
	static Scope open(AccessMode mode) {
		Scope scope = new Scope(Thread.currentThread(), GraphAccess.scope.get());
		GraphAccess.scope.set(mode);
		return scope;
	}

	/**
	 * An open scope; closing restores the enclosing one, on the thread that opened it.
	 */
	static final class Scope implements AutoCloseable {

		private final Thread thread;

		private final AccessMode outer;

		private boolean closed;

		private Scope(Thread thread, AccessMode outer) {
			this.thread = thread;
			this.outer = outer;
		}

		@Override
		public void close() {
			if (this.closed || Thread.currentThread() != this.thread) {
				return;
			}
			this.closed = true;
			if (this.outer == null) {
				scope.remove();
			}
			else {
				scope.set(this.outer);
			}
		}

	}

}
