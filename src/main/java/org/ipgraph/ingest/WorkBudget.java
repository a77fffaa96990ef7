package org.ipgraph.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * How long a piece of work may run, and whether whoever asked for it still wants it: a
 * deadline and a cancellation signal that long loops check cooperatively
 * ({@link #check()}). The budget of the running work is bound to the thread
 * ({@link #current()}), so code deep in a pipeline checks it without passing it along;
 * work handed to another thread takes it with {@link #bind}.
 *
 * @param deadline when the work must end, as {@link System#nanoTime()}
 * @param cancelled whether whoever asked for the work still wants it
 * @param limit the time and setting named when the deadline passes
 */
public record WorkBudget(long deadline, BooleanSupplier cancelled, String limit) {

	private static final ScopedValue<WorkBudget> CURRENT = ScopedValue.newInstance();

	/** No deadline, never cancelled: what unbounded work sees. */
	public static final WorkBudget NONE = new WorkBudget(Long.MAX_VALUE, () -> false, null);

	// a deadline check costs a clock read; guarded text is checked every this many reads
	private static final int CHARS_PER_CHECK = 1 << 14;

	/**
	 * The budget of the work this thread runs, {@link #NONE} outside any.
	 */
	public static WorkBudget current() {
		return CURRENT.orElse(NONE);
	}

	/**
	 * Work without a deadline that stops when {@code cancelled} says so (the client left,
	 * the operator pressed Ctrl-C).
	 */
	public static WorkBudget cancelledWhen(BooleanSupplier cancelled) {
		return new WorkBudget(Long.MAX_VALUE, cancelled, null);
	}

	/**
	 * This budget, narrowed to end at most {@code time} from now.
	 * @param setting the setting that gives the time, named when it is exceeded
	 */
	public WorkBudget within(Duration time, String setting) {
		long end = System.nanoTime() + time.toNanos();
		if (end - this.deadline >= 0) {
			return this;
		}
		return new WorkBudget(end, this.cancelled, time.toSeconds() + " s (" + setting + ")");
	}

	/**
	 * Whether the work should stop: cancelled, or past its deadline.
	 */
	public boolean spent() {
		return this.cancelled.getAsBoolean() || System.nanoTime() - this.deadline > 0;
	}

	/**
	 * Throws when the work should stop.
	 * @throws Cancelled when whoever asked no longer wants it
	 * @throws Exceeded when the deadline passed
	 */
	public void check() {
		if (this.cancelled.getAsBoolean()) {
			throw new Cancelled();
		}
		if (System.nanoTime() - this.deadline > 0) {
			throw new Exceeded(this.limit);
		}
	}

	/**
	 * Runs work under this budget: {@link #current()} is this budget inside it.
	 */
	public <T> T call(Supplier<T> work) {
		return ScopedValue.where(CURRENT, this).call(work::get);
	}

	/**
	 * Work to run on another thread under the budget of this one.
	 */
	public <T> Callable<T> bind(Callable<T> work) {
		return () -> ScopedValue.where(CURRENT, this).call(work::call);
	}

	/**
	 * Text that checks this budget as it is read, for library code that loops over a text
	 * without a hook of its own (sentence detection over a long line).
	 */
	public CharSequence guard(CharSequence text) {
		return this == NONE ? text : new Guarded(text, this);
	}

	/**
	 * The work ran past its deadline.
	 */
	public static final class Exceeded extends RuntimeException {

		Exceeded(String limit) {
			super("took longer than " + limit, null, false, false);
		}

	}

	/**
	 * Whoever asked for the work no longer wants it.
	 */
	public static final class Cancelled extends RuntimeException {

		Cancelled() {
			super("cancelled: the client went away or a stop was requested", null, false, false);
		}

	}

	private static final class Guarded implements CharSequence {

		private final CharSequence text;

		private final WorkBudget budget;

		private int reads;

		Guarded(CharSequence text, WorkBudget budget) {
			this.text = text;
			this.budget = budget;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public char charAt(int index) {
			if (++this.reads == CHARS_PER_CHECK) {
				this.reads = 0;
				this.budget.check();
			}
			return this.text.charAt(index);
		}

		@Override
		public CharSequence subSequence(int start, int end) {
			return new Guarded(this.text.subSequence(start, end), this.budget);
		}

		@Override
		public String toString() {
			this.budget.check();
			return this.text.toString();
		}

	}

}
