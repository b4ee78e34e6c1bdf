package org.counterpart.exercise.ui.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

import org.counterpart.exercise.ClockOrders;
import org.counterpart.exercise.ExerciseRun;
import org.counterpart.exercise.ScenarioException;
import org.counterpart.security.TrustVerifier;
import org.counterpart.security.UnlockedDevice;

/**
 * The folder a trainee's workbench watches for the trainer's signed clock orders, with the trainee's unlocked
 * exercise identity that opens them. Each look reads only the files that are new or changed since the last one
 * (a file still being copied by hand is read again once it changes); the run applies each order once anyway.
 */
final class ClockOrderWatch implements AutoCloseable {

	private final Path folder;
	private final UnlockedDevice trainee;
	private final TrustVerifier exerciseTrust;
	private final Map<Path, FileTime> read = new HashMap<>();

	ClockOrderWatch(Path folder, UnlockedDevice trainee, TrustVerifier exerciseTrust) {
		this.folder = folder;
		this.trainee = trainee;
		this.exerciseTrust = exerciseTrust;
	}

	Path folder() {
		return folder;
	}

	/** Applies to {@code run} the orders of the files not read before; says what it applied and refused. */
	ClockOrders.Applied look(ExerciseRun run) throws ScenarioException {
		ClockOrders.Applied applied = ClockOrders.applyFolder(folder, file -> !modified(file).equals(read.get(file)),
				run, trainee.identity(), exerciseTrust);
		for (Path file : applied.read()) {
			read.put(file, modified(file));
		}
		return applied;
	}

	private static FileTime modified(Path file) {
		try {
			return Files.getLastModifiedTime(file);
		} catch (IOException e) {
			// gone or unreadable now: read it again when it is back
			return FileTime.fromMillis(Long.MIN_VALUE);
		}
	}

	/** Wipes the unlocked key. */
	@Override
	public void close() {
		trainee.close();
	}
}
