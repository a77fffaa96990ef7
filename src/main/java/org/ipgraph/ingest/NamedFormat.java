package org.ipgraph.ingest;

/**
 * A {@link SourceFormat} named and described once, by its constructor.
 */
public abstract class NamedFormat implements SourceFormat {

	private final String name;

	private final String description;

	/**
	 * @param name the name on the command line, e.g. {@code uspto-xml}
	 * @param description one line for the CLI help
	 */
	protected NamedFormat(String name, String description) {
		this.name = name;
		this.description = description;
	}

	@Override
	public final String name() {
		return this.name;
	}

	@Override
	public final String description() {
		return this.description;
	}

}
