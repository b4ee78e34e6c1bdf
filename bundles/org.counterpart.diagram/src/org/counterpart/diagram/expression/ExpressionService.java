package org.counterpart.diagram.expression;

import java.util.List;

/** A Java function that expressions call as {@code service:name(args)}, on {@code var:self}. */
@FunctionalInterface
public interface ExpressionService {

	/**
	 * @param self the object the service is called on ({@code var:self}), may be null
	 * @param arguments the evaluated arguments, as many as the service was registered with
	 * @return the result: an object, a string, a {@link Number}, a {@link Boolean}, a {@link java.util.Collection} or null
	 */
	Object invoke(Object self, List<Object> arguments);
}
