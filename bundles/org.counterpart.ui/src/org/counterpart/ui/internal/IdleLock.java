package org.counterpart.ui.internal;

import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;

/**
 * Locks the workspace after a time without keyboard or mouse input anywhere in the application. The time comes from
 * the preference {@value SecurityPreferences#LOCK_AFTER_MINUTES} (0: never), read at every check so a change applies at
 * once. Input is seen through display filters, so no widget can swallow it.
 */
public final class IdleLock {

	private static final int[] INPUT_EVENTS = { SWT.KeyDown, SWT.KeyUp, SWT.MouseDown, SWT.MouseUp, SWT.MouseMove,
			SWT.MouseWheel, SWT.MouseVerticalWheel, SWT.MouseHorizontalWheel, SWT.Gesture, SWT.Touch };

	/** How often the idle time is checked at most; short idle times are checked more often. */
	private static final Duration LONGEST_CHECK = Duration.ofSeconds(15);
	private static final Duration SHORTEST_CHECK = Duration.ofMillis(200);

	private static IdleLock running;

	private final Display display;
	private final Runnable lock;
	private final Listener inputListener = this::input;
	private final Runnable check = this::check;
	private volatile long lastInput = System.nanoTime();
	private Duration idleTimeOverride;
	private boolean suspended;
	private boolean started;

	/**
	 * @param lock what to do when the time is up; runs on the user interface thread, and no further check happens until
	 *             it returns
	 */
	public IdleLock(Display display, Runnable lock) {
		this.display = display;
		this.lock = lock;
	}

	/** The idle lock of the running workbench, or null before it started. */
	public static synchronized IdleLock running() {
		return running;
	}

	/** Starts watching input. Call on the user interface thread. */
	public void start() {
		for (int type : INPUT_EVENTS) {
			display.addFilter(type, inputListener);
		}
		started = true;
		lastInput = System.nanoTime();
		synchronized (IdleLock.class) {
			running = this;
		}
		display.timerExec(checkInterval(), check);
	}

	/** Stops watching. Call on the user interface thread. */
	public void stop() {
		if (!started || display.isDisposed()) {
			return;
		}
		started = false;
		display.timerExec(-1, check);
		for (int type : INPUT_EVENTS) {
			display.removeFilter(type, inputListener);
		}
		synchronized (IdleLock.class) {
			if (running == this) {
				running = null;
			}
		}
	}

	/**
	 * Replaces the preference's idle time, e.g. by seconds in tests and demonstrations; null goes back to the
	 * preference. Restarts the idle time.
	 */
	public void overrideIdleTime(Duration idleTime) {
		idleTimeOverride = idleTime;
		lastInput = System.nanoTime();
		if (started) {
			display.timerExec(checkInterval(), check);
		}
	}

	/** The idle time in force; zero means never lock. */
	public Duration idleTime() {
		if (idleTimeOverride != null) {
			return idleTimeOverride;
		}
		int minutes = Platform.getPreferencesService().getInt(SecurityPreferences.QUALIFIER,
				SecurityPreferences.LOCK_AFTER_MINUTES, SecurityPreferences.DEFAULT_LOCK_AFTER_MINUTES, null);
		return Duration.ofMinutes(Math.max(0, minutes));
	}

	private void input(Event event) {
		lastInput = System.nanoTime();
	}

	private void check() {
		if (!started || display.isDisposed()) {
			return;
		}
		Duration idleTime = idleTime();
		if (!suspended && !idleTime.isZero() && System.nanoTime() - lastInput >= idleTime.toNanos()) {
			suspended = true;
			try {
				lock.run();
			} finally {
				suspended = false;
				lastInput = System.nanoTime();
			}
		}
		if (started && !display.isDisposed()) {
			display.timerExec(checkInterval(), check);
		}
	}

	private int checkInterval() {
		Duration idleTime = idleTime();
		Duration interval = idleTime.isZero() ? LONGEST_CHECK : idleTime.dividedBy(4);
		if (interval.compareTo(LONGEST_CHECK) > 0) {
			interval = LONGEST_CHECK;
		}
		if (interval.compareTo(SHORTEST_CHECK) < 0) {
			interval = SHORTEST_CHECK;
		}
		return (int) interval.toMillis();
	}
}
