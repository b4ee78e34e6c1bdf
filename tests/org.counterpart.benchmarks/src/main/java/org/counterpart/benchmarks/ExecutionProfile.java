package org.counterpart.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording (JFR's {@code profile} settings, Java samples every 2 ms) around one measured section, summarised as the methods
 * most often on top of the sampled stacks (self) and anywhere on them (total). The file is kept for
 * {@code jfr print --events jdk.ExecutionSample} or JDK Mission Control.
 */
final class ExecutionProfile {

	private static final int TOP = 20;
	private static final String OTHER = "other";
	/**
	 * Parts of an import, innermost first: a sample counts for the first of these methods on its stack. Method
	 * names as JFR gives them (class name, a dot, method name).
	 */
	private static final String[][] PARTS = {
			{ "org.counterpart.sync.PackageReader.read", "decrypt, unpack and verify the package (PackageReader.read)" },
			{ "org.counterpart.store.internal.JdbcWorkspaceStore.journalHeads", "journal heads for the gap check (WorkspaceStore.journalHeads)" },
			{ "org.counterpart.store.internal.JdbcWorkspaceStore.syncMarks", "read sync marks (WorkspaceStore.syncMarks)" },
			{ "org.counterpart.sync.internal.MergeRun.run", "convergent merge into the model (MergeRun.run, with its journal reads)" },
			{ "org.counterpart.store.internal.WorkspaceSaver.write", "write state rows, journal, marks and commit (WorkspaceSaver.write)" },
			{ "org.counterpart.store.internal.JdbcWorkspaceStore.importOperations", "rest of importOperations (duplicate check per operation)" } };

	private final Path file;
	private Recording recording;
	private String summary;

	ExecutionProfile(Path file) {
		this.file = file;
	}

	void start() throws IOException, ParseException {
		recording = new Recording(Configuration.getConfiguration("profile"));
		// a sample every 2 ms instead of 10 (20 in the settings' native sampling): a run of a few seconds gives thousands,
		// enough to tell parts of a few per cent apart
		recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(2));
		recording.start();
	}

	void stop() throws IOException {
		recording.stop();
		recording.dump(file);
		recording.close();
		summary = summarise();
	}

	private String summarise() throws IOException {
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		Map<String, Integer> parts = new LinkedHashMap<>();
		for (String[] part : PARTS) {
			parts.put(part[1], 0);
		}
		parts.put(OTHER, 0);
		int samples = 0;
		int h2 = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
			if (!"jdk.ExecutionSample".equals(event.getEventType().getName()) || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			// the JDK's frames on top (collections, byte access, strings) are charged to the code that called them
			String top = name(frames.get(0));
			for (RecordedFrame frame : frames) {
				String name = name(frame);
				if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
					top = name;
					break;
				}
			}
			self.merge(top, 1, Integer::sum);
			if (top.startsWith("org.h2.")) {
				h2++;
			}
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				String name = name(frame);
				// the benchmark's own frames and lambdas are on every stack and say nothing
				if (!name.startsWith(ExecutionProfile.class.getPackageName() + ".") && !name.contains("$$Lambda") && seen.add(name)) {
					total.merge(name, 1, Integer::sum);
				}
			}
			String part = OTHER;
			for (String[] candidate : PARTS) {
				if (seen.contains(candidate[0])) {
					part = candidate[1];
					break;
				}
			}
			parts.merge(part, 1, Integer::sum);
		}
		StringBuilder s = new StringBuilder();
		s.append(String.format(Locale.ROOT, "%,d execution samples (JFR file %s); %.0f %% of them in H2's code.%n%n", samples,
				file.getFileName(), 100.0 * h2 / Math.max(1, samples)));
		s.append("| share % | part of the import (innermost of these on the stack) |\n|---:|---|\n");
		int all = Math.max(1, samples);
		parts.forEach((part, count) -> {
			if (count > 0) {
				s.append(String.format(Locale.ROOT, "| %.1f | %s |%n", 100.0 * count / all, part));
			}
		});
		s.append("\n| self % | method on top of the stack (JDK frames charged to their caller) |\n|---:|---|\n");
		appendTop(s, self, all);
		s.append("\n| total % | method anywhere on the stack |\n|---:|---|\n");
		appendTop(s, total, all);
		return s.toString();
	}

	private static void appendTop(StringBuilder s, Map<String, Integer> counts, int samples) {
		counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(TOP)
				.forEach(e -> s.append(String.format(Locale.ROOT, "| %.1f | `%s` |%n", 100.0 * e.getValue() / samples, e.getKey())));
	}

	private static String name(RecordedFrame frame) {
		RecordedMethod method = frame.getMethod();
		return method == null ? "?" : method.getType().getName() + "." + method.getName();
	}

	/** The summary under a heading; call after {@link #stop()}. */
	String summary(String heading) {
		return "Profile, " + heading + ": " + summary;
	}
}
