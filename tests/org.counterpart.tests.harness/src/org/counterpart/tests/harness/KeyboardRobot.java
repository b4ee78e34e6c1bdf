package org.counterpart.tests.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Types on the keyboard of the X display, as a person does, from a thread of its own: the UI thread meanwhile runs
 * the event loop, including the nested loops of modal dialogs that a key opens. A script calls {@link #type},
 * {@link #press}, {@link #chord} and waits for what the screen should show with {@link #waitUntil}; everything that
 * reads a widget runs on the UI thread through {@link #read}.
 * <p>
 * Keys go through {@link Display#post(Event)}, so they arrive from the window system, pass the workbench's key
 * bindings, mnemonics and traversal like real ones. Only characters that need no Shift can be typed as characters.
 */
public final class KeyboardRobot {

	/** What a script does; it may throw, and the failure is reported in the test's thread. */
	@FunctionalInterface
	public interface Script {
		void run(KeyboardRobot robot) throws Exception;
	}

	/** A safety net against a hanging build, not a speed requirement. */
	private static final long PATIENCE_MILLIS = 60_000;
	/** A pause after each key, so that the window system and the widgets keep up with the typing. */
	private static final long KEY_PAUSE_MILLIS = 8;

	private final Display display;

	private KeyboardRobot(Display display) {
		this.display = display;
	}

	/**
	 * Runs {@code script} on a thread of its own while this (the UI) thread runs the event loop, and returns when it
	 * has ended; a failure or exception of the script fails the caller.
	 */
	public static void drive(Display display, Script script) {
		if (Display.getCurrent() != display) {
			fail("KeyboardRobot.drive must be called in the UI thread"); //$NON-NLS-1$
		}
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Thread thread = new Thread(() -> {
			try {
				script.run(new KeyboardRobot(display));
			} catch (Throwable t) {
				failure.set(t);
				// A dialog left open would hold the UI thread in its event loop for ever.
				display.asyncExec(() -> closeDialogs(display));
			} finally {
				display.wake();
			}
		}, "keyboard robot"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
		long end = System.currentTimeMillis() + 4 * PATIENCE_MILLIS;
		while (thread.isAlive()) {
			if (System.currentTimeMillis() > end) {
				fail("The keyboard script did not end"); //$NON-NLS-1$
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
					// wakes the sleep below
				});
				display.sleep();
			}
		}
		Throwable thrown = failure.get();
		if (thrown instanceof Error error) {
			throw error;
		}
		if (thrown != null) {
			throw new AssertionError("The keyboard script failed: " + thrown, thrown); //$NON-NLS-1$
		}
	}

	private static void closeDialogs(Display display) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getParent() != null) {
				shell.close();
			}
		}
	}

	/** Presses and releases one key: a character, or a key code such as {@link SWT#ARROW_DOWN}. */
	public void press(int keyCode, char character) {
		post(SWT.KeyDown, keyCode, character);
		post(SWT.KeyUp, keyCode, character);
	}

	/** Presses one key given by its character (Tab, Enter, Escape, Backspace and Delete included). */
	public void press(char character) {
		// The window system knows Tab, Enter, Escape, Backspace and Delete by their key codes, not by their characters.
		boolean control = character == SWT.TAB || character == SWT.CR || character == SWT.ESC || character == SWT.BS
				|| character == SWT.DEL;
		press(control ? character : 0, character);
	}

	/** Types the characters one by one (lower case, digits and unshifted punctuation). */
	public void type(String text) {
		for (char c : text.toCharArray()) {
			press(c);
		}
	}

	/** Holds {@code modifiers} (e.g. {@link SWT#CTRL}, {@link SWT#SHIFT}, {@link SWT#ALT}) while pressing a key. */
	public void chord(int[] modifiers, char character) {
		chordTimed(modifiers, character, () -> {
			// no clock to start
		});
	}

	/**
	 * Like {@link #chord(int[], char)}, calling {@code beforeKey} in this thread after the modifiers are down and just
	 * before the key itself is posted: where a benchmark starts its clock.
	 */
	public void chordTimed(int[] modifiers, char character, Runnable beforeKey) {
		for (int modifier : modifiers) {
			post(SWT.KeyDown, modifier, '\0');
		}
		beforeKey.run();
		press(character);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			post(SWT.KeyUp, modifiers[i], '\0');
		}
	}

	/** Alt plus a letter: a mnemonic. */
	public void mnemonic(char letter) {
		chord(new int[] { SWT.ALT }, letter);
	}

	/** Gives {@code button} the focus in its active shell and presses Space on it, as a keyboard user does. */
	public void pressButton(Button button) {
		act(() -> {
			button.getShell().forceActive();
			button.setFocus();
		});
		waitUntil(button::isFocusControl, "the button " + read(button::getText) + " has the focus"); //$NON-NLS-1$ //$NON-NLS-2$
		press(' ');
	}

	/**
	 * Replaces what {@code text} holds by {@code value}: focus, Ctrl+A, typing (so only characters without Shift),
	 * and waits until the field reads it.
	 */
	public void typeInto(Text text, String value) {
		act(() -> {
			text.getShell().forceActive();
			text.setFocus();
		});
		waitUntil(text::isFocusControl, "the field has the focus"); //$NON-NLS-1$
		chord(new int[] { SWT.CTRL }, 'a');
		type(value);
		waitUntil(() -> text.getText().equals(value), "the field reads " + value); //$NON-NLS-1$
	}

	/** Waits until {@code condition}, asked in the UI thread, holds; fails the test if it never does. */
	public void waitUntil(BooleanSupplier condition, String what) {
		long end = System.currentTimeMillis() + PATIENCE_MILLIS;
		while (!read(condition::getAsBoolean)) {
			if (System.currentTimeMillis() > end) {
				// What the screen showed instead is the first thing to look at.
				act(() -> Screenshots.saveScreen(display, "gave-up-waiting")); //$NON-NLS-1$
				fail("Gave up waiting: " + what + " (the screen is in " + Screenshots.folder().resolve("gave-up-waiting.png") + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			pause(20);
		}
	}

	/** Asks {@code question} in the UI thread. */
	public <T> T read(Supplier<T> question) {
		AtomicReference<T> answer = new AtomicReference<>();
		display.syncExec(() -> answer.set(question.get()));
		return answer.get();
	}

	/** Does {@code action} in the UI thread. */
	public void act(Runnable action) {
		display.syncExec(action);
	}

	public Display display() {
		return display;
	}

	private void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		// Posted from the UI thread: GDK is not thread-safe, and a post from this thread while the UI thread runs its
		// event loop can hang in GDK for good.
		boolean[] taken = { false };
		display.syncExec(() -> taken[0] = display.post(event));
		if (!taken[0]) {
			fail("The window system did not take the key event: is this an X display?"); //$NON-NLS-1$
		}
		pause(KEY_PAUSE_MILLIS);
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
