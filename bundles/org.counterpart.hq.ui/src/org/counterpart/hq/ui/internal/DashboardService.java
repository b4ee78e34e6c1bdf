package org.counterpart.hq.ui.internal;

import java.io.IOException;

import org.counterpart.hq.Dashboard;

/** Where the {@link DashboardView} gets its figures. The workbench's is {@link WorkbenchDashboardService}. */
public interface DashboardService {

	/** The dashboard now over {@code weeks} weeks, see {@link Dashboard#of}; called outside the UI thread. */
	Dashboard dashboard(int weeks) throws IOException;
}
