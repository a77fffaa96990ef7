package org.ipgraph.web;

import java.io.IOException;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's log layout (log4j2-spring.xml) never lets user input start a line of
 * its own or carry terminal control characters, in a message or in an exception's
 * message; the lines of a stack trace stay lines.
 */
class LogInjectionTest {

	private static final String FORGED = "x\r\n12:00:00.000 INFO  o.i.security.UserService : admin logged in";

	static Layout<?> layout;

	@BeforeAll
	static void layout() throws IOException {
		try (var in = LogInjectionTest.class.getResourceAsStream("/log4j2-spring.xml")) {
			XmlConfiguration config = new XmlConfiguration(new LoggerContext("log-injection-test"),
					new ConfigurationSource(in));
			config.initialize();
			layout = config.getAppender("Console").getLayout();
		}
	}

	@Test
	void newlinesInAMessageAreWrittenAsEscapes() {
		String line = format(FORGED + "\u2028next\u0085nel", null);
		assertThat(line.lines()).hasSize(1);
		assertThat(line).contains("x\\r\\n12:00:00.000 INFO").doesNotContain("\u2028").doesNotContain("\u0085");
	}

	@Test
	void controlCharactersAreReplaced() {
		String line = format("name \u001b[2J\u001b[31mred\u0000 \u202Eevil\u0007", null);
		assertThat(line).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\u202A-\\u202E]")
			.contains("name ?[2J?[31mred? ?evil?");
	}

	@Test
	void anExceptionMessageCannotForgeALineButTheTraceKeepsItsLines() {
		Exception ex = new IllegalArgumentException("bad value '" + FORGED + "'",
				new IllegalStateException("inner\nforged \u001b[0m"));
		String text = format("Unexpected error", ex);
		assertThat(text.lines()).noneMatch(l -> l.startsWith("12:00:00.000"));
		assertThat(text.lines().filter(l -> l.startsWith("\tat "))).isNotEmpty();
		assertThat(text).contains("Caused by: java.lang.IllegalStateException: inner\\nforged ?[0m");
	}

	private static String format(String message, Throwable thrown) {
		return layout
			.toSerializable(Log4jLogEvent.newBuilder()
				.setLoggerName("org.ipgraph.Test")
				.setLevel(Level.WARN)
				.setMessage(new SimpleMessage(message))
				.setThrown(thrown)
				.build())
			.toString();
	}

}
