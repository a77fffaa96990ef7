package org.ipgraph.console;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;

/**
 * A controller of console pages, in a servlet web application only. Its views get the
 * menu, the signed-in user and the access checks in their model, and its errors are shown
 * as problem details in the page (ConsoleAdvice); it measures the time of its service
 * calls with {@link ConsoleTiming#service}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
public @interface ConsoleController {

}
