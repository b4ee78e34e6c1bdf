package org.counterpart.ui.internal.banner;

import org.counterpart.ui.WorkspaceEditingSession;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IPerspectiveListener;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import jakarta.annotation.PostConstruct;

/**
 * One classification banner of a window (a tool control of the window's top or bottom trim): shows the
 * {@link ScreenMarking} of its window and follows it as editors open and close, the selection, the perspective and
 * the model change.
 */
public class ClassificationBannerControl {

	private BannerStrip strip;
	private IWorkbenchWindow window;
	private WorkspaceEditingSession session;
	private boolean updatePending;

	private final IPartListener2 partListener = new IPartListener2() {
		@Override
		public void partOpened(IWorkbenchPartReference reference) {
			scheduleUpdate();
		}

		@Override
		public void partClosed(IWorkbenchPartReference reference) {
			scheduleUpdate();
		}

		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			scheduleUpdate();
		}

		@Override
		public void partInputChanged(IWorkbenchPartReference reference) {
			scheduleUpdate();
		}
	};
	private final ISelectionListener selectionListener = (part, selection) -> scheduleUpdate();
	private final IPerspectiveListener perspectiveListener = new IPerspectiveListener() {
		@Override
		public void perspectiveActivated(IWorkbenchPage page, IPerspectiveDescriptor perspective) {
			scheduleUpdate();
		}

		@Override
		public void perspectiveChanged(IWorkbenchPage page, IPerspectiveDescriptor perspective, String changeId) {
			scheduleUpdate();
		}
	};
	private final CommandStackListener commandStackListener = event -> scheduleUpdate();
	private final Runnable lockListener = this::scheduleUpdate;

	@PostConstruct
	public void createControl(Composite parent) {
		strip = new BannerStrip(parent);
		strip.addDisposeListener(event -> detach());
		attachWhenReady(parent.getDisplay(), 0);
	}

	/** The strip this banner draws. */
	public BannerStrip getStrip() {
		return strip;
	}

	/** The trim is built before the workbench window is known: look for it until it is. */
	private void attachWhenReady(Display display, int attempts) {
		display.asyncExec(() -> {
			if (strip.isDisposed()) {
				return;
			}
			IWorkbenchWindow found = windowOf(strip.getShell());
			if (found == null) {
				if (attempts < 100) {
					display.timerExec(100, () -> attachWhenReady(display, attempts + 1));
				}
				return;
			}
			attach(found);
		});
	}

	private void attach(IWorkbenchWindow found) {
		window = found;
		window.getPartService().addPartListener(partListener);
		window.getSelectionService().addSelectionListener(selectionListener);
		window.addPerspectiveListener(perspectiveListener);
		session = WorkspaceEditingSession.getDefault();
		session.getEditingDomain().getCommandStack().addCommandStackListener(commandStackListener);
		session.addLockListener(lockListener);
		session.whenLoaded(status -> scheduleUpdate());
		update();
	}

	private void detach() {
		if (window == null) {
			return;
		}
		window.getPartService().removePartListener(partListener);
		window.getSelectionService().removeSelectionListener(selectionListener);
		window.removePerspectiveListener(perspectiveListener);
		session.getEditingDomain().getCommandStack().removeCommandStackListener(commandStackListener);
		session.removeLockListener(lockListener);
		window = null;
	}

	/** Updates once after the current burst of events, in the user interface thread. */
	private void scheduleUpdate() {
		if (strip == null || strip.isDisposed()) {
			return;
		}
		Display display = strip.getDisplay();
		synchronized (this) {
			if (updatePending) {
				return;
			}
			updatePending = true;
		}
		display.asyncExec(() -> {
			synchronized (this) {
				updatePending = false;
			}
			update();
		});
	}

	private void update() {
		if (strip.isDisposed() || window == null) {
			return;
		}
		var summary = session.isLocked() ? null : ScreenMarking.of(window, session.getTheater(),
				session.getStorage().isExercise());
		if (summary != null && !summary.equals(strip.getSummary())) {
			strip.show(summary);
			strip.getParent().layout(true);
		}
	}

	private static IWorkbenchWindow windowOf(Shell shell) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return null;
		}
		for (IWorkbenchWindow candidate : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			if (candidate.getShell() == shell) {
				return candidate;
			}
		}
		return null;
	}
}
