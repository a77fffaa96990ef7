package org.ipgraph.console;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to the previous and next page of a paged answer: the request's own URL with
 * another {@code page}.
 *
 * @param page zero-based page shown
 * @param size items per page
 * @param shown items on this page
 * @param previous the previous page's URL, or null on the first
 * @param next the next page's URL, or null on the last
 */
public record Pager(int page, int size, int shown, String previous, String next) {

	public static Pager of(int page, int size, int shown, boolean hasMore, HttpServletRequest request) {
		return new Pager(page, size, shown, page > 0 ? url(request, page - 1) : null,
				hasMore ? url(request, page + 1) : null);
	}

	public static Pager of(org.ipgraph.web.Page<?> page, HttpServletRequest request) {
		return of(page.page(), page.size(), page.items().size(), page.hasMore(), request);
	}

	/** 1-based number of the first item shown. */
	public long from() {
		return this.shown == 0 ? 0 : (long) this.page * this.size + 1;
	}

	/** 1-based number of the last item shown. */
	public long to() {
		return (long) this.page * this.size + this.shown;
	}

	/** Whether there is more than one page. */
	public boolean paged() {
		return this.previous != null || this.next != null;
	}

	private static String url(HttpServletRequest request, int page) {
		String query = request.getQueryString();
		String path = request.getRequestURI();
		return UriComponentsBuilder.fromUriString(path + (query == null ? "" : "?" + query))
			.replaceQueryParam("page", page)
			.build(true)
			.toUriString();
	}

}
