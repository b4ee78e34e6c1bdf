package org.counterpart.hq.ui.internal;

import java.util.function.Function;

/** The Baselines view's device table: heading, width and the text of a cell. */
enum BaselineColumns {
	NAME(Messages.Baselines_columnName, 150, BaselineDevice::name),
	DEVICE(Messages.Baselines_columnDevice, 290, d -> d.deviceId() == null ? "" : d.deviceId()), //$NON-NLS-1$
	COUNTRY(Messages.Baselines_columnCountry, 70, d -> d.country() == null ? Messages.Baselines_noCountry : d.country()),
	LAST_SENT(Messages.Baselines_columnLastSent, 140,
			d -> d.last() == null ? Messages.Baselines_never : InboxColumns.formatTime(d.last().sentAt())),
	PACKAGE(Messages.Baselines_columnPackage, 70,
			d -> d.last() == null ? "" : Long.toString(d.last().packageSequence())), //$NON-NLS-1$
	OPERATIONS(Messages.Baselines_columnOperations, 90,
			d -> d.last() == null ? "" : Long.toString(d.last().operations())), //$NON-NLS-1$
	FILE(Messages.Baselines_columnFile, 300, d -> d.last() == null ? "" : d.last().file()); //$NON-NLS-1$

	final String heading;
	final int width;
	final Function<BaselineDevice, String> text;

	BaselineColumns(String heading, int width, Function<BaselineDevice, String> text) {
		this.heading = heading;
		this.width = width;
		this.text = text;
	}

	boolean numeric() {
		return this == PACKAGE || this == OPERATIONS;
	}
}
