package org.counterpart.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.counterpart.model.Classification;
import org.counterpart.model.CounterpartFactory;
import org.counterpart.model.CounterpartPackage;
import org.counterpart.model.Engagement;
import org.counterpart.model.Marking;
import org.counterpart.model.Theater;
import org.counterpart.model.validation.LiveValidation;
import org.counterpart.ui.WorkspaceEditingSession;
import org.counterpart.ui.internal.WorkspaceProblems;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The problems follow the workspace that is open now: when the workspace is read again while the validation of the one
 * before is still starting (two imports one after the other), edits of the new workspace still show their problems.
 */
public class WorkspaceProblemsTest {

	private static final long PATIENCE_MILLIS = 60_000;

	@TempDir
	Path folder;

	private WorkspaceEditingSession session;

	@AfterEach
	public void dispose() {
		if (session != null) {
			session.dispose();
		}
	}

	@Test
	public void aWorkspaceReadAgainWhileTheLastOneIsStillBeingValidatedIsFollowedByItsEdits() throws Exception {
		session = WorkspaceEditingSessionTest.open(folder.resolve("counterpart.xmi"));
		WorkspaceProblems problems = WorkspaceProblems.of(session);
		waitUntil(() -> !problems.isValidating(), "the workspace is validated");

		session.revert(null);
		Theater first = session.getTheater();
		// hold the model: the validation job of the workspace just read waits to attach its tracker to it
		session.runExclusive(() -> {
			waitUntil(() -> running(), "the validation starts");
			try {
				Thread.sleep(200);
				session.revert(null); // meanwhile, the workspace is read again
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		Theater second = session.getTheater();
		assertNotSame(first, second);
		waitUntil(() -> !problems.isValidating(), "the workspace read again is validated");

		Engagement engagement = second.getEngagements().get(3);
		assertTrue(problemsOf(problems, engagement) == 0, "valid to begin with");
		Marking unclassified = CounterpartFactory.eINSTANCE.createMarking();
		unclassified.setClassification(Classification.UNCLASSIFIED);
		EditingDomain domain = session.getEditingDomain();
		domain.getCommandStack().execute(
				SetCommand.create(domain, engagement, CounterpartPackage.Literals.IDENTIFIED__MARKING, unclassified));
		waitUntil(() -> problemsOf(problems, engagement) > 0,
				"the looser marking of an engagement of the workspace read again is found");
	}

	private static long problemsOf(WorkspaceProblems problems, Engagement engagement) {
		return problems.problems().stream().filter(problem -> LiveValidation.subjectOf(problem) == engagement).count();
	}

	private static boolean running() {
		return Job.getJobManager().find(WorkspaceProblems.FAMILY).length > 0
				&& Job.getJobManager().find(WorkspaceProblems.FAMILY)[0].getState() == Job.RUNNING;
	}

	private static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
		long end = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("Gave up waiting: " + what);
			}
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}
}
