package org.counterpart.diagram.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;

import org.counterpart.tests.harness.EventLoop;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

/**
 * How the diagram editor's tests work its widgets: the mouse on the canvas (as the window system delivers it), keys
 * through the window system, the editor's tool bar, menus and the dialogs that open.
 */
final class DiagramUiInput {

	private final Display display;

	DiagramUiInput(Display display) {
		this.display = display;
	}

	/** Sends a mouse event to the canvas as the window system delivers it, and runs what it caused. */
	void mouse(Canvas canvas, int type, int button, Point at, int stateMask) {
		Event event = new Event();
		event.type = type;
		event.button = button;
		event.x = at.x;
		event.y = at.y;
		event.stateMask = stateMask;
		event.count = type == SWT.MouseMove ? 0 : 1;
		canvas.notifyListeners(type, event);
		EventLoop.flush(display);
	}

	/** A click of the first button at {@code at}, with {@code modifier} (e.g. {@link SWT#CTRL}) held. */
	void click(Canvas canvas, Point at, int modifier) {
		mouse(canvas, SWT.MouseDown, 1, at, modifier);
		mouse(canvas, SWT.MouseUp, 1, at, modifier | SWT.BUTTON1);
	}

	/** Presses {@code button} at {@code from}, moves in four steps to {@code to} and lets go there. */
	void drag(Canvas canvas, int button, Point from, Point to, int modifier) {
		int held = modifier | switch (button) {
		case 2 -> SWT.BUTTON2;
		case 3 -> SWT.BUTTON3;
		default -> SWT.BUTTON1;
		};
		mouse(canvas, SWT.MouseDown, button, from, modifier);
		for (int step = 1; step <= 4; step++) {
			mouse(canvas, SWT.MouseMove, 0, new Point(from.x + (to.x - from.x) * step / 4, from.y + (to.y - from.y) * step / 4),
					held);
		}
		mouse(canvas, SWT.MouseUp, button, to, held);
	}

	/**
	 * Presses the first button at {@code from} and moves in four steps to {@code to}, with {@code modifier} held from
	 * the first move on (as a user who presses Alt once the drag has begun); the button stays down.
	 */
	void pressAndMove(Canvas canvas, Point from, Point to, int modifier) {
		mouse(canvas, SWT.MouseDown, 1, from, 0);
		for (int step = 1; step <= 4; step++) {
			mouse(canvas, SWT.MouseMove, 0, new Point(from.x + (to.x - from.x) * step / 4, from.y + (to.y - from.y) * step / 4),
					SWT.BUTTON1 | modifier);
		}
	}

	/** As {@link #pressAndMove}, then lets go at {@code to}, the modifier still held. */
	void dragHoldingFromFirstMove(Canvas canvas, Point from, Point to, int modifier) {
		pressAndMove(canvas, from, to, modifier);
		mouse(canvas, SWT.MouseUp, 1, to, SWT.BUTTON1 | modifier);
	}

	/** Gives {@code control} the keyboard, as no window manager does under Xvfb. */
	void focus(Control control) {
		EventLoop.spinUntil(display, () -> {
			if (display.getFocusControl() != control) {
				control.getShell().forceActive();
				control.forceFocus();
			}
			return display.getFocusControl() == control;
		}, "the control has the keyboard focus");
	}

	/** A key pressed and released through the window system. */
	void key(int keyCode, char character) {
		for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = character;
			display.post(event);
		}
		EventLoop.flush(display);
	}

	/** A key pressed with {@code modifier} (e.g. {@link SWT#ALT}) held, through the window system. */
	void keyWith(int modifier, int keyCode) {
		int[][] sequence = { { SWT.KeyDown, modifier }, { SWT.KeyDown, keyCode }, { SWT.KeyUp, keyCode },
				{ SWT.KeyUp, modifier } };
		for (int[] step : sequence) {
			Event event = new Event();
			event.type = step[0];
			event.keyCode = step[1];
			display.post(event);
		}
		EventLoop.flush(display);
	}

	/** The visible dialog with this title, or null. */
	Shell dialog(String title) {
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
				return shell;
			}
		}
		return null;
	}

	/** Presses the button labelled {@code text} (mnemonics aside) below {@code control}. */
	static void pressButton(Control control, String text) {
		if (control instanceof Button button && button.getText().replace("&", "").equals(text)) {
			button.notifyListeners(SWT.Selection, new Event());
			return;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				pressButton(child, text);
			}
		}
	}

	/** The editor tool bar's item {@code text}: the tool bar is a sibling of the canvas or of the row holding it. */
	static ToolItem toolItem(Canvas canvas, String text) {
		List<Control> near = new ArrayList<>(List.of(canvas.getParent().getChildren()));
		near.addAll(List.of(canvas.getParent().getParent().getChildren()));
		for (Control child : near) {
			if (child instanceof ToolBar bar) {
				for (ToolItem item : bar.getItems()) {
					if (text.equals(item.getText())) {
						return item;
					}
				}
			}
		}
		fail("No tool item " + text);
		return null;
	}

	/** The item of {@code menu} labelled {@code text} (mnemonics aside). */
	static MenuItem item(Menu menu, String text) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			String plain = item.getText().replace("&", "");
			if (plain.equals(text)) {
				return item;
			}
			texts.add(plain);
		}
		fail("No menu item " + text + " among " + texts);
		return null;
	}
}
