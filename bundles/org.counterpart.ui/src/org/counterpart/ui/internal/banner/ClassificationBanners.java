package org.counterpart.ui.internal.banner;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.SideValue;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimElement;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWindowListener;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Puts a classification banner at the top and the bottom of every workbench window, as tool controls of the
 * window's top and bottom trim that stretch over the whole width.
 */
public class ClassificationBanners implements IStartup {

	/** Element id of the banner above the window's contents. */
	public static final String TOP_ID = "org.counterpart.ui.banner.top"; //$NON-NLS-1$
	/** Element id of the banner below the window's contents. */
	public static final String BOTTOM_ID = "org.counterpart.ui.banner.bottom"; //$NON-NLS-1$

	private static final String CONTROL_URI = "bundleclass://org.counterpart.ui/" //$NON-NLS-1$
			+ ClassificationBannerControl.class.getName();
	/** TrimBarLayout gives extra width to elements with this tag. */
	private static final String STRETCH = "stretch"; //$NON-NLS-1$

	@Override
	public void earlyStartup() {
		IWorkbench workbench = PlatformUI.getWorkbench();
		workbench.getDisplay().asyncExec(() -> install(workbench));
	}

	/** Adds the banners to every window of {@code workbench}, now and as windows open. */
	public static void install(IWorkbench workbench) {
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			addTo(window);
		}
		workbench.addWindowListener(new IWindowListener() {
			@Override
			public void windowOpened(IWorkbenchWindow window) {
				addTo(window);
			}

			@Override
			public void windowActivated(IWorkbenchWindow window) {
				// nothing: the banner follows the window's own events
			}

			@Override
			public void windowDeactivated(IWorkbenchWindow window) {
				// nothing
			}

			@Override
			public void windowClosed(IWorkbenchWindow window) {
				// the banners go with the window
			}
		});
	}

	/** Adds the two banners to {@code window} unless it has them (a window restored from the last session may). */
	public static void addTo(IWorkbenchWindow window) {
		if (!(window.getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class) instanceof MTrimmedWindow model)) {
			return;
		}
		EModelService models = window.getService(EModelService.class);
		add(models, models.getTrim(model, SideValue.TOP), TOP_ID, true);
		add(models, models.getTrim(model, SideValue.BOTTOM), BOTTOM_ID, false);
	}

	private static void add(EModelService models, MTrimBar bar, String id, boolean first) {
		List<MTrimElement> children = bar.getChildren();
		if (children.stream().anyMatch(element -> id.equals(element.getElementId()))) {
			return;
		}
		MToolControl control = models.createModelElement(MToolControl.class);
		control.setElementId(id);
		control.setContributionURI(CONTROL_URI);
		control.getTags().add(STRETCH);
		if (first) {
			children.add(0, control);
		} else {
			children.add(control);
		}
	}
}
