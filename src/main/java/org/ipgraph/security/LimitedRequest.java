package org.ipgraph.security;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.ipgraph.web.PayloadTooLargeException;

/**
 * A request whose body may not exceed a size, also when it comes chunked without a
 * length.
 */
final class LimitedRequest extends HttpServletRequestWrapper {

	private final long maxBytes;

	LimitedRequest(HttpServletRequest request, long maxBytes) {
		super(request);
		this.maxBytes = maxBytes;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		ServletInputStream in = super.getInputStream();
		return new ServletInputStream() {

			private long read;

			@Override
			public int read() throws IOException {
				int b = in.read();
				if (b >= 0) {
					count(1);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int off, int len) throws IOException {
				int n = in.read(buffer, off, len);
				if (n > 0) {
					count(n);
				}
				return n;
			}

			private void count(long n) throws IOException {
				this.read += n;
				if (this.read > LimitedRequest.this.maxBytes) {
					throw new PayloadTooLargeException(LimitedRequest.this.maxBytes);
				}
			}

			@Override
			public boolean isFinished() {
				return in.isFinished();
			}

			@Override
			public boolean isReady() {
				return in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				in.setReadListener(listener);
			}
		};
	}

}
