package org.ipgraph.db;

import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.LongAdder;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.SessionConfig;

import org.springframework.data.neo4j.core.transaction.Neo4jBookmarkManager;

/**
 * The application's driver: every session it opens gets the access mode of the thread's
 * {@link GraphAccess} scope and the application's bookmarks, so a read that follows a
 * write of this process waits on a cluster secondary until that write has arrived.
 * <p>
 * The bookmarks are Spring Data Neo4j's {@link Neo4jBookmarkManager} bean, the one its
 * {@code Neo4jClient} and transaction manager use: sessions opened on the driver directly
 * share them through {@link SharedBookmarks}.
 */
final class ScopedDriver implements Driver {

	private final Driver driver;

	private final BookmarkManager bookmarks;

	private final LongAdder reads = new LongAdder();

	private final LongAdder writes = new LongAdder();

	ScopedDriver(Driver driver, Neo4jBookmarkManager bookmarks) {
		this.driver = driver;
		this.bookmarks = new SharedBookmarks(bookmarks);
	}

	/**
	 * The config a session is opened with: the scope's access mode (the caller's outside
	 * any scope), and the shared bookmarks unless the caller chose a bookmark manager.
	 * Everything else as the caller set it.
	 */
	SessionConfig scoped(SessionConfig config) {
		AccessMode scope = GraphAccess.current();
		AccessMode mode = scope != null ? scope : config.defaultAccessMode();
		SessionConfig.Builder builder = SessionConfig.builder()
			.withDefaultAccessMode(mode)
			.withBookmarks(config.bookmarks())
			.withBookmarkManager(config.bookmarkManager().orElse(this.bookmarks))
			// the whole notification config: its getters cannot tell "server default"
			// from
			// "none disabled"
			.withNotificationConfig(config.notificationConfig())
			.withAutoCommitRetriesMode(config.autoCommitRetriesMode());
		config.database().ifPresent(builder::withDatabase);
		config.fetchSize().ifPresent(builder::withFetchSize);
		config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
		return builder.build();
	}

	/** Sessions opened in access mode READ since the start. */
	long readSessions() {
		return this.reads.sum();
	}

	/** Sessions opened in access mode WRITE since the start. */
	long writeSessions() {
		return this.writes.sum();
	}

	BookmarkManager bookmarks() {
		return this.bookmarks;
	}

	@Override
	public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig sessionConfig,
			AuthToken sessionAuthToken) {
		SessionConfig config = scoped(sessionConfig);
		(config.defaultAccessMode() == AccessMode.READ ? this.reads : this.writes).increment();
		GraphAccess.opened(config.defaultAccessMode());
		return this.driver.session(sessionClass, config, sessionAuthToken);
	}

	@Override
	public ExecutableQuery executableQuery(String query) {
		return this.driver.executableQuery(query);
	}

	@Override
	public BookmarkManager executableQueryBookmarkManager() {
		return this.driver.executableQueryBookmarkManager();
	}

	@Override
	public boolean isEncrypted() {
		return this.driver.isEncrypted();
	}

	@Override
	public void close() {
		this.driver.close();
	}

	@Override
	public CompletionStage<Void> closeAsync() {
		return this.driver.closeAsync();
	}

	@Override
	public void verifyConnectivity() {
		this.driver.verifyConnectivity();
	}

	@Override
	public CompletionStage<Void> verifyConnectivityAsync() {
		return this.driver.verifyConnectivityAsync();
	}

	@Override
	public boolean verifyAuthentication(AuthToken authToken) {
		return this.driver.verifyAuthentication(authToken);
	}

	@Override
	public boolean supportsSessionAuth() {
		return this.driver.supportsSessionAuth();
	}

	@Override
	public boolean supportsMultiDb() {
		return this.driver.supportsMultiDb();
	}

	@Override
	public CompletionStage<Boolean> supportsMultiDbAsync() {
		return this.driver.supportsMultiDbAsync();
	}

	/**
	 * The driver's view of Spring Data Neo4j's bookmarks: one set for the whole
	 * application.
	 */
	record SharedBookmarks(Neo4jBookmarkManager spring) implements BookmarkManager {

		@Override
		public void updateBookmarks(Set<Bookmark> previousBookmarks, Set<Bookmark> newBookmarks) {
			this.spring.updateBookmarks(previousBookmarks, newBookmarks);
		}

		@Override
		public Set<Bookmark> getBookmarks() {
			return Set.copyOf(this.spring.getBookmarks());
		}

	}

}
