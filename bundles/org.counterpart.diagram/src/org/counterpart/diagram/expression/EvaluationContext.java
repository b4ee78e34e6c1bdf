package org.counterpart.diagram.expression;

import java.util.HashMap;
import java.util.Map;

/**
 * What an expression is evaluated on: the values of its variables ({@code var:self} and the others) and the
 * services it may call.
 */
public final class EvaluationContext {
	private final Map<String, Object> variables = new HashMap<>();
	private final ExpressionServices services;
	private ModelReads reads = ModelReads.NONE;

	/** A context with the standard services and {@code var:self} bound to {@code self}. */
	public EvaluationContext(Object self) {
		this(self, ExpressionServices.standard());
	}

	public EvaluationContext(Object self, ExpressionServices services) {
		this.services = services;
		variables.put("self", self);
	}

	/**
	 * Binds a variable ({@code self}, {@code container}, {@code diagram}, {@code source}, {@code target},
	 * {@code view} or {@code input}).
	 */
	public EvaluationContext with(String variable, Object value) {
		variables.put(variable, value);
		return this;
	}

	/** Whether the variable is bound (possibly to null). */
	public boolean isBound(String variable) {
		return variables.containsKey(variable);
	}

	public Object get(String variable) {
		return variables.get(variable);
	}

	public Object self() {
		return variables.get("self");
	}

	/** Reports what evaluations in this context read from the model (for incremental interpretation). */
	public EvaluationContext recordingReads(ModelReads recorder) {
		this.reads = recorder == null ? ModelReads.NONE : recorder;
		return this;
	}

	/** Where reads are reported; {@link ModelReads#NONE} unless {@link #recordingReads} was called. */
	public ModelReads reads() {
		return reads;
	}

	public ExpressionServices services() {
		return services;
	}
}
