package org.counterpart.hq.ui.internal;

import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.counterpart.hq.DeviceRow;

/** The device registry table's columns: heading, the text of a cell, and the order when sorted by the column. */
enum RegistryColumns {
	NAME(Messages.Registry_columnName, 150, r -> InboxColumns.commonName(r.name()),
			Comparator.comparing(r -> InboxColumns.commonName(r.name()))),
	DEVICE(Messages.Registry_columnDevice, 290, DeviceRow::deviceId, Comparator.comparing(DeviceRow::deviceId)),
	LAST_PACKAGE(Messages.Registry_columnLastPackage, 105, r -> r.lastPackage() == 0 ? "" : Long.toString(r.lastPackage()), //$NON-NLS-1$
			Comparator.comparingLong(DeviceRow::lastPackage)),
	IMPORTED(Messages.Registry_columnImported, 140,
			r -> r.lastImportedAt() == null ? "" : InboxColumns.formatTime(r.lastImportedAt()), //$NON-NLS-1$
			Comparator.comparing(DeviceRow::lastImportedAt, Comparator.nullsFirst(Comparator.naturalOrder()))),
	OPERATIONS(Messages.Registry_columnOperations, 90, r -> Long.toString(r.operations()),
			Comparator.comparingLong(DeviceRow::operations)),
	GAPS(Messages.Registry_columnGaps, 110,
			r -> r.openGaps().stream().map(String::valueOf).collect(Collectors.joining(", ")), //$NON-NLS-1$
			Comparator.comparingInt((DeviceRow r) -> r.openGaps().size())),
	CONFLICTS(Messages.Registry_columnConflicts, 80, r -> Integer.toString(r.conflicts()),
			Comparator.comparingInt(DeviceRow::conflicts)),
	EXPIRY(Messages.Registry_columnExpiry, 140, r -> r.expiry() == null ? "" : InboxColumns.formatTime(r.expiry()), //$NON-NLS-1$
			Comparator.comparing(DeviceRow::expiry, Comparator.nullsFirst(Comparator.naturalOrder())));

	final String heading;
	final int width;
	final Function<DeviceRow, String> text;
	final Comparator<DeviceRow> order;

	RegistryColumns(String heading, int width, Function<DeviceRow, String> text, Comparator<DeviceRow> order) {
		this.heading = heading;
		this.width = width;
		this.text = text;
		this.order = order;
	}

	/** Whether the column holds numbers, set to the right. */
	boolean numeric() {
		return this == LAST_PACKAGE || this == OPERATIONS || this == CONFLICTS;
	}
}
