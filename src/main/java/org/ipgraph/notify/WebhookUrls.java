package org.ipgraph.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The rule for where webhooks may post (against server-side request forgery): an absolute
 * {@code http} or {@code https} URL with a host, no user information, at most 2,000
 * characters; unless private networks are allowed, every address the host resolves to
 * must be public (not loopback, private, link-local, unique-local, multicast or the
 * wildcard). The rule is checked when a webhook is added and again before every attempt,
 * so a name that later resolves inward is refused then.
 */
final class WebhookUrls {

	static final int MAX_LENGTH = 2000;

	private WebhookUrls() {
	}

	/**
	 * The URL, checked.
	 * @throws IllegalArgumentException naming what is wrong
	 */
	static URI check(String url, boolean allowPrivateNetworks) {
		URI uri = parse(url);
		if (!allowPrivateNetworks) {
			InetAddress[] addresses;
			try {
				addresses = InetAddress.getAllByName(uri.getHost());
			}
			catch (UnknownHostException ex) {
				throw new IllegalArgumentException("webhook host " + uri.getHost() + " does not resolve");
			}
			for (InetAddress address : addresses) {
				if (isInternal(address)) {
					throw new IllegalArgumentException("webhook host " + uri.getHost() + " resolves to "
							+ address.getHostAddress()
							+ ", an internal address (ipgraph.notify.webhooks.allow-private-networks=true allows it)");
				}
			}
		}
		return uri;
	}

	private static URI parse(String url) {
		if (url == null || url.isBlank() || url.length() > MAX_LENGTH) {
			throw new IllegalArgumentException("a webhook URL is 1 to " + MAX_LENGTH + " characters");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not a URL: " + ex.getMessage());
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new IllegalArgumentException("a webhook URL is http or https, not '" + uri.getScheme() + "'");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			throw new IllegalArgumentException("a webhook URL needs a host");
		}
		if (uri.getRawUserInfo() != null) {
			throw new IllegalArgumentException("a webhook URL may not carry user information");
		}
		return uri;
	}

	static boolean isInternal(InetAddress address) {
		byte[] bytes = address.getAddress();
		boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
		boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		return address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress() || uniqueLocal || carrierNat;
	}

}
