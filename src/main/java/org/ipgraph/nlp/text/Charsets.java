package org.ipgraph.nlp.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes text files whose encoding nobody declared. In order: a byte-order mark (UTF-8,
 * UTF-16LE/BE), a charset the file declares itself ({@code <meta charset>}, XML prolog),
 * strict UTF-8 (which fails on almost any non-UTF-8 text with accents), and windows-1252
 * as the last resort, since it decodes every byte and is what Latin-1-era files usually
 * are.
 */
final class Charsets {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final Pattern DECLARED = Pattern
		.compile("(?i)<(?:meta[^>]*charset\\s*=\\s*[\"']?|\\?xml[^>]*encoding\\s*=\\s*[\"'])([A-Za-z0-9._-]+)");

	private Charsets() {
	}

	record Decoded(String text, Charset charset) {
	}

	static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
					StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
					StandardCharsets.UTF_16BE);
		}
		Charset declared = declared(bytes);
		if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
			return new Decoded(new String(bytes, declared), declared);
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return new Decoded(text, StandardCharsets.UTF_8);
		}
		catch (CharacterCodingException ex) {
			return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
		}
	}

	/**
	 * Whether the bytes look like binary data rather than text: NUL bytes (outside UTF-16
	 * with a BOM) or many control characters.
	 */
	static boolean looksBinary(byte[] bytes) {
		if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
			return false;
		}
		int sample = Math.min(bytes.length, 64 * 1024);
		int control = 0;
		for (int i = 0; i < sample; i++) {
			int b = bytes[i] & 0xFF;
			if (b == 0) {
				return true;
			}
			if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
				control++;
			}
		}
		return sample > 0 && control > sample * 0.05;
	}

	private static Charset declared(byte[] bytes) {
		String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
		Matcher m = DECLARED.matcher(head);
		if (m.find()) {
			try {
				return Charset.forName(m.group(1));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
