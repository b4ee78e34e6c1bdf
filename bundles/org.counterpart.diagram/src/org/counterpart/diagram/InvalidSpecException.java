package org.counterpart.diagram;

import java.util.List;

/** A spec file that cannot be used: it is not well-formed, or has elements or expressions that cannot work. */
public final class InvalidSpecException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient List<SpecProblem> problems;

	public InvalidSpecException(String file, List<SpecProblem> problems) {
		super(describe(file, problems));
		this.problems = List.copyOf(problems);
	}

	/** Every problem found, in the order of the file. */
	public List<SpecProblem> problems() {
		return problems;
	}

	private static String describe(String file, List<SpecProblem> problems) {
		StringBuilder text = new StringBuilder("The representation spec ").append(file).append(" has ")
				.append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
		for (SpecProblem problem : problems) {
			text.append("\n").append(problem);
		}
		return text.toString();
	}
}
