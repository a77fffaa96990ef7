package org.ipgraph.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks request handlers that only read the graph: they run in a {@link GraphAccess#read}
 * scope, so behind a {@code neo4j://} URI their queries go to a cluster's secondaries. On
 * a controller class it covers the class's GET and HEAD handlers; on a method, that
 * handler whatever its HTTP method (e.g. a POST that only ranks). A write such a handler
 * must do (an audit record) uses {@link GraphAccess#write}.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsGraph {

}
