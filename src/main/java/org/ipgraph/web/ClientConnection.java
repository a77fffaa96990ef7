package org.ipgraph.web;

import java.lang.reflect.Field;
import java.util.function.BooleanSupplier;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.connector.RequestFacade;
import org.apache.coyote.ActionCode;
import org.apache.coyote.Request;

/**
 * Whether the client of a request is still there, for long work that should stop when it
 * is not. The servlet API cannot tell while the request is being worked on; Tomcat can:
 * asked for available bytes once the request body has been read, it reads the socket
 * without blocking and reports the end of the stream as a byte. So this answers only for
 * requests whose body has been read (uploads are, before the controller runs), and never
 * for pipelined requests, which HTTP clients do not send. It asks the connection at most
 * every quarter second; where it cannot ask (another container), the client is always
 * there.
 */
public final class ClientConnection {

	private static final long INTERVAL_NANOS = 250_000_000L;

	private static final Field FACADE_REQUEST = facadeRequest();

	private ClientConnection() {
	}

	/**
	 * Watches the client of a request while it is worked on; close the watch before the
	 * request ends, as Tomcat reuses the request object for the next one.
	 */
	public static Watch watch(HttpServletRequest request) {
		return new Watch(coyote(request));
	}

	private static Request coyote(ServletRequest request) {
		ServletRequest r = request;
		while (r instanceof ServletRequestWrapper wrapper) {
			r = wrapper.getRequest();
		}
		if (FACADE_REQUEST == null || !(r instanceof RequestFacade)) {
			return null;
		}
		try {
			return ((org.apache.catalina.connector.Request) FACADE_REQUEST.get(r)).getCoyoteRequest();
		}
		catch (IllegalAccessException | RuntimeException ex) {
			return null;
		}
	}

	private static Field facadeRequest() {
		try {
			Field field = RequestFacade.class.getDeclaredField("request");
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException | RuntimeException | NoClassDefFoundError ex) {
			return null;
		}
	}

	/**
	 * A signal that turns true once the client of the request has closed its connection.
	 */
	public static final class Watch implements BooleanSupplier, AutoCloseable {

		private Request request;

		private long checkedAt = System.nanoTime() - INTERVAL_NANOS;

		private boolean gone;

		private Watch(Request request) {
			this.request = request;
		}

		@Override
		public synchronized void close() {
			this.request = null;
		}

		@Override
		public synchronized boolean getAsBoolean() {
			long now = System.nanoTime();
			if (this.request != null && !this.gone && now - this.checkedAt >= INTERVAL_NANOS) {
				this.checkedAt = now;
				try {
					this.request.action(ActionCode.AVAILABLE, Boolean.TRUE);
					this.gone = this.request.getAvailable() > 0;
				}
				catch (RuntimeException ex) {
					this.gone = true;
				}
			}
			return this.gone;
		}

	}

}
